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

async function readBytes(data: Uint8Array): Promise<ParsedMessage> {
  if (data.length === 0) {
    const message = emptyMessage("mime");
    message.problems.push(problem("empty", "the input is empty (0 bytes)"));
    return message;
  }
  if (isOleCompoundFile(data)) return readMsg(data);
  data = withSingleCrlf(data);
  // a header block makes it a message, whatever follows: a binary attachment sent unencoded, NUL padding
  if (startsWithHeaders(bytesToText(data.subarray(0, 8192)))) return withLaterMboxReports(await readMime(data), data);
  if (looksBinary(data)) {
    const message = emptyMessage("mime");
    message.problems.push(problem("binary", "the input is binary data, not an e-mail message or text"));
    message.problems.push(problem("not-a-message", "no e-mail headers or text could be read"));
    return message;
  }
  return readPastedText(bytesToText(data));
}

async function readText(text: string): Promise<ParsedMessage> {
  if (text.trim() === "") return readPastedText(text);
  if (startsWithHeaders(text)) return withLaterMboxReports(await readMime(text), text);
  return readPastedText(text);
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
