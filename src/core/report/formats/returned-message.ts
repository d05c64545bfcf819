/**
 * Last resorts for a bounce whose own text names no recipient:
 *  - returned-dsn: the message it returns is itself a delivery-status report (a bounce of a
 *    bounce, or a gateway that wraps the real DSN): read the DSN fields inside it;
 *  - returned-original: it returns the original message, which was sent to the original's To.
 */
import { headerValues } from "../../read/header-fields.js";
import { addressesIn } from "../text-lines.js";
import { bounceBody, factsWithBodyReply } from "./mta-text.js";
import { decodeDsnText } from "./rfc3464.js";
import type { FormatDecoder } from "./types.js";

const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

export const returnedDsn: FormatDecoder = {
  name: "returned-dsn",
  source: "body",
  detect: (ctx) =>
    ctx.message.parts.some(
      (p) => MESSAGE_TYPES.has(p.contentType) && (p.text ?? "").toLowerCase().includes("final-recipient:"),
    ),
  decode(ctx) {
    for (const part of ctx.message.parts) {
      if (!MESSAGE_TYPES.has(part.contentType) || !part.text) continue;
      const decoded = decodeDsnText(part.text, "returned-dsn");
      if (decoded && decoded.recipients.some((r) => r.address.includes("@"))) {
        decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
        return decoded;
      }
    }
    return undefined;
  },
};

export const returnedOriginal: FormatDecoder = {
  name: "returned-original",
  source: "body",
  detect: (ctx) => ctx.originalFields.length > 0,
  decode(ctx) {
    const seen = new Set<string>();
    const to = headerValues(ctx.originalFields, "to")
      .flatMap((v) => addressesIn(v))
      .filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    if (to.length === 0) return undefined;
    return { recipients: factsWithBodyReply(to, bounceBody(ctx), "returned-original") };
  },
};
