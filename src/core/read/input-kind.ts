/** Sniffing what kind of input we were handed, from its first bytes. */

/**
 * Bytes that rarely occur in mail text: NUL and most C0 controls. A stray NUL in a real
 * bounce is tolerated; binary files have them everywhere.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 8192);
  if (sample === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample; i++) controls += IS_CONTROL[bytes[i]!]!;
  return controls / sample > 0.03;
}

/** 1 for the bytes looksBinary counts (a table lookup is cheaper than the comparisons per byte). */
const IS_CONTROL = new Uint8Array(256).map((_, c) => (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) ? 1 : 0));

const HEADER_LINE = /^[!-9;-~]{1,76}[ \t]*:/;

/**
 * True when the text starts with an RFC 5322 header block (a mail file or a full paste),
 * rather than body text. Mbox "From " separator lines are allowed before it.
 */
export function startsWithHeaders(text: string): boolean {
  const lines = firstLines(text, 8192, 40);
  let fields = 0;
  let index = 0;
  while (index < lines.length && lines[index]!.trim() === "") index++;
  if (index < lines.length && lines[index]!.startsWith("From ")) index++;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") break;
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (fields === 0) return false;
      continue;
    }
    if (!HEADER_LINE.test(line)) return false;
    fields++;
  }
  return fields >= 2;
}

/**
 * The first `count` lines of the first `limit` characters (LF, CRLF or CR line ends), as
 * `text.slice(0, limit).split(/\r\n|\r|\n/, count)` gives them, without copying or scanning the rest.
 */
function firstLines(text: string, limit: number, count: number): string[] {
  const end = Math.min(text.length, limit);
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count) {
    let at = start;
    let c = 0;
    while (at < end && (c = text.charCodeAt(at)) !== 0x0a && c !== 0x0d) at++;
    lines.push(text.slice(start, at));
    if (at >= end) break;
    start = at + (c === 0x0d && at + 1 < end && text.charCodeAt(at + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}
