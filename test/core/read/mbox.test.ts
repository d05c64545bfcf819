/**
 * An mbox file holding several messages: the recipients of every delivery report in it are read.
 * The fixture is shaped on Postfix: a bounce to the sender followed, in the same saved file, by the
 * "Postmaster Copy" Postfix sends to the double-bounce address (its postmark line written straight
 * after the first message's closing boundary); addresses and hosts are documentation values.
 */
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import { laterMboxMessages } from "../../../src/core/read/mbox.js";
import { extractReport } from "../../../src/core/report/index.js";

function postfixBounce(postmark: string, subject: string, recipient: string): string {
  return [
    postmark,
    "Date: Thu,  2 Jul 2020 12:05:05 -0400 (EDT)",
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    `Subject: ${subject}`,
    "To: bounce@example.net",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1/mx.example.net"',
    "",
    "--B1/mx.example.net",
    "Content-Type: text/plain",
    "",
    `<${recipient}>: host mx.example.org[192.0.2.7] said: 550 5.7.1 Service unavailable;`,
    "    client [198.51.100.4] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
    "",
    "--B1/mx.example.net",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    "Action: failed",
    "Status: 5.7.1",
    "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; client [198.51.100.4] blocked using zen.spamhaus.org",
    "",
    "--B1/mx.example.net--",
  ].join("\n");
}

const bounce = postfixBounce(
  "From MAILER-DAEMON  Thu Jul  2 12:05:05 2020",
  "Undelivered Mail Returned to Sender",
  "kari.nordmann@example.org",
);
const postmasterCopy = postfixBounce(
  "From double-bounce@mx.example.net  Thu Jul  2 12:05:05 2020",
  "Postmaster Copy: Undelivered Mail",
  "ola.nordmann@example.org",
);

describe("mbox files with several messages", () => {
  it("reports the recipients of every message's delivery report", async () => {
    const report = extractReport(await readMessage({ kind: "text", text: `${bounce}\n${postmasterCopy}\n` }));
    expect(report.recipients.map((r) => r.address)).toEqual(["kari.nordmann@example.org", "ola.nordmann@example.org"]);
    expect(report.recipients.every((r) => r.status === "5.7.1")).toBe(true);
  });

  it("finds a later postmark whether or not a blank line comes before it, in bytes as in text, at any line end", () => {
    const text = `${bounce}\n\n${postmasterCopy}\n`;
    expect(laterMboxMessages(text)).toHaveLength(1);
    expect(laterMboxMessages(new TextEncoder().encode(`${bounce}\n${postmasterCopy}\n`))).toHaveLength(1);
    expect(laterMboxMessages(text.replace(/\n/g, "\r\n"))).toHaveLength(1);
    expect(laterMboxMessages(text.replace(/\n/g, "\r"))).toHaveLength(1);
  });

  it("leaves a body line that merely begins with 'From ' alone, and ordinary messages untouched", () => {
    const withFromLine = bounce.replace(
      "--B1/mx.example.net--",
      "From the desk of Kari Nordmann\nSubject: x\n--B1/mx.example.net--",
    );
    expect(laterMboxMessages(withFromLine)).toEqual([]);
    expect(laterMboxMessages(bounce.slice(bounce.indexOf("\n") + 1) + "\n" + postmasterCopy)).toEqual([]);
  });
});
