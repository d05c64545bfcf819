/** Whether the reason a bounce gives beside a recipient's address states a failure. */
import { statesLocalizedFailure } from "../read/localized-reasons.js";
import { statusInText } from "./smtp-reply.js";

/** Words a reason given without a reply code states a failure with ("unknown user", "Unrouteable address"). */
export const FAILURE_REASON =
  /\b(?:unknown|unrouteable|unroutable|not found|no such|full\b|quota|exceed|denied|reject|refused|invalid|illegal|disabled|inactive|expired|time ?out|timed out|fail|unavailable|(?:not|n't) exist|too (?:large|big|long)|loop|blocked|not (?:allowed|permitted)|suspended|error)/i;

/** A server's refusal or deferral opening the reason: "550 5.1.1 …", "451-…". */
const FAILURE_REPLY = /^[45]\d\d[ -]/;

/**
 * "550 5.1.1 user unknown", "5.2.2 Mailbox full", "User unknown", "Deferred: Connection timed out",
 * "utilisateur inconnu": the reason states a failure or a deferral, by a code or in words.
 */
export function reasonStatesFailure(reason: string): boolean {
  if (FAILURE_REPLY.test(reason)) return true;
  const status = statusInText(reason);
  if (status !== undefined && status[0] !== "2") return true;
  return FAILURE_REASON.test(reason) || /\bdeferred\b/i.test(reason) || statesLocalizedFailure(reason);
}
