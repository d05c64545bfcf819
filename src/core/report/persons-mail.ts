/**
 * A person's mail with a bounce's Subject ("Mail delivery failed?", "Undeliverable messages - what do I
 * do?"): only its Subject calls it a bounce, and nothing in it shows a mail system wrote it. Its
 * sentences ("my message to <a@b> came back") name where the person wrote, no failed recipient.
 */
import { FORWARD_SUBJECT, hasSmtpReplyLine, isBounceSubject, presentsAsReport } from "../read/signals.js";
import type { ParsedMessage } from "../types.js";
import type { DecodeContext } from "./context.js";
import { RETURNED_MESSAGE_PARTS, returnsAMessageOfItsAddressee } from "./returned-copy.js";

/**
 * Whether a message that only its Subject calls a bounce shows a mail system wrote it: an Auto-Submitted
 * field, the message returned as a part of its own or as a copy of a message its addressee sent, or a
 * server's reply line in its own words. A person's mail or a shop's notice with such a Subject
 * ("Undeliverable messages - what do I do?", "Delivery failure: parcel 1234") shows none, nor does one
 * that quotes someone else's message. (Not the null return path: how a bounce travelled says nothing of
 * what it is, and a copy saved without its trace fields must read the same.)
 */
function showsAMailSystemWroteIt(ctx: DecodeContext): boolean {
  if (signedByAMailSystem(ctx)) return true;
  if (ctx.message.parts.some((part) => RETURNED_MESSAGE_PARTS.has(part.contentType))) return true;
  return hasSmtpReplyLine(ctx.ownText);
}

/**
 * What a bounce too plain for its words alone is known by: an Auto-Submitted field (RFC 3834: a program
 * sent it, any value but "no"), or a copy of a message its addressee sent (a bounce returns the reader's mail).
 */
export function signedByAMailSystem(ctx: DecodeContext): boolean {
  const autoSubmitted = ctx.header("auto-submitted")?.trim().toLowerCase();
  return (autoSubmitted !== undefined && !autoSubmitted.startsWith("no")) || returnsAMessageOfItsAddressee(ctx);
}

/**
 * Only the Subject calls the message a bounce: its own ("Mail delivery failed?"), or a forward's
 * ("Fwd: Returned mail: …") whose text was not read as a forwarded bounce, the forwarder's words.
 */
function onlyTheSubjectCallsItABounce(message: ParsedMessage): boolean {
  const presents = presentsAsReport(message);
  if (presents !== undefined) return presents === "subject";
  return FORWARD_SUBJECT.test(message.subject) && isBounceSubject(message.subject.replace(FORWARD_SUBJECT, ""));
}

/** Only the Subject calls the message a bounce, and it shows no sign a mail system wrote it. */
export function presentsAsPersonsMail(ctx: DecodeContext): boolean {
  return onlyTheSubjectCallsItABounce(ctx.message) && !showsAMailSystemWroteIt(ctx);
}
