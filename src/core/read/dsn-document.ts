/**
 * Delivery-status documents (RFC 3464 field groups) wherever a message carries them: its
 * message/delivery-status or message/global-delivery-status parts, or an attached file that holds
 * the same fields because a gateway or a client relabelled or attached the report part.
 */
import type { MessagePart } from "../types.js";
import { newPart } from "./message.js";
import { blankLineAfter, declaredBoundary, latin1Bytes, latin1Text } from "./raw-text.js";
import { bytesToText, toLf } from "./text-decoding.js";

export const DSN_PART_TYPES: ReadonlySet<string> = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
]);

/** Types a delivery-status document travels under when a gateway or client relabels or attaches it. */
const ATTACHED_DSN_TYPES = new Set(["text/plain", "application/octet-stream"]);
/** RFC 3464 fields a delivery-status document opens with: per-message fields, or a recipient group. */
const DSN_OPENING_FIELDS = [
  "reporting-mta:",
  "dsn-gateway:",
  "received-from-mta:",
  "arrival-date:",
  "original-envelope-id:",
  "final-recipient:",
  "original-recipient:",
];

/**
 * An attached file that is a delivery-status document: a relay's "details.txt", the ATT00001.txt
 * Outlook makes of a bounce's report part when the bounce is forwarded, a report part relabelled
 * application/octet-stream. It opens with RFC 3464 fields and has an Action or Status field.
 * Returned with its text decoded; whether the message it came with is a report is the caller's to ask.
 */
export function attachedDsnDocument(part: MessagePart): MessagePart | undefined {
  if (!ATTACHED_DSN_TYPES.has(part.contentType)) return undefined;
  const start = part.text?.slice(0, 400) ?? (part.bytes ? latin1Text(part.bytes.subarray(0, 400)) : "");
  const head = start.trimStart().toLowerCase();
  if (!DSN_OPENING_FIELDS.some((field) => head.startsWith(field))) return undefined;
  const text = part.text ?? toLf(bytesToText(part.bytes!));
  if (!/^(?:action|status)[ \t]*:/im.test(text.slice(0, 8000))) return undefined;
  return newPart(part.contentType, part.filename, text, undefined);
}

const TEXT_PLAIN_HEADER = /^content-type:\s*text\/plain/im;
const ENCODED_HEADER = /^content-transfer-encoding:\s*(?:base64|quoted-printable)/im;

/**
 * The report part of a multipart/report that a gateway relabelled text/plain. postal-mime joins every
 * inline text/plain part into the body text, where the report's fields could no longer be told from
 * a copy of a message quoting such fields; RFC 3462 makes the report a part of its own, so it is
 * kept as one. Only the top level's plain (7bit/8bit) text parts are looked at. `raw` is the message's
 * structure sample (raw-text.ts), whose offsets are the bytes'.
 */
export function relabelledReportParts(bytes: Uint8Array, raw: string, contentType: string): MessagePart[] {
  const boundary = declaredBoundary(contentType);
  if (boundary === undefined) return [];
  const delimiter = `\n--${boundary}`;
  const found: MessagePart[] = [];
  for (let at = raw.indexOf(delimiter); at >= 0;) {
    const next = raw.indexOf(delimiter, at + delimiter.length);
    const headerStart = raw.indexOf("\n", at + delimiter.length) + 1;
    const headerEnd = headerStart > 0 ? blankLine(raw, headerStart, next < 0 ? raw.length : next) : -1;
    if (headerEnd > 0) {
      const header = raw.slice(headerStart, headerEnd);
      if (TEXT_PLAIN_HEADER.test(header) && !ENCODED_HEADER.test(header)) {
        const body = bytes.subarray(headerEnd, next < 0 ? raw.length : next);
        const document = attachedDsnDocument(newPart("text/plain", undefined, toLf(bytesToText(body)), undefined));
        if (document) found.push(document);
      }
    }
    at = next;
  }
  return found;
}

/** Where the body after a part's header starts (past its blank line), or -1 before `end`. */
function blankLine(raw: string, from: number, end: number): number {
  const at = blankLineAfter(raw, from);
  if (at < 0 || at >= end) return -1;
  return raw[at + 1] === "\r" ? at + 3 : at + 2;
}

/** RFC 3464's fields (per-message and per-recipient) and the X- fields MTAs add beside them. */
const DSN_FIELD_NAMES: ReadonlySet<string> = new Set([
  "reporting-mta",
  "dsn-gateway",
  "received-from-mta",
  "arrival-date",
  "original-envelope-id",
  "original-recipient",
  "final-recipient",
  "x-actual-recipient",
  "action",
  "status",
  "remote-mta",
  "diagnostic-code",
  "last-attempt-date",
  "final-log-id",
  "will-retry-until",
  "x-postfix-queue-id",
  "x-postfix-sender",
]);
const PER_MESSAGE_OPENINGS = DSN_OPENING_FIELDS.slice(0, 5);
const DSN_PART_CONTENT_TYPE = /^content-type:[ \t]*message\/(?:global-)?delivery-status\b/gim;

/**
 * A delivery-status part written with no blank line after its Content-Type line ("Content-Type:
 * message/delivery-status" / "Reporting-MTA: dns; …"): its first fields, sometimes the whole document,
 * end up in the part's header block, which the MIME parser keeps to itself. Those fields are put back
 * in front of the part's text. Looked for only when a delivery-status part does not open with its
 * per-message fields, as RFC 3464 writes it, and matched to the parts in the order they come, in the
 * message's structure sample `raw` (raw-text.ts).
 */
export function restoreHeaderHeldDsnFields(parts: MessagePart[], raw: string): void {
  const dsnParts = parts.filter((p) => DSN_PART_TYPES.has(p.contentType) && p.text !== undefined);
  if (!dsnParts.some((p) => !opensWithPerMessageFields(p.text!))) return;
  DSN_PART_CONTENT_TYPE.lastIndex = 0;
  let index = 0;
  for (let m = DSN_PART_CONTENT_TYPE.exec(raw); m && index < dsnParts.length; m = DSN_PART_CONTENT_TYPE.exec(raw)) {
    // a part's header block, under its boundary line: not such a line quoted in a text
    if (!inPartHeader(raw, m.index)) continue;
    const headerEnd = blankLine(raw, m.index, raw.length);
    const fields = dsnFieldLines(raw.slice(m.index, headerEnd < 0 ? raw.length : headerEnd));
    const part = dsnParts[index]!;
    if (fields !== "" && !opensWithPerMessageFields(part.text!)) part.text = `${fields}\n\n${part.text!}`;
    index++;
  }
}

const BASE64_LABEL = /^content-transfer-encoding:\s*base64\b/im;
/** A part's Content-Type line naming a delivery-status document, its value folded onto the next line or not. */
const DSN_PART_CONTENT_TYPE_FOLDED = /^content-type:\s*message\/(?:global-)?delivery-status\b/gim;
/** A line base64 cannot hold: a character outside its alphabet ("Final-Recipient: rfc822; a@b"). */
const NOT_BASE64_LINE = /^[ \t]*[A-Za-z0-9+/=]*[^A-Za-z0-9+/=\s]/m;

/**
 * A delivery-status part labelled base64 whose body is plain text (a gateway re-wrote the part's
 * headers and left the body as it was): decoded as base64 it is garbage, so its text is read from the
 * raw body instead. Looked for only when a delivery-status part names no recipient field, and only when
 * the body has a line base64 cannot hold; matched to the parts in the order they come in the structure
 * sample `raw`, whose offsets are the bytes'.
 */
export function restoreMislabelledBase64Parts(parts: MessagePart[], bytes: Uint8Array, raw: string): void {
  const dsnParts = parts.filter((p) => DSN_PART_TYPES.has(p.contentType) && p.text !== undefined);
  if (!dsnParts.some((p) => !namesRecipientField(p.text!))) return;
  const contentType = DSN_PART_CONTENT_TYPE_FOLDED;
  contentType.lastIndex = 0;
  let index = 0;
  for (let m = contentType.exec(raw); m && index < dsnParts.length; m = contentType.exec(raw)) {
    if (!inPartHeader(raw, m.index)) continue;
    const part = dsnParts[index++]!;
    const headerStart = raw.lastIndexOf("\n--", m.index) + 1;
    const bodyStart = blankLine(raw, m.index, raw.length);
    if (bodyStart < 0 || namesRecipientField(part.text!) || !BASE64_LABEL.test(raw.slice(headerStart, bodyStart)))
      continue;
    const next = raw.indexOf("\n--", bodyStart);
    const body = raw.slice(bodyStart, next < 0 ? raw.length : next);
    if (NOT_BASE64_LINE.test(body)) part.text = toLf(bytesToText(bytes.subarray(bodyStart, bodyStart + body.length)));
  }
}

function namesRecipientField(text: string): boolean {
  return /^(?:final|original)-recipient[ \t]*:/im.test(text.slice(0, 8000));
}

/** The line at `at` belongs to the header block that opens right under a boundary line ("--…"). */
function inPartHeader(raw: string, at: number): boolean {
  const boundary = raw.lastIndexOf("\n--", at);
  return boundary >= 0 && blankLine(raw, boundary + 1, at) < 0;
}

function opensWithPerMessageFields(text: string): boolean {
  const head = text.slice(0, 200).trimStart().toLowerCase();
  return PER_MESSAGE_OPENINGS.some((field) => head.startsWith(field));
}

/** The lines of a part's header block that are delivery-status fields, with their folded continuations. */
function dsnFieldLines(header: string): string {
  const kept: string[] = [];
  let keeping = false;
  for (const rawLine of header.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (line[0] === " " || line[0] === "\t") {
      if (keeping) kept.push(line);
      continue;
    }
    const colon = line.indexOf(":");
    keeping = colon > 0 && DSN_FIELD_NAMES.has(line.slice(0, colon).trim().toLowerCase());
    if (keeping) kept.push(line);
  }
  return kept.length === 0 ? "" : toLf(bytesToText(latin1Bytes(kept.join("\n"))));
}
