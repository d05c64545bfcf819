/**
 * Notices from mailing-list services (Mailman, Sympa, LISTSERV, Majordomo): a post refused because
 * the sender is not a member, or held for the list's moderators. Not an SMTP bounce, but the message
 * did not reach the list: the list is the recipient (refused: failed; held: delayed), and the list's
 * owners, who publish an address, decide (issue 13 item 5). Shapes from the list managers' own
 * documentation of their notices; read only when a list robot or owner address sent it.
 */
import { bareAddress } from "../../read/header-fields.js";
import {
  isListRobotAddress,
  isListRobotLocalPart,
  listOfRoleAddress,
  mayHoldListRobotAddress,
} from "../../read/list-robots.js";
import { makeFacts } from "../facts.js";
import type { DecodeContext } from "../context.js";
import type { FormatDecoder } from "./types.js";

const HELD =
  /being held until|is being held|held for (?:moderation|moderator|approval|review)|awaits (?:the )?moderator|pending (?:the )?(?:moderator'?s? )?approval|holdes tilbake|forwarded to the (?:list(?:'s)? )?(?:moderator|owner)|transmis aux mod[ée]rateurs|submitted to the (?:list(?:'s)? )?(?:moderator|editor)|awaiting (?:the )?moderator|en attente de mod[ée]ration|venter på (?:godkjenning|moderator)|wartet auf (?:die )?Freigabe|an die Moderatoren weitergeleitet/i;
/** The moderator's decision, told after a hold ("was held for moderation and rejected by the moderator"): no longer held. */
const DECIDED =
  /(?:rejected|declined|discarded|refused) by (?:the |a )?(?:list(?:'s)? |group(?:'s)? )?(?:moderator|owner|editor|manager)|moderator (?:has )?(?:rejected|declined|discarded)|avvist av (?:en |listens )?(?:moderator|eier)/i;
const REFUSED =
  /was rejected|has been rejected|a [ée]t[ée] rejet[ée]|ble avvist|er avvist|wurde abgelehnt|fue rechazado|not (?:authorized|allowed) to (?:send|post)|n[’']?[êe]tes pas autoris[ée]|ikke (?:lov|tillatelse) til å (?:sende|skrive)|only (?:its )?(?:subscribers|members) (?:may|can) post|not from a list member|non-member/i;

/** The list's name as the notice quotes it: list 'choir', liste « chorale », «Turlaget», the BIRDNET list. */
const QUOTED_NAME = /(?:list|liste|listen|to|til)\s+['«"“‘]\s?([A-Za-z0-9][A-Za-z0-9._-]{0,63})\s?['»"”’]/i;
const NAMED_LIST = /\b(?:the|of the)\s+([A-Za-z0-9][A-Za-z0-9._-]{0,63})\s+(?:mailing\s+)?list\b/i;
/** Sympa's unquoted name after the word list: "for list team", "pour la liste team". */
const LIST_THEN_NAME =
  /\b(?:for list|pour la liste|für die liste|para la lista|til lista)\s+(?!(?:owners?|moderators?|editors?|administrators?)\b)([A-Za-z0-9][A-Za-z0-9._-]{0,63})\b/i;
/**
 * A list robot's reply to the commands mailed to it (Majordomo's "Majordomo results: …", LISTSERV's
 * "Output of your job", Mailman's and Sympa's "results of your (email) commands"): a subscription
 * forwarded for approval there is a request waiting, not a post held, and no delivery failed.
 */
const COMMAND_REPLY_SUBJECT =
  /^\s*(?:majordomo results\b|output of your job\b|(?:the )?results of your (?:e-?mail )?commands\b)/i;
/** One token that is an address (tokens are split on spaces and brackets first, so the pattern stays linear). */
const ADDRESS_TOKEN = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$/;
const TOKEN_BREAK = /[\s<>()[\]{},;:"'«»]+/;

function listAddress(ctx: DecodeContext, sender: string, name: string | undefined): string | undefined {
  const domain = sender.slice(sender.indexOf("@") + 1).toLowerCase();
  const local = sender.slice(0, sender.indexOf("@"));
  const owned = listOfRoleAddress(local);
  if (owned) return `${owned}@${domain}`.toLowerCase();
  // the Subject ("Rejected posting to CHOIR@…"), the notice's text, then the returned original (its
  // To: and Received "for <…>" name the list)
  const returned = ctx.message.parts.map((part) => part.text ?? "").join("\n");
  const searched = `${ctx.subject}\n${ctx.text.slice(0, 8000)}\n${returned.slice(0, 8000)}`;
  for (const token of searched.split(TOKEN_BREAK)) {
    if (!ADDRESS_TOKEN.test(token)) continue;
    let address = token.toLowerCase();
    while (address.endsWith(".")) address = address.slice(0, -1);
    const [l, d] = address.split("@") as [string, string];
    if (d !== domain || isListRobotLocalPart(l)) continue;
    if (!name || l === name.toLowerCase()) return address;
  }
  return undefined;
}

/** The notice's words with runs of blanks made one (LISTSERV justifies its lines with double spaces). */
function noticeProse(ctx: DecodeContext): string {
  return ctx.ownText.slice(0, 4000).replace(/\s+/g, " ").trim();
}

export const listNotice: FormatDecoder = {
  name: "list-notice",
  source: "body",
  detect(ctx) {
    // asked of every message: the From header is tested for a list robot's words before an address is taken from it
    if (!mayHoldListRobotAddress(ctx.from) || !isListRobotAddress(bareAddress(ctx.from))) return false;
    const prose = noticeProse(ctx);
    return HELD.test(prose) || REFUSED.test(prose);
  },
  decode(ctx) {
    const sender = bareAddress(ctx.from).toLowerCase();
    const own = noticeProse(ctx);
    const held = HELD.test(own) && !DECIDED.test(own);
    if (COMMAND_REPLY_SUBJECT.test(ctx.subject)) return { recipients: [], kind: "not-a-report" };
    const name = QUOTED_NAME.exec(own)?.[1] ?? NAMED_LIST.exec(own)?.[1] ?? LIST_THEN_NAME.exec(own)?.[1];
    const address = listAddress(ctx, sender, name);
    if (!address && !name) return undefined;
    const diagnostic = own.slice(0, 600);
    const facts = makeFacts(
      { address: address ?? "", action: held ? "delayed" : "failed", diagnostic },
      "list-notice",
      held ? "delayed" : "failed",
    );
    if (!address && name) facts.displayName = name;
    return { recipients: [facts], kind: held ? "delayed" : "failed" };
  },
};
