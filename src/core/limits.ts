/**
 * Outlook's limits for a new message form (MessageForm, Mailbox 1.6), enforced in the core so every
 * host gets a draft Outlook will accept: displayNewMessageForm throws when a limit is exceeded.
 *
 * Sizes are measured conservatively. Outlook documents "32 KB" for htmlBody without saying whether it
 * counts UTF-16 code units or bytes; we count UTF-8 bytes (never fewer than UTF-16 code units) and keep
 * a margin below 32 768, so either reading holds.
 */

export const MAX_SUBJECT_LENGTH = 255;
/** UTF-8 bytes; a margin below 32 KB (32 768) so either way of counting stays inside. */
export const MAX_HTML_BODY_BYTES = 32_000;
export const MAX_RECIPIENTS_PER_FIELD = 100;
export const MAX_ITEM_ID_LENGTH = 100;
export const MAX_ATTACHMENT_NAME_LENGTH = 255;

const ELLIPSIS = "…";

// ───────────────────────── bounds on untrusted input ─────────────────────────
// An NDR is written by a stranger and may be absurd on purpose (hundreds of copies of one header,
// megabytes of quoted original). These bounds keep every input linear and fast; each is far above
// what a real bounce needs (the corpus's largest NDR text is 25 KB).

/**
 * How much of the NDR's text the report stage searches for headings, codes and the original's
 * headers. The NDR's own words come first; past this point the text is the quoted original's body.
 */
export const REPORT_TEXT_SCAN_CHARS = 128 * 1024;

/**
 * The longest server reply kept per recipient (UTF-16 units). Real replies, multi-line ones
 * included, stay under 1 KB; a 300 KB "reply" would make every rule and code search slow.
 */
export const MAX_REPLY_CHARS = 8 * 1024;

/** `text` cut to at most `max` UTF-16 units (never splitting a surrogate pair), ending in "…" when cut. */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : cutAtCodePoint(text, max - ELLIPSIS.length) + ELLIPSIS;
}

// ───────────────────────── escaping ─────────────────────────

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escape text for HTML element content and quoted attribute values. Everything we put in HTML goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

// ───────────────────────── measuring ─────────────────────────

/** UTF-8 byte length, counted per code point (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Cut `text` to at most `maxUnits` UTF-16 code units without splitting a surrogate pair. */
function cutAtCodePoint(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = Math.max(0, maxUnits);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The longest prefix of `text` whose UTF-8 length is at most `maxBytes`, never splitting a code point. */
function prefixWithinBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    const pair = isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1));
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    i += pair ? 2 : 1;
  }
  return text.slice(0, i);
}

// ───────────────────────── subject ─────────────────────────

/** Collapse line breaks (a subject is one line) and shorten to Outlook's 255 characters with an ellipsis. */
export function fitSubject(subject: string, max = MAX_SUBJECT_LENGTH): string {
  const oneLine = subject
    .replace(/[\r\n\t]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  if (oneLine.length <= max) return oneLine;
  return cutAtCodePoint(oneLine, max - ELLIPSIS.length).trimEnd() + ELLIPSIS;
}

// ───────────────────────── recipients ─────────────────────────

/** A plain addr-spec check: enough to keep junk out of a To line, not an RFC 5322 validator. */
export function isPlausibleAddress(address: string): boolean {
  return /^[^\s@<>()",;:\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
    address,
  );
}

export interface FittedRecipients {
  kept: string[];
  /** implausible addresses and those past the limit */
  dropped: string[];
}

/** Trim, drop duplicates (case-insensitive) and implausible addresses, and keep at most 100. */
export function fitRecipients(addresses: readonly string[], max = MAX_RECIPIENTS_PER_FIELD): FittedRecipients {
  const kept: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  for (const raw of addresses) {
    const address = raw.trim();
    if (address === "") continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (!isPlausibleAddress(address) || kept.length >= max) dropped.push(address);
    else kept.push(address);
  }
  return { kept, dropped };
}

// ───────────────────────── attachments ─────────────────────────

/** An item attachment's id must be an EWS id of at most 100 characters; anything else makes the form throw. */
export function isUsableItemId(itemId: string | undefined | null): itemId is string {
  return typeof itemId === "string" && itemId.length > 0 && itemId.length <= MAX_ITEM_ID_LENGTH;
}

/** Attachment names are limited to 255 characters. */
export function fitAttachmentName(name: string): string {
  return fitSubject(name, MAX_ATTACHMENT_NAME_LENGTH);
}

// ───────────────────────── HTML body ─────────────────────────

export interface FittedHtml {
  html: string;
  trimmed: boolean;
}

/** how far back (UTF-16 units) we look for a line break or space to cut at */
const SOFT_CUT_WINDOW = 400;

const VOID_ELEMENTS = new Set(["br", "hr", "img", "meta", "col", "wbr", "input", "link", "area", "base", "source"]);

/**
 * Tags, entities (named or numeric) and runs of text. A stray "<" or "&" is its own token. No comment
 * syntax: we never write comments, and a lazy comment pattern would be slow on crafted input.
 */
const HTML_TOKEN = /<\/?[A-Za-z][^<>]*>|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});|[^<&]+|[<&]/g;

/**
 * Shorten an HTML body to `maxBytes` (UTF-8), cutting only between tags, entities and code points,
 * closing every element left open, then appending `noteHtml` (already escaped) to say it was shortened.
 * Prefers to cut a long text run at a line break or space near the limit so a line is not chopped.
 */
export function fitHtmlBody(html: string, noteHtml: string, maxBytes = MAX_HTML_BODY_BYTES): FittedHtml {
  if (utf8Length(html) <= maxBytes) return { html, trimmed: false };

  const noteBytes = utf8Length(noteHtml);
  const open: string[] = [];
  let closeBytes = 0;
  let used = 0;
  let out = "";
  /** where `out` last ended a line (a "\n" in text or a <br>) inside the element still open, to cut there */
  let lineEnd: number | undefined;

  for (const match of html.matchAll(HTML_TOKEN)) {
    const token = match[0];
    // HTML_TOKEN already matched a whole tag; read its name with an anchored, linear pattern.
    const tagName = token.startsWith("<") ? /^<\/?([A-Za-z][A-Za-z0-9]*)/.exec(token)?.[1] : undefined;
    if (tagName && token.endsWith(">")) {
      const name = tagName.toLowerCase();
      const closing = token[1] === "/";
      const selfClosing = token.endsWith("/>") || VOID_ELEMENTS.has(name);
      let nextCloseBytes = closeBytes;
      if (closing) {
        if (open.length > 0 && open[open.length - 1] === name) nextCloseBytes -= utf8Length(`</${name}>`);
      } else if (!selfClosing) nextCloseBytes += utf8Length(`</${name}>`);
      const cost = utf8Length(token);
      if (used + cost + nextCloseBytes + noteBytes > maxBytes) break;
      out += token;
      used += cost;
      closeBytes = nextCloseBytes;
      if (closing) {
        if (open.length > 0 && open[open.length - 1] === name) open.pop();
        lineEnd = undefined;
      } else if (!selfClosing) {
        open.push(name);
        lineEnd = undefined;
      } else if (name === "br") lineEnd = out.length;
      continue;
    }
    const cost = utf8Length(token);
    if (used + cost + closeBytes + noteBytes <= maxBytes) {
      out += token;
      used += cost;
      const newline = token.lastIndexOf("\n");
      if (newline >= 0) lineEnd = out.length - token.length + newline + 1;
      continue;
    }
    // Only plain text can be split; an entity or comment is whole or absent.
    let part =
      token.startsWith("&") || token.startsWith("<")
        ? ""
        : prefixWithinBytes(token, Math.max(0, maxBytes - used - closeBytes - noteBytes));
    // Prefer to end at a line break (or a space) near the limit rather than mid-line.
    const newline = part.lastIndexOf("\n");
    if (newline >= 0 && part.length - newline <= SOFT_CUT_WINDOW) part = part.slice(0, newline + 1);
    else if (lineEnd !== undefined && out.length + part.length - lineEnd <= SOFT_CUT_WINDOW) {
      out = out.slice(0, lineEnd);
      part = "";
    } else {
      const space = part.lastIndexOf(" ");
      if (space > 0 && part.length - space <= SOFT_CUT_WINDOW) part = part.slice(0, space + 1);
    }
    out += part;
    break;
  }

  for (let i = open.length - 1; i >= 0; i--) out += `</${open[i]}>`;
  return { html: out + noteHtml, trimmed: true };
}
