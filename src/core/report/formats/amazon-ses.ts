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
  let parsed: Json | undefined;
  try {
    parsed = asObject(JSON.parse(text.slice(start, end + 1).replace(/\n(?=[^\n]{0,2}\S)/g, "")));
  } catch {
    try {
      parsed = asObject(JSON.parse(text.slice(start, end + 1).replace(/\n/g, "")));
    } catch {
      return undefined;
    }
  }
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

export const amazonSes: FormatDecoder = {
  name: "amazon-ses",
  source: "body",
  detect: (ctx: DecodeContext) => ctx.text.includes('"notificationType"') || ctx.text.includes('"eventType"'),
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
      const transient = asString(bounce.bounceType) === "Transient";
      for (const entry of Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients : []) {
        const r = asObject(entry);
        const address = asString(r?.emailAddress);
        if (!address) continue;
        const diagnostic = asString(r?.diagnosticCode) ?? "";
        recipients.push(
          makeFacts(
            { address, action: asString(r?.action) ?? (transient ? "delayed" : "failed"), status: asString(r?.status), diagnostic: diagnostic.replace(/^smtp;\s*/i, "") },
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
        if (address) recipients.push(makeFacts({ address, action: "delivered", diagnostic: `Feedback-Type: ${feedbackType}` }, "amazon-ses"));
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
