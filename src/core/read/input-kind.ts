/** Sniffing what kind of input we were handed, from its first bytes. */

/**
 * Bytes that rarely occur in mail text: NUL and most C0 controls. A stray NUL in a real
 * bounce is tolerated; binary files have them everywhere.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 8192);
  if (sample === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = bytes[i]!;
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) controls++;
  }
  return controls / sample > 0.03;
}

const HEADER_LINE = /^[!-9;-~]{1,76}[ \t]*:/;

/**
 * True when the text starts with an RFC 5322 header block (a mail file or a full paste),
 * rather than body text. Mbox "From " separator lines are allowed before it.
 */
export function startsWithHeaders(text: string): boolean {
  const lines = text.slice(0, 8192).split(/\r\n|\r|\n/, 40);
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
