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

/** Decodes bytes as UTF-8 when they are valid UTF-8, otherwise as windows-1252. */
export function bytesToText(bytes: Uint8Array): string {
  if (isAscii(bytes)) return asciiToString(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return western().decode(bytes);
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

function asciiToString(bytes: Uint8Array): string {
  // latin1 decoding of pure ASCII is exact and the fastest path in V8
  return lenientUtf8.decode(bytes);
}

/** True when TextDecoder knows this charset label (directly or under a common alias). */
export function isKnownCharset(label: string): boolean {
  const cleaned = label.trim().toLowerCase();
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

/** Normalises CRLF and lone CR line ends to LF. */
export function toLf(text: string): string {
  if (text.indexOf("\r") < 0) return text;
  return text.replace(/\r\n?/g, "\n");
}

/**
 * postal-mime splits lines on LF only, so CR-only input (old Mac line ends) would read as
 * one long line: turn lone CRs into LFs first. Returns the same array when there is nothing to do.
 */
export function normaliseBareCr(bytes: Uint8Array): Uint8Array {
  const sample = Math.min(bytes.length, 65536);
  let sawCr = false;
  for (let i = 0; i < sample; i++) {
    const c = bytes[i];
    if (c === 0x0a) return bytes;
    if (c === 0x0d) sawCr = true;
  }
  if (!sawCr) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    out[i] = c === 0x0d && bytes[i + 1] !== 0x0a ? 0x0a : c;
  }
  return out;
}
