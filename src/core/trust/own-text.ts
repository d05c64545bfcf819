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

const MAX_OWN_TEXT = 500_000;

export function ownText(text: string): string {
  const scanned = text.length > MAX_OWN_TEXT ? text.slice(0, MAX_OWN_TEXT) : text;
  let offset = 0;
  for (const line of scanned.split("\n")) {
    const bare = line.replace(/^[\s\->=_*|]{0,80}/, "").toLowerCase();
    const onSeparator = /^\s{0,10}(?:-{2,}|={2,}|_{2,})/.test(line);
    if (
      ORIGINAL_MARKERS.some((marker) => bare.startsWith(marker)) ||
      (onSeparator && SEPARATOR_MARKERS.some((marker) => bare.startsWith(marker))) ||
      HEADER_LINE.test(bare)
    ) {
      return scanned.slice(0, offset);
    }
    offset += line.length + 1;
  }
  return scanned;
}
