/**
 * Hand-built explanations for testing the output formats on their own, independent of how far
 * the engine and diagnosis have come. Values follow ndr-catalog.md §5 rows 41 (Postfix relay
 * denial) and 12-style 5.1.1 unknown user; cause ids are illustrative.
 */
import type { Explanation, ParsedMessage, RecipientExplanation, ReportKind } from "../../src/core/types.js";

const message: ParsedMessage = {
  headers: [],
  subject: "Undelivered Mail Returned to Sender",
  from: "MAILER-DAEMON@mx.example.net",
  to: ["alice@example.org"],
  contentType: "multipart/report",
  text: "",
  parts: [],
  source: "mime",
  problems: [],
};

export function recipient(
  overrides: Partial<{
    address: string;
    status: string;
    replyCode: string;
    diagnostic: string;
    remoteMta: string;
    causeId: string;
    reason: string;
    fixOwner: RecipientExplanation["diagnosis"]["fixOwner"];
    action: RecipientExplanation["facts"]["action"];
    title: string;
  }> = {},
): RecipientExplanation {
  const address = overrides.address ?? "carol@example.com";
  return {
    facts: {
      address,
      action: overrides.action ?? "failed",
      status: overrides.status ?? "5.7.1",
      replyCode: overrides.replyCode ?? "554",
      diagnostic: overrides.diagnostic ?? `554 5.7.1 <${address}>: Relay access denied, "quoted", with comma`,
      remoteMta: overrides.remoteMta ?? "mx1.example.com",
      format: "rfc3464",
    },
    diagnosis: {
      causeId: overrides.causeId ?? "RELAY_DENIED",
      reason: overrides.reason ?? "norelaying",
      fixOwner: overrides.fixOwner ?? "sender-admin",
      permanent: true,
      confidence: 0.9,
      evidence: { text: "Relay access denied", line: "554 5.7.1 Relay access denied", start: 10 },
      names: { groups: [] },
      actions: [{ kind: "contact-own-admin" }, { kind: "admin-command", value: "postconf -n relayhost" }],
    },
    verdict: "The receiving server refused to pass the message on.",
    title: overrides.title ?? "Relaying refused",
    codeMeaning: "Delivery not authorised, message refused",
    guidance: {
      sender: [{ text: "Ask your email admin to check how your mail is sent." }],
      owner: [],
      admin: [{ text: "Check the relay host.", action: { kind: "admin-command", value: "postconf -n relayhost" } }],
    },
  };
}

export function explanation(
  kind: ReportKind = "failed",
  recipients: RecipientExplanation[] = [recipient()],
  suspicious = false,
): Explanation {
  return {
    report: {
      kind,
      format: "postfix",
      language: "en",
      recipients: recipients.map((r) => r.facts),
      hops: [],
      message,
      problems: [],
    },
    trust: { suspicious, reasons: suspicious ? ["sender-not-system"] : [], score: suspicious ? 0.1 : 0.9 },
    language: "en",
    recipients,
  };
}
