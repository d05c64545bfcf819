/**
 * Delisting routes that are web pages, not messages: Microsoft's delist portal (5.7.606–5.7.649) and a
 * third-party blocklist's own lookup/removal page. The URL comes from the diagnosis's action when it
 * set one; otherwise from our own table, keyed on the blocklist the NDR names. We never take a URL out
 * of the NDR's text: a fake bounce could point anywhere.
 */
import type { Action, ExtractedNames } from "../types.js";

export const MICROSOFT_DELIST_PORTAL = "https://sender.office.com/";

interface ListPage {
  /** matched against the blocklist name or zone the NDR gives, lower-case */
  match: RegExp;
  page: (ip?: string) => string;
}

/** Lookup/removal pages of the lists NDRs name most often (catalogue §3.D). */
const LIST_PAGES: readonly ListPage[] = [
  { match: /spamhaus|abuseat|\bcbl\b/, page: () => "https://check.spamhaus.org/" },
  { match: /spamcop/, page: (ip) => `https://www.spamcop.net/bl.shtml${ip ? `?${ip}` : ""}` },
  { match: /barracuda/, page: () => "https://www.barracudacentral.org/lookups" },
  { match: /proofpoint/, page: (ip) => `https://ipcheck.proofpoint.com/${ip ? `?ip=${ip}` : ""}` },
  { match: /cloudmark/, page: () => "https://csi.cloudmark.com/en/reset/" },
  { match: /uceprotect/, page: () => "https://www.uceprotect.net/en/rblcheck.php" },
  { match: /surbl/, page: () => "https://www.surbl.org/surbl-analysis" },
  { match: /uribl/, page: () => "https://admin.uribl.com/" },
  { match: /mailspike/, page: () => "https://mailspike.org/iplookup.html" },
  { match: /psbl/, page: (ip) => `https://psbl.org/listing${ip ? `?ip=${ip}` : ""}` },
];

function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/** Only a literal IPv4/IPv6 address goes into a URL we build. */
function safeIp(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  return /^(?:\d{1,3}\.){3}\d{1,3}$/.test(ip) || /^[0-9A-Fa-f:]{2,39}$/.test(ip) ? ip : undefined;
}

/** The page to open for a link action; undefined when the action is not a link or no page is known. */
export function linkFor(action: Action, names?: ExtractedNames): string | undefined {
  if (action.kind !== "delist-portal" && action.kind !== "third-party-delist") return undefined;
  if (isWebUrl(action.url)) return action.url;
  if (action.kind === "delist-portal") return MICROSOFT_DELIST_PORTAL;
  const list = names?.blocklist?.toLowerCase();
  if (!list) return undefined;
  const known = LIST_PAGES.find((entry) => entry.match.test(list));
  return known?.page(safeIp(names?.blockedIp));
}
