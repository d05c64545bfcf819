/**
 * What the NDR says of a group: its name, the group the sender addressed when the restricted one is
 * nested in it ("sent to All Oslo, which includes the group Sales Oslo"), moderation, size over
 * 5,000 members, and the owner address a list service publishes.
 */
import type { GroupFacts } from "../types.js";

/** "sent to <parent>, which includes the group <child> (<address>)", as Exchange writes it in several languages. */
const nested =
  /(?:sent to|sendt til|gesendet an|envoy[ée] [àa]|enviado a|skickades till|verzonden naar)\s+([^,\n]{1,120}),\s*(?:which includes|som inkluderer|som omfatter|som innehåller|die (?:auch )?die|qui (?:inclut|contient)|que incluye|dat de|die de)\s+(?:the group|gruppen|Gruppe|le groupe|el grupo|de groep|groep)?\s*([^(\n]{1,120}?)\s*\(([^)\s]+@[^)\s]+)\)/i;

const restrictedGroup = /the group ([^\n]{1,120}?) (?:only accepts|has more than)/i;
const moderation = /moderat|APPROVAL\.|approv(?:e|al) /i;
const large =
  /more than 5[,. \u00a0]?000|mer enn 5[ \u00a0.]?000|mehr als 5[. \u00a0]?000|plus de 5[ \u00a0.]?000|m[áa]s de 5[. \u00a0]?000|(?:över|mer än) 5[ \u00a0]?000|mere end 5[. \u00a0]?000|meer dan 5[. \u00a0]?000|NeedsSenderRestrictions|needs sender restrictions/i;
const ownerAddress = /[A-Za-z0-9._%+-]{1,64}-(?:owner|request)@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,}/gi;

/** The first "-owner@" or "-request@" (any case) in `text`, or -1: every list-owner address has one. */
function ownerMarkAt(text: string): number {
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const before = text.slice(Math.max(0, at - 8), at).toLowerCase();
    if (before.endsWith("-owner")) return at - 6;
    if (before === "-request") return at - 8;
  }
  return -1;
}

/**
 * The list-owner address in `text`. The pattern starts with a character class, so run over the
 * whole text it tries up to 64 characters at every position; an address's local part is at most
 * 64 characters before its "-owner@", so the search can start there, and most texts have none.
 */
function ownerAddressIn(text: string): string | undefined {
  const mark = ownerMarkAt(text);
  if (mark < 0) return undefined;
  ownerAddress.lastIndex = Math.max(0, mark - 64);
  return ownerAddress.exec(text)?.[0];
}

/** The group facts, when the NDR's text speaks of a group: a restricted, nested or large group, or a list owner. */
export function groupFactsIn(text: string): GroupFacts | undefined {
  const own = text.slice(0, 8000);
  const n = nested.exec(own);
  const named = restrictedGroup.exec(own)?.[1]?.trim();
  const owner = ownerAddressIn(own);
  if (!n && !named && !owner) return undefined;
  const facts: GroupFacts = {
    moderated: moderation.test(own),
    large: large.test(own),
  };
  if (n) {
    facts.parent = n[1]!.trim();
    facts.name = n[2]!.trim();
    facts.address = n[3]!.trim();
  } else if (named) facts.name = named;
  if (owner) facts.ownerAddress = owner;
  return facts;
}
