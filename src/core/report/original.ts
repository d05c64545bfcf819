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
 * the message text lower-cased, when the caller has it already; `markerAt` gives originalMarkerAt
 * of it, when the caller keeps that too; `ownTextEnd` where the bounce's own words end (own-text.ts).
 */
export function originalHeaders(
  message: ParsedMessage,
  lower?: string,
  markerAt?: () => number,
  ownTextEnd?: () => number,
): HeaderField[] {
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
  // a summary in the bounce's own words describes the original as well as a copy behind a marker
  const at = markerAt ? markerAt() : originalMarkerAt(lower);
  const summary = summaryFields(at < 0 ? text : text.slice(0, at));
  if (summary.length > 0) return summary;
  if (at < 0) return ownTextEnd ? headerBlockAfterOwnText(text, ownTextEnd()) : [];
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) return [];
  let rest = text.slice(lineEnd + 1).replace(/^\s*\n/, "");
  if (rest.startsWith("From ")) rest = rest.slice(rest.indexOf("\n") + 1);
  return parseHeaderBlock(rest);
}

/**
 * Without a marker the own text still ends where the copy starts: at its header block ("From: …" /
 * "To: …" / "Subject: …"), or at a framing line that introduces it ("----- Original message header
 * -----"), which is skipped.
 */
function headerBlockAfterOwnText(text: string, end: number): HeaderField[] {
  if (end >= text.length) return [];
  const rest = text.slice(end).replace(/^\s*\n/, "");
  const fields = parseHeaderBlock(rest);
  if (fields.length > 0) return fields;
  const lineEnd = rest.indexOf("\n");
  return lineEnd < 0 ? [] : parseHeaderBlock(rest.slice(lineEnd + 1));
}

/** Labels that localised notices summarise the original with (blanks left out), by the field they stand for. */
const SUMMARY_LABELS = new Map<string, string>([
  ...["差出人", "送信者", "发件人", "寄件者", "寄件人", "보낸사람"].map((l) => [l, "from"] as const),
  ...["宛先", "收件人", "收件者", "받는사람"].map((l) => [l, "to"] as const),
  ...["抄送", "副本", "참조"].map((l) => [l, "cc"] as const),
  ...["件名", "主题", "主旨", "제목"].map((l) => [l, "subject"] as const),
]);
const SUMMARY_LINE = /^[ \t\u3000]*([^:：\s][^:：]{0,11})[:：](.*)$/;
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/;

const namesAuthorAndAddressees = (fields: HeaderField[]) =>
  fields.some((f) => f.name === "from") && fields.some((f) => f.name === "to");

/**
 * Chinese, Japanese and Korean notices return no copy but summarise what was sent in a block of
 * labelled lines ("发件人：…", "收件人：…", "主\u3000题：…"; "差出人: …", "宛先: …", "件名: …"): read as
 * the original's header fields when the block names both its author and its addressees.
 */
function summaryFields(text: string): HeaderField[] {
  if (!CJK.test(text)) return [];
  let fields: HeaderField[] = [];
  for (const line of text.split("\n")) {
    const m = SUMMARY_LINE.exec(line);
    const name = m && SUMMARY_LABELS.get(m[1]!.replace(/[\s\u3000]+/g, ""));
    if (name) {
      fields.push({ name, value: m[2]!.trim() });
      continue;
    }
    if (namesAuthorAndAddressees(fields)) return fields;
    fields = [];
  }
  return namesAuthorAndAddressees(fields) ? fields : [];
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
