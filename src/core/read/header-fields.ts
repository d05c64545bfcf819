/**
 * Reading an RFC 5322 header block (name: value lines, folded continuation lines) into fields.
 * Used for header blocks that reach us as text: text/rfc822-headers parts, the attached
 * original's headers, delivery-status field groups, pasted or Office-supplied headers.
 * (Whole MIME messages go through postal-mime, never through this.)
 */
import { decodeWords } from "postal-mime";
import type { HeaderField } from "../types.js";
import { preferredAddress } from "./address-scan.js";

const FIELD_NAME = /^[!-9;-~]{1,200}$/;

/** "Name: value" → [lower-case name, trimmed value]; undefined when the line is not a field. */
function splitField(line: string): [string, string] | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0) return undefined;
  const name = line.slice(0, colon).trimEnd();
  if (!FIELD_NAME.test(name)) return undefined;
  return [name.toLowerCase(), line.slice(colon + 1).trim()];
}

/** Decodes RFC 2047 encoded words, leaving the text as it is when it has none or they are broken. */
export function decodeHeaderValue(value: string): string {
  if (value.indexOf("=?") < 0) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/**
 * Fields of the header block at the start of `text` (up to the first empty line).
 * Lines that are neither fields nor continuations end the block (a pasted fragment).
 */
export function parseHeaderBlock(
  text: string,
  options: { decode?: boolean; stopAtGarbage?: boolean } = {},
): HeaderField[] {
  const decode = options.decode ?? true;
  const stopAtGarbage = options.stopAtGarbage ?? true;
  const fields: HeaderField[] = [];
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = length;
    let line = text.slice(start, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    start = end + 1;
    if (line.trim() === "") {
      if (fields.length > 0) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value = last.value === "" ? line.trim() : `${last.value} ${line.trim()}`;
      continue;
    }
    const field = splitField(line);
    if (!field) {
      if (stopAtGarbage) break;
      continue;
    }
    fields.push({ name: field[0], value: field[1] });
  }
  if (decode) for (const field of fields) field.value = decodeHeaderValue(field.value);
  return fields;
}

/** First value of a field, by lower-case name. */
export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  for (const field of fields) if (field.name === name) return field.value;
  return undefined;
}

/** Every value of a field, by lower-case name, in order. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const values: string[] = [];
  for (const field of fields) if (field.name === name) values.push(field.value);
  return values;
}

/** The bare address inside "Name <addr>" or "addr (comment)"; the trimmed input when none is found. */
export function bareAddress(value: string): string {
  return preferredAddress(value) ?? value.trim();
}
