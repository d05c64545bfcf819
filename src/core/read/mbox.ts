/**
 * An mbox file may hold several messages, each opened by a "From " postmark line (Postfix's bounce
 * and its "Postmaster Copy", or a mailbox of bounces saved as one file). The file is read as its
 * first message; the delivery-status parts of the later ones are added to it, so every recipient
 * they report is reported too.
 */
import type { ParsedMessage } from "../types.js";
import { readMime } from "./mime.js";
import { packedMap } from "../packed-map.js";
import { latin1Text } from "./raw-text.js";

/** A saved mailbox of more bounces than this is not an NDR the add-in is asked about. */
const MAX_LATER_MESSAGES = 50;
/** The same size the MIME reader reads in full. */
const MAX_MBOX_BYTES = 4 * 1024 * 1024;

const REPORT_PART_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);
const HEADER_LINE = /^[!-9;-~]{1,76}[ \t]*:/;
const POSTMARK_START = [0x46, 0x72, 0x6f, 0x6d, 0x20];

function isPostmarked(input: Uint8Array | string): boolean {
  if (typeof input === "string") return input.startsWith("From ");
  // "From " is ASCII: compared byte by byte, nothing needs decoding
  return input.length >= 5 && POSTMARK_START.every((byte, i) => input[i] === byte);
}

/**
 * Where each later message starts: a postmark line ("From <sender> <asctime date>") at the start of
 * a line, followed by a header line. The date makes it a postmark, not a body line that happens to
 * begin with "From " (mailers also write the postmark right after a closing MIME boundary, with no
 * blank line before it).
 */
const POSTMARK =
  /^From \S{1,300} {1,4}[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d(?::\d\d)? (?:[A-Z]{3,4} )?\d{4}[ \t]*(?:\r\n?|\n)/;

function laterStarts(text: string): number[] {
  const starts: number[] = [];
  // any line end: LF, CRLF, or the bare CR of old Mac files
  for (
    let at = text.indexOf("From ", 1);
    at >= 0 && starts.length < MAX_LATER_MESSAGES;
    at = text.indexOf("From ", at + 5)
  ) {
    if (text[at - 1] !== "\n" && text[at - 1] !== "\r") continue;
    const postmark = POSTMARK.exec(text.slice(at, at + 400));
    if (postmark && HEADER_LINE.test(text.slice(at + postmark[0].length, at + postmark[0].length + 80)))
      starts.push(at);
  }
  return starts;
}

/** The later messages of an mbox file, as slices of the input (none for an ordinary message). */
export function laterMboxMessages(input: Uint8Array | string): (Uint8Array | string)[] {
  if (!isPostmarked(input) || input.length > MAX_MBOX_BYTES) return [];
  // latin1 maps bytes 1:1, so string offsets are byte offsets
  const text = typeof input === "string" ? input : latin1Text(input);
  const starts = laterStarts(text);
  return packedMap(starts, (start, i) => input.slice(start, starts[i + 1] ?? input.length));
}

/** The first message with the report parts of the mbox file's later messages added. */
export async function withLaterMboxReports(message: ParsedMessage, input: Uint8Array | string): Promise<ParsedMessage> {
  for (const later of laterMboxMessages(input)) {
    const next = await readMime(later);
    message.parts.push(...next.parts.filter((part) => REPORT_PART_TYPES.has(part.contentType)));
  }
  return message;
}
