/**
 * The boundary a multipart body really uses, when the top header does not name it. Archives and help-desk
 * tools rewrite, re-case or cut a copy's Content-Type (a boundary that never appears, single quotes, a
 * trailing blank inside the quotes, the parameter or its folded line lost), or drop the MIME header fields
 * altogether, leaving "This is a multi-part message in MIME format." and the delimiters as plain text.
 * The body's first delimiter line that is followed by a part header says which boundary it uses; the top
 * Content-Type is rewritten to name it, so the parts are read as parts and not as one text.
 */
import { blankLineAfter, declaredBoundary, latin1Bytes, latin1Text } from "./raw-text.js";

/** Where a body that is not declared multipart may show its first delimiter (after a note or a notice). */
const UNDECLARED_START = 8 * 1024;
const MAX_BOUNDARY = 200;

/**
 * The bytes with the top Content-Type naming the boundary the body uses, or the same bytes when the
 * declared one is found (almost every message), or no delimiter followed by a part header is found.
 * `window` is the start of the bytes decoded as Latin-1 (one character per byte).
 */
export function withBodyBoundary(bytes: Uint8Array, window: string): Uint8Array {
  const headerEnd = headerBlockEnd(window);
  if (headerEnd < 0) return bytes;
  const header = window.slice(0, headerEnd);
  const field = fieldRange(header, "content-type:");
  const value = field ? unfold(header.slice(field.start, field.end)) : "";
  const multipart = /^\s*multipart\//i.test(value);
  // an encoded body is looked at once decoded (withDecodedMultipartBody)
  if (!multipart && ENCODED_BODY.test(header)) return bytes;
  if (multipart) {
    const declared = declaredBoundary(value);
    if (declared && declaredBoundaryIsUsed(window, headerEnd, declared)) return bytes;
  }
  const used = firstDelimiter(window, headerEnd, multipart ? window.length : headerEnd + UNDECLARED_START);
  // a boundary the body itself declares belongs to a message inside it (an inline returned copy)
  if (!used || window.lastIndexOf(used.boundary, used.at) > headerEnd) return bytes;
  const type = multipart ? withoutBoundary(value) : "multipart/mixed";
  let rewritten = `${field ? header.slice(0, field.start) + header.slice(field.end) : header}Content-Type: ${type}; boundary="${used.boundary}"\n`;
  // a body that was never declared multipart has no preamble to drop: text before the parts (a note, the
  // notice itself) stays text, as a part of its own
  const preamble = window.slice(headerEnd, used.at);
  if (!multipart && !isPreambleNotice(preamble))
    rewritten += `\n--${used.boundary}\nContent-Type: text/plain; charset=utf-8\n`;
  const head = latin1Bytes(rewritten);
  const out = new Uint8Array(head.length + bytes.length - headerEnd);
  out.set(head);
  out.set(bytes.subarray(headerEnd), head.length);
  return out;
}

/** Index of the line end that closes the header block (the blank line follows it), or -1. */
function headerBlockEnd(text: string): number {
  const at = blankLineAfter(text, 0);
  return at < 0 ? -1 : at + 1;
}

/** Where a top header field (with its continuation lines and line end) starts and ends. */
function fieldRange(header: string, name: string): { start: number; end: number } | undefined {
  const lower = header.toLowerCase();
  const start = lower.startsWith(name) ? 0 : lower.indexOf(`\n${name}`) + 1;
  if (start === 0 && !lower.startsWith(name)) return undefined;
  let end = header.indexOf("\n", start);
  while (end >= 0 && (header[end + 1] === " " || header[end + 1] === "\t")) end = header.indexOf("\n", end + 1);
  return { start, end: end < 0 ? header.length : end + 1 };
}

const ENCODED_BODY = /^content-transfer-encoding:[ \t]*(?:base64|quoted-printable)/im;

/**
 * A body that lost its MIME header fields and was then encoded whole (base64 or quoted-printable) shows its
 * delimiters only once decoded: the message again, its header without the encoding and its body the decoded
 * `text`, with the boundary that text uses (as withBodyBoundary finds it); undefined when the header names no
 * such encoding or the text holds no parts.
 */
export function withDecodedMultipartBody(window: string, text: string): Uint8Array | undefined {
  const headerEnd = headerBlockEnd(window);
  if (headerEnd < 0) return undefined;
  let header = window.slice(0, headerEnd);
  if (!ENCODED_BODY.test(header)) return undefined;
  const encoding = fieldRange(header, "content-transfer-encoding:")!;
  header = header.slice(0, encoding.start) + header.slice(encoding.end);
  const body = new TextEncoder().encode(`\n${text}`);
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(latin1Bytes(header));
  bytes.set(body, header.length);
  const repaired = withBodyBoundary(bytes, latin1Text(bytes));
  return repaired === bytes ? undefined : repaired;
}

function unfold(field: string): string {
  return field
    .slice("content-type:".length)
    .replace(/\r?\n[ \t]*/g, " ")
    .trim();
}

/** A delimiter line "--boundary", with nothing after it but "--" or blanks, appears in the body. */
function declaredBoundaryIsUsed(window: string, bodyStart: number, boundary: string): boolean {
  // a boundary ending in a blank is matched by some delimiter lines and not others: repair it
  if (/\s$/.test(boundary)) return false;
  const delimiter = `\n--${boundary}`;
  for (let at = window.indexOf(delimiter, bodyStart - 1); at >= 0; at = window.indexOf(delimiter, at + 1)) {
    const next = window.charCodeAt(at + delimiter.length);
    // "\r", "\n", "-", " ", "\t", or the end of the window
    if (Number.isNaN(next) || next === 0x0d || next === 0x0a || next === 0x2d || next === 0x20 || next === 0x09)
      return true;
  }
  return false;
}

/**
 * The first line in [from, until) that starts with "--" and is followed by a part header (a line starting
 * "Content-"): its boundary, trailing blanks dropped, and where its line starts.
 */
function firstDelimiter(window: string, from: number, until: number): { boundary: string; at: number } | undefined {
  for (let at = window.indexOf("\n--", from - 1); at >= 0 && at < until; at = window.indexOf("\n--", at + 1)) {
    const lineEnd = window.indexOf("\n", at + 1);
    if (lineEnd < 0) return undefined;
    const next = window.slice(lineEnd + 1, lineEnd + 9).toLowerCase();
    if (next !== "content-") continue;
    const boundary = window.slice(at + 3, lineEnd).trimEnd();
    if (boundary.length > 0 && boundary.length <= MAX_BOUNDARY && !boundary.includes('"'))
      return { boundary, at: at + 1 };
  }
  return undefined;
}

/** Nothing but blank lines and at most the one line that tells MIME-less readers what follows. */
function isPreambleNotice(preamble: string): boolean {
  const lines = preamble.split("\n").filter((line) => line.trim() !== "");
  return lines.length === 0 || (lines.length === 1 && /\bMIME\b/i.test(lines[0]!) && lines[0]!.length < 100);
}

/** The Content-Type value without its boundary parameter (boundaries hold no ";"). */
function withoutBoundary(value: string): string {
  return value
    .split(";")
    .map((parameter) => parameter.trim())
    .filter((parameter) => parameter !== "" && !/^boundary\s*=/i.test(parameter))
    .join("; ");
}
