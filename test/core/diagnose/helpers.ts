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
