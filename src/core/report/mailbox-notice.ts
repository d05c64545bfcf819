/**
 * A mail system's notice to a mailbox's owner about that mailbox ("WARNING: Your mailbox is almost
 * full", "Your mailbox is using 19.1 MB of its 20 MB quota"): it reports no message of the reader's.
 * Its words may say what a bounce says ("new mail will be returned with the message "Mailbox full""),
 * of mail that has not been sent yet.
 */
import type { DecodeContext } from "./context.js";

/** The reader's own mailbox nearing its limit, as quota warnings word it (lower case). */
const OWN_MAILBOX_NEARLY_FULL =
  /\byour (?:mailbox|mail ?box|inbox|mail storage)\b[^\n]{0,80}\b(?:(?:almost|nearly) full|approaching (?:its|the|your) (?:quota|limit|size limit))|\byour (?:mailbox|mail ?box|inbox)\b[^\n]{0,80}\bis using [\d.,]{1,8} ?(?:[kmg]b|%) of\b/;

/** Whether the notice warns its reader that their own mailbox is nearly full. */
export function warnsOfOwnMailboxQuota(ctx: DecodeContext): boolean {
  return OWN_MAILBOX_NEARLY_FULL.test(ctx.subject.toLowerCase()) || OWN_MAILBOX_NEARLY_FULL.test(ctx.ownLower);
}
