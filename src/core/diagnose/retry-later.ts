/**
 * Whether sending again later may work, apart from whether the server itself retries (`permanent`):
 * a full mailbox, a greylisting or rate-limiting server, a network fault, a delivery that ran out of
 * time. True when the sending server still retries (the recipient is delayed), when the cause is a
 * passing condition, when the server's own words say "try again later" (or Amazon SES classes the
 * bounce "Transient": a later message may get through), or when nothing more
 * specific than a transient code was found (RFC 3463: 4.x.x means "a later attempt may succeed").
 */
import type { RecipientFacts } from "../types.js";
import type { RuleHit } from "./match.js";
import type { Cause } from "./model.js";

const SAYS_LATER = /try (?:again )?later|greylist|graylist|please retry|retry (?:in|after) \d|bounceType: Transient/i;

/** Causes the model marks final for the sender's situation whose condition still passes with time. */
const PASSING_CAUSES = new Set(["DELIVERY_EXPIRED"]);

/** A post a list holds for its moderator. */
export const HELD_LIST_POSTS: ReadonlySet<string> = new Set(["LIST_POST_HELD_FOR_MODERATION"]);

/**
 * A message held for a person's decision (a list's moderator, a filter's quarantine): sending it again
 * only puts a second copy in the queue.
 */
export const HELD_FOR_A_PERSON: ReadonlySet<string> = new Set([...HELD_LIST_POSTS, "CONTENT_HELD_FOR_REVIEW"]);

/** Whether the cause is a message waiting for a person's decision, which no server retries. */
export function heldForAPerson(causeId: string): boolean {
  return HELD_FOR_A_PERSON.has(causeId);
}

export function retryLaterOf(
  facts: RecipientFacts,
  cause: Cause,
  hit: RuleHit | undefined,
  statuses: string[],
  reply: string,
): boolean {
  if (heldForAPerson(cause.id)) return false;
  if (facts.action === "delayed" || !cause.permanent || PASSING_CAUSES.has(cause.id)) return true;
  if (SAYS_LATER.test(reply)) return true;
  const codeOnly = !hit || hit.tier === 9;
  return codeOnly && (statuses[0]?.startsWith("4.") ?? false);
}
