/**
 * readMessage: whatever came in (bytes of a .eml/.msg, pasted text, Office pieces) → one
 * ParsedMessage, with a forwarded NDR unwrapped. Never throws: problems are reported in
 * `problems`.
 */
import type { BounceInput, ParsedMessage } from "../types.js";
import { looksBinary, startsWithHeaders } from "./input-kind.js";
import { readMime } from "./mime.js";
import { withLaterMboxReports } from "./mbox.js";
import { emptyMessage } from "./message.js";
import { isOleCompoundFile, readMsg } from "./msg.js";
import { readOfficePieces } from "./office.js";
import { readPastedText } from "./pasted.js";
import { describeError, problem } from "./problems.js";
import { bytesToText, withSingleCrlf } from "./text-decoding.js";
import { unwrapForwardedNdr } from "./unwrap.js";

export { parseHeaderBlock, headerValue, headerValues, bareAddress, decodeHeaderValue } from "./header-fields.js";
export { htmlToText } from "./html-text.js";
export { toLf } from "./text-decoding.js";

async function readBytes(input: Uint8Array): Promise<ParsedMessage> {
  let data = withoutByteOrderMark(input);
  if (data.length === 0) {
    const message = emptyMessage("mime");
    message.problems.push(problem("empty", "the input is empty (0 bytes)"));
    return message;
  }
  if (isOleCompoundFile(data)) return readMsg(data);
  data = withSingleCrlf(data);
  // a header block makes it a message, whatever follows: a binary attachment sent unencoded, NUL padding
  if (startsWithHeaders(bytesToText(data.subarray(0, 8192)))) {
    const message = data.subarray(headerStart(data));
    return withLaterMboxReports(await readMime(message), message);
  }
  if (looksBinary(data)) {
    const message = emptyMessage("mime");
    message.problems.push(problem("binary", "the input is binary data, not an e-mail message or text"));
    message.problems.push(problem("not-a-message", "no e-mail headers or text could be read"));
    return message;
  }
  return readPastedText(bytesToText(data));
}

async function readText(input: string): Promise<ParsedMessage> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") return readPastedText(text);
  if (startsWithHeaders(text)) {
    const message = text.slice(headerStart(text));
    return withLaterMboxReports(await readMime(message), message);
  }
  return readPastedText(text);
}

/**
 * Where the header block (or the mbox postmark before it) starts: after the empty lines an editor or a paste
 * may put before it. They belong to how the file was saved: a header block follows them (startsWithHeaders
 * said so), and an empty line read first would end the header before it began.
 */
function headerStart(input: Uint8Array | string): number {
  const code = (i: number) => (typeof input === "string" ? input.charCodeAt(i) : input[i]);
  let at = 0;
  // the first header line starts in its first column, so every blank before it is an empty line's
  for (let c = code(at); c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a; c = code(at)) at++;
  return at;
}

/** A byte-order mark says how the file was saved (an editor's UTF-8), not what the message says. */
function withoutByteOrderMark(data: Uint8Array): Uint8Array {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}

async function readOuter(input: BounceInput): Promise<ParsedMessage> {
  switch (input.kind) {
    case "bytes":
      return readBytes(input.data);
    case "text":
      return readText(input.text);
    case "office":
      return readOfficePieces(input.pieces);
    default:
      return emptyMessage("text");
  }
}

export async function readMessage(input: BounceInput): Promise<ParsedMessage> {
  try {
    const outer = await readOuter(input);
    if (outer.problems.some((p) => p.code === "empty" || p.code === "binary")) return outer;
    return await unwrapForwardedNdr(outer);
  } catch (error) {
    const message = emptyMessage(input?.kind === "office" ? "office" : input?.kind === "text" ? "text" : "mime");
    message.problems.push(problem("internal-error", `reading the input failed: ${describeError(error)}`));
    return message;
  }
}
