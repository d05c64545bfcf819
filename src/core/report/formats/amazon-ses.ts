/**
 * Amazon SES event notifications delivered by mail (SNS "AWS Notification Message"): a JSON
 * document with notificationType Bounce, Complaint or Delivery and per-recipient entries.
 */
import type { RecipientFacts, ReportKind } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import type { DecodedReport, FormatDecoder } from "./types.js";

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The notification object: the first JSON object in the body, unwrapping an SNS envelope. */
function notification(text: string): Json | undefined {
  const start = text.indexOf("{");
  if (start < 0) return undefined;
  const end = text.lastIndexOf("}");
  if (end <= start) return undefined;
  // the JSON may arrive as it is, or with long lines wrapped by the mailer (a line break,
  // or a line break and one space, inserted inside strings)
  const raw = text.slice(start, end + 1);
  let parsed: Json | undefined;
  for (const candidate of [raw, raw.replace(/\n /g, ""), raw.replace(/\n/g, "")]) {
    try {
      parsed = asObject(JSON.parse(candidate));
      break;
    } catch {
      parsed = undefined;
    }
  }
  if (!parsed) return salvage(text);
  const inner = asString(parsed?.Message);
  if (inner) {
    try {
      return asObject(JSON.parse(inner));
    } catch {
      return parsed;
    }
  }
  return parsed;
}

/**
 * A notification whose JSON was cut or mangled in transit: recover the bounce entries by
 * their field names (the SNS envelope escapes the inner JSON's quotes).
 */
function salvage(text: string): Json | undefined {
  const plain = text.replace(/\\"/g, '"');
  const type = /"notificationType"\s?:\s?"([A-Za-z]{1,20})"/.exec(plain)?.[1];
  const listAt = plain.indexOf('"bouncedRecipients"');
  if (type !== "Bounce" || listAt < 0) return undefined;
  const listEnd = plain.indexOf("]", listAt);
  const list = plain.slice(listAt, listEnd < 0 ? undefined : listEnd);
  const entries = list
    .split('"emailAddress"')
    .slice(1)
    .map((chunk) => {
      const entry: Json = { emailAddress: stringAfter(chunk, 0) };
      const status = field("status", chunk);
      const diagnostic = field("diagnosticCode", chunk);
      const action = field("action", chunk);
      if (status) entry.status = status;
      if (diagnostic) entry.diagnosticCode = diagnostic;
      if (action) entry.action = action;
      return entry;
    });
  return {
    notificationType: "Bounce",
    bounce: { bouncedRecipients: entries, bounceType: field("bounceType", plain) ?? "Permanent" },
  };
}

/** The JSON string value of `"name": "..."` in a text, found by hand. */
function field(name: string, text: string): string | undefined {
  const at = text.indexOf(`"${name}"`);
  return at < 0 ? undefined : stringAfter(text, at + name.length + 2);
}

/** The quoted string after the colon that follows `from`. */
function stringAfter(text: string, from: number): string | undefined {
  const colon = text.indexOf(":", from);
  if (colon < 0 || colon - from > 3) return undefined;
  const open = text.indexOf('"', colon);
  if (open < 0 || open - colon > 3) return undefined;
  const close = text.indexOf('"', open + 1);
  if (close < 0 || close - open > 1000) return undefined;
  return text.slice(open + 1, close);
}

export const amazonSes: FormatDecoder = {
  name: "amazon-ses",
  source: "body",
  detect: (ctx: DecodeContext) => ctx.text.includes("notificationType") || ctx.text.includes('"eventType"'),
  decode(ctx) {
    const event = notification(ctx.text);
    if (!event) return undefined;
    const type = (asString(event.notificationType) ?? asString(event.eventType) ?? "").toLowerCase();
    const recipients: RecipientFacts[] = [];
    let kind: ReportKind | undefined;
    let reportingMta: string | undefined;
    if (type === "bounce") {
      const bounce = asObject(event.bounce) ?? {};
      reportingMta = asString(bounce.reportingMTA);
      const classification = ["bounceType", "bounceSubType"]
        .filter((field) => asString(bounce[field]))
        .map((field) => `${field}: ${asString(bounce[field])}`)
        .join("; ");
      for (const entry of Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : []) {
        const r = asObject(entry);
        const address = asString(r?.emailAddress);
        if (!address) continue;
        // without the receiving server's words, SES's own classification is the evidence
        const diagnostic = asString(r?.diagnosticCode) ?? classification;
        recipients.push(
          makeFacts(
            {
              address,
              // SES notifies a bounce once it has stopped trying, a "Transient" one too (a later
              // message may get through: that is retryLater, which the cause decides)
              action: asString(r?.action) ?? "failed",
              status: asString(r?.status),
              diagnostic: diagnostic.replace(/^smtp;\s*/i, ""),
            },
            "amazon-ses",
          ),
        );
      }
    } else if (type === "complaint") {
      kind = "feedback";
      const complaint = asObject(event.complaint) ?? {};
      const feedbackType = asString(complaint.complaintFeedbackType) ?? "abuse";
      for (const entry of Array.isArray(complaint.complainedRecipients) ? complaint.complainedRecipients : []) {
        const address = asString(asObject(entry)?.emailAddress);
        if (address)
          recipients.push(
            makeFacts({ address, action: "delivered", diagnostic: `Feedback-Type: ${feedbackType}` }, "amazon-ses"),
          );
      }
    } else if (type === "delivery") {
      const delivery = asObject(event.delivery) ?? {};
      reportingMta = asString(delivery.reportingMTA);
      const response = asString(delivery.smtpResponse) ?? "";
      for (const entry of Array.isArray(delivery.recipients) ? delivery.recipients : []) {
        const address = asString(entry);
        if (address) recipients.push(makeFacts({ address, action: "delivered", diagnostic: response }, "amazon-ses"));
      }
    }
    if (recipients.length === 0) return undefined;
    const report: DecodedReport = { recipients };
    if (kind) report.kind = kind;
    if (reportingMta) report.reportingMta = reportingMta;
    return report;
  },
};
