/**
 * Links found in an NDR, as inert data: the URL as written, its real host, and — for HTML
 * anchors — the text the reader was shown. Nothing here follows, fetches or renders a link;
 * the pane shows these as plain text so the user sees where a link really goes.
 *
 * Every pattern here is linear (no nested quantifiers) and every scan is capped, so a hostile
 * 10 MB body costs one pass.
 */

import type { NdrLink } from "../types.js";
import { oneLine } from "./one-line.js";

/** A link as found; the trust check adds `warning`. */
export type FoundLink = NdrLink;

const MAX_LINKS = 200;
const MAX_URL_LENGTH = 2000;
/** Scan at most this much of a body: links past 2 MB are not worth a hostile input's time. */
const MAX_SCAN = 2_000_000;

// URLs written in text: a scheme and everything up to whitespace or a closing delimiter.
const TEXT_URL = /\b(?:https?|hxxps?|ftp):\/\/[^\s<>"'`]+|\bwww\.[a-z0-9-]+\.[^\s<>"'`]+/gi;
// The start of a tag we care about (checked on the few characters after a "<").
const LINK_TAG_NAME = /^(a|area|form|base)(?![a-z0-9-])/i;
const HREF_NAME = /\b(?:href|action)\s*=\s*/i;
const HTML_TAG = /<[^<>]*>/g;
const LOOKS_LIKE_HOST =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^\s/@]+@)?((?:[a-z0-9-]+\.)+[a-z]{2,}|\[[0-9a-f:.]+\])(?:[:/?#]|$)/i;

/** Links in plain text (the NDR's human-readable body). */
export function extractTextLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  const scanned = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  for (const match of scanned.matchAll(TEXT_URL)) {
    if (links.length >= MAX_LINKS) break;
    const written = trimTrailingPunctuation(match[0]);
    const url = written.toLowerCase().startsWith("www.") ? `http://${written}` : written;
    links.push(describeLink(url, "text"));
  }
  return links;
}

/** Links in HTML (anchors, image maps, form targets), with the anchor text the reader saw. */
export function extractHtmlLinks(html: string): FoundLink[] {
  const links: FoundLink[] = [];
  const scanned = html.length > MAX_SCAN ? html.slice(0, MAX_SCAN) : html;
  for (const tag of startTags(scanned)) {
    if (links.length >= MAX_LINKS) break;
    const raw = attributeValue(tag.attributes);
    if (raw === undefined) continue;
    const url = decodeEntities(raw).trim();
    if (url === "" || url.startsWith("#")) continue;
    const link = describeLink(url, tag.name === "form" ? "html-form" : "html-anchor");
    if (tag.name === "a") {
      const end = indexOfCaseless(scanned, "</a", tag.end, 4000);
      if (end > tag.end) {
        const shown = oneLine(decodeEntities(scanned.slice(tag.end, end).replace(HTML_TAG, " "))).slice(0, 200);
        if (shown) {
          link.shownText = shown;
          const claimed = LOOKS_LIKE_HOST.exec(shown);
          if (claimed) link.shownHost = claimed[1].toLowerCase();
        }
      }
    }
    links.push(link);
  }
  return links;
}

/** The href/action value in a tag's attribute text: quoted, or up to the next space. */
function attributeValue(attributes: string): string | undefined {
  const name = HREF_NAME.exec(attributes);
  if (!name) return undefined;
  const start = (name.index ?? 0) + name[0].length;
  const quote = attributes[start];
  if (quote === '"' || quote === "'") {
    const end = attributes.indexOf(quote, start + 1);
    return attributes.slice(start + 1, end < 0 ? attributes.length : end);
  }
  let end = start;
  while (end < attributes.length && !" \t\r\n>".includes(attributes[end]!)) end++;
  return attributes.slice(start, end);
}

interface StartTag {
  name: string;
  attributes: string;
  /** index just past the tag's ">" */
  end: number;
}

/**
 * The <a>, <area>, <form> and <base> start tags, found with indexOf rather than a regex: the
 * position of the next ">" is remembered, so a flood of "<a" without ">" costs one pass, not n².
 */
function* startTags(html: string): Generator<StartTag> {
  let nextClose = -1;
  let at = html.indexOf("<");
  while (at >= 0) {
    const name = LINK_TAG_NAME.exec(html.slice(at + 1, at + 6))?.[1]?.toLowerCase();
    if (name) {
      if (nextClose < at) nextClose = html.indexOf(">", at);
      if (nextClose < 0) return;
      const attributes = html.slice(at + 1 + name.length, Math.min(nextClose, at + 4000));
      yield { name, attributes, end: nextClose + 1 };
    }
    at = html.indexOf("<", at + 1);
  }
}

/** Parse one URL without the URL constructor's normalisation hiding tricks (we want the real host). */
export function describeLink(written: string, from: FoundLink["from"]): FoundLink {
  const url = written.length > MAX_URL_LENGTH ? written.slice(0, MAX_URL_LENGTH) : written;
  const schemeMatch = /^([a-z][a-z0-9+.-]{0,30}):/i.exec(url);
  const scheme = schemeMatch ? schemeMatch[1].toLowerCase().replace(/^hxxp/, "http") : "";
  let host = "";
  let hasUserInfo = false;
  if (scheme === "mailto") {
    const at = url.lastIndexOf("@");
    host = at >= 0 ? (url.slice(at + 1).split(/[?&#>]/)[0] ?? "").toLowerCase() : "";
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith("//")) {
    const afterSlashes = url.slice(url.indexOf("//") + 2);
    // The authority ends at the first "/", "?", "#" or "\" (browsers treat "\" as "/").
    const authority = afterSlashes.split(/[/?#\\]/)[0] ?? "";
    const at = authority.lastIndexOf("@");
    hasUserInfo = at >= 0;
    const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
    host = stripPort(hostPort).toLowerCase().replace(/\.$/, "");
  }
  return { url, scheme, host, hasUserInfo, from };
}

function stripPort(hostPort: string): string {
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    return close > 0 ? hostPort.slice(0, close + 1) : hostPort;
  }
  const colon = hostPort.indexOf(":");
  return colon >= 0 ? hostPort.slice(0, colon) : hostPort;
}

function trimTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && ".,;:!?)]}".includes(url[end - 1])) end--;
  return url.slice(0, end);
}

function indexOfCaseless(haystack: string, needle: string, from: number, within: number): number {
  const window = haystack.slice(from, from + within).toLowerCase();
  const at = window.indexOf(needle);
  return at < 0 ? -1 : from + at;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Enough entity decoding to see the real target of an href ("&#104;ttp" tricks included). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});?/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
