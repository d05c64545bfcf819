/**
 * Streaming mbox splitter. A message starts at a line beginning with "From " at the start of the
 * file or right after a blank line (the mboxo/mboxrd rule); the separator line is dropped, and so is
 * the blank line that closes each message. Quoted lines (">From ", ">>From ", …) lose one ">":
 * the mboxrd rule, which is also right for mboxo's single ">From ".
 * Bytes are handled as latin1 strings, a lossless one-byte-per-char mapping, so any charset
 * survives untouched and string search stays fast. Memory holds one message at a time.
 */

type LineEnd = "\n" | "\r";

const FROM_LINE = "From ";
const QUOTED_FROM = /^>+From /;

/** True when the bytes start with an mbox "From " separator line. */
export function startsWithFromLine(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 5 &&
    bytes[0] === 0x46 &&
    bytes[1] === 0x72 &&
    bytes[2] === 0x6f &&
    bytes[3] === 0x6d &&
    bytes[4] === 0x20
  );
}

/**
 * LF and CRLF files split on "\n"; old Mac files (CR only) on "\r". Undecided (undefined) until
 * the first line break is seen whole — a CR at the very end may still be followed by LF.
 */
function detectLineEnd(text: string, final: boolean): LineEnd | undefined {
  const cr = text.indexOf("\r");
  const lf = text.indexOf("\n");
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? undefined : "\n";
  if (cr + 1 < text.length) return text[cr + 1] === "\n" ? "\n" : "\r";
  return final ? "\r" : undefined;
}

function isBlank(line: string): boolean {
  return line === "\n" || line === "\r\n" || line === "\r" || line === "";
}

/** Splits an mbox stream into messages, yielding each message's bytes as soon as it is complete. */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let lineEnd: LineEnd | undefined;
  let carry = "";
  let lines: string[] | undefined; // the message being collected; undefined before the first separator
  let previousBlank = true; // the start of the file counts as "after a blank line"

  const finish = (): Uint8Array | undefined => {
    if (!lines) return undefined;
    if (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
    const bytes = Buffer.from(lines.join(""), "latin1");
    lines = undefined;
    return bytes;
  };

  // Returns a finished message when `line` opens the next one.
  const take = (line: string): Uint8Array | undefined => {
    let done: Uint8Array | undefined;
    if (previousBlank && line.startsWith(FROM_LINE)) {
      done = finish();
      lines = [];
      previousBlank = false;
      return done;
    }
    previousBlank = isBlank(line);
    if (!lines) return undefined; // text before the first separator is not a message
    lines.push(line.charCodeAt(0) === 0x3e && QUOTED_FROM.test(line) ? line.slice(1) : line);
    return undefined;
  };

  for await (const chunk of chunks) {
    const text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    lineEnd ??= detectLineEnd(text, false);
    if (!lineEnd) {
      carry = text;
      continue;
    }
    let start = 0;
    let end: number;
    while ((end = text.indexOf(lineEnd, start)) !== -1) {
      const done = take(text.slice(start, end + 1));
      if (done) yield done;
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (!lineEnd && carry !== "") {
    // The stream ended before a line break was settled: split what is left now.
    lineEnd = detectLineEnd(carry, true) ?? "\n";
    let start = 0;
    let end: number;
    while ((end = carry.indexOf(lineEnd, start)) !== -1) {
      const done = take(carry.slice(start, end + 1));
      if (done) yield done;
      start = end + 1;
    }
    carry = carry.slice(start);
  }
  if (carry !== "") {
    const done = take(carry);
    if (done) yield done;
  }
  const last = finish();
  if (last) yield last;
}
