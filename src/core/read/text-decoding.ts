/**
 * Turning bytes into text without ever throwing: strict UTF-8 first, then windows-1252
 * (every byte maps to something, so the text stays readable even for unknown charsets).
 */

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
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return western().decode(bytes);
  }
}

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
