/**
 * ARF feedback reports (RFC 5965): a spam complaint or opt-out about a message that was
 * delivered, not a bounce. The complained-about recipient comes from Original-Rcpt-To or
 * Removal-Recipient, else from the To of the attached original.
 */
import { parseHeaderBlock, headerValues } from "../../read/header-fields.js";
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { addressesIn } from "../text-lines.js";
import type { FormatDecoder } from "./types.js";
import { parseDsnGroups } from "./rfc3464.js";

function feedbackPart(ctx: DecodeContext) {
  return ctx.message.parts.find((p) => p.contentType === "message/feedback-report");
}

function originalHeaderText(ctx: DecodeContext): string | undefined {
  const part = ctx.message.parts.find(
    (p) =>
      p.contentType === "message/rfc822" ||
      p.contentType === "text/rfc822-headers" ||
      p.contentType === "message/global-headers",
  );
  return part?.text;
}

export const arf: FormatDecoder = {
  name: "arf",
  source: "report-part",
  detect(ctx) {
    if (feedbackPart(ctx)) return true;
    const type = ctx.header("content-type") ?? "";
    return /report-type\s*=\s*"?feedback-report/i.test(type);
  },
  decode(ctx) {
    const part = feedbackPart(ctx);
    const fields = part?.text ? parseDsnGroups(part.text).message : new Map<string, string>();
    const groups = part?.text ? parseHeaderBlock(part.text, { stopAtGarbage: false }) : [];
    const feedbackType =
      groups.find((f) => f.name === "feedback-type")?.value ?? fields.get("feedback-type") ?? "abuse";
    let addresses = [...headerValues(groups, "original-rcpt-to"), ...headerValues(groups, "removal-recipient")].flatMap(
      (v) => addressesIn(v),
    );
    if (addresses.length === 0) {
      const original = originalHeaderText(ctx);
      if (original) addresses = headerValues(parseHeaderBlock(original), "to").flatMap((v) => addressesIn(v));
    }
    const recipients: RecipientFacts[] = [...new Set(addresses.map((a) => a.toLowerCase()))].map((address) =>
      makeFacts({ address, action: "delivered", diagnostic: `Feedback-Type: ${feedbackType}` }, "arf"),
    );
    const reportingMta = groups.find((f) => f.name === "reporting-mta")?.value;
    return { recipients, kind: "feedback", ...(reportingMta ? { reportingMta } : {}) };
  },
};
