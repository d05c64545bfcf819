// A receiving provider that turns the sending server away for its reputation (no public blocklist
// named): whoever runs the sending server must act, the guidance names what to look up (the IP in the
// reply, the provider's sender pages) without passing on a link from the bounce, and says whether a
// later try may pass. Reply lines shaped on the providers' published error pages and help-desk posts.
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import { explainBounce } from "../../../src/core/index.js";
import type { Language } from "../../../src/core/types.js";
import { factsFor, postfixBounce, reportFor } from "./helpers.js";

const cases: [reply: string, cause: string, retryLater: boolean][] = [
  [
    "421-4.7.0 [192.0.2.10 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.",
    "GMAIL_LOW_REPUTATION",
    true,
  ],
  [
    "550-5.7.1 This message is likely unsolicited mail due to IP reputation. To reduce the amount of spam, this message has been blocked.",
    "SENDING_SERVER_POOR_REPUTATION",
    false,
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    "OUTLOOKCOM_IP_BLOCKED",
    false,
  ],
  [
    "550 SC-001 (BAY004-MC1F23) Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.",
    "OUTLOOKCOM_IP_BLOCKED",
    false,
  ],
  [
    "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. (S775)",
    "OUTLOOKCOM_IP_BLOCKED",
    true,
  ],
  [
    "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1",
    "YAHOO_REPUTATION_BLOCK",
    true,
  ],
  [
    "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed.",
    "YAHOO_REPUTATION_BLOCK",
    false,
  ],
  [
    "550 5.7.1 [192.0.2.1] Poor reputation. This IP has been blocked due to poor reputation. Contact your email provider.",
    "SENDING_SERVER_POOR_REPUTATION",
    false,
  ],
  ["450 4.7.1 Client host rejected: sender IP reputation too low", "SENDING_SERVER_POOR_REPUTATION", true],
  [
    "554 5.7.1 Blocked: too many complaints about mail from your server 192.0.2.1",
    "SENDING_SERVER_POOR_REPUTATION",
    false,
  ],
  ["550 5.7.1 Connection refused: IP address 192.0.2.1 has a poor reputation", "SENDING_SERVER_POOR_REPUTATION", false],
  ["521 Mail from 192.0.2.1 refused - Your IP Address has been blocked - see ipcheck", "PROOFPOINT_BLOCKED", false],
];

describe("refusals for the sending server's reputation", () => {
  it.each(cases)("%s → %s, later may pass: %s", (reply, cause, retryLater) => {
    const facts = factsFor(reply);
    const diagnosis = diagnose(reportFor(facts), facts);
    expect(diagnosis.causeId).toBe(cause);
    expect(diagnosis.fixOwner).toBe("sender-admin");
    expect(diagnosis.retryLater).toBe(retryLater);
  });

  it("a named blocklist keeps its own cause and removal page", () => {
    const facts = factsFor(
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using CSI; poor reputation according to Cloudmark",
    );
    expect(diagnose(reportFor(facts), facts).causeId).toBe("OTHER_DNSBL_LISTED");
  });

  it("a link's or an attachment's reputation is not the sending server's", () => {
    for (const reply of [
      "554 5.7.1 Message rejected: Blacklisted URL in message with poor reputation",
      "550 5.7.1 Message contains a link with low reputation (URIBL)",
    ]) {
      const facts = factsFor(reply);
      expect(diagnose(reportFor(facts), facts).causeId, reply).not.toBe("SENDING_SERVER_POOR_REPUTATION");
    }
  });
});

async function guidanceFor(status: string, reply: string, language: Language, action = "failed") {
  const explanation = await explainBounce({ kind: "text", text: postfixBounce(status, reply, action) }, { language });
  const recipient = explanation.recipients[0]!;
  return { recipient, ...recipient.guidance };
}

describe("what the sender and the admin are told", () => {
  const lasting =
    "550 5.7.1 [192.0.2.1] Poor reputation. This IP has been blocked due to poor reputation. See https://postmaster.example.org/delist?ip=192.0.2.1";
  const forNow = "450 4.7.1 Client host rejected: sender IP reputation too low";

  it("sends a lasting refusal to the sender's IT department or email provider, in both languages", async () => {
    const en = await guidanceFor("5.7.1", lasting, "en");
    expect(en.recipient.diagnosis.fixOwner).toBe("sender-admin");
    expect(en.sender[0]!.text).toMatch(/IT department or your email provider/);
    expect(en.sender[0]!.text).toMatch(/won't get through until/);
    const nb = await guidanceFor("5.7.1", lasting, "nb");
    expect(nb.sender[0]!.text).toMatch(/IT-avdelingen din eller e-postleverandøren din/);
    expect(nb.sender[0]!.text).toMatch(/kommer ikke frem/);
  });

  it("tells the admin to look the reply's IP up on the provider's sender pages, with no link from the bounce", async () => {
    for (const language of ["en", "nb"] as const) {
      const { admin } = await guidanceFor("5.7.1", lasting, language);
      expect(admin[0]!.text).toContain("192.0.2.1");
      expect(admin[0]!.text).toContain("mx.example.org");
      for (const step of admin) {
        expect(step.text).not.toContain("postmaster.example.org");
        expect(step.action?.url ?? "").not.toContain("postmaster.example.org");
      }
    }
  });

  it("says a temporary refusal the server gave up on may pass later, and asks for help only if it comes back", async () => {
    const en = await guidanceFor("4.7.1", forNow, "en");
    expect(en.recipient.diagnosis.retryLater).toBe(true);
    expect(en.sender[0]!.text).toMatch(/Sending the message again later may work\. If it is turned away again/);
    const nb = await guidanceFor("4.7.1", forNow, "nb");
    expect(nb.sender[0]!.text).toMatch(/Det kan lykkes å sende meldingen på nytt senere\. Blir den avvist igjen/);
  });

  it("does not ask for a resend, or call it refused, while the server is still trying", async () => {
    for (const [language, status, reply] of [
      ["en", "4.7.1", forNow],
      ["nb", "4.7.1", forNow],
      ["en", "5.7.1", lasting],
    ] as const) {
      const { sender } = await guidanceFor(status, reply, language, "delayed");
      expect(sender.map((step) => step.text).join(" ")).not.toMatch(/refused|won't get through/);
      expect(sender.map((step) => step.text).join(" ")).not.toMatch(/again later|på nytt senere/);
      expect(sender[1]!.text).toMatch(
        /IT department or your email provider|IT-avdelingen din eller e-postleverandøren din/,
      );
    }
  });

  it("asks the admin to find the sending IP when the refusal names none", async () => {
    const en = await guidanceFor("4.7.1", forNow, "en");
    expect(en.admin[0]!.text).toMatch(/^Find the sending server's public IP address/);
    expect(en.admin[0]!.text).not.toContain("your server's IP address, the address");
  });

  it("leaves a shared Microsoft 365 sending IP to Microsoft, as neither organisation's setting", async () => {
    const reply = "550 5.7.1 [40.107.22.53] Poor reputation. This IP has been blocked due to poor reputation.";
    for (const language of ["en", "nb"] as const) {
      const { recipient, admin } = await guidanceFor("5.7.1", reply, language);
      expect(recipient.diagnosis.fixOwner).toBe("provider");
      expect(admin.map((step) => step.text).join(" ")).not.toMatch(/The setting is in|Innstillingen er i/);
      expect(admin[0]!.text).toContain("40.107.22.53");
    }
  });

  it("a provider's own low rating (no list) is not something to be removed from", async () => {
    const reply =
      "550-5.7.1 [192.0.2.10] Gmail has detected that this message is likely suspicious due to the very low reputation of the sending IP address.";
    const { recipient, sender } = await guidanceFor("5.7.1", reply, "en");
    expect(recipient.diagnosis.causeId).toBe("GMAIL_LOW_REPUTATION");
    expect(sender[0]!.text).toMatch(/IT department or your email provider/);
    expect(sender[0]!.text).not.toMatch(/removed/);
  });
});
