/**
 * Whether a notice returns its reader's own message: a bounce sends back the mail its addressee sent,
 * as a part of its own (RFC 3462's third part, or the header only) or as a copy in its text.
 */
import { bareAddress, headerValue } from "../read/header-fields.js";
import type { DecodeContext } from "./context.js";

/** Parts a mail system returns the message in (RFC 3462's third part, or a copy of its header only). */
export const RETURNED_MESSAGE_PARTS: ReadonlySet<string> = new Set([
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  "message/global-headers",
]);

/** The copy the notice carries (a part, else in its text) is of a message the notice's addressee sent. */
export function returnsAMessageOfItsAddressee(ctx: DecodeContext): boolean {
  const author = bareAddress(headerValue(ctx.originalFields, "from") ?? "").toLowerCase();
  return author.includes("@") && ctx.message.to.some((to) => to.toLowerCase() === author);
}

/**
 * The addressee's own message returned as a part of its own: a bounce does so, an out-of-office reply
 * answers in words (and at most quotes the message in its text).
 */
export function attachesAMessageOfItsAddressee(ctx: DecodeContext): boolean {
  return (
    ctx.message.parts.some((part) => RETURNED_MESSAGE_PARTS.has(part.contentType)) && returnsAMessageOfItsAddressee(ctx)
  );
}
