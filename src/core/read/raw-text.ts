/**
 * The raw message read as Latin-1 text: one character per byte, so offsets in the text are offsets in
 * the bytes. Its structure (header blocks, boundary lines, parameters) is ASCII and is read this way,
 * without decoding any charset; this is also the cheapest decode there is.
 */
const latin1 = new TextDecoder("latin1");

/** How much of a message its structure is read from. */
const STRUCTURE_BYTES = 262144;

export function latin1Text(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** A Latin-1 text's bytes again (its characters are bytes 0-255). */
export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The start of a message (its first 256 KB) as Latin-1 text: where its structure is read. */
export function structureSample(bytes: Uint8Array): string {
  return latin1.decode(bytes.length > STRUCTURE_BYTES ? bytes.subarray(0, STRUCTURE_BYTES) : bytes);
}

/** Where the first blank line from `from` on starts: the index of the line end before it ("\n"), or -1. */
export function blankLineAfter(text: string, from: number): number {
  const lf = text.indexOf("\n\n", from);
  const crlf = text.indexOf("\n\r\n", from);
  return lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
}

const BOUNDARY_PARAMETER = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i;

/** The first boundary parameter's value in a text (double-quoted or a token), or undefined. */
export function declaredBoundary(text: string): string | undefined {
  const match = BOUNDARY_PARAMETER.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}
