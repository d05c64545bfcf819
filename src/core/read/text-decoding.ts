/**
 * Turning bytes into text without ever throwing: strict UTF-8 first, then windows-1252
 * (every byte maps to something, so the text stays readable even for unknown charsets).
 */
import { latin1Text } from "./raw-text.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");
let westernDecoder: TextDecoder | undefined;

function western(): TextDecoder {
  if (!westernDecoder) {
    try {
      westernDecoder = new TextDecoder("windows-1252");
    } catch {
      westernDecoder = lenientUtf8;
    }
  }
  return westernDecoder;
}

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8, otherwise as windows-1252. ASCII needs no
 * check of its own: the strict decoder takes it as fast as the lenient one (a byte loop looking
 * for ASCII first cost four times the decode).
 */
export function bytesToText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return western().decode(bytes);
  }
  // ISO-2022-JP is 7-bit, so valid UTF-8 too, but its escapes into JIS X 0208 ("ESC $ B", "ESC $ @") mean
  // nothing else: Japanese text in a part that declares no charset (a DSN's Diagnostic-Code from Domino)
  // (7-bit only: a stray ESC in UTF-8 text with letters beyond ASCII is not it)
  return text.includes("\x1b$") && !BEYOND_ASCII.test(text) ? iso2022jp().decode(bytes) : text;
}

const BEYOND_ASCII = /[^\x00-\x7f]/;
let iso2022jpDecoder: TextDecoder | undefined;
const iso2022jp = () => (iso2022jpDecoder ??= new TextDecoder("iso-2022-jp"));

/** Answers so far: testing a label builds a TextDecoder, which throws (slowly) for an unknown one. */
const knownCharsets = new Map<string, boolean>();

/** True when TextDecoder knows this charset label (directly or under a common alias). */
export function isKnownCharset(label: string): boolean {
  const cleaned = label.trim().toLowerCase();
  let known = knownCharsets.get(cleaned);
  if (known === undefined) {
    known = testCharset(cleaned);
    if (knownCharsets.size < 256) knownCharsets.set(cleaned, known);
  }
  return known;
}

function testCharset(cleaned: string): boolean {
  if (cleaned === "" || cleaned === "us-ascii" || cleaned === "ascii") return true;
  const digits = /^(?:cp|ms|windows-?|x-cp)(\d{3,5})$/.exec(cleaned)?.[1];
  const candidates = [cleaned, cleaned.replace(/^x-/, ""), cleaned.replace(/_/g, "-")];
  if (digits) candidates.push(`windows-${digits}`, `ibm${digits}`);
  for (const candidate of candidates) {
    try {
      new TextDecoder(candidate);
      return true;
    } catch {
      // try the next spelling
    }
  }
  return false;
}

/** Normalises CRLF and lone CR line ends to LF (a lone CR is a line end, as in old Mac files). */
export function toLf(text: string): string {
  if (text.indexOf("\r") < 0) return text;
  return text.replace(/\r\n?/g, "\n");
}

/**
 * postal-mime splits lines on LF only, so a lone CR (old Mac line ends, or a stray CR before
 * a CRLF) would hide a line break from it: turn every CR that is not followed by LF into LF
 * first, so LF, CRLF and CR copies of a message parse alike. Returns the same array when
 * there is nothing to do.
 */
export function normaliseBareCr(bytes: Uint8Array): Uint8Array {
  bytes = withSingleCrlf(bytes);
  // indexOf is native: input without CR is passed in one search, CRLF input in one per line
  let first = bytes.indexOf(0x0d);
  while (first >= 0 && bytes[first + 1] === 0x0a) first = bytes.indexOf(0x0d, first + 2);
  if (first < 0) return bytes;
  const out = new Uint8Array(bytes);
  for (let i = first; i >= 0; i = out.indexOf(0x0d, i + 1)) {
    if (out[i + 1] !== 0x0a) out[i] = 0x0a;
  }
  return out;
}

/**
 * Blanks after the last character of a line are transport padding: mail tools add and drop them (RFC 2045
 * tells a quoted-printable decoder to delete them, RFC 2046 allows them after a boundary line) and they mean
 * nothing in a header or in text. postal-mime keeps them, so "=" before padding is no soft line break and a
 * padded boundary line no boundary. They are removed before parsing, so a padded copy reads like the
 * original. Lines of blanks only are kept (one may continue a header field), and so is everything in a
 * message with format=flowed text (RFC 3676), where a line's last blank joins it to the next.
 * Expects LF or CRLF line ends (after normaliseBareCr) and the bytes' structure sample (raw-text.ts: all of
 * them as Latin-1 text, or their start for a large message); returns the same array when nothing is padded.
 */
export function withoutLinePadding(bytes: Uint8Array, sample: string): Uint8Array {
  const padding = paddingRanges(bytes);
  if (padding.length === 0 || declaresFlowedText(sample.length === bytes.length ? sample : latin1Text(bytes)))
    return bytes;
  let removed = 0;
  for (let i = 0; i < padding.length; i += 2) removed += padding[i + 1]! - padding[i]!;
  // sized exactly, so the parser reads this array's own buffer without copying it again
  const out = new Uint8Array(bytes.length - removed);
  let written = 0;
  let copied = 0;
  for (let i = 0; i < padding.length; i += 2) {
    out.set(bytes.subarray(copied, padding[i]), written);
    written += padding[i]! - copied;
    copied = padding[i + 1]!;
  }
  out.set(bytes.subarray(copied), written);
  return out;
}

const isBlankByte = (byte: number | undefined) => byte === 0x20 || byte === 0x09;

/**
 * Where the blanks after each line's last character start and end (pairs, in order); lines of blanks only
 * have none. A walk from line end to line end: the bytes' native search is the fastest way to the next one.
 */
function paddingRanges(bytes: Uint8Array): number[] {
  const ranges: number[] = [];
  for (let lf = bytes.indexOf(0x0a), lineStart = 0; lf >= 0; lineStart = lf + 1, lf = bytes.indexOf(0x0a, lf + 1)) {
    const end = bytes[lf - 1] === 0x0d ? lf - 1 : lf;
    if (!isBlankByte(bytes[end - 1])) continue;
    let cut = end - 1;
    while (cut > lineStart && isBlankByte(bytes[cut - 1])) cut--;
    if (cut > lineStart) ranges.push(cut, end);
  }
  return ranges;
}

/** A format=flowed parameter anywhere: found by its word first, since a case-blind regex over the whole text is slow. */
function declaresFlowedText(text: string): boolean {
  for (const word of ["lowed", "LOWED"]) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (FLOWED.test(text.slice(Math.max(0, at - 24), at + 5))) return true;
    }
  }
  return false;
}
const FLOWED = /format\s*=\s*"?flowed$/i;

/**
 * A file converted to CRLF twice (LF → CRLF → CR CRLF) on its way through Windows tools ends its first
 * line in CR CR LF. Read as a lone CR and a CRLF, every line would be followed by an empty one: every
 * CR CR LF is made CRLF. Returns the same array for any other input.
 */
export function withSingleCrlf(bytes: Uint8Array): Uint8Array {
  const lf = bytes.indexOf(0x0a);
  if (lf < 2 || bytes[lf - 1] !== 0x0d || bytes[lf - 2] !== 0x0d) return bytes;
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) continue;
    out[length++] = bytes[i]!;
  }
  return out.subarray(0, length);
}
