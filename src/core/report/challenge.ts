/**
 * Challenge-response checks dressed as bounces: the recipient's filter holds the message until the
 * sender proves to be a real sender (confirms by reply or link, joins a "guest list", fills in a
 * request form). They are not failures. Read from the bounce's own words only, so a returned
 * original that asks for a confirmation does not make a real bounce a challenge; both a "held"
 * statement and a request to the sender must be there (a bounce that asks to verify the address is
 * no challenge).
 */
import { containsAnyOf } from "../read/phrases.js";
import type { DecodeContext } from "./context.js";

/** Cheap gate: without one of these words no further work is done. */
const MAY_BE_CHALLENGE = containsAnyOf(["confirm", "verif", "waitlist", "guest list", "approv", "request form"]);

/**
 * The message is held, waitlisted or not yet delivered until something happens ("The message you
 * sent requires that you verify…": cPanel's BoxTrapper says so only by asking).
 */
const HELD =
  /\b(?:has been|was|is being|been|is) (?:held|waitlisted|quarantined|placed on hold)\b|\bwaitlisted\b|held pending|pending (?:your )?(?:confirmation|verification)|not (?:yet )?(?:been )?delivered (?:yet|until)|has not been delivered yet|(?:will|can) (?:then |only )?be delivered|to (?:have|get) your (?:message|e-?mail) delivered|to release (?:your|the) message|once (?:i|we) (?:have )?approved? you|(?:i|we) will (?:then )?receive your (?:original )?(?:message|e-?mail)|\b(?:message|e-?mail)\b[^.]{0,40}\brequires (?:that )?(?:you (?:to )?)?(?:verify|confirm)/i;

/** What the sender is asked to do. */
const ASKED =
  /\bconfirm|\bverif(?:y|ication)|guest ?list|request form|approved senders|real sender|not a spammer|a person, not a (?:program|machine|robot)|prove (?:that )?you are/i;

/** How much of the own text to read: the request is always near the top. */
const SCAN_CHARS = 4000;

export function isChallenge(ctx: DecodeContext): boolean {
  // the own text is wanted for almost every message anyway, and is a prefix of the text: the gate is
  // asked of it alone, which is no more text than the whole
  const lower = ctx.ownLower.slice(0, SCAN_CHARS);
  return MAY_BE_CHALLENGE(lower) && HELD.test(lower) && ASKED.test(lower);
}
