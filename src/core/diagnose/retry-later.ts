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

/**
 * A reply that names its own condition as passing, whatever cause it is filed under: a rate limit
 * ("has been temporarily rate limited due to IP reputation", Gmail's 4.7.28 "rate limited"), RFC
 * 5321's own words for a 421 ("Service not available, closing transmission channel": the server is
 * going down for now), and a DNS lookup that failed for now rather than found no domain (the
 * resolver's TRY_AGAIN, "Host not found, try again"; SERVFAIL; "DNS lookup failed temporarily").
 */
const PASSING_CONDITION =
  /rate[- ]limit|closing transmission channel|Host not found, try again|\bSERVFAIL\b|\btemporar(?:il)?y (?:rate[- ]limited|unavailable|not available|suspended)|(?:DNS|lookup|resolution) (?:failed |failure |error )?temporar/i;

/** Causes the model marks final for the sender's situation whose condition still passes with time. */
const PASSING_CAUSES = new Set(["DELIVERY_EXPIRED"]);

/** A post a list holds for its moderator. */
export const HELD_LIST_POSTS: ReadonlySet<string> = new Set(["LIST_POST_HELD_FOR_MODERATION"]);

/**
 * A message held for a person's decision (a list's moderator, a filter's quarantine): sending it again
 * only puts a second copy in the queue.
 */
export const HELD_FOR_A_PERSON: ReadonlySet<string> = new Set([...HELD_LIST_POSTS, "CONTENT_HELD_FOR_REVIEW"]);

/**
 * Refusals for the sending server's reputation or volume (a provider's own block or rate limit, not a
 * public blocklist): they lift as the reputation recovers, so one the server gives as temporary may pass.
 */
export const REPUTATION_REFUSALS: ReadonlySet<string> = new Set([
  "SENDING_SERVER_POOR_REPUTATION",
  "GMAIL_LOW_REPUTATION",
  "OUTLOOKCOM_IP_BLOCKED",
  "CISCO_SBRS_POOR_REPUTATION",
  "YAHOO_REPUTATION_BLOCK",
]);

/** The server's own word that it refuses for now ("temporarily deferred", "rate limited") … */
const SAYS_FOR_NOW = /\btemporar(?:il)?y\b|\brate[- ]?limited\b/i;
/** … or for good, whatever its code ("permanently deferred; Retrying will NOT succeed", Yahoo's TSS09). */
const SAYS_FOR_GOOD = /\bpermanently\b|\bwill not succeed\b|\bdo not retry\b/i;

/** A refusal given as temporary: a 4xx reply, a 4.x.x status, or words that say so, and none that say otherwise. */
export function refusedForNow(facts: RecipientFacts, statuses: readonly string[], reply: string): boolean {
  if (SAYS_FOR_GOOD.test(reply)) return false;
  return Boolean(facts.replyCode?.startsWith("4") || statuses[0]?.startsWith("4.") || SAYS_FOR_NOW.test(reply));
}

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
  if (REPUTATION_REFUSALS.has(cause.id) && refusedForNow(facts, statuses, reply)) return true;
  if (PASSING_CONDITION.test(reply) && !SAYS_FOR_GOOD.test(reply)) return true;
  const codeOnly = !hit || hit.tier === 9;
  return codeOnly && (statuses[0]?.startsWith("4.") ?? false);
}
