// explainRecipient on hand-built diagnoses: honest unknowns, code meanings, names that are missing.
import { describe, expect, it } from "vitest";
import { diagnose } from "../../../src/core/diagnose/index.js";
import { codeMeaning, explainRecipient } from "../../../src/core/explain/index.js";
import { factsFor, reportFor } from "../diagnose/helpers.js";

describe("explainRecipient", () => {
  it("gives an honest unknown that still explains the code and shows the raw reply", () => {
    const facts = factsFor("599 Something odd happened here", { status: undefined, replyCode: "599" });
    const report = reportFor(facts);
    const diagnosis = diagnose(report, facts);
    expect(diagnosis.causeId).toBe("UNKNOWN");
    expect(diagnosis.evidence?.text).toBe("599 Something odd happened here");
    const en = explainRecipient(report, { ...facts, status: "5.9.9" }, diagnosis, "en");
    expect(en.title).toMatch(/don't recognise/);
    expect(en.codeMeaning).toMatch(/^Permanent failure/);
    expect(en.guidance.sender[0].text).toContain("postmaster@example.org");
  });

  it("asks for the address used when the bounce names the recipient only by display name", () => {
    const facts = factsFor("550 5.1.1 User unknown", { address: "", displayName: "Jorunn Dahl" });
    const report = reportFor(facts);
    const diagnosis = diagnose(report, facts);
    expect(diagnosis.causeId).toBe("RECIPIENT_UNKNOWN");
    const en = explainRecipient(report, facts, diagnosis, "en").guidance.sender.map((step) => step.text);
    expect(en.some((text) => text.startsWith("The bounce names Jorunn Dahl only by name."))).toBe(true);
    expect(en.join(" ")).not.toContain("the address Jorunn Dahl");
    const nb = explainRecipient(report, facts, diagnosis, "nb").guidance.sender.map((step) => step.text);
    expect(nb.some((text) => text.startsWith("Returmeldingen oppgir bare navnet Jorunn Dahl."))).toBe(true);
    // with an address, the step names the address itself
    const withAddress = factsFor("550 5.1.1 User unknown");
    const steps = explainRecipient(report, withAddress, diagnose(reportFor(withAddress), withAddress), "en").guidance;
    expect(steps.sender.map((step) => step.text)).toContain(
      "Check the address kari.nordmann@example.org for typing errors, and remove it from Outlook's Auto-Complete list if it is old.",
    );
  });

  it("explains standard codes in both languages", () => {
    expect(codeMeaning("5.1.1", "en")).toBe(
      "Permanent failure: the message will not be delivered. The mailbox does not exist.",
    );
    expect(codeMeaning("4.4.7", "nb")).toBe("Midlertidig feil: serveren kan prøve igjen. Tiden for levering gikk ut.");
    expect(codeMeaning("5.7.999", "en")).toMatch(/refused for security or policy reasons/);
    expect(codeMeaning(undefined, "en")).toBeUndefined();
  });

  it("uses plain words where the NDR gave no name, and drops actions that need one", () => {
    const facts = factsFor(
      "550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list",
    );
    const report = reportFor(facts, "", { original: undefined });
    report.message.to = [];
    const diagnosis = diagnose(report, facts);
    const nb = explainRecipient(report, facts, diagnosis, "nb");
    expect(nb.guidance.owner[0].text).toContain("avsenderen");
    expect(nb.guidance.owner[0].text).not.toMatch(/\{\w+\}/);
    // the group is the failing recipient, so the group command is still offered
    expect(nb.guidance.owner[0].action?.value).toContain('-Identity "kari.nordmann@example.org"');
  });

  it("says a delivery receipt is not a failure", () => {
    const facts = factsFor("250 2.0.0 OK", { action: "delivered", status: "2.0.0" });
    const report = reportFor(facts, "", { kind: "delivered" });
    const diagnosis = diagnose(report, facts);
    expect(diagnosis.reason).toBe("delivered");
    const en = explainRecipient(report, facts, diagnosis, "en");
    expect(en.verdict).toMatch(/nothing needs fixing/);
    expect(en.guidance.sender).toEqual([]);
  });

  it("never throws on odd facts", () => {
    const facts = factsFor("", { address: "", status: "garbage", diagnostic: undefined as unknown as string });
    const report = reportFor(facts);
    expect(() => explainRecipient(report, facts, diagnose(report, facts), "en")).not.toThrow();
  });

  it("takes the blocked IP and blocklist from the reply and links the list's own page", () => {
    const facts = factsFor(
      "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45",
    );
    const report = reportFor(facts);
    const diagnosis = diagnose(report, facts);
    expect(diagnosis.names.blockedIp).toBe("203.0.113.45");
    expect(diagnosis.names.blocklist).toBe("Spamhaus");
    expect(diagnosis.actions).toContainEqual(
      expect.objectContaining({ kind: "third-party-delist", url: "https://check.spamhaus.org/" }),
    );
    expect(diagnosis.evidence).toEqual(
      expect.objectContaining({ text: "spamhaus", start: facts.diagnostic.indexOf("spamhaus") }),
    );
  });
});
