// Hand-built report and facts around one server reply, for testing the matcher without the engine.
import type { DeliveryReport, RecipientFacts } from "../../../src/core/types.js";
import { codesIn } from "../../../src/core/diagnose/status.js";

export function factsFor(reply: string, opts: Partial<RecipientFacts> = {}): RecipientFacts {
  const status = opts.status ?? codesIn(reply)[0];
  const replyCode = opts.replyCode ?? /^(?:#|[^']*')?\s*([2-5]\d\d)[ -]/.exec(reply)?.[1];
  return {
    address: "kari.nordmann@example.org",
    action: "failed",
    status,
    replyCode,
    diagnostic: reply,
    format: "test",
    ...opts,
  };
}

export function reportFor(facts: RecipientFacts, body = "", extra: Partial<DeliveryReport> = {}): DeliveryReport {
  return {
    kind: "failed",
    format: "test",
    language: "en",
    recipients: [facts],
    hops: [],
    generatingServer: "AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
    original: { from: "ola@contoso.no", to: [facts.address], subject: "Test" },
    message: {
      headers: [],
      subject: "Undeliverable: Test",
      from: "postmaster@contoso.onmicrosoft.com",
      to: ["ola@contoso.no"],
      contentType: "multipart/report",
      text: body,
      parts: [],
      source: "text",
      problems: [],
    },
    problems: [],
    ...extra,
  };
}

/** A Postfix DSN around one reply, as the sender gets it. */
export function postfixBounce(status: string, reply: string, action = "failed"): string {
  return [
    "From: MAILER-DAEMON@smtp.example.com (Mail Delivery System)",
    "To: marte@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain",
    "",
    "This is the mail system at host smtp.example.com.",
    "",
    `<anders@example.org>: host mx.example.org[192.0.2.88] said: ${reply} (in reply to end of DATA command)`,
    "",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; smtp.example.com",
    "",
    "Final-Recipient: rfc822; anders@example.org",
    `Action: ${action}`,
    `Status: ${status}`,
    "Remote-MTA: dns; mx.example.org",
    `Diagnostic-Code: smtp; ${reply}`,
    "",
    "--B--",
    "",
  ].join("\r\n");
}
