/**
 * RFC 3464 fields printed in the body instead of a message/delivery-status part (Amazon
 * WorkMail's "Technical report:", some gateways, a DSN pasted as text).
 */
import type { FormatDecoder } from "./types.js";
import { replyCodeInText } from "../smtp-reply.js";
import { bounceBody, firstReply } from "./mta-text.js";
import { decodeDsnText } from "./rfc3464.js";

export const dsnInText: FormatDecoder = {
  name: "rfc3464-text",
  source: "body",
  detect(ctx) {
    const lower = ctx.lower;
    return (
      (lower.includes("final-recipient:") || lower.includes("original-recipient:")) &&
      (lower.includes("status:") || lower.includes("action:"))
    );
  },
  decode(ctx) {
    const decoded = decodeDsnText(ctx.text, "rfc3464-text");
    if (!decoded) return undefined;
    decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
    // a lone recipient without a reply: the bounce text's own reply (e.g. a Sendmail transcript) applies
    if (decoded.recipients.length === 1 && !decoded.recipients[0]!.replyCode) {
      const reply = firstReply(bounceBody(ctx));
      const code = reply ? replyCodeInText(reply) : undefined;
      if (reply && code)
        decoded.recipients[0] = {
          ...decoded.recipients[0]!,
          replyCode: code,
          diagnostic: decoded.recipients[0]!.diagnostic || reply.replace(/\s+/g, " "),
        };
    }
    return decoded.recipients.length > 0 ? decoded : undefined;
  },
};
