/** Sniffing what kind of input we were handed, from its first bytes. */

/**
 * Bytes that rarely occur in mail text: NUL and most C0 controls. A stray NUL in a real
 * bounce is tolerated; binary files have them everywhere.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 8192);
  if (sample === 0) return false;
  let controls = 0;
  let i = 0;
  // four bytes at a time where the view is aligned: a word with no byte below 0x20 has no control
  const alignedStart = Math.min(sample, (4 - (bytes.byteOffset % 4)) % 4);
  for (; i < alignedStart; i++) controls += IS_CONTROL[bytes[i]!]!;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (sample - i) >>> 2);
  for (let w = 0; w < words.length; w++, i += 4) {
    const word = words[w]!;
    if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
    controls +=
      IS_CONTROL[bytes[i]!]! + IS_CONTROL[bytes[i + 1]!]! + IS_CONTROL[bytes[i + 2]!]! + IS_CONTROL[bytes[i + 3]!]!;
  }
  for (; i < sample; i++) controls += IS_CONTROL[bytes[i]!]!;
  return controls / sample > 0.03;
}

/** 1 for the bytes looksBinary counts (a table lookup is cheaper than the comparisons per byte). */
const IS_CONTROL = new Uint8Array(256).map((_, c) => (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) ? 1 : 0));

/**
 * /^[!-9;-~]{1,76}[ \t]*:/ without a regex: 1 to 76 field-name characters (printable ASCII but
 * ":"), blanks, then the colon. The name characters include neither blank nor colon, so a longer
 * run of them cannot match either.
 */
function isHeaderLine(line: string): boolean {
  let at = 0;
  while (at < line.length && at <= 76) {
    const c = line.charCodeAt(at);
    if (c < 0x21 || c > 0x7e || c === 0x3a) break;
    at++;
  }
  if (at === 0 || at > 76) return false;
  while (at < line.length && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  return line.charCodeAt(at) === 0x3a;
}

/** `name=value` (a MIME parameter such as `boundary="…"`), the name 1 to 40 token characters. */
function isParameterLine(line: string): boolean {
  const equals = line.indexOf("=");
  return equals > 0 && equals <= 40 && /^[A-Za-z0-9*-]+$/.test(line.slice(0, equals));
}

const HEADER_LINES_LOOKED_AT = 40;

/**
 * True when the text starts with an RFC 5322 header block (a mail file or a full paste),
 * rather than body text. Mbox "From " separator lines are allowed before it.
 */
export function startsWithHeaders(text: string): boolean {
  const lines = firstLines(text, 8192, HEADER_LINES_LOOKED_AT);
  let fields = 0;
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === "") index++;
  if (index < lines.length && lines[index]!.startsWith("From ")) index++;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") return fields >= 2;
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (fields === 0) return false;
      continue;
    }
    if (isHeaderLine(line)) fields++;
    // a MIME parameter at the start of a line is a field's continuation whose leading blank was lost
    else if (fields === 0 || !isParameterLine(line)) return false;
  }
  // every line looked at belongs to a header block that goes on: one field folded over all of them
  // (a long note or signature field first) is as much a header as two short ones
  return fields >= 2 || (fields === 1 && lines.length === HEADER_LINES_LOOKED_AT);
}

/**
 * The first `count` lines of the first `limit` characters (LF, CRLF or CR line ends), as
 * `text.slice(0, limit).split(/\r\n|\r|\n/, count)` gives them, without copying or scanning the rest.
 */
function firstLines(text: string, limit: number, count: number): string[] {
  const end = Math.min(text.length, limit);
  const lines: string[] = [];
  let start = 0;
  // the next LF and CR at or after `start` (-1: none), found with native searches
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lines.length < count) {
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    let at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (at < 0 || at > end) at = end;
    lines.push(text.slice(start, at));
    if (at >= end) break;
    start = at + (at === cr && at + 1 < end && lf === at + 1 ? 2 : 1);
  }
  return lines;
}
