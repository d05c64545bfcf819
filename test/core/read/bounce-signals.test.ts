/**
 * When a notice carries no report part and its sender is no mailer daemon (a gateway's or a
 * provider's noreply@ address), only its Subject and its own words say it is a bounce. The notices
 * here are written for this test in the free-text shapes MTAs use (Postfix's opening sentence,
 * SmarterMail's "Failed Recipient:" block, Yahoo's "Unable to deliver message", and a plain
 * "Your mail to … could not be delivered"), under the bounce Subjects such senders use.
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

const FAILED = "jane.doe@remote.example.org";

function notice(from: string, subject: string, body: string): Uint8Array {
  const text = [
    `From: ${from}`,
    "To: sender@home.example.com",
    `Subject: ${subject}`,
    "Date: Mon, 7 Dec 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    body,
    "",
    "--- Original message ---",
    "From: sender@home.example.com",
    `To: ${FAILED}, friend@other.example.com`,
    "Subject: test",
    "",
    "hello",
    "",
  ].join("\n");
  return new TextEncoder().encode(text);
}

async function read(from: string, subject: string, body: string) {
  const explanation = await explainBounce({ kind: "bytes", data: notice(from, subject, body), name: "notice.eml" });
  return {
    kind: explanation.report.kind,
    recipients: explanation.report.recipients.map((r) => `${r.address} ${r.action}`),
  };
}

const BODIES = [
  `Your message to ${FAILED} was rejected.\nReason: mailbox unavailable`,
  `Could not deliver message to the following recipient(s):\n\nFailed Recipient: ${FAILED}\nReason: Remote host said: 550 Requested action not taken: mailbox unavailable`,
  `Unable to deliver message to the following address(es).\n\n<${FAILED}>:\nRemote host said: 554 delivery error: dd This user doesn't have an account`,
  `Your mail to '${FAILED}' could not be delivered.\nThe mailbox is full.`,
  `There was an error delivering your message to ${FAILED}:\n550 No such user here`,
];

const SUBJECTS = [
  "Message not delivered",
  "Mail could not be delivered: test",
  "Delivery failed: test",
  "Non-delivery report: test",
  "Mail System Error - Returned Mail",
  "Permanent Delivery Failure",
];

describe("a bounce from a sender that is no mailer daemon", () => {
  it.each(SUBJECTS)("is read as one by a bounce Subject: %s", async (subject) => {
    for (const body of BODIES) {
      expect(await read("Notifications <noreply@mx.example.net>", subject, body)).toEqual({
        kind: "failed",
        recipients: [`${FAILED} failed`],
      });
    }
  });

  it("is read as one by its own words when they are wrapped across lines", async () => {
    const wrapped =
      "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
      `<${FAILED}>: host mx.remote.example.org[192.0.2.7] said: 550 5.1.1 User unknown`;
    expect(await read("noreply@mx.example.net", "Notification", wrapped)).toEqual({
      kind: "failed",
      recipients: [`${FAILED} failed`],
    });
  });

  it("is not found in a person's reply about one", async () => {
    const reply = `I tried again and it went through this time, so the mail to ${FAILED} is fine now.`;
    const answer = await read("Kari Nordmann <kari@home.example.com>", "Re: Message not delivered", reply);
    expect(answer.kind).not.toBe("failed");
    expect(answer.recipients).toEqual([]);
  });
});
