/**
 * RFC 5322 / MIME messages through postal-mime. Report parts (delivery-status, feedback,
 * rfc822-headers) and attached messages are kept as separate parts, never merged into the
 * body text. Very large inputs are cut before parsing: the NDR's own text, its report part
 * and the original's headers sit at the start; the original's body and attachments are not needed.
 */
import PostalMime from "postal-mime";
import type { Attachment, Email } from "postal-mime";
import type { HeaderField, InputProblem, MessagePart, ParsedMessage } from "../types.js";
import { decodeHeaderValue, bareAddress } from "./header-fields.js";
import { describeError, problem } from "./problems.js";
import { bytesToText, isKnownCharset, normaliseBareCr, toLf, withoutLinePadding } from "./text-decoding.js";
import { htmlToText } from "./html-text.js";
import { scanAddresses } from "./address-scan.js";
import { newMessage, newPart } from "./message.js";
import { packedMap } from "../packed-map.js";
import {
  DSN_PART_TYPES,
  relabelledReportParts,
  restoreHeaderHeldDsnFields,
  restoreMislabelledBase64Parts,
} from "./dsn-document.js";
import { withBodyBoundary, withDecodedMultipartBody } from "./body-boundary.js";
import { declaredBoundary, latin1Text, structureSample } from "./raw-text.js";

/** Inputs above this are cut to HEAD_BYTES before parsing. */
export const LARGE_INPUT_BYTES = 4 * 1024 * 1024;
/** Room for the NDR's text and HTML, its report part and the original's headers. */
const HEAD_BYTES = 512 * 1024;
/** How much of an attached original message is kept as text (headers plus the start of the body). */
const ATTACHED_MESSAGE_TEXT_BYTES = 64 * 1024;

const TEXTUAL_PART_TYPES = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "message/feedback-report",
  "text/rfc822-headers",
  "message/global-headers",
  "message/disposition-notification",
]);
const MESSAGE_PART_TYPES = new Set(["message/rfc822", "message/global", "message/partial"]);

const encoder = new TextEncoder();

export async function readMime(
  input: Uint8Array | string,
  source: ParsedMessage["source"] = "mime",
): Promise<ParsedMessage> {
  const problems: InputProblem[] = [];
  let bytes = typeof input === "string" ? encoder.encode(input) : input;
  if (bytes.length > LARGE_INPUT_BYTES) {
    bytes = cutLargeInput(bytes);
    problems.push(
      problem(
        "too-large",
        `input is ${formatMb(typeof input === "string" ? input.length : input.length)}; only the first ${formatMb(HEAD_BYTES)} were read (the NDR text and the original's headers come first)`,
      ),
    );
  }
  bytes = normaliseBareCr(bytes);
  let sample = structureSample(bytes);
  const unpadded = withoutLinePadding(bytes, sample);
  if (unpadded !== bytes) {
    bytes = unpadded;
    sample = structureSample(bytes);
  }
  const repaired = withBodyBoundary(bytes, sample);
  if (repaired !== bytes) {
    bytes = repaired;
    sample = structureSample(bytes);
    problems.push(
      problem("broken-mime", "the top Content-Type does not name the boundary the body uses; the body's was used"),
    );
  }
  problems.push(...scanStructure(bytes, sample, problems.length > 0));

  let email: Email;
  try {
    email = await PostalMime.parse(wholeBuffer(bytes), {
      forceRfc822Attachments: true,
      attachmentEncoding: "arraybuffer",
    });
  } catch (error) {
    problems.push(problem("broken-mime", `the MIME structure could not be parsed: ${describeError(error)}`));
    const text = toLf(bytesToText(bytes));
    return newMessage({
      headers: [],
      subject: "",
      from: "",
      to: [],
      contentType: "text/plain",
      text,
      parts: [],
      source,
      problems,
    });
  }
  const message = fromEmail(email, source, problems);
  if (message.parts.length === 0 && !message.contentType.startsWith("multipart/") && message.text.includes("\n--")) {
    const decoded = withDecodedMultipartBody(sample, message.text);
    if (decoded) return readMime(decoded, source);
  }
  restoreHeaderHeldDsnFields(message.parts, sample);
  restoreMislabelledBase64Parts(message.parts, bytes, sample);
  const cutLine = cutLineAtEnd(bytes, problems);
  if (cutLine !== undefined) dropCutLine(message, cutLine);
  if (message.text.trim() === "" && !email.html) useRawBodyAsText(message, bytes);
  else if (message.contentType === "multipart/report" && !message.parts.some((p) => DSN_PART_TYPES.has(p.contentType)))
    message.parts.push(...relabelledReportParts(bytes, sample, headerValueOf(message, "content-type")));
  return message;
}

/**
 * The line a cut input stops in: its last line, when it has no line end while its multipart is not closed
 * (a file cut by a size limit or a careless copy); "" when it stops inside base64 (the cut line is in the
 * decoded text); undefined when the input was not cut.
 */
function cutLineAtEnd(bytes: Uint8Array, problems: InputProblem[]): string | undefined {
  if (problems.some((p) => p.code === "truncated-base64")) return "";
  const last = bytes[bytes.length - 1];
  if (last === 0x0a || last === 0x0d || !problems.some((p) => p.code === "broken-mime")) return undefined;
  const line = bytesToText(bytes.subarray(bytes.lastIndexOf(0x0a) + 1)).trim();
  return line === "" ? undefined : line;
}

/**
 * The part a cut message ends in (its last part, or its body when it has none) ends in the cut line, whose
 * field or address is cut too ("Final-Recipient: rfc822; lea@example.o" reads as whole): the line is dropped.
 */
function dropCutLine(message: ParsedMessage, cutLine: string): void {
  const part = message.parts.at(-1);
  let text = part ? part.text : message.text;
  if (text === undefined) return;
  if (cutLine === "") {
    if (text.endsWith("\n")) return;
  } else {
    // postal-mime ends the last line it read with a line end of its own; blanks after the cut are padding
    text = text.trimEnd();
    if (!text.endsWith(cutLine)) return;
  }
  const kept = text.slice(0, text.lastIndexOf("\n") + 1);
  if (part) part.text = kept;
  else message.text = kept;
}

/**
 * postal-mime copies a byte view into an ArrayBuffer of its own before it reads it (so a view never
 * shows it its neighbours). It only ever reads the bytes, so a view that spans its whole buffer is
 * handed over as that buffer: one copy of every message less.
 */
function wholeBuffer(bytes: Uint8Array): Uint8Array | ArrayBuffer {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? buffer
    : bytes;
}

/**
 * When postal-mime finds no text (a multipart whose boundary lines are missing or whose
 * boundary parameter was folded badly), the body is still readable: keep it as plain text
 * so the report stage can read it, and say the structure was broken.
 */
function useRawBodyAsText(message: ParsedMessage, bytes: Uint8Array): void {
  const raw = toLf(bytesToText(bytes.length > 1048576 ? bytes.subarray(0, 1048576) : bytes));
  const bodyStart = raw.indexOf("\n\n");
  if (bodyStart < 0) return;
  const body = raw.slice(bodyStart + 2);
  if (body.trim() === "") return;
  message.text = body;
  message.problems = message.problems.filter((p) => p.code !== "header-only");
  if (!message.problems.some((p) => p.code === "broken-mime") && message.contentType.startsWith("multipart/")) {
    message.problems.push(
      problem("broken-mime", "the multipart structure could not be followed; the body was read as plain text"),
    );
  }
}

function fromEmail(email: Email, source: ParsedMessage["source"], problems: InputProblem[]): ParsedMessage {
  const headers: HeaderField[] = packedMap(email.headers, (h) => ({ name: h.key, value: decodeHeaderValue(h.value) }));
  const parts = packedMap(email.attachments, toPart);
  const text = bodyText(email, parts);
  if (headers.length === 0)
    problems.push(problem("not-a-message", "no header fields were found at the start of the input"));
  else if (text.trim() === "" && parts.length === 0 && !email.html) {
    problems.push(problem("header-only", "the message has headers but no body"));
  }
  return newMessage({
    headers,
    subject: email.subject ?? "",
    from: fromAddress(email, headers),
    to: toAddresses(email),
    date: email.date || undefined,
    messageId: email.messageId || undefined,
    contentType: mediaType(headers),
    text,
    html: email.html || undefined,
    parts,
    source,
    problems,
  });
}

function headerValueOf(message: ParsedMessage, name: string): string {
  return message.headers.find((h) => h.name === name)?.value ?? "";
}

/** The Content-Type's media type, lower-case, without parameters. */
function mediaType(headers: HeaderField[]): string {
  const contentTypeHeader = headers.find((h) => h.name === "content-type")?.value ?? "text/plain";
  return contentTypeHeader.split(";")[0]!.trim().toLowerCase() || "text/plain";
}

/**
 * A text alternative that lacks an address its HTML twin names is a stub ("This message contains HTML.
 * Please view it in an HTML-capable mail program."), or says less: the HTML's text goes first, the
 * text after it. Twins that say the same (most notices) keep the text alone; the HTML is read only
 * when its raw source holds an address the text does not.
 */
function withHtmlOnlyAddresses(text: string, html: string): string {
  const lower = text.toLowerCase();
  const missing = scanAddresses(html, 20).some((hit) => !lower.includes(hit.address.toLowerCase()));
  return missing ? `${toLf(htmlToText(html))}\n\n${text}` : text;
}

function bodyText(email: Email, parts: MessagePart[]): string {
  // an HTML-only NDR still has readable text; the HTML itself is kept as data for the trust check
  let text = toLf(email.text ?? "");
  if (text.trim() === "" && email.html) text = toLf(htmlToText(email.html));
  else if (email.html) text = withHtmlOnlyAddresses(text, email.html);
  // a text part postal-mime could not classify (a Content-Type folded without ";") is still body text
  email.attachments.forEach((attachment, i) => {
    const type = attachment.mimeType.toLowerCase();
    if (
      !attachment.filename &&
      attachment.disposition !== "attachment" &&
      (type.startsWith("text/plain") || type.startsWith("text/html")) &&
      type !== "text/plain" &&
      type !== "text/html"
    ) {
      const partText = parts[i]!.text ?? "";
      text = text ? `${partText}\n${text}` : partText;
    }
  });
  return text;
}

function toAddresses(email: Email): string[] {
  const toList: string[] = [];
  for (const a of email.to ?? []) {
    if (a.address) toList.push(a.address);
    else for (const member of a.group ?? []) toList.push(member.address);
  }
  return toList;
}

function fromAddress(email: Email, headers: HeaderField[]): string {
  return (
    email.from?.address ??
    email.from?.group?.[0]?.address ??
    bareAddress(headers.find((h) => h.name === "from")?.value ?? "")
  );
}

function toPart(attachment: Attachment): MessagePart {
  const contentType = attachment.mimeType.toLowerCase();
  const filename = attachment.filename || undefined;
  const content = attachment.content;
  const bytes =
    typeof content === "string"
      ? encoder.encode(content)
      : content instanceof Uint8Array
        ? content
        : new Uint8Array(content);
  if (MESSAGE_PART_TYPES.has(contentType)) {
    const head = bytes.length > ATTACHED_MESSAGE_TEXT_BYTES ? bytes.subarray(0, ATTACHED_MESSAGE_TEXT_BYTES) : bytes;
    return newPart(contentType, filename, toLf(bytesToText(head)), bytes);
  }
  // report parts (delivery-status, rfc822-headers, …) and text/* are read as text; anything else stays bytes
  if (TEXTUAL_PART_TYPES.has(contentType) || contentType.startsWith("text/"))
    return newPart(contentType, filename, toLf(bytesToText(bytes)), undefined);
  return newPart(contentType, filename, undefined, bytes);
}

/**
 * Charset labels named in Content-Type header lines (and their folded continuations) only, not
 * in bodies. Up to 256 KB are read, most of it body lines without the word: the word is found
 * first (one native search), and only a line that holds it is asked whether it belongs to a
 * Content-Type field.
 */
function declaredCharsets(text: string): string[] {
  const labels: string[] = [];
  const word = /charset/gi;
  for (let hit = word.exec(text); hit; hit = word.exec(text)) {
    const start = text.lastIndexOf("\n", hit.index) + 1;
    let end = text.indexOf("\n", hit.index);
    if (end < 0) end = text.length;
    // the line's first "charset" is its parameter (parameterValue reads that one): later ones are skipped
    word.lastIndex = end;
    if (!inContentTypeField(text, start)) continue;
    const label = parameterValue(text.slice(start, end), "charset");
    // "charset=3Dus-ascii" is a header quoted in a quoted-printable body (a returned original's), not one of ours
    if (label && !/^3d/i.test(label)) labels.push(label);
  }
  return labels;
}

/** Whether the line at `start` is a Content-Type field's first line or one of its continuations. */
function inContentTypeField(text: string, start: number): boolean {
  let first = start;
  // a continuation starts with a blank: its field starts on the nearest line above that does not
  while (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09) {
    if (first === 0) return false;
    // the line above ends at first - 1; it starts after the line end before that, if any
    first = first < 2 ? 0 : text.lastIndexOf("\n", first - 2) + 1;
  }
  const end = text.indexOf("\n", first);
  return (end < 0 ? text.length : end) - first > 13 && startsContentType(text, first);
}

/** "Content-Type:" in any case at `start` (the text is Latin-1, so only "c"/"C" can begin it). */
function startsContentType(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  if (first !== 0x63 && first !== 0x43) return false;
  return text.slice(start, start + 13).toLowerCase() === "content-type:";
}

/** The value of `name=value` (quoted or not) in a header line, found without a regex. */
function parameterValue(line: string, name: string): string | undefined {
  const at = line.toLowerCase().indexOf(name);
  if (at < 0) return undefined;
  let rest = line.slice(at + name.length).trimStart();
  if (!rest.startsWith("=")) return undefined;
  rest = rest.slice(1).trimStart();
  if (rest.startsWith('"')) rest = rest.slice(1);
  const value = rest.split(/["; \t]/, 1)[0] ?? "";
  return value.length > 0 && value.length <= 40 ? value : undefined;
}

/**
 * Where to cut a very large message: just after the header block of the attached original
 * (a message/rfc822 or text/rfc822-headers part within the first 2 MB), so its body and
 * attachments are never decoded; else after HEAD_BYTES. The cut message is still valid
 * enough for postal-mime (an unterminated multipart).
 */
function cutLargeInput(bytes: Uint8Array): Uint8Array {
  const window = latin1Text(bytes.subarray(0, Math.min(bytes.length, 2 * 1024 * 1024)));
  const lower = window.toLowerCase();
  for (const marker of ["message/rfc822", "text/rfc822-headers", "message/global"]) {
    let at = lower.indexOf(marker);
    while (at >= 0 && lower.lastIndexOf("content-type:", at) < at - 40) at = lower.indexOf(marker, at + marker.length);
    if (at < 0) continue;
    const partBody = blankLineAfter(window, at);
    if (partBody < 0) continue;
    const originalBody = blankLineAfter(window, partBody);
    if (originalBody < 0) continue;
    return bytes.subarray(0, originalBody);
  }
  return cutAtLineEnd(bytes, HEAD_BYTES);
}

/** Index just after the next empty line (LF or CRLF line ends) at or after `from`; -1 if none. */
function blankLineAfter(text: string, from: number): number {
  const lf = text.indexOf("\n\n", from);
  const crlf = text.indexOf("\r\n\r\n", from);
  if (lf < 0 && crlf < 0) return -1;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
  return lf + 2;
}

function cutAtLineEnd(bytes: Uint8Array, limit: number): Uint8Array {
  let end = limit;
  while (end < bytes.length && end < limit + 4096 && bytes[end] !== 0x0a) end++;
  return bytes.subarray(0, end + 1);
}

function formatMb(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Cheap structural checks postal-mime is too forgiving to report: charsets TextDecoder does
 * not know, a multipart body whose closing boundary never comes (broken or truncated), and
 * base64 that stops mid-way. Only the header lines and boundary lines are looked at.
 */
function scanStructure(bytes: Uint8Array, sample: string, wasCut: boolean): InputProblem[] {
  const problems: InputProblem[] = [];
  const unknown = new Set<string>();
  for (const label of declaredCharsets(sample)) if (!isKnownCharset(label)) unknown.add(label);
  if (unknown.size > 0) {
    problems.push(
      problem(
        "unknown-charset",
        `unknown charset ${[...unknown].slice(0, 3).join(", ")}: read as UTF-8 or Windows-1252 instead`,
      ),
    );
  }
  // only the first (outermost) boundary is checked
  const outer = wasCut ? undefined : declaredBoundary(sample);
  if (outer !== undefined) {
    const whole = bytes.length > sample.length ? latin1Text(bytes) : sample;
    const opened = whole.includes(`--${outer}`);
    const closed = whole.includes(`--${outer}--`);
    if (!opened) {
      problems.push(problem("broken-mime", `the multipart boundary "${outer.slice(0, 40)}" never appears in the body`));
    } else if (!closed) {
      const tail = whole.slice(-400).trimEnd();
      const lastLine = tail.slice(tail.lastIndexOf("\n") + 1);
      if (/^[A-Za-z0-9+/]{16,}={0,2}$/.test(lastLine) && /content-transfer-encoding:\s*base64/i.test(whole)) {
        problems.push(problem("truncated-base64", "the message ends in the middle of a base64-encoded part"));
      } else {
        problems.push(
          problem(
            "broken-mime",
            `the multipart body is not closed (no "--${outer.slice(0, 40)}--" line): the message may be cut short`,
          ),
        );
      }
    }
  }
  return problems;
}
