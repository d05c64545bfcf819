/**
 * RFC 3464 fields printed in the body instead of a message/delivery-status part (Amazon
 * WorkMail's "Technical report:", some gateways, a DSN pasted as text).
 */
import type { FormatDecoder } from "./types.js";
import { decodeDsnText } from "./rfc3464.js";

export const dsnInText: FormatDecoder = {
  name: "rfc3464-text",
  source: "body",
  detect(ctx) {
    const lower = ctx.lower;
    return (lower.includes("final-recipient:") || lower.includes("original-recipient:")) && (lower.includes("status:") || lower.includes("action:"));
  },
  decode(ctx) {
    const decoded = decodeDsnText(ctx.text, "rfc3464-text");
    if (!decoded) return undefined;
    decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
    return decoded.recipients.length > 0 ? decoded : undefined;
  },
};
