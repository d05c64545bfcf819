/**
 * A mailing list's notice to a member that the list's mail to them bounced: Mailman's probe ("has
 * received a number of bounces from you", a sample bounce attached) and its disabled notice ("The last
 * bounce received from you"), ezmlm's warning and probe ("Messages to you from the … mailing list seem
 * to have been bouncing", the bounce enclosed). The member reads it: the bounce it carries is of the
 * list's mail to the reader, so it is neither a forwarded bounce to unwrap nor a report of the reader's
 * mail. (A notice to the list's owners with the member's bounce attached is read as that bounce.)
 * In any language, the probes' own addresses tell them: Mailman's comes from its VERP'd probe address
 * (list-bounces+token@), ezmlm's warning and probe return to list-return-warn-…@ / list-return-probe-…@.
 */
import type { ParsedMessage } from "../types.js";
import { bareAddress, headerValue } from "./header-fields.js";
import { isListRobotAddress } from "./list-robots.js";

/** The list's words about bounces from the reader (blanks may be line breaks). */
const BOUNCES_FROM_READER =
  /\bbounces?\s+(?:received\s+)?from\s+you\b|\bto\s+you\s+from\s+the\s+[a-z0-9._-]{1,64}\s+(?:mailing\s+)?list\s+seem\s+to\s+have\s+been\s+bouncing\b/i;

/** The notice's words come first; the bounce it carries follows them. */
const NOTICE_CHARS = 1500;

function sentByList(message: ParsedMessage): boolean {
  const has = (name: string) => headerValue(message.headers, name) !== undefined;
  return (
    isListRobotAddress(bareAddress(message.from)) || has("list-id") || has("mailing-list") || has("x-mailman-version")
  );
}

/** Mailman's probe sender: only its probes come from a VERP'd -bounces address (its notices from list-bounces@). */
const MAILMAN_PROBE_SENDER = /^[a-z0-9._=-]{1,64}-bounces\+[^@\s]{1,200}@/i;
/** The return path ezmlm gives its warnings and probes (list-return-warn-<time>.-<member>@…). */
const EZMLM_WARNING_RETURN = /-return-(?:warn|probe)-/i;

/** A bounce's own header line, in a text that encloses the bounce with its header. */
const ENCLOSED_BOUNCE_HEADER = /^(?:return-path:[ \t]*<>|from:[^\n]{0,200}\b(?:mailer-daemon|postmaster)\b)/im;

/**
 * ezmlm writes to a member from the list's -help address, under its own Mailing-List field ("contact
 * list-help@…; run by ezmlm"): such a message that carries a bounce is its warning or probe, also when it
 * was saved without its return path.
 */
function isEzmlmWarning(message: ParsedMessage): boolean {
  if (!message.from.toLowerCase().includes("-help@")) return false;
  if (!/\brun\s+by\s+ezmlm\b/i.test(headerValue(message.headers, "mailing-list") ?? "")) return false;
  return ENCLOSED_BOUNCE_HEADER.test(message.text);
}

function isProbe(message: ParsedMessage): boolean {
  // asked of every message: a substring rules almost all out before a pattern runs
  if (message.from.includes("-bounces+") && MAILMAN_PROBE_SENDER.test(bareAddress(message.from))) return true;
  if (isEzmlmWarning(message)) return true;
  const returnPath = headerValue(message.headers, "return-path");
  return returnPath !== undefined && returnPath.includes("-return-") && EZMLM_WARNING_RETURN.test(returnPath);
}

export function isListBounceNoticeToMember(message: ParsedMessage): boolean {
  if (isProbe(message)) return true;
  const notice = message.text.slice(0, NOTICE_CHARS);
  // "Bounce" and "bounce" both hold "ounc"
  return notice.includes("ounc") && BOUNCES_FROM_READER.test(notice) && sentByList(message);
}
