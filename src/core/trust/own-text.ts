/**
 * The bounce's own words, without the copy of the original message many servers append
 * (Exim, qmail, Exchange's "Original message headers", inline forwards). Links and urgent
 * phrases in the quoted original were written by the original sender, not by the bounce,
 * so they say nothing about whether the bounce is genuine.
 */

/** Lines that start the quoted original wherever they stand (lower-case, matched at a line start). */
const ORIGINAL_MARKERS = [
  "this is a copy of the message",
  "below this line is a copy of the message",
  "original message follows",
  "original message headers",
  "opprinnelige meldingshoder", // Exchange, Norwegian
  "undelivered message follows",
  "unsent message below",
  "content-type: message/rfc822",
];

/** Generic words that only count as a marker on a separator line ("----- Original message -----"). */
const SEPARATOR_MARKERS = [
  "original message",
  "returned message",
  "message text follows",
  "copy of the original message",
];

/** Raw header lines at a line start mean the original's headers have begun. */
const HEADER_LINE =
  /^(?:received|return-path|message-id|dkim-signature|x-[a-z-]{1,40}|mime-version|in-reply-to|references):/i;

/** The letters a marker or a header line can start with: any other line is ruled out at its first letter. */
const FIRST_LETTERS = new Set(
  [...ORIGINAL_MARKERS, ...SEPARATOR_MARKERS, "received", "return-path", "message-id", "dkim-signature"]
    .concat(["x-", "mime-version", "in-reply-to", "references"])
    .map((marker) => marker.charCodeAt(0)),
);

/** Enough of a line's start to hold the longest marker or header name (x- and 40 letters). */
const LONGEST_START = 64;

const MAX_OWN_TEXT = 500_000;

export function ownText(text: string): string {
  const scanned = text.length > MAX_OWN_TEXT ? text.slice(0, MAX_OWN_TEXT) : text;
  for (let offset = 0; offset < scanned.length;) {
    const newline = scanned.indexOf("\n", offset);
    const end = newline < 0 ? scanned.length : newline;
    if (startsTheOriginal(scanned, offset, end)) return scanned.slice(0, offset);
    offset = end + 1;
  }
  return scanned;
}

/** Whether the line text[start, end) starts the quoted original. */
function startsTheOriginal(text: string, start: number, end: number): boolean {
  // What a marker must follow: up to 80 characters of blanks, dashes, quote marks and rules.
  let bare = start;
  while (bare < end && bare - start < 80 && isLead(text.charCodeAt(bare))) bare++;
  if (bare === end) return false;
  const first = text.charCodeAt(bare);
  if (first < 0x80 && !FIRST_LETTERS.has(first | 0x20)) return false;
  const lower = text.slice(bare, Math.min(end, bare + LONGEST_START)).toLowerCase();
  if (ORIGINAL_MARKERS.some((marker) => lower.startsWith(marker))) return true;
  if (SEPARATOR_MARKERS.some((marker) => lower.startsWith(marker)) && onSeparator(text.slice(start, end))) return true;
  return HEADER_LINE.test(lower);
}

const LEAD = /[\s\->=_*|]/;

function isLead(unit: number): boolean {
  if (unit < 0x80) {
    return (
      unit === 0x20 ||
      (unit >= 0x09 && unit <= 0x0d) ||
      unit === 0x2d ||
      unit === 0x3e ||
      unit === 0x3d ||
      unit === 0x5f ||
      unit === 0x2a ||
      unit === 0x7c
    );
  }
  return LEAD.test(String.fromCharCode(unit));
}

function onSeparator(line: string): boolean {
  return /^\s{0,10}(?:-{2,}|={2,}|_{2,})/.test(line);
}
