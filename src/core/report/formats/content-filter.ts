/**
 * A content filter's notice to the sender (amavisd-new's "VIRUS ALERT", MailScanner, Trend Micro
 * IMSS and ScanMail, Kaspersky, McAfee GroupShield, Symantec Messaging Gateway, Sophos PureMessage):
 * no SMTP reply, only what the scanner found and what it did. Its words decide what happened:
 * - the message went on without an attachment ("the attachment was replaced", "Action taken:
 *   Clean"): nothing failed, no report;
 * - it is held for someone to release ("held for review", "will be delivered if an administrator
 *   releases it"): delayed, like a list post held for a moderator;
 * - it was stopped ("was not delivered", "Action: Delete entire message"): failed.
 * The recipients are read only where such a notice names them: "-> a@b" lines, a recipient or To
 * label, a list under "… not delivered to the following recipients:"; never the sender, a contact
 * or a quoted header block. Shapes from the products' own notification templates (see the
 * content-notices fixtures).
 */
import { bareAddress } from "../../read/header-fields.js";
import { hasReportPart } from "../../read/signals.js";
import { containsAnyOf } from "../../read/phrases.js";
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { originalMarkerAt } from "../own-text.js";
import { isDaemonAddress } from "./mta-text.js";
import { namedInSentence } from "../prose.js";
import { addressesIn, addressLine } from "../text-lines.js";
import type { FormatDecoder } from "./types.js";

/** How much of the text a notice is read in: they are short, the rest is a copy of the message. */
const NOTICE_CHARS = 6000;

/** What a scanner's notice talks about (lower case), checked before any pattern. */
const SCANNER_WORDS = containsAnyOf([
  "virus",
  "malware",
  "infected",
  "banned",
  "threat",
  "content filter",
  "content-filter",
  "quarantin",
  "junk box",
  // gateways that say only that a policy stopped the message (Trend Micro HES, Sophos Central)
  "email security",
  "security policy",
  "by policy",
]);

/** Only a part of the message was kept back; the message itself went on. */
const PARTIAL =
  /\b(?:infected|dangerous|banned) (?:parts?|attachments?) of (?:the|your) message\b[\s\S]{0,80}?\bnot been delivered|\battachments?\b[^.\n]{0,40}\b(?:was|were|has been|have been) (?:replaced|removed|stripped|deleted|cleaned)\b|\b(?:rest|remainder) of the (?:message|e-?mail) (?:was|has been|will be) delivered|\bdelivered without (?:the|its) (?:infected |dangerous )?(?:attachment|part)|\baction taken:\s*(?:clean(?:ed)?|repaired|replaced|stripped)\b/i;

/** Held for someone to release: it may still be delivered. */
const HELD =
  /\b(?:held|quarantined|kept) (?:for|pending|awaiting) (?:review|approval|release|inspection)\b|\b(?:pending|awaiting) (?:review|approval|release)\b|\bwill be (?:delivered|released) (?:if|when|once|after)\b|\bhas not yet been delivered\b/i;

/**
 * A server's failure reply in the text (a 4.x.x/5.x.x status, a line opening with a 4xx/5xx code): then
 * it is an MTA's bounce, read by the DSN and MTA decoders with its codes. A success quoted on the way
 * ("250 2.0.0 Ok: queued") is none.
 */
const FAILURE_CODE = /\b[45]\.\d{1,3}\.\d{1,3}\b|^[ \t]*[45]\d\d[ \t-]/m;

/** Stopped for good. */
const STOPPED =
  /\b(?:was|were|has been|have been) (?:not (?:been )?delivered|blocked|rejected|deleted|discarded|refused|stopped|dropped)\b|\bdelivery of the (?:e-?mail|message) was stopped|\b(?:will not|has not) been delivered\b|\bwill not be delivered\b|\baction:\s*(?:delete(?:d)?(?: entire message)?|block(?:ed)?|reject(?:ed)?|discard(?:ed)?)\s*$/im;

/** A scanner's finding, on a line of its own ("Virus: …", "Threat: …", "Policy: …", "Action: …"). */
const FINDING =
  /^\s*(?:virus(?:es)?|virus\/malware|malware|threat|object|report|reason|policy|rule|banned (?:name|file|contents?)|action(?: taken)?|event)\s*:\s*\S/i;

/** A sentence saying why ("… because it contains a potentially malicious attachment"): the reason in words. */
const STATES_WHY = /\b(?:because|due to|contains?|containing)\b/i;

/** A label whose value is the recipients ("Recipient:", "Recipients:", "Empfänger:"). */
const RECIPIENT_LABEL =
  /^(?:recipients?|recipient\(s\)|rcpts?|intended recipients?|envelope recipients?|empfänger|destinataires?|destinatarios?) ?:/i;

/**
 * "To:" in a notice's summary of the message (From / To / Subject): its recipient, when the notice
 * names it nowhere more telling. The line may echo the original's whole To, whose other addresses the
 * filter may never have seen, so only a To of one address counts.
 */
const TO_LABEL = /^to ?:/i;

/** amavisd-new's list: "  -> a@b". */
const ARROW_ENTRY = /^\s*->\s*(\S+)\s*$/;

/** A heading over a list of recipients: "… not delivered to the following recipients:", "WAS NOT delivered to:". */
const LIST_HEADING = /\b(?:recipients?|addressees?|delivered to)\s*:\s*$/i;

/**
 * A line that starts a copy of a message's header ("--- BEGIN HEADERS ---", "---------- Forwarded
 * message ---------", Outlook's rule of underscores above a forward's From/Sent/To): the notice ends there.
 */
const COPY_HEADING = /\b(?:begin headers|original message|forwarded message|headers)\b/i;

function startsCopiedHeader(line: string): boolean {
  return (line.startsWith("---") && COPY_HEADING.test(line)) || /^_{10,}$/.test(line);
}

/**
 * A quarantine digest or notice to the person mail was held for ("blocked from being delivered to
 * you", "held in your quarantine", "Spam Quarantine Summary", SonicWall's "Junk Box Summary"): it
 * lists others' messages, no delivery of the reader's own failed.
 */
const DIGEST =
  /\bdelivered to you\b|\byour (?:personal |spam )?quarantine\b|\bquarantine (?:summary|digest|report)\b|\bend user digest\b|\bjunk box summary\b|\byour junk box\b/i;

type Outcome = "digest" | "partial" | "held" | "stopped";

function noticeText(ctx: DecodeContext): string {
  const text = ctx.text.slice(0, NOTICE_CHARS);
  const marker = originalMarkerAt(text.toLowerCase());
  return marker >= 0 ? text.slice(0, marker) : text;
}

/** What the notice says happened, from its lines and from its paragraphs unwrapped (a sentence may wrap). */
function outcomeOf(text: string, unwrapped: string): Outcome | undefined {
  const says = (pattern: RegExp) => pattern.test(text) || pattern.test(unwrapped);
  if (says(DIGEST)) return "digest";
  if (says(PARTIAL)) return "partial";
  if (says(HELD)) return "held";
  return says(STOPPED) ? "stopped" : undefined;
}

/** Lines of the notice, up to a copy of the message's header. */
function noticeLines(text: string): string[] {
  const lines = text.split("\n").map((line) => line.trimEnd());
  const end = lines.findIndex((line) => startsCopiedHeader(line.trim()));
  return end < 0 ? lines : lines.slice(0, end);
}

/** The lines with each paragraph on one line: a sentence wrapped before its address still names it. */
function paragraphsUnwrapped(lines: string[]): string {
  return lines
    .join("\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .join("\n");
}

/** Recipients in the notice's own positions (see recipientsNamed), then in its sentences, then a one-address To. */
function recipientsOf(lines: string[], unwrapped: string): string[] {
  const { named, inTo } = recipientsNamed(lines);
  if (named.length > 0) return named;
  const inSentence = namedInSentence(unwrapped);
  if (inSentence.length > 0) return inSentence;
  return inTo.length === 1 ? inTo : [];
}

function recipientsNamed(lines: string[]): { named: string[]; inTo: string[] } {
  const found: string[] = [];
  const inToLines: string[] = [];
  let underHeading = false;
  for (const line of lines) {
    if (line.trim() === "") {
      underHeading = false;
      continue;
    }
    const arrow = ARROW_ENTRY.exec(line);
    if (arrow) {
      found.push(...addressesIn(arrow[1]!));
      continue;
    }
    const trimmed = line.trimStart();
    const label = RECIPIENT_LABEL.exec(trimmed);
    if (label) {
      found.push(...addressesIn(trimmed.slice(label[0].length)));
      continue;
    }
    const to = TO_LABEL.exec(trimmed);
    if (to) {
      inToLines.push(...addressesIn(trimmed.slice(to[0].length)));
      continue;
    }
    if (LIST_HEADING.test(line)) {
      underHeading = true;
      continue;
    }
    const listed = underHeading ? addressLine(line) : undefined;
    if (listed) found.push(listed);
  }
  return { named: found, inTo: inToLines };
}

/** What the scanner found and did: its sentences of why and what (unwrapped), then its labelled findings. */
function findings(lines: string[], unwrapped: string, outcome: RegExp): string {
  const sentences = unwrapped
    .split("\n")
    .filter((paragraph) => !FINDING.test(paragraph) && (STATES_WHY.test(paragraph) || outcome.test(paragraph)));
  const labelled = lines.filter((line) => FINDING.test(line)).map((line) => line.trim());
  return [...sentences, ...labelled].join("; ");
}

function decodeNotice(ctx: DecodeContext): { recipients: RecipientFacts[]; kind?: "not-a-report" } | undefined {
  const lines = noticeLines(noticeText(ctx));
  const unwrapped = paragraphsUnwrapped(lines);
  const outcome = outcomeOf(lines.join("\n"), unwrapped);
  if (!outcome) return undefined;
  // nothing of the reader's failed: a digest of mail held for them, or a message sent on without a part
  if (outcome === "digest" || outcome === "partial") return { recipients: [], kind: "not-a-report" };
  const own = new Set([bareAddress(ctx.from), ...addressesIn(ctx.header("to") ?? "")].map((a) => a.toLowerCase()));
  const seen = new Set<string>();
  const addresses = recipientsOf(lines, unwrapped).filter((address) => {
    const key = address.toLowerCase();
    if (own.has(key) || seen.has(key) || isDaemonAddress(address)) return false;
    seen.add(key);
    return true;
  });
  if (addresses.length === 0) return undefined;
  const held = outcome === "held";
  const diagnostic = findings(lines, unwrapped, held ? HELD : STOPPED);
  return {
    recipients: addresses.map((address) =>
      makeFacts({ address, action: held ? "delayed" : "failed", diagnostic }, "content-filter"),
    ),
  };
}

export const contentFilter: FormatDecoder = {
  name: "content-filter",
  source: "body",
  // a report part or a server's failure reply is read by the DSN and MTA decoders
  detect: (ctx) =>
    !hasReportPart(ctx.message) && SCANNER_WORDS(ctx.lower.slice(0, NOTICE_CHARS)) && !FAILURE_CODE.test(ctx.ownText),
  decode: decodeNotice,
};
