/**
 * The original message the NDR is about: from the attached message/rfc822 or
 * text/rfc822-headers part, else from the "Original message headers:" section that Exchange
 * prints in the body (any language). Only its headers are read, never its body.
 */
import { bareAddress, headerValue, headerValues, parseHeaderBlock } from "../read/header-fields.js";
import { containsAnyOf } from "../read/phrases.js";
import type { AuthResults, HeaderField, OriginalMessage, ParsedMessage } from "../types.js";
import { allHeadings, isHeadingLine } from "./headings.js";
import { addressesInEach } from "./text-lines.js";
import { originalMarkerAt } from "./own-text.js";

const ORIGINAL_PART_TYPES = ["message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"];
const ORIGINAL_HEADINGS = allHeadings("originalHeaders");
const HAS_ORIGINAL_HEADING = containsAnyOf(ORIGINAL_HEADINGS);

/**
 * The original's header fields, from the best source available; empty when none. `lower` is
 * the message text lower-cased, when the caller has it already.
 */
export function originalHeaders(message: ParsedMessage, lower?: string): HeaderField[] {
  for (const type of ORIGINAL_PART_TYPES) {
    const part = message.parts.find((p) => p.contentType === type && p.text);
    if (part?.text) {
      const fields = parseHeaderBlock(part.text);
      if (fields.length > 0) return fields;
    }
  }
  const text = message.text;
  lower ??= text.toLowerCase();
  if (HAS_ORIGINAL_HEADING(lower)) {
    const lines = text.split("\n");
    const at = lines.findIndex((line) => isHeadingLine(line, ORIGINAL_HEADINGS));
    if (at >= 0) return parseHeaderBlock(lines.slice(at + 1).join("\n"));
  }
  // MTAs that print the original below a marker line ("Original Message:", Exim's "------ This
  // is a copy of the message, including all the headers. ------", qmail's "--- Below this line ...")
  const markerAt = originalMarkerAt(lower);
  if (markerAt < 0) return [];
  const lineEnd = text.indexOf("\n", markerAt);
  if (lineEnd < 0) return [];
  let rest = text.slice(lineEnd + 1).replace(/^\s*\n/, "");
  if (rest.startsWith("From ")) rest = rest.slice(rest.indexOf("\n") + 1);
  return parseHeaderBlock(rest);
}

const AUTH_RESULT = {
  spf: /\bspf=([a-z]+)/i,
  dkim: /\bdkim=([a-z]+)/i,
  dmarc: /\bdmarc=([a-z]+)/i,
  compauth: /\bcompauth=([a-z]+)/i,
} as const;

function authResults(fields: HeaderField[]): AuthResults | undefined {
  const raw = [
    ...headerValues(fields, "authentication-results"),
    ...headerValues(fields, "arc-authentication-results"),
  ];
  const spfHeader = headerValue(fields, "received-spf");
  if (raw.length === 0 && !spfHeader) return undefined;
  const result: AuthResults = { raw: spfHeader ? [...raw, `Received-SPF: ${spfHeader}`] : raw };
  const joined = raw.join("; ");
  const pick = (method: keyof typeof AUTH_RESULT): string | undefined => {
    const m = AUTH_RESULT[method].exec(joined);
    return m ? m[1]!.toLowerCase() : undefined;
  };
  const spf = pick("spf") ?? (spfHeader ? /^\s*([a-z]+)/i.exec(spfHeader)?.[1]?.toLowerCase() : undefined);
  const dkim = pick("dkim");
  const dmarc = pick("dmarc");
  const compauth = pick("compauth");
  if (spf) result.spf = spf;
  if (dkim) result.dkim = dkim;
  if (dmarc) result.dmarc = dmarc;
  if (compauth) result.compauth = compauth;
  return result;
}

export function readOriginal(message: ParsedMessage, fields = originalHeaders(message)): OriginalMessage | undefined {
  if (fields.length === 0) return undefined;
  const original: OriginalMessage = { to: addressesInEach(headerValues(fields, "to")) };
  const subject = headerValue(fields, "subject");
  if (subject !== undefined) original.subject = subject;
  const messageId = headerValue(fields, "message-id") ?? headerValue(fields, "x-original-message-id");
  if (messageId) original.messageId = messageId;
  const date = headerValue(fields, "date");
  if (date) original.date = date;
  const from = headerValue(fields, "from");
  if (from) original.from = bareAddress(from);
  const auth = authResults(fields);
  if (auth) original.auth = auth;
  return original;
}
