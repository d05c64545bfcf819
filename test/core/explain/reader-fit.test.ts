// Guidance fits where the message stopped and how: a vague 5.7.x refusal at the recipient's server is
// not read as their MX or accepted domains being wrong; a message still being tried asks for nothing
// now; a fault of the recipient's mail system is for its admin to fix, not a setting to change.
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import type { Language, SituationContext } from "../../../src/core/types.js";
import { catalogue, diagnose } from "../../../src/core/diagnose/index.js";
import { isRecipientFault } from "../../../src/core/diagnose/remedy.js";
import { explainRecipient } from "../../../src/core/explain/index.js";
import { factsFor, postfixBounce, reportFor } from "../diagnose/helpers.js";

async function explained(
  status: string,
  reply: string,
  language: Language,
  action = "failed",
  context?: SituationContext,
) {
  const text = postfixBounce(status, reply, action);
  const explanation = await explainBounce({ kind: "text", text }, { language, context });
  return explanation.recipients[0]!;
}

describe("what the reader is told", () => {
  it("a 5.7.x refusal with no words we know is not said to be the recipient's MX or accepted domains", async () => {
    for (const reply of ["550 5.7.1 Access denied", "550 5.7.1 Message refused by recipient policy"]) {
      const recipient = await explained("5.7.1", reply, "en");
      expect(recipient.diagnosis.causeId).toBe("POLICY_UNSPECIFIED_5_7_X");
      const all = [...recipient.guidance.sender, ...recipient.guidance.admin].map((step) => step.text).join(" ");
      expect(all, reply).not.toMatch(/MX record|accepted domain|refuses mail for their own domain/);
    }
  });

  it("a relay refusal at the recipient's server still points at their accepted domains and MX", async () => {
    const recipient = await explained("5.7.1", "554 5.7.1 <anders@example.org>: Relay access denied", "en");
    expect(recipient.guidance.sender[0]!.text).toMatch(/refuses mail for their own domain/);
  });

  it("a message still being tried says the steps that follow are for when it fails, in both languages", async () => {
    const en = await explained("4.2.2", "452 4.2.2 Mailbox full", "en", "delayed");
    expect(en.guidance.sender[0]!.text).toMatch(/The steps below are for when it does\.$/);
    const nb = await explained("4.2.2", "452 4.2.2 Mailbox full", "nb", "delayed");
    expect(nb.guidance.sender[0]!.text).toMatch(/Stegene nedenfor gjelder hvis det skjer\.$/);
  });

  it("a fault of the recipient's mail system is theirs to fix, not a setting to change", async () => {
    const reply = "554 5.3.0 unknown mailer error 73";
    const en = await explained("5.3.0", reply, "en");
    expect(en.diagnosis.fixOwner).toBe("recipient-admin");
    expect(en.verdict).toMatch(/has to fix a fault on their mail server\.$/);
    expect(en.guidance.admin[0]!.text).toMatch(/^The fault is on example\.org's mail server/);
    const nb = await explained("5.3.0", reply, "nb");
    expect(nb.verdict).toMatch(/må rette en feil på e-postserveren sin\.$/);
    expect(nb.guidance.admin[0]!.text).toMatch(/^Feilen er på e-postserveren til example\.org/);
    // a refusal by a setting keeps its words
    const policy = await explained("5.7.1", "550 5.7.1 Access denied", "en");
    expect(policy.verdict).toMatch(/has to change a setting\.$/);
  });

  it("an unknown address's directory check belongs to the recipient's organisation, whoever reads", async () => {
    const reply = "550 5.1.1 <anders@example.org>: Recipient address rejected: User unknown in virtual mailbox table";
    // the sender's side reads: the directory is another organisation's, so no command is offered
    const sender = await explained("5.1.1", reply, "en");
    expect(sender.guidance.admin[0]!.text).toMatch(/^The setting is in example\.org's organisation, not yours/);
    expect(sender.guidance.admin.some((step) => step.action?.kind === "admin-command")).toBe(false);
    // the recipient's organisation reads: its own directory, with the command to look
    const recipientSide = await explained("5.1.1", reply, "en", "failed", { orgDomains: ["example.org"] });
    const texts = recipientSide.guidance.admin.map((step) => step.text).join(" ");
    expect(texts).not.toMatch(/sender's organisation/);
    expect(recipientSide.guidance.admin.some((step) => step.action?.kind === "admin-command")).toBe(true);
  });

  it("a server that can't be reached or has a fault is not asked to let the sender through", async () => {
    const unreachable = await explained(
      "4.4.1",
      "connect to mx.example.org[192.0.2.60]:25: Connection timed out",
      "en",
      "delayed",
    );
    const unreachableSteps = unreachable.guidance.sender.map((step) => step.text).join(" ");
    expect(unreachableSteps).toMatch(/their mail server can't be reached/);
    expect(unreachableSteps).not.toMatch(/let your messages through|You can also write to/);
    const fault = await explained("4.3.0", "451 4.3.0 <anders@example.org>: Temporary lookup failure", "nb", "delayed");
    const faultSteps = fault.guidance.sender.map((step) => step.text).join(" ");
    expect(faultSteps).toMatch(/e-postserveren deres ikke tar imot e-posten din/);
    expect(faultSteps).not.toMatch(/slippe gjennom/);
  });

  it("fills a command's address only with an address, never with a display name", () => {
    const facts = factsFor("The e-mail address you entered couldn't be found.", {
      address: "",
      displayName: "Bjorn Strand",
    });
    const report = reportFor(facts);
    const explained = explainRecipient(report, facts, diagnose(report, facts), "en");
    const commands = explained.guidance.admin.flatMap((step) =>
      step.action?.kind === "admin-command" ? [step.action] : [],
    );
    expect(commands.map((command) => command.value).join(" ")).not.toContain("Bjorn Strand");
  });

  it("says the sending server is blocked without a stand-in where the bounce gives no IP address", () => {
    for (const lang of ["en", "nb"] as const) {
      const facts = factsFor("554 mx.example.org refused to talk to me: Blocked for abuse");
      const report = reportFor(facts);
      const explained = explainRecipient(report, facts, diagnose(report, facts), lang);
      const first = explained.guidance.sender[0]!.text;
      expect(first).toMatch(/is blocked|er blokkert/);
      expect(first).not.toMatch(/your server's IP address|IP-adressen til e-postserveren din/);
    }
  });
  it("lets the sender through the recipient's spam filter only for a reader in the recipient's organisation", async () => {
    // a provider's own notice that names no host (Gmail's shape): the sender rewrites, their admin mends reputation
    const text = [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: marte@example.com",
      "Subject: Delivery Status Notification (Failure)",
      "",
      "Your message wasn't delivered to anders@example.org because the recipient server rejected it.",
      "",
      "The response was:",
      "550-5.7.1 Our system has detected that this message is likely unsolicited mail.",
      "",
    ].join("\n");
    const read = async (orgDomains: string[]) =>
      (await explainBounce({ kind: "text", text }, { language: "en", context: { orgDomains } })).recipients[0]!;
    const allowsSender = (steps: { text: string; action?: { kind: string } }[]) =>
      steps.filter((step) => /spam filter/.test(step.text));
    const senderSide = await read(["example.com"]);
    expect(senderSide.diagnosis.causeId).toBe("SPAM_CONTENT_REJECTED");
    expect(allowsSender(senderSide.guidance.admin)).toEqual([]);
    expect(senderSide.guidance.admin.length).toBeGreaterThan(0);
    const recipientSide = await read(["example.org"]);
    const own = allowsSender(recipientSide.guidance.admin);
    expect(own).toHaveLength(1);
    expect(own[0]!.action?.kind).toBe("admin-command");
    expect(recipientSide.guidance.admin[0]).toBe(own[0]);
  });

  it("a mail loop is a routing fault to fix, not a filter to let the sender through", async () => {
    const reply = "554 5.4.6 Hop count exceeded - possible mail loop";
    for (const lang of ["en", "nb"] as const) {
      const loop = await explained("5.4.6", reply, lang);
      expect(loop.diagnosis.causeId).toBe("MAIL_LOOP");
      const steps = [...loop.guidance.sender, ...loop.guidance.admin].map((step) => step.text).join(" ");
      expect(steps).not.toMatch(/let your messages through|slippe gjennom/);
      expect(loop.guidance.sender[0]!.text).toMatch(lang === "en" ? /round in a loop/ : /rundt i ring/);
      expect(loop.verdict).toMatch(
        lang === "en" ? /has to fix a fault on their mail server\.$/ : /må rette en feil på e-postserveren sin\.$/,
      );
    }
  });

  it("no fault of the recipient's mail system is answered with steps that let a sender through", () => {
    const letThrough = new Set([
      "step.sender.askRecipientAdmin",
      "step.sender.askRecipientAllow",
      "step.admin.allowSender",
      "step.admin.removeBlockEntry",
    ]);
    const faults = catalogue.filter((cause) => isRecipientFault(cause.id));
    expect(faults.map((cause) => cause.id)).toEqual(expect.arrayContaining(["MAIL_LOOP", "RECEIVING_SYSTEM_ERROR"]));
    for (const cause of faults) {
      const keys = [...cause.guidance.sender, ...cause.guidance.admin].map((step) => step.key);
      expect(
        keys.filter((key) => letThrough.has(key)),
        cause.id,
      ).toEqual([]);
    }
  });
});
