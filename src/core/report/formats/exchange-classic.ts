/**
 * The classic Exchange NDR (Exchange 2007–2019, older Exchange Online, and Exchange Online
 * relaying a remote error): "Delivery has failed to these recipients or groups:", then
 * "Diagnostic information for administrators:", "Generating server:", and per recipient the
 * address followed by a reply line in one of several shapes. Any language: the headings are
 * looked up in headings.ts, but recipients are found by their codes and tokens.
 */
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { allHeadings, isHeadingLine, languageOfHeading, valueAfterHeading } from "../headings.js";
import { containsAnyOf } from "../../read/phrases.js";
import { statusInText } from "../smtp-reply.js";
import { addressLine } from "../text-lines.js";
import { isSignatureSeparator } from "../prose.js";
import type { DecodedReport, FormatDecoder } from "./types.js";

const ADMIN = allHeadings("adminInfo");
const GENERATING = allHeadings("generatingServer");
const ORIGINAL = allHeadings("originalHeaders");
const FAILED_TO = allHeadings("failedTo");
/** The delay notice's list heading ("Delivery is delayed to these recipients or groups:"), its recipients delayed. */
const DELAYED_TO = [
  "delivery is delayed to these recipients",
  "leveringen er forsinket til disse mottakerne",
  "die zustellung an diese empfänger oder gruppen ist verzögert",
  "la remise à ces destinataires ou groupes est retardée",
  "la entrega a estos destinatarios o grupos se ha retrasado",
  "de bezorging bij deze geadresseerden of groepen is vertraagd",
  "leveransen till de här mottagarna eller grupperna är försenad",
  "leveringen til disse modtagere eller grupper er forsinket",
];
const CLASSIC_SIGNS = containsAnyOf([
  ...ADMIN,
  ...GENERATING.map((h) => `${h}:`),
  ...FAILED_TO,
  ...DELAYED_TO,
  "remote server returned",
  "resolver.adr.",
  "#smtp#",
]);

/** Exchange's own tokens and reply wrappers (lower-case substrings). */
const EXCHANGE_TOKENS = [
  "resolver.",
  "storedrv.",
  "smtpsend.",
  "queue.expired",
  "routing.",
  "cat.",
  "#smtp#",
  " returned '",
];
const HASH_CODE = /#[245]\d\d [245]\.\d{1,3}\.\d{1,3}/;

function hasExchangeToken(text: string): boolean {
  const lower = text.toLowerCase();
  return EXCHANGE_TOKENS.some((token) => lower.includes(token)) || HASH_CODE.test(text);
}

/**
 * The server reply inside an Exchange diagnostic line, in any of its shapes:
 *   Remote Server returned '550 5.7.1 ...'           (2010 SP and later, Exchange Online)
 *   <date> - Remote Server at host (ip) returned '...' (retry history: the last one counts)
 *   host #<host #5.7.1 smtp;550 5.7.1 text> #SMTP#     (2007/2010 remote)
 *   #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ## (local)
 *   host #554 5.7.1 text ##                            (remote with host prefix)
 */
export function exchangeReply(diagnostic: string): string {
  const text = diagnostic.trim();
  const lower = text.toLowerCase();
  const returned = lower.lastIndexOf(" returned '");
  if (returned >= 0 && lower.lastIndexOf("remote server", returned) >= 0) {
    const start = returned + " returned '".length;
    const end = text.lastIndexOf("'");
    return (end > start ? text.slice(start, end) : text.slice(start)).trim();
  }
  const smtp = lower.indexOf("smtp;");
  if (smtp >= 0 && lower.includes("#smtp#")) {
    const end = text.lastIndexOf(">");
    return text.slice(smtp + 5, end > smtp ? end : undefined).trim();
  }
  const hash = text.indexOf("#");
  if (hash >= 0) {
    let inner = text.slice(hash + 1);
    if (inner.endsWith("##")) inner = inner.slice(0, -2);
    return inner.trim();
  }
  return text;
}

/** Exchange's encapsulation of a non-SMTP address (IMCEAEX for X.500, IMCEANOTES, IMCEAX400…) as one token. */
const IMCEA_NAME = /^IMCEA[A-Z0-9]{1,10}-\S{1,500}$/;

function hasCode(text: string): boolean {
  return hasExchangeToken(text) || statusInText(text) !== undefined;
}

/**
 * A line that can be a display name: short, a few words, a letter in them (not a rule of "####"), no
 * sentence punctuation, no address, no server reply ("Server at mx returned '452 4.2.2 Mailbox full'").
 */
function looksLikeName(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 80 &&
    t.split(/\s+/).length <= 8 &&
    !/[:@]|[.!?]$/.test(t) &&
    /\p{L}/u.test(t) &&
    !t.toLowerCase().includes(" returned '") &&
    statusInText(t) === undefined
  );
}

function headingAt(lines: string[], headings: string[]): number {
  return lines.findIndex((line) => headings.some((h) => line.trim().toLowerCase().startsWith(h)));
}

/**
 * No administrator section (Office supplied only the top): the list under "Delivery has failed to
 * these recipients or groups:" (or a delay notice's "Delivery is delayed to …"), one paragraph each,
 * the recipient's address or only its display name on the paragraph's first line and Exchange's
 * explanation below.
 */
function recipientList(lines: string[], end: number, format: string): RecipientFacts[] {
  let heading = headingAt(lines, FAILED_TO);
  const action = heading < 0 ? "delayed" : "failed";
  if (heading < 0) heading = headingAt(lines, DELAYED_TO);
  if (heading < 0) return [];
  const found: RecipientFacts[] = [];
  const seen = new Set<string>();
  for (let i = heading + 1; i < end; i++) {
    const first = lines[i]!;
    if (first.trim() === "") continue;
    if (isHeadingLine(first, ADMIN) || isSignatureSeparator(first) || /^\s*(?:_{3,}|sent by microsoft)/i.test(first))
      break;
    const explanation: string[] = [];
    let j = i + 1;
    for (; j < end && lines[j]!.trim() !== "" && !addressLine(lines[j]!); j++) explanation.push(lines[j]!.trim());
    i = j - 1;
    const address = addressLine(first);
    const name = address ? undefined : looksLikeName(first) ? first.trim() : undefined;
    // the list is the paragraphs right under the heading: a paragraph that names no one (a labelled
    // line, a sentence) ends it, and what follows is other text (help, a contact), not recipients
    if (!address && !name) break;
    const key = address?.toLowerCase() ?? `name:${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = explanation.join(" ");
    const diagnostic = hasCode(text) ? exchangeReply(text) : text;
    found.push(makeFacts({ address: address ?? "", displayName: name, diagnostic, action }, format));
  }
  return found;
}

export function decodeClassic(ctx: DecodeContext, format = "exchange-classic"): DecodedReport | undefined {
  const lines = ctx.ownText.split("\n");
  let end = lines.findIndex((line) => isHeadingLine(line, ORIGINAL));
  if (end < 0) end = lines.length;
  let generatingServer: string | undefined;
  let start = 0;
  for (let i = 0; i < end; i++) {
    const value = valueAfterHeading(lines[i]!, GENERATING);
    if (value !== undefined) {
      generatingServer = value.split(/\s/)[0];
      start = i + 1;
      break;
    }
    if (isHeadingLine(lines[i]!, ADMIN)) start = i + 1;
  }

  const recipients: RecipientFacts[] = [];
  const seen = new Set<string>();
  // replies under an Exchange-encapsulated X.500 name ("IMCEAEX-_O=ORG_OU=…_CN=JDOE@example.com"), no address
  const encapsulatedReplies: string[] = [];
  for (let i = start; i < end; i++) {
    const address = addressLine(lines[i]!);
    const encapsulated = !address && IMCEA_NAME.test(lines[i]!.trim());
    if (!address && !encapsulated) continue;
    const block: string[] = [];
    let j = i + 1;
    for (; j < end && lines[j]!.trim() !== "" && !addressLine(lines[j]!); j++) block.push(lines[j]!.trim());
    const diagnostic = block.join("\n");
    if (block.length === 0 || !hasCode(diagnostic)) continue;
    if (!address) {
      encapsulatedReplies.push(exchangeReply(block.join(" ")));
      i = j - 1;
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const reply = exchangeReply(
      block[block.length - 1]!.includes("returned '") ? block[block.length - 1]! : block.join(" "),
    );
    recipients.push(makeFacts({ address, diagnostic: reply }, format));
    i = j - 1;
  }

  if (recipients.length === 0) {
    const listed = recipientList(lines, end, format);
    // one recipient named at the top, one reply under an encapsulated name below: the reply is that recipient's
    const only = listed.length === 1 && encapsulatedReplies.length === 1 ? listed[0]! : undefined;
    recipients.push(
      ...(only
        ? [
            makeFacts(
              {
                address: only.address,
                displayName: only.displayName,
                diagnostic: encapsulatedReplies[0]!,
                action: only.action,
              },
              format,
            ),
          ]
        : listed),
    );
  }
  if (recipients.length === 0) return undefined;
  const report: DecodedReport = { recipients };
  if (generatingServer) report.generatingServer = generatingServer;
  const language = languageOfHeading(ctx.lower, ["adminInfo", "generatingServer", "failedTo", "originalHeaders"]);
  if (language) report.language = language;
  return report;
}

export const exchangeClassic: FormatDecoder = {
  name: "exchange-classic",
  source: "body",
  // the signs must be the bounce's own: a returned copy may hold an Exchange NDR the author forwarded
  detect: (ctx) => CLASSIC_SIGNS(ctx.lower) && CLASSIC_SIGNS(ctx.ownLower),
  decode: (ctx) => decodeClassic(ctx),
};
