/**
 * Whether sending again later may work, apart from whether the server itself retries (`permanent`):
 * a mailbox that was full, a greylisting or rate-limiting server, a passing network fault. The cause
 * says so when it is a passing condition; otherwise the server's own words ("try again later") or,
 * when nothing more specific than the code was found, a transient status class (RFC 3463: 4.x.x
 * means "a later attempt may succeed").
 */
import type { RuleHit } from "./match.js";
import type { Cause } from "./model.js";

const SAYS_LATER = /try (?:again )?later|greylist|graylist|please retry|retry (?:in|after) \d/i;

export function retryLaterOf(cause: Cause, hit: RuleHit | undefined, statuses: string[], reply: string): boolean {
  if (!cause.permanent) return true;
  if (SAYS_LATER.test(reply)) return true;
  const codeOnly = !hit || hit.tier === 9;
  return codeOnly && (statuses[0]?.startsWith("4.") ?? false);
}
