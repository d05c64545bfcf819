/**
 * Last resorts for a bounce whose own text names no recipient:
 *  - returned-dsn: the message it returns is itself a delivery-status report (a bounce of a
 *    bounce, or a gateway that wraps the real DSN): read the DSN fields inside it;
 *  - returned-original: the returned original is evidence of what was sent, not of what failed, so
 *    its addressee counts only when it cannot be anyone else: the original went to exactly one
 *    address (no Cc), it was no list post, and the bounce came straight back to its author (a list,
 *    a forwarder or a bulk sender's bounce address in between would have received it instead).
 */
import { headerValue, headerValues } from "../../read/header-fields.js";
import type { HeaderField } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { addressesInEach } from "../text-lines.js";
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

/** Header fields a list manager adds to a post (RFC 2369, RFC 2919 and the common X- forms). */
const LIST_FIELDS = ["list-id", "list-post", "list-unsubscribe", "x-beenthere", "x-mailman-version", "mailing-list"];

/** The distinct addresses of a header field, as written. */
function distinctAddresses(fields: HeaderField[], name: string): string[] {
  const seen = new Set<string>();
  return addressesInEach(headerValues(fields, name)).filter(
    (a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()),
  );
}

/** The original's only addressee, when the bounce went straight back to its author; else undefined. */
function soleAddresseeOfDirectMessage(ctx: DecodeContext): string | undefined {
  const fields = ctx.originalFields;
  if (LIST_FIELDS.some((name) => headerValue(fields, name) !== undefined)) return undefined;
  if (/^\s*list\b/i.test(headerValue(fields, "precedence") ?? "")) return undefined;
  const to = distinctAddresses(fields, "to");
  if (to.length !== 1 || distinctAddresses(fields, "cc").length > 0) return undefined;
  const author = distinctAddresses(fields, "from");
  const bouncedTo = new Set(addressesInEach(ctx.headers("to")).map((a) => a.toLowerCase()));
  return author.length === 1 && bouncedTo.has(author[0]!.toLowerCase()) ? to[0] : undefined;
}

export const returnedOriginal: FormatDecoder = {
  name: "returned-original",
  source: "body",
  detect: (ctx) => ctx.originalFields.length > 0,
  decode(ctx) {
    const addressee = soleAddresseeOfDirectMessage(ctx);
    if (!addressee) return undefined;
    return { recipients: factsWithBodyReply([addressee], bounceBody(ctx), "returned-original") };
  },
};
