/**
 * Finding e-mail addresses in untrusted text without regular expressions: each "@" is
 * expanded left and right over the characters an address may hold, with fixed limits, so
 * the cost stays linear in the text however it is crafted.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

/**
 * Latin-1 signs that end an address: no-break space, ¡ ¢ £ ¤ ¥ ¦ § ¨ © « ¬ soft hyphen ® ¯ ° ± ´ ¶ » ¿
 * × ÷ (not ª º µ · ¹ ² ³ ¸ ¼ ½ ¾: letters and the Catalan middle dot that IDN labels may hold).
 */
const LATIN1_SIGNS = new Set([
  0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0, 0xb1, 0xb4, 0xb6,
  0xbb, 0xbf, 0xd7, 0xf7,
]);

/**
 * Punctuation outside ASCII that ends an address like a blank or a colon does: Latin-1 signs, the
 * general punctuation block (“ ” ‘ ’ – …, but not the zero-width joiners IDN labels may hold), CJK
 * punctuation (、 。 「 」 and the ideographic space) and the full-width forms of ASCII punctuation
 * (： ， ； （ ） ＜ ＞), which Chinese and Japanese bounces put right against an address ("收件人：a@b").
 */
function isWidePunctuation(c: number): boolean {
  if (c < 0x2000) return LATIN1_SIGNS.has(c);
  return (
    (c <= 0x206f && c !== 0x200c && c !== 0x200d) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

function isLocalChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x2e ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2b ||
    c === 0x3d || // . - _ + =
    c === 0x21 ||
    c === 0x23 ||
    c === 0x24 ||
    c === 0x25 ||
    c === 0x26 ||
    c === 0x27 || // ! # $ % & '
    c === 0x2a ||
    c === 0x2f ||
    c === 0x3f ||
    c === 0x5e ||
    c === 0x60 || // * / ? ^ `
    c === 0x7b ||
    c === 0x7c ||
    c === 0x7d ||
    c === 0x7e || // { | } ~
    (c > 0x7f && !isWidePunctuation(c)) // internationalised local parts (RFC 6531)
  );
}

function isDomainChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x2d ||
    (c > 0x7f && !isWidePunctuation(c))
  );
}

export interface FoundAddress {
  address: string;
  start: number;
  end: number;
}

/** The address around the "@" at `at`, if there is one. */
export function addressAt(text: string, at: number): FoundAddress | undefined {
  let start = at;
  if (at > 0 && text.charCodeAt(at - 1) === 0x22) {
    // quoted local part: "a..b"@example.org
    const open = text.lastIndexOf('"', at - 2);
    if (open >= 0 && at - open <= MAX_LOCAL + 2) start = open;
  } else {
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && text.charCodeAt(start) === 0x2e) start++; // no leading dots
  }
  if (start === at) return undefined;
  let end = at + 1;
  if (text.charCodeAt(end) === 0x5b) {
    const close = text.indexOf("]", end);
    if (close < 0 || close - end > 48) return undefined;
    end = close + 1;
  } else {
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
    const domain = text.slice(at + 1, end);
    if (domain.length === 0 || domain.indexOf(".") < 0) return undefined;
  }
  return { address: text.slice(start, end), start, end };
}

/** Every address in the text, in order (duplicates kept), at most `limit`. */
export function scanAddresses(text: string, limit = 100): FoundAddress[] {
  const found: FoundAddress[] = [];
  let from = 0;
  while (found.length < limit) {
    const at = text.indexOf("@", from);
    if (at < 0) break;
    const hit = addressAt(text, at);
    if (hit) {
      found.push(hit);
      from = Math.max(hit.end, at + 1);
    } else from = at + 1;
  }
  return found;
}

/** The first address in the text, or undefined. */
export function firstAddress(text: string): string | undefined {
  return scanAddresses(text, 1)[0]?.address;
}

/** The address inside the first "<...@...>" pair, else the first address anywhere. */
export function preferredAddress(text: string): string | undefined {
  let from = 0;
  for (let guard = 0; guard < 50; guard++) {
    const open = text.indexOf("<", from);
    if (open < 0) break;
    const close = text.indexOf(">", open + 1);
    if (close < 0) break;
    const inside = text.slice(open + 1, close);
    if (inside.indexOf("@") >= 0 && inside.indexOf("<") < 0) {
      const hit = firstAddress(inside);
      if (hit) return hit;
    }
    from = open + 1;
  }
  return firstAddress(text);
}

/** Removes any of `chars` from both ends. */
export function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.indexOf(text[start]!) >= 0) start++;
  while (end > start && trailing.indexOf(text[end - 1]!) >= 0) end--;
  return text.slice(start, end);
}
