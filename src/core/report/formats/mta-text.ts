/**
 * The common shape of MTA-written bounce text (Postfix, Exim, Sendmail, qmail, Courier,
 * OpenSMTPD, Yahoo, most appliances): a recipient address on a line of its own or at the
 * start of a line, followed by the reason and the remote server's reply. Used after the
 * vendor decoders, and by them for the recipient blocks.
 */
import { headerValues } from "../../read/header-fields.js";
import { writesAsABounce } from "../../read/signals.js";
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress, replyCodeInText, statusInText, statusOpeningLine } from "../smtp-reply.js";
import { addressLine, addressesIn, addressesInEach, lineAround, lineBefore } from "../text-lines.js";
import { addressAt, scanAddresses } from "../../read/address-scan.js";
import { splitAddressLists } from "../address-lists.js";
import { FAILURE_REASON } from "../failure-reason.js";
import { namedListEntry } from "../named-entries.js";
import { presentsAsPersonsMail } from "../persons-mail.js";
import {
  isLocalizedRecipientLabel,
  labelSaysLocalizedFailure,
  opensWithReasonLabel,
  reasonAfterLabel,
  isLocalizedSenderLabel,
  statesLocalizedDeliveryFailure,
  statesLocalizedFailure,
} from "../../read/localized-reasons.js";
import {
  continuesSentence,
  deliveredInSentence,
  failedInSentence,
  introducesForwardAddress,
  introducesMessageId,
  introducesNonRecipient,
  isBoilerplate,
  isHeaderEcho,
  isSignatureSeparator,
  namedInSentence,
  withoutSignatures,
  originallyAddressed,
  sentenceHeadedAddress,
  statesAnyFailure,
  statesDelivery,
  statesFailure,
} from "../prose.js";
import { isReceiptText } from "../receipt.js";
import { senderAddresses } from "../senders.js";
import type { FormatDecoder } from "./types.js";
import { packedMap } from "../../packed-map.js";
import { isOutcomeHeading } from "../outcome-sections.js";

/**
 * "Name <a@b>... text": Sendmail echoes an address as the RCPT gave it, display name and all, and "Name
 * <a@b>: 550 …" when a failure reply follows the colon. Not "Name <a@b>: text" or "Name <a@b> wrote",
 * which are prose. A list entry "Name <a@b> - Unknown user" is namedListEntry's: only where a list stands.
 */
const DISPLAY_NAME = /^["'A-Za-z\u00C0-\uFFFF][^\d:@<>]*$/;

/** ": 550 5.1.1 …" after "Name <a@b>": the server's failure reply, not a quote's or a header's colon. */
const FAILURE_REPLY_AFTER_COLON = /^ ?: ?[45]\d\d[ -]/;

function namedSendmailAddress(line: string): [string, string] | undefined {
  const open = line.indexOf("<");
  if (open <= 0 || open > 60) return undefined;
  const name = line.slice(0, open).trim();
  // a name: words, no codes ("550 5.1.1 <a@b>..." is Sendmail's summary), no label, no transcript marks
  if (!DISPLAY_NAME.test(name) || name.split(/\s+/).length > 4) return undefined;
  const lead = leadingAddress(line.slice(open));
  const after = line.slice(line.indexOf(">", open) + 1);
  if (!lead || after.startsWith("...")) return lead;
  return FAILURE_REPLY_AFTER_COLON.test(after) ? lead : undefined;
}

/** '"a@b": text' → the quoted address and what follows the closing quote; undefined for a quoted name. */
function quotedLeadingAddress(t: string): [string, string] | undefined {
  const close = t.indexOf('"', 1);
  if (close < 0 || close > 256) return undefined;
  const address = t.slice(1, close);
  return address.indexOf("@") > 0 && !/\s/.test(address) ? [address, t.slice(close + 1).trimStart()] : undefined;
}

/**
 * "<a@b>: text", "<a@b> (expanded from <c@d>): text", "<a@b>... text", "<a@b> - text", '"a@b": text',
 * "a@b: text", "a@b... text", "Name <a@b>... text" → [address, text after it]. Parsed by hand:
 * linear on any line.
 */
export function leadingAddress(line: string): [string, string] | undefined {
  const t = line.trimStart();
  let address: string;
  let rest: string;
  const quoted = t.startsWith('"') ? quotedLeadingAddress(t) : undefined;
  if (quoted) [address, rest] = quoted;
  else if (t.startsWith("<")) {
    const close = t.indexOf(">");
    if (close < 0 || close > 512) return undefined;
    address = withoutSourceRoute(t.slice(1, close));
    if (address.indexOf("@") <= 0 || /\s/.test(address)) return undefined;
    rest = t.slice(close + 1).trimStart();
    if (rest.toLowerCase().startsWith("(expanded from")) {
      const end = rest.indexOf(")");
      if (end < 0) return undefined;
      rest = rest.slice(end + 1).trimStart();
    }
  } else {
    const at = t.indexOf("@");
    if (at <= 0) return undefined;
    const found = at > 64 ? undefined : addressAt(t, at);
    if (!found || found.start !== 0) return namedSendmailAddress(t);
    address = found.address;
    rest = t.slice(found.end);
    if (!(rest.startsWith(":") || rest.startsWith("..."))) return undefined;
  }
  if (rest.startsWith("...")) rest = rest.slice(3);
  else if (rest.startsWith(":")) rest = rest.slice(1);
  else if (rest.startsWith("- ")) rest = rest.slice(2);
  else return undefined;
  return [address, rest.trim()];
}
const LINE_REPLY = /^\s*(?:<<<\s*)?([2-5][0-5]\d)(?:[\s-]|$)/;

export interface RecipientBlock {
  address: string;
  lines: string[];
  /** found only as "label: a@b" at the end of a line: counts only when its block has a reply code */
  weak?: boolean;
  /** listed under a heading that says its addresses were delivered (a receipt's list) */
  delivered?: boolean;
  /** blocks started on consecutive lines share a run: one list of recipients */
  run: number;
  /** the recipient's line went on with a reason ("<a@b> ... unknown user") */
  reasoned: boolean;
  /** not at the start of its line ("Name <a@b>", text glued before it): beside blocks with a reply, it needs one */
  loose?: boolean;
  /** how its line names the recipient, and at which indentation: entries of one list share it */
  shape: string;
  /** after a recipient label in another language ("Destinatario: a@b", "宛先: a@b"): see reasonedLabel */
  localizedLabel?: boolean;
  /** after an address label ("Address: a@b", "E-mail address: a@b"): see reasonedLabel */
  addressLabel?: boolean;
  /** a line above a localized label that states the failure ("…配信できませんでした。" / "宛先: a@b"): see reasonedLabel */
  failureHeading?: string;
  /** "Original address: c@d" beside the recipient's label: the address the sender wrote (see ORIGINAL_LABEL) */
  originalAddress?: string;
  /** a blank line stood between the address and its first line: a paragraph under the list, not its own reason */
  detached?: boolean;
  /** its list stands under a mail system's failure heading ("Failed recipient(s):"): see codelessSiblings */
  underFailedHeading?: boolean;
}

/**
 * "Original address:", "Original recipient:": beside a "Recipient address:" label, the address the sender
 * wrote before an alias or forward rewrote it, as RFC 3464's Original-Recipient stands beside its
 * Final-Recipient (Sun/iPlanet/Oracle Messaging Server print the two fields so). The recipient
 * label's address is the one that failed, as Final-Recipient is the one a DSN reports.
 */
const ORIGINAL_LABEL = /^original[ -](?:address|recipient)$/i;

/**
 * A recipient-list line: the address is the first token, after an optional bullet
 * ("a@b [User unknown]", "* a@b", "-- a@b", "1. a@b", "a@b on <date>", "a@b ... unknown host").
 */
export function listedAddress(line: string): [string, string] | undefined {
  let t = line.trimStart();
  let bullets = 0;
  while (bullets < 3 && (t.startsWith("*") || t.startsWith("-") || t.startsWith("•"))) {
    t = t.slice(1).trimStart();
    bullets++;
  }
  // a numbered entry ("1. a@b", "2) a@b") is a bulleted one
  const number = bullets === 0 ? /^\d{1,2}[.)]\s+/.exec(t) : null;
  if (number) t = t.slice(number[0].length);
  const space = t.search(/[\s,]/);
  const token = space < 0 ? t : t.slice(0, space);
  if (token.indexOf("@") <= 0 || token.indexOf(":") >= 0) return undefined;
  const address = cleanAddress(token);
  // the token is the address, bracketed or quoted at most: "收件人：a@b" is a label and a value
  if (!isAddress(address) || !/^[<(["']*$/.test(token.slice(0, token.indexOf(address)))) return undefined;
  return [address, space < 0 ? "" : t.slice(space).replace(/^[\s,]+/, "")];
}

/** "@relay.example.org:bob@example.net" (an RFC 5321 source route) -> "bob@example.net". */
function withoutSourceRoute(address: string): string {
  return address.startsWith("@") ? address.slice(address.lastIndexOf(":") + 1) : address;
}

const SENDMAIL_SUMMARY =
  /^([2-5]\d\d) (?:[245]\.\d{1,3}\.\d{1,3} )?(?:<([^<>\s]{1,254})>|([^<>\s.][^<>\s]{0,253}?))\.\.\./;

/**
 * Sendmail's per-recipient summary: "550 <a@b>... User unknown", "554 5.0.0 <a@b>... Service unavailable",
 * and before 8.9 without the brackets ("550 a@b... User unknown").
 */
export function sendmailSummaryAddress(line: string): [string, string] | undefined {
  const t = line.trim();
  const m = SENDMAIL_SUMMARY.exec(t);
  const address = m ? withoutSourceRoute(m[2] ?? m[3]!) : "";
  if (address.indexOf("@") <= 0) return undefined;
  // "554 <a@b>... 550 Host unknown": the remote's own reply follows the dots
  const after = t.slice(m![0].length).trim();
  return [address, /^[2-5]\d\d[ -]/.test(after) ? after : t];
}

/**
 * Postfix's refusal of a recipient at RCPT TO, given as a reply line of its own ("550 5.1.1 <a@b>:
 * Recipient address rejected: …", "554 5.7.1 <a@b>: Relay access denied"): the address is the RCPT's,
 * the one refused. (The same shape with "Sender address rejected" or "Client host rejected" names the
 * sender or the client, not a recipient.)
 */
const RECIPIENT_REFUSAL_REPLY =
  /^[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<([^<>\s]{1,254})>: (?:Recipient address rejected|Relay access denied)\b/i;

export function recipientRefusalReplyAddress(line: string): [string, string] | undefined {
  const t = line.trim();
  const m = RECIPIENT_REFUSAL_REPLY.exec(t);
  return m && m[1]!.indexOf("@") > 0 ? [m[1]!, t] : undefined;
}

/**
 * A refusal reply that opens a recipient entry of its own: outside any recipient's block, or after
 * another such entry (a list of refusals, one a line). Inside a block it is that recipient's reply.
 */
function refusalOutsideBlock(
  line: string,
  current: RecipientBlock | undefined,
  inSentence: boolean,
): [string, string] | undefined {
  if (inSentence) return undefined;
  const listOfRefusals = current?.lines.length === 1 && recipientRefusalReplyAddress(current.lines[0]!);
  return !current || listOfRefusals ? recipientRefusalReplyAddress(line) : undefined;
}

/**
 * A label whose value is an identifier, not a mailbox: "ID", "Message-ID", "Queue-ID", "References"
 * (not "E-mail ID", which Indian notices call an address).
 */
const IDENTIFIER_LABEL = /(?:^|\b(?:message|msg|queue)[- ]?)id$|\breferences$|\bin-reply-to$/i;

/** "받는 사람  a@b": a table row's two cells, as the HTML reader writes them. */
const CELLS = /^(\S[^\t]{0,39}?)(?:\t|\s{2,})(\S+)$/;

/**
 * "Unknown user: a@b", "Delivery failed: a@b" → the address at the end after a label. A full-width
 * colon or a table's cell gap ends only a recipient label ("收件人地址：a@b", "받는 사람  a@b"):
 * Chinese, Japanese and Korean notices summarise the original with "发件人：", "抄送：", "보낸 사람" too.
 */
export function labelledAddress(line: string): [string, string] | undefined {
  const t = line.trim();
  const colon = t.lastIndexOf(": ");
  const fullWidth = t.lastIndexOf("：");
  const at = Math.max(colon, fullWidth);
  if (at <= 0) {
    const cells = CELLS.exec(t);
    if (!cells || !isLocalizedRecipientLabel(cells[1]!)) return undefined;
    const address = cleanAddress(cells[2]!);
    return isAddress(address) ? [address, cells[1]!] : undefined;
  }
  if (at > 120) return undefined;
  const label = t.slice(0, at);
  // "Queue-ID: <A1B2@mx>", "Message-ID: <…>": an identifier written like an address
  if (IDENTIFIER_LABEL.test(label)) return undefined;
  if (at === fullWidth && !isLocalizedRecipientLabel(label)) return undefined;
  const value = t.slice(at + (at === fullWidth ? 1 : 2)).trim();
  const address = cleanAddress(value.indexOf(" ") < 0 ? value : (namedRecipientValue(label, value) ?? ""));
  if (!isAddress(address)) return undefined;
  return [address, label];
}

/**
 * "Recipient: Lucia Ferri <a@b>": a recipient label's value written as a name and its address, as
 * systems that keep display names (Scalix, Notes) write it → the address. Other labels' values with
 * a name ("From: Kari <a@b>") are not recipients.
 */
function namedRecipientValue(label: string, value: string): string | undefined {
  if (!value.endsWith(">") || !(namesRecipient(label) || isLocalizedRecipientLabel(label))) return undefined;
  const open = value.lastIndexOf("<");
  const name = value.slice(0, open).trim();
  return open > 0 && open <= 60 && DISPLAY_NAME.test(name) ? value.slice(open + 1, -1) : undefined;
}

/**
 * "Recipient: a@b (mailbox full)", "Empfänger: a@b (Postfach voll)", "收件人：a@b，原因：收件人不存在":
 * a recipient label, its address, and on the same line a reason that states a failure → [address,
 * reason]. A summary of the original ("收件人：a@b; c@d") gives no reason and is not one.
 */
function labelledWithReason(line: string): [string, string] | undefined {
  const t = line.trim();
  const colon = t.search(/:\s|：/);
  if (colon <= 0 || colon > 40) return undefined;
  const label = t.slice(0, colon);
  if (!namesRecipient(label) && !isLocalizedRecipientLabel(label)) return undefined;
  let at = colon + 1;
  while (at < t.length && (t[at] === " " || t[at] === "<")) at++;
  const found = addressAt(t, t.indexOf("@", at));
  if (!found || found.start !== at) return undefined;
  const reason = t
    .slice(found.end)
    .replace(/^[>\s,，(（-]+/, "")
    .replace(/[)）]\s*$/, "");
  return reason && (FAILURE_REASON.test(reason) || statesLocalizedFailure(reason))
    ? [found.address, reason]
    : undefined;
}

/**
 * A label that says its address is the recipient ("Recipient address:", "Failed recipient:"), not
 * the original one or the others ("Other recipients:" lists those the message reached).
 */
function namesRecipient(label: string): boolean {
  return /\b(?:recipient|addressee)\b/i.test(label) && !/\b(?:original|other)/i.test(label);
}

/** "Recipient: a@b", "Failed recipient:  a@b": the line opens with a label that names a recipient. */
function opensWithRecipientLabel(line: string): boolean {
  const colon = line.indexOf(":");
  return colon > 0 && colon <= 40 && namesRecipient(line.slice(0, colon));
}

/** Only blanks, a bullet, "<" or a quote stand before the address in its line. */
function opensLine(line: string, address: string): boolean {
  const at = line.indexOf(address);
  return at >= 0 && /^[\s*•<"'-]*$/.test(line.slice(0, at));
}

/**
 * A label that itself says its address failed, and so is the reason too: a recipient word and a
 * failure word ("Invalid receiver address: a@b", "Unknown user: a@b"), never the sender's ("Sender
 * rejected: a@b", "Invalid return address: a@b"). Such a block counts without a code (a label
 * that only says "recipient" is namesRecipient's).
 */
const FAILED_LABEL =
  /^(?=.*\b(?:recipients?|receivers?|address(?:es)?|users?|mailbox(?:es)?|addressees?)\b)(?=.*\b(?:invalid|unknown|failed|undeliverable|rejected|bad|non-?existent|no such|not found|illegal)\b)(?!.*\b(?:sender|from|originator|reply|return|author)\b)/i;

function labelSaysFailed(label: string): boolean {
  return (label.length <= 60 && FAILED_LABEL.test(label)) || labelSaysLocalizedFailure(label);
}

/**
 * A recipient label in another language followed by a reason label ("Destinatario: a@b" /
 * "Motivo: casella piena", "宛先: a@b" / "理由: 宛先不明"): a recipient and why it failed. Without
 * the reason line such a label is as weak as any other: Chinese and Japanese notices summarise the
 * original's recipients under the same words.
 */
function reasonedLabel(block: RecipientBlock): boolean {
  const first = block.lines[0] ?? "";
  if (block.addressLabel === true) return /^reason\s*:/i.test(first);
  return block.localizedLabel === true && (block.failureHeading !== undefined || opensWithReasonLabel(first));
}

/** A label that only says its value is an address: "Address", "E-mail address". */
const ADDRESS_LABEL = /^(?:e-?mail )?address$/i;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** What Sendmail says it did with an address in a verbose transcript: progress, never a failure. */
const PROGRESS_NOTE =
  /^(?:aliased to|forwarding to|including file|connecting to|connected to|sent\b|delivered\b|closing connection)/i;

/** Sendmail's line under an address it expanded from an alias: "(expanded from: <sales@example.org>)". */
const SENDMAIL_EXPANDED_FROM = /^\(expanded from: <?([^\s<>()@]{1,254}@[^\s<>()@]{1,254})>?\)$/i;

/** A name stands before the address in its line ("Mail Team <a@b> - …", not "<a@b>: …" nor "550 <a@b>..."). */
function namedBeforeAddress(line: string, address: string): boolean {
  const at = line.indexOf(address);
  return at > 0 && /^\s*["']?[A-Za-z\u00C0-\uFFFF]/.test(line.slice(0, at));
}

/**
 * The recipient a line opens with and the text after it (leadingAddress, Sendmail's summary, a display-name
 * entry); none named after a display name on a line that continues a sentence ("… write to" / "the Mail
 * Team <a@b> - error reports" is help text).
 */
function leadingEntry(line: string, above: string, before: string, inSentence: boolean): [string, string] | undefined {
  const direct = leadingAddress(line) ?? sendmailSummaryAddress(line);
  if (!inSentence) return direct ?? namedListEntry(line, above, before);
  return direct && !namedBeforeAddress(line, direct[0]) ? direct : undefined;
}

/** Splits bounce text into recipient blocks. */
export function recipientBlocks(text: string, maxLines = 25): RecipientBlock[] {
  const lines = splitAtHeadings(splitAddressLists(text.split("\n"), labelSaysFailed));
  const blocks: RecipientBlock[] = [];
  let current: RecipientBlock | undefined;
  let blankRun = 0;
  let previous = "";
  // the last line with text, blank lines between or not ("The user has moved to:" / "" / "    a@b")
  let lastText = "";
  let previousStarted = false;
  let deliveredSection = false;
  const aliasOf = new Map<string, string>();
  let run = 0;
  let inSignature = false;
  // where the last recipient named outside a label was: a failure statement heads the localized labels below it
  let lastUnlabelled = -1;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = raw.trimEnd();
    const trimmed = line.trimStart();
    // a signature: "--" and the lines that follow it up to a blank line ("Example Support" / "support@…")
    if (isSignatureSeparator(trimmed)) {
      inSignature = true;
      current = undefined;
      continue;
    }
    if (inSignature) {
      if (trimmed !== "") continue;
      inSignature = false;
    }
    if (trimmed === "") {
      blankRun++;
      previous = "";
      // a blank line inside a multi-line reply ("550-..." / blank / "550 ...") does not end the block
      const midReply = /^\d{3}-/.test(current?.lines[current.lines.length - 1] ?? "");
      if (current && (blankRun >= 2 || (current.lines.length > 0 && !midReply))) current = undefined;
      else if (current && current.lines.length === 0) current.detached = true;
      continue;
    }
    blankRun = 0;
    const above = lastText;
    lastText = line;
    const before = previous;
    const beforeStarted = previousStarted;
    previous = line;
    previousStarted = false;
    // "To: list@…", "Subject: …": what was sent, neither a recipient nor a reason
    if (isHeaderEcho(line)) continue;
    // Sendmail's "(expanded from: <alias>)" under an address: the alias is the address it was given
    const alias = current ? SENDMAIL_EXPANDED_FROM.exec(trimmed) : null;
    if (alias && isAddress(alias[1]!)) {
      aliasOf.set(current!.address.toLowerCase(), alias[1]!);
      continue;
    }
    // every way of naming a recipient below needs an "@": a line without one can only be a reason
    const at = line.indexOf("@");
    if (at < 0) {
      if (deliveredSection ? statesAnyFailure(line) : statesDelivery(line)) deliveredSection = !deliveredSection;
      // the next section's heading ("Delivery to the following recipients has been delayed.") ends the block
      if (isOutcomeHeading(trimmed.toLowerCase())) {
        current = undefined;
        continue;
      }
      if (current && current.lines.length < maxLines && !isBoilerplate(trimmed)) current.lines.push(trimmed);
      continue;
    }
    if (current && foldsIntoReply(current, line)) {
      if (current.lines.length < maxLines) current.lines.push(trimmed);
      continue;
    }
    // "Reason: 550 Rejected by … policy: a@b" right under its recipient's line: the reason of that
    // recipient, whose reply may name another address (the sender, an alias), not a recipient of its own
    if (current && beforeStarted && current.lines.length === 0 && opensWithAReasonLabel(trimmed)) {
      current.lines.push(trimmed);
      continue;
    }
    // a heading with its address on the same line ("Delivery to the following recipients failed: a@b")
    // opens its section as a heading on a line of its own does
    const heading = headingBefore(line, at);
    if (heading !== undefined && (deliveredSection ? statesAnyFailure(heading) : statesDelivery(heading)))
      deliveredSection = !deliveredSection;
    // a recipient line continues no sentence; prose wraps at the same indentation
    const inSentence = !beforeStarted && continuesSentence(before) && indentOf(line) >= indentOf(before);
    const leading = leadingEntry(line, above, before, inSentence) ?? refusalOutsideBlock(line, current, inSentence);
    const whole = leading ? undefined : addressLine(line);
    const listed = leading || whole || inSentence ? undefined : listedAddress(line);
    // a recipient label opens its line even under a heading that reads like prose ("Delivery details" / "Recipient: a@b")
    const labelled =
      leading || whole || listed || (inSentence && !opensWithRecipientLabel(trimmed))
        ? undefined
        : labelledAddress(line);
    const withReason = leading || whole || listed || labelled ? undefined : labelledWithReason(line);
    const headed = leading || whole || listed || labelled || withReason ? undefined : sentenceHeadedAddress(line);
    const address = leading?.[0] ?? whole ?? listed?.[0] ?? labelled?.[0] ?? withReason?.[0] ?? headed;
    // Sendmail's verbose notes on what it did ("a@b... aliased to c@d", "c@d... Sent (Ok)") name no failure
    if (leading && PROGRESS_NOTE.test(leading[1])) {
      current = undefined;
      continue;
    }
    // an address alone on its line under a line of prose that names an address, outside any recipient
    // block, goes on a contact block ("Example Corp | … | info@…" / "helpdesk@…"), not a list of recipients
    const underContact =
      (whole || listed) &&
      !current &&
      !beforeStarted &&
      before.indexOf("@") >= 0 &&
      !statesFailure(before) &&
      !before.toLowerCase().includes(cleanAddress((whole ?? listed?.[0])!).toLowerCase());
    if (address && (underContact || introducesNonRecipient(before))) {
      current = undefined;
      continue;
    }
    // a forwarding address ends its block, not the list: an address alone on the next line is a recipient again
    if (address && introducesForwardAddress(above)) {
      current = undefined;
      previousStarted = true;
      continue;
    }
    const original = labelled && ORIGINAL_LABEL.test(labelled[1]) ? cleanAddress(labelled[0]) : undefined;
    // the original address under its recipient's label belongs to that recipient
    if (original && current && beforeStarted && current.lines.length === 0 && !current.weak) {
      current.originalAddress = original;
      previousStarted = true;
      continue;
    }
    if (address && isAddress(cleanAddress(address))) {
      // a label that only says "recipient" is no reason ("Unknown user: a@b" is one)
      const label = labelled && !namesRecipient(labelled[1]) ? labelled[1] : undefined;
      const localizedLabel = label !== undefined && isLocalizedRecipientLabel(label);
      // "Address: a@b" names no reason: the "Reason:" line below gives it (reasonedLabel)
      const addressLabel = label !== undefined && ADDRESS_LABEL.test(label.trim());
      const rest =
        leading?.[1] ?? listed?.[1] ?? withReason?.[1] ?? (localizedLabel || addressLabel ? undefined : label) ?? "";
      if (!beforeStarted) run++;
      const form = leading
        ? "leading"
        : whole
          ? "line"
          : listed
            ? "listed"
            : labelled || withReason
              ? "label"
              : "sentence";
      const previousBlock = current;
      current = {
        address: cleanAddress(address),
        lines: [],
        run,
        reasoned: rest !== "" && !labelled,
        shape: `${form}:${indentOf(line)}`,
      };
      // the heading right above a list's first entry heads every entry of it
      if (beforeStarted ? previousBlock?.underFailedHeading : headsAFailedList(before))
        current.underFailedHeading = true;
      if (label) current.weak = true;
      if (localizedLabel) current.localizedLabel = true;
      const heading = localizedLabel ? failureStatedAbove(lines, index, lastUnlabelled) : undefined;
      if (heading !== undefined && !summarisesOriginal(lines, index)) current.failureHeading = heading;
      if (!label) lastUnlabelled = index;
      if (addressLabel) current.addressLabel = true;
      if ((whole || listed) && !opensLine(line, address)) current.loose = true;
      if (deliveredSection) current.delivered = true;
      previousStarted = true;
      if (rest) current.lines.push(rest);
      blocks.push(current);
      continue;
    }
    if (current && current.lines.length < maxLines && !isBoilerplate(trimmed)) current.lines.push(trimmed);
  }
  // the address Sendmail expanded an alias into stands for the alias, the address it was given and names as
  // Final-Recipient in its DSN (X-Actual-Recipient holds the expansion): the one the sender knows
  for (const block of blocks) {
    const alias = aliasOf.get(block.address.toLowerCase());
    if (alias) block.address = cleanAddress(alias);
  }
  // a reason line of its own gives the label's reason; without one, the failure statement above does
  for (const block of blocks) {
    if (block.failureHeading === undefined) continue;
    if (opensWithReasonLabel(block.lines[0] ?? "")) delete block.failureHeading;
    else block.lines.unshift(block.failureHeading);
  }
  return blocks;
}

/** The words of a line before the colon that ends them, when its first address follows that colon. */
function headingBefore(line: string, at: number): string | undefined {
  const colon = line.lastIndexOf(": ", at);
  if (
    colon < 0 ||
    line
      .slice(colon + 2, at)
      .trim()
      .search(/\s/) >= 0
  )
    return undefined;
  return line.slice(0, colon);
}

/**
 * A line that names a recipient after a heading and then opens another heading with its own address
 * ("… failed: a@b Delivery to the following recipients succeeded: c@d", a notice flattened into one
 * line) is split where the second heading starts, so each address stays under its own heading.
 */
function splitAtHeadings(lines: string[]): string[] {
  let split: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const parts = headedSegments(lines[i]!);
    if (parts && !split) split = lines.slice(0, i);
    if (split) split.push(...(parts ?? [lines[i]!]));
  }
  return split ?? lines;
}

function headedSegments(line: string): string[] | undefined {
  const first = line.indexOf("@");
  if (first < 0 || line.indexOf("@", first + 1) < 0 || line.indexOf(": ") < 0) return undefined;
  const found = scanAddresses(line, 20);
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i + 1 < found.length; i++) {
    const between = line.slice(found[i]!.end, found[i + 1]!.start);
    const heading = headingBefore(between, between.length);
    if (heading === undefined || !(statesDelivery(heading) || statesAnyFailure(heading))) continue;
    parts.push(line.slice(start, found[i]!.end));
    start = found[i]!.end;
  }
  if (parts.length === 0) return undefined;
  parts.push(line.slice(start));
  return parts;
}

/**
 * A line indented under a "<a@b>: …" recipient line whose reply has begun continues that reply,
 * whatever it opens with: Postfix folds "<a@b>: host h said: 553 5.7.1" / "    <alice@…>: Sender
 * address rejected …", and the address the reply names there is the one it refused, not a recipient.
 */
function foldsIntoReply(block: RecipientBlock, line: string): boolean {
  if (!block.shape.startsWith("leading:")) return false;
  const indent = Number(block.shape.slice("leading:".length));
  return indentOf(line) > indent && blockReplyCode(block.lines) !== undefined;
}

/** "Reason: …", "Error: …", "Diagnostic code: …", or a reason label in another language ("Grund: …"). */
const REASON_LABEL_EN = /^(?:reason|error|diagnostic(?:[ -]code)?|problem)\s*:/i;

function opensWithAReasonLabel(line: string): boolean {
  return REASON_LABEL_EN.test(line) || opensWithReasonLabel(line);
}

/** How far above a localized label its failure statement may be (a help paragraph may come between). */
const HEADING_REACH = 40;

/**
 * The nearest line above lines[at], below lines[after], that states a failure in another language
 * and is no reason line of another label. Asked only at a localized label, which few bounces hold.
 */
function failureStatedAbove(lines: string[], at: number, after: number): string | undefined {
  for (let i = at - 1; i > after && i >= at - HEADING_REACH; i--) {
    const line = lines[i]!.trim();
    if (line !== "" && !opensWithReasonLabel(line) && statesLocalizedDeliveryFailure(line)) return line;
  }
  return undefined;
}

/**
 * The paragraph around lines[at] also names the sender ("差出人: a@b" / "宛先: c@d" / "件名: …"): a
 * summary of what was sent, whose recipient label names the original's addressees, not a failure.
 */
function summarisesOriginal(lines: string[], at: number): boolean {
  for (const step of [-1, 1]) {
    for (let i = at + step, n = 0; i >= 0 && i < lines.length && n < 12; i += step, n++) {
      const line = lines[i]!.trim();
      if (line === "") break;
      const colon = line.search(/[:：]/);
      if (colon > 0 && colon <= 20 && isLocalizedSenderLabel(line.slice(0, colon))) return true;
    }
  }
  return false;
}

/**
 * The line where the server's reply starts: the first that opens with a failure code (4xx/5xx), else
 * the first that opens with any code, else -1. A transcript's "250 2.1.5 Recipient ok" before the
 * "554 5.7.1" at the end of data is an accepted step, not the outcome.
 */
function replyLineAt(lines: string[]): number {
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = LINE_REPLY.exec(lines[i]!);
    if (!m) continue;
    if (m[1]![0] === "4" || m[1]![0] === "5") return i;
    if (first < 0) first = i;
  }
  return first;
}

/** The reply code of a block: a line that starts with one (a failure first), else one found in the joined text. */
export function blockReplyCode(lines: string[]): string | undefined {
  const at = replyLineAt(lines);
  return at >= 0 ? LINE_REPLY.exec(lines[at]!)![1] : replyCodeInText(lines.join(" "));
}

/** The server reply within a block: from the line that starts the reply (replyLineAt), else the whole block. */
export function blockReply(lines: string[]): string {
  const at = replyLineAt(lines);
  return (at >= 0 ? lines.slice(at) : lines).join("\n").replace(/^<<<\s*/gm, "");
}

/** A failure (4xx/5xx reply or 4.x.x/5.x.x status) in a recipient block; a "250 Ok" is not one. */
function hasFailureCode(lines: string[], joined: string): boolean {
  const status = statusInText(joined);
  if (status && status[0] !== "2") return true;
  const code = blockReplyCode(lines);
  return code !== undefined && (code[0] === "4" || code[0] === "5");
}

/** The status of a block: its reply's when the text's first status is a success the block's failure overrides. */
function blockStatus(joined: string, reply: string, failed: boolean): string | undefined {
  const status = statusInText(joined);
  return failed && status?.[0] === "2" ? statusInText(reply) : status;
}

/**
 * A code-less block written like a failed one (same way of naming the recipient, same indentation)
 * that names its recipient at the start of a line or after a recipient label or phrase, and whose
 * first lines state a failure (Exim's "Unrouteable address" under the address).
 */
function statesOwnFailure(block: RecipientBlock, failedShapes: Set<string>): boolean {
  if ((block.weak && !reasonedLabel(block)) || block.loose || !failedShapes.has(block.shape)) return false;
  if (isDaemonAddress(block.address)) return false;
  const opening = block.lines.slice(0, 3).join(" ");
  return FAILURE_REASON.test(opening) || statesLocalizedFailure(opening);
}

/**
 * Code-less recipients beside failed ones: listed on consecutive lines with a failed one, each with
 * a reason on its own line ("<a@b> ... unknown user" above "<c@d> ... 552 5.2.2 mailbox full"), or
 * stating a failure in words in a recipient position (statesOwnFailure): the same list of failures.
 */
function codelessSiblings(
  blocks: RecipientBlock[],
  coded: RecipientFacts[],
  format: string,
  body: string,
): RecipientFacts[] {
  if (blocks.length < 2) return [];
  const failedRuns = new Set<number>();
  const failedShapes = new Set<string>();
  const candidates: RecipientBlock[] = [];
  for (const block of blocks) {
    const joined = block.lines.join("\n");
    if (hasFailureCode(block.lines, joined)) {
      failedRuns.add(block.run);
      failedShapes.add(block.shape);
    } else if (!block.delivered && !hasDeliveryCode(joined)) candidates.push(block);
  }
  const known = new Set(coded.map((f) => f.address.toLowerCase()));
  const siblings = candidates.filter(
    (b) =>
      ((b.reasoned && failedRuns.has(b.run)) || statesOwnFailure(b, failedShapes)) &&
      !known.has(b.address.toLowerCase()),
  );
  const listed = listedAboveReply(blocks, known);
  const overReply = listsOverTheirReply(blocks, failedRuns, failedShapes, known, body, format);
  const headed = headedListEntries(blocks, candidates, known, [...siblings, ...listed], overReply);
  if (headed.length > 0) siblings.push(...headed);
  if (siblings.length === 0 && listed.length === 0) return overReply;
  return [...factsFromBlocks(siblings, format, false), ...factsFromBlocks(listed, format, true), ...overReply];
}

/**
 * A list under a mail system's failure heading ("Failed recipient(s):" / a@b / c@d) one entry of which a
 * reply below names ("550 <a@b>... User unknown"): its other bare entries failed too, without a code of
 * their own. Those another reading already gave are left to it.
 */
function headedListEntries(
  blocks: RecipientBlock[],
  candidates: RecipientBlock[],
  known: Set<string>,
  taken: RecipientBlock[],
  given: RecipientFacts[],
): RecipientBlock[] {
  const runs = new Set(
    blocks.filter((b) => b.underFailedHeading && known.has(b.address.toLowerCase())).map((b) => b.run),
  );
  if (runs.size === 0) return [];
  const done = new Set([
    ...known,
    ...taken.map((b) => b.address.toLowerCase()),
    ...given.map((f) => f.address.toLowerCase()),
  ]);
  // a paragraph below a bare entry ("Error message:") is the list's, not that entry's own reason
  return candidates
    .filter((b) => b.underFailedHeading && runs.has(b.run) && isBareEntry(b) && !done.has(b.address.toLowerCase()))
    .map((b) => ({ ...b, lines: [] }));
}

/** An entry with nothing of its own: an address alone on its line, or a paragraph only after a blank line. */
function isBareEntry(block: RecipientBlock): boolean {
  return !block.reasoned && !block.delivered && (block.lines.length === 0 || block.detached === true);
}

interface ListSpan {
  run: number;
  /** where the list's first entry starts and its last one ends in the text */
  start: number;
  end: number;
}

/** Where each list (run) of `blocks`, in text order, stands in `text`; undefined when an address is not found. */
function listSpans(blocks: RecipientBlock[], text: string): ListSpan[] | undefined {
  const lower = text.toLowerCase();
  const spans: ListSpan[] = [];
  let cursor = 0;
  for (const block of blocks) {
    const at = lower.indexOf(block.address.toLowerCase(), cursor);
    if (at < 0) return undefined;
    cursor = at + block.address.length;
    const last = spans[spans.length - 1];
    if (last?.run === block.run) last.end = cursor;
    else spans.push({ run: block.run, start: at, end: cursor });
  }
  return spans;
}

/**
 * Beside lists that carry their replies, a list written the same way (shape) whose entries have nothing of
 * their own, followed before the next list by a failure reply in a paragraph of its own ("a@b" / "c@d" /
 * "" / "Remote server said: 550 …"): the reply is that list's, and each entry failed with it.
 */
function listsOverTheirReply(
  blocks: RecipientBlock[],
  failedRuns: Set<number>,
  failedShapes: Set<string>,
  known: Set<string>,
  body: string,
  format: string,
): RecipientFacts[] {
  const bareRuns = new Set<number>();
  for (const block of blocks) if (!failedRuns.has(block.run)) bareRuns.add(block.run);
  // every entry of the list bare, on a line of its own, written as a failed list is
  for (const block of blocks) {
    const listEntry = LIST_ENTRY_SHAPE.test(block.shape) && !block.loose && !block.weak;
    if (!listEntry || !isBareEntry(block) || !failedShapes.has(block.shape)) bareRuns.delete(block.run);
  }
  if (bareRuns.size === 0) return [];
  // a label's address without a code ("Contact: help@…") opens no list: a reply below it may still be the list's
  const spans = listSpans(
    blocks.filter((b) => !b.weak || failedRuns.has(b.run)),
    body,
  );
  if (!spans) return [];
  const found: RecipientFacts[] = [];
  spans.forEach((span, i) => {
    if (!bareRuns.has(span.run)) return;
    const below = body.slice(span.end, spans[i + 1]?.start);
    const reply = firstReply(below, true);
    if (!reply) return;
    for (const block of blocks)
      if (block.run === span.run && !known.has(block.address.toLowerCase()))
        found.push(factsWithReply(block.address, reply, below, format));
  });
  return found;
}

const LIST_ENTRY_SHAPE = /^(?:line|listed):/;

/**
 * Recipients listed one per line with nothing of their own, above the last of their list, which
 * carries the reply ("-- a@b" / "-- c@d" / "Reason: 550 …"): the reply below is the whole list's.
 * Each takes the reply of the next block, which must be of the same list (run) and written the same
 * way (shape); a list that ends without a reply gives nothing.
 */
function listedAboveReply(blocks: RecipientBlock[], known: Set<string>): RecipientBlock[] {
  const found: RecipientBlock[] = [];
  // from the end, the nearest block below with lines of its own, while the list (run) goes on
  let carrier: RecipientBlock | undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.lines.length > 0) {
      carrier = !block.delivered && hasFailureCode(block.lines, block.lines.join("\n")) ? block : undefined;
      continue;
    }
    if (carrier?.run !== block.run) {
      carrier = undefined;
      continue;
    }
    // an address alone on its line, bulleted or not: a label ("Recipient address:" above "Original
    // address:") names one recipient twice, not a list
    if (!LIST_ENTRY_SHAPE.test(block.shape) || block.shape !== carrier.shape || block.loose || block.delivered)
      continue;
    if (!known.has(block.address.toLowerCase())) found.push({ ...block, lines: carrier.lines });
  }
  return found.reverse();
}

export function hasDeliveryCode(text: string): boolean {
  return statusInText(text) !== undefined || replyCodeInText(text) !== undefined;
}

/** A transcript's MAIL FROM or RCPT TO command line (">>> RCPT TO:<a@b>", "MAIL From:<a@b>"). */
const ENVELOPE_COMMAND = /^(?:>>>\s*)?(?:mail from|rcpt to):/i;

/**
 * The block without the transcript steps a server accepted (">>> MAIL FROM:<…>" / "<<< 250 2.1.0 Sender
 * ok"): a "250" to MAIL or RCPT accepts a step, it is no delivery; the answer at DATA decides that.
 */
function withoutAcceptedSteps(block: RecipientBlock): RecipientBlock {
  const lines = block.lines;
  if (!lines.some((line) => ENVELOPE_COMMAND.test(line))) return block;
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (ENVELOPE_COMMAND.test(lines[i]!) && next !== undefined && LINE_REPLY.exec(next)?.[1]?.[0] === "2") i++;
    else kept.push(lines[i]!);
  }
  return { ...block, lines: kept };
}

export function factsFromBlocks(blocks: RecipientBlock[], format: string, requireCode: boolean): RecipientFacts[] {
  const byAddress = new Map<string, RecipientFacts>();
  for (const listed of blocks) {
    const block = withoutAcceptedSteps(listed);
    const joined = block.lines.join("\n");
    const coded = hasFailureCode(block.lines, joined);
    if (requireCode && !coded) continue;
    const key = block.address.toLowerCase();
    const existing = byAddress.get(key);
    if (existing && (existing.status || existing.replyCode || !coded)) {
      // Sendmail's own summary ("550 5.1.1 <a@b>... User unknown") may add the status the remote reply lacked
      const status = existing.status ? undefined : statusInText(joined);
      if (status && existing.replyCode?.[0] === status[0]) existing.status = status;
      continue;
    }
    const reply = blockReply(block.lines);
    const facts = makeFacts(
      {
        address: block.address,
        diagnostic: coded ? reply : joined,
        replyCode: blockReplyCode(block.lines),
        status: blockStatus(joined, reply, coded),
        action: block.delivered && !coded ? "delivered" : undefined,
        originalAddress: block.originalAddress,
      },
      format,
    );
    byAddress.set(key, facts);
  }
  return [...byAddress.values()];
}

/** The bounce's own text: up to the copy of the original message (see own-text.ts). */
export function bounceBody(ctx: DecodeContext): string {
  return ctx.ownText;
}

function bareAddressOf(value: string): string {
  return (addressesIn(value)[0] ?? "").toLowerCase();
}

/** Addresses given as the SMTP envelope recipient in a transcript or summary ("RCPT TO: <a@b>"). */
export function rcptToAddresses(text: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  while (found.length < 20) {
    const at = lower.indexOf("rcpt to:", from);
    if (at < 0) break;
    from = at + 8;
    const token =
      text
        .slice(from, from + 300)
        .trimStart()
        .split(/[\s>]/, 1)[0] ?? "";
    const address = cleanAddress(token.startsWith("<") ? token.slice(1) : token);
    if (isAddress(address)) found.push(address);
  }
  return found;
}

/**
 * An SMTP session transcript (">>> RCPT To:<a@b>" / "<<< 550 ...", "In: RCPT TO:<a@b>" /
 * "Out: 451 ..."): each RCPT TO whose answer, within the next three lines, is a failure. The RCPTs
 * answered with a success are added to `accepted`.
 */
export function transcriptFailures(text: string, format: string, accepted: string[] = []): RecipientFacts[] {
  const lines = text.split("\n");
  const found: RecipientFacts[] = [];
  const seen = new Set<string>();
  // the last line of the RCPT stage: a RCPT's own answer is that recipient's, not the DATA's
  let lastRcpt = -1;
  for (let i = 0; i < lines.length; i++) {
    const address = rcptToAddresses(lines[i]!)[0];
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    lastRcpt = i;
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const line = lines[j]!;
      if (rcptToAddresses(line).length > 0) break;
      const code = replyCodeInText(line);
      if (!code) continue;
      lastRcpt = j;
      if (code[0] === "4" || code[0] === "5") {
        const reply = line.slice(line.indexOf(code)).trim();
        found.push(makeFacts({ address, diagnostic: reply, replyCode: code, status: statusInText(reply) }, format));
      } else accepted.push(address);
      break;
    }
  }
  // recipients the server accepted fail with the first failure after them (at DATA or later) in the same
  // transcript: a blank line ends it, and a failure below is another recipient's or the notice's prose
  if (accepted.length > 0 && lastRcpt >= 0) {
    const blank = lines.findIndex((line, i) => i > lastRcpt && line.trim() === "");
    const rest = lines.slice(lastRcpt + 1, blank < 0 ? undefined : blank);
    const failure = rest.find((line) => {
      const code = replyCodeInText(line);
      return code !== undefined && (code[0] === "4" || code[0] === "5");
    });
    if (failure) {
      const code = replyCodeInText(failure)!;
      const reply = failure.slice(failure.indexOf(code)).trim();
      for (const address of accepted)
        found.push(makeFacts({ address, diagnostic: reply, replyCode: code, status: statusInText(reply) }, format));
    }
  }
  return found;
}

/**
 * Addresses named on the same line after "the following recipient(s)/address(es) ...:"
 * ("The following recipients returned permanent errors: a@b. Reason: ...").
 */
export function introducedAddresses(text: string): string[] {
  const lower = text.toLowerCase();
  for (const intro of ["following recipient", "following address"]) {
    const at = lower.indexOf(intro);
    if (at < 0) continue;
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd < 0 ? undefined : lineEnd);
    const colon = line.indexOf(":");
    // "write to us at the following address: help@…" gives a contact
    if (colon < 0 || introducesNonRecipient(lineBefore(text, at + colon + 1))) continue;
    let rest = line.slice(colon + 1);
    const reason = rest.toLowerCase().indexOf(" reason:");
    if (reason >= 0) rest = rest.slice(0, reason);
    const found = addressesIn(rest, 20);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Addresses written as "<a@b>" in a text, except contacts ("please contact <support@…>") and
 * Message-IDs, which are written the same way ("Your message <20250421.GA31@host> was rejected").
 */
export function bracketedAddresses(text: string): string[] {
  return scanAddresses(text, 50)
    .filter((hit) => {
      if (text[hit.start - 1] !== "<" || text[hit.end] !== ">") return false;
      // the line up to the address, its "<" included; the "<" is no line end, so the line is the same one
      const withBracket = lineBefore(text, hit.start);
      const before = withBracket.slice(0, -1);
      return (
        !introducesNonRecipient(before) &&
        !introducesMessageId(withBracket) &&
        !SENDER_BEFORE.test(before.slice(-60).trimEnd()) &&
        !SENDER_AFTER.test(text.slice(hit.end + 1, hit.end + 24))
      );
    })
    .map((hit) => hit.address);
}

/** "message from <a@b>", "MAIL FROM:<a@b>", "Sender: <a@b>": the text names the address as the sender. */
const SENDER_BEFORE = /\b(?:(?:message|mail|e-?mail|envelope) from|sender(?: address)?|return-path)[:=]?$/i;

/** "<a@b>: Sender address rejected", "<a@b>... Sender ok": the reply names the address as the sender. */
const SENDER_AFTER = /^(?::|\.\.\.)?\s?sender\b/i;

/** `text` without its echoes of the original's header fields ("Message-id: <…>", "To: <…>"). */
function withoutHeaderEchoes(text: string): string {
  return text
    .split("\n")
    .filter((line) => !isHeaderEcho(line))
    .join("\n");
}

const DAEMON_LOCAL_PART =
  /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|root|abuse|noreply|no-reply|bounce|bounces|daemon|double-bounce)$/i;

export function isDaemonAddress(address: string): boolean {
  const at = address.indexOf("@");
  return at > 0 && DAEMON_LOCAL_PART.test(address.slice(0, at));
}

/** The server's reply in a text: the first line that starts with a failure code (else any code), with its continuation lines. */
export function firstReply(text: string, failureOnly = false): string | undefined {
  const lines = text.split("\n");
  const at = replyLineAt(lines);
  if (at < 0) return replyInsideLine(lines);
  const code = LINE_REPLY.exec(lines[at]!)![1]!;
  // a transcript's "250 Ok" to MAIL or another RCPT is no outcome where a line quotes a failure ("… failed: 550 …")
  if (code[0] === "2") {
    const failure = replyInsideLine(lines);
    if (failure || failureOnly) return failure;
  }
  const reply = [lines[at]!.trim()];
  for (let i = at + 1; i < lines.length && i < at + 20; i++) {
    const line = lines[i]!;
    if (line.trim() === "") {
      // a blank line inside a multi-line reply ("550-..." / blank / "550 ...") does not end it
      const next = lines[i + 1]?.trim() ?? "";
      if (next.startsWith(`${code}-`) || next.startsWith(`${code} `)) continue;
      break;
    }
    if (line.trim().startsWith(code) || /^\s/.test(line)) reply.push(line.trim());
    else break;
  }
  return reply.join("\n").replace(/^<<<\s*/gm, "");
}

/** The text's failure reply when it holds exactly one (its continuation lines included), else undefined. */
function onlyFailureReply(text: string): string | undefined {
  let replies = 0;
  let previousCode: string | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const code = LINE_REPLY.exec(line)?.[1];
    if (code && (code[0] === "4" || code[0] === "5") && code !== previousCode) replies++;
    previousCode = code;
  }
  return replies === 1 ? firstReply(text, true) : undefined;
}

/**
 * A reply quoted inside a line ("host mx.example.org [192.0.2.1]: 550 5.7.0 ...",
 * "Received >>> 550 5.1.1 ...", "ResponseCode 421, Host not reachable"): the text from the
 * first real 4xx/5xx reply code on the first line that has one.
 */
function replyInsideLine(lines: string[]): string | undefined {
  for (const line of lines) {
    const code = replyCodeInText(line);
    if (!code || (code[0] !== "4" && code[0] !== "5")) continue;
    const at = line.indexOf(code);
    return line.slice(at).trim();
  }
  return undefined;
}

/**
 * Facts for recipients found without their own reply block: the body's first server reply applies.
 * Its codes come from that reply or a diagnostic line that opens with one, never from the rest of
 * the text (a Subject line, a version number).
 */
export function factsWithBodyReply(
  addresses: string[],
  body: string,
  format: string,
  failureOnly = false,
): RecipientFacts[] {
  const reply = firstReply(body, failureOnly);
  return addresses.map((address) => factsWithReply(address, reply, body, format));
}

/** Facts for one address with `reply`, the first reply found in `body` (its codes, else a status opening a line of `body`). */
function factsWithReply(
  address: string,
  reply: string | undefined,
  body: string,
  format: string,
  diagnostic = reply ?? "",
): RecipientFacts {
  return makeFacts(
    {
      address,
      diagnostic,
      status: statusInText(reply) ?? statusOpeningLine(body),
      replyCode: reply ? replyCodeInText(reply) : undefined,
    },
    format,
  );
}

/**
 * The value of the text's first reason line, "" when none has one: "Reason: …", or a reason label in
 * another language ("Grund: Die E-Mail-Adresse existiert nicht.", "Motivo: casella piena").
 */
function reasonLine(text: string): string {
  const at = text.search(/^[ \t]*reason:[ \t]*\S/im);
  if (at >= 0) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? undefined : end);
    return line.slice(line.indexOf(":") + 1).trim();
  }
  for (const line of text.split("\n")) {
    const reason = reasonAfterLabel(line);
    if (reason) return reason;
  }
  return "";
}

/**
 * A list's entries that have nothing of their own (an address alone on its line, or a paragraph only after a
 * blank line) share the list's reason: the first failure reply below the list, up to the next list, else
 * the last one above it, after the list before; without a reply, a "Reason:" line there. An entry with its
 * own reason ("a@b: mailbox full") keeps it. Asked only where no block holds a code: a reply in the text
 * then belongs to no single entry.
 */
function withSharedListReasons(
  facts: RecipientFacts[],
  blocks: RecipientBlock[],
  body: string,
  format: string,
): RecipientFacts[] {
  const bare = blocks.filter(isBareEntry);
  if (bare.length === 0) return facts;
  const spans = listSpans(bare, body);
  if (!spans) return facts;
  const shared = new Map<number, RecipientFacts>();
  spans.forEach((span, i) => {
    const below = body.slice(span.end, spans[i + 1]?.start);
    const above = body.slice(spans[i - 1]?.end ?? 0, span.start);
    const reply = firstReply(below, true) ?? lastReply(above);
    const reason = reply ?? (reasonLine(below) || reasonLine(above));
    if (reason) shared.set(span.run, factsWithReply("", reply, reply ? body : "", format, reason));
  });
  const runOf = new Map(bare.map((b) => [b.address.toLowerCase(), b.run]));
  return packedMap(facts, (f) => {
    const run = runOf.get(f.address.toLowerCase());
    const reason = run === undefined ? undefined : shared.get(run);
    if (!reason || f.replyCode || f.status || f.action === "delivered") return f;
    const withReason: RecipientFacts = { ...f, diagnostic: reason.diagnostic };
    if (reason.replyCode) withReason.replyCode = reason.replyCode;
    if (reason.status) withReason.status = reason.status;
    return withReason;
  });
}

/** The last failure reply in a text: firstReply from the last line that holds a 4xx/5xx code. */
function lastReply(text: string): string | undefined {
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const code = replyCodeInText(lines[i]!);
    if (code && (code[0] === "4" || code[0] === "5")) return firstReply(lines.slice(i).join("\n"), true);
  }
  return undefined;
}

/**
 * Facts for recipients each named by a sentence of their own ("Delivery to <a@b> failed:" / its reply,
 * "Delivery to <c@d> failed:" / its reply): each gets the first reply between its sentence and the
 * next one's, else one above all the sentences, not another recipient's; one with neither keeps its
 * own lines as the reason ("… to <c@d> was undeliverable." / "The reason for the problem:" / "5.1.2 -
 * Bad destination host"). A lone one gets the body's first reply. The sentences state failures: a
 * success reply ("250 Ok" in a transcript) is none of theirs.
 */
function factsWithOwnReplies(addresses: string[], body: string, format: string): RecipientFacts[] {
  if (addresses.length < 2) return factsWithBodyReply(addresses, body, format, true);
  const lower = body.toLowerCase();
  const starts: number[] = [];
  for (const address of addresses) {
    const at = lower.indexOf(address.toLowerCase(), starts.length > 0 ? starts[starts.length - 1]! + 1 : 0);
    if (at < 0) return factsWithBodyReply(addresses, body, format, true);
    starts.push(at);
  }
  const above = body.slice(0, starts[0]);
  const aboveReply = firstReply(above, true);
  return addresses.map((address, i) => {
    const stretch = body.slice(starts[i], starts[i + 1]);
    const ownReply = firstReply(stretch, true);
    if (ownReply) return factsWithReply(address, ownReply, stretch, format);
    if (aboveReply !== undefined) return factsWithReply(address, aboveReply, above, format);
    return makeFacts({ address, diagnostic: lineNaming(body, address), status: statusOpeningLine(stretch) }, format);
  });
}

/**
 * The first line of `text` that names `address`, with the lines its sentence wraps onto ("… was not
 * delivered because" / "the recipient's reception settings refuse mail …."), and a reason a label below
 * it introduces ("The reason for the problem:" / "5.1.2 - Bad destination host …"), up to four lines,
 * trimmed ("" when none does).
 */
function lineNaming(text: string, address: string): string {
  const at = text.toLowerCase().indexOf(address.toLowerCase());
  if (at < 0) return "";
  const lines = [lineAround(text, at).trim()];
  let end = text.indexOf("\n", at);
  while (end >= 0 && lines.length < 4) {
    const line = nextLine(text, end);
    if (line === "") break;
    // a finished sentence ends the reason unless a label line ("…:") opens the next
    if (/[.!?。]$/.test(lines[lines.length - 1]!) && !LABEL_LINE.test(line)) break;
    lines.push(line);
    end = text.indexOf("\n", end + 1);
  }
  return lines.join(" ");
}

const LABEL_LINE = /^[^:]{1,60}:$/;

/** The line after the line break at `end`, trimmed. */
function nextLine(text: string, end: number): string {
  const next = text.indexOf("\n", end + 1);
  return text.slice(end + 1, next < 0 ? undefined : next).trim();
}

/** Recipients in the order their blocks appear in the text. */
function inTextOrder(facts: RecipientFacts[], blocks: RecipientBlock[]): RecipientFacts[] {
  const order = new Map<string, number>();
  blocks.forEach((b, i) => {
    const key = b.address.toLowerCase();
    if (!order.has(key)) order.set(key, i);
  });
  const at = (f: RecipientFacts) => order.get(f.address.toLowerCase()) ?? blocks.length;
  return [...facts].sort((a, b) => at(a) - at(b));
}

function unique(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A reply about the envelope sender: "Domain of sender address … does not exist", "MAIL FROM rejected". */
const SENDER_REFUSAL = /\bsender\b|\bmail from\b|\breturn(?:-| )(?:path|address)\b|\benvelope[- ]from\b/i;

/**
 * Without the sender's own address where its reply refuses the sender: Sendmail's summary line
 * "553 5.1.8 <alice@…>... Domain of sender address … does not exist" names the author, not a recipient.
 */
function withoutSenderRefusals(facts: RecipientFacts[], ctx: DecodeContext): RecipientFacts[] {
  // the senders are looked up only for a reply that refuses a sender: most replies refuse none
  if (!facts.some((f) => SENDER_REFUSAL.test(f.diagnostic))) return facts;
  const senders = senderAddresses(ctx);
  return facts.filter((f) => !(senders.has(f.address.toLowerCase()) && SENDER_REFUSAL.test(f.diagnostic)));
}

/**
 * Without the code-less blocks that name the sender (the bounce's addressee, the original's author)
 * when the returned original shows it was not addressed to them: "The return address given was:" /
 * "<alice@…>" quotes the sender. A message the sender also sent to themself keeps them. Without the
 * original's header, the sender counts only when no one else is named: "kari@… 様から送信された
 * メールは…" / "宛先: a@b" names the sender in a sentence and the recipient after a label.
 */
function withoutSendersNotAddressed(blocks: RecipientBlock[], ctx: DecodeContext): RecipientBlock[] {
  if (blocks.length === 0) return blocks;
  const addressed = addressesInEach([
    ...headerValues(ctx.originalFields, "to"),
    ...headerValues(ctx.originalFields, "cc"),
  ]).map((a) => a.toLowerCase());
  const senders = senderAddresses(ctx);
  const kept = blocks.filter((b) => {
    const address = b.address.toLowerCase();
    return !senders.has(address) || addressed.includes(address);
  });
  return addressed.length > 0 || kept.length > 0 ? kept : blocks;
}

/**
 * Failed recipients the bounce's prose names (no recipient block holds them): after "the following
 * recipients", in a sentence, in a transcript's RCPT TO, as the original addressees, or where a
 * sentence states that address's failure; none of the `delivered` (lower-case). [] when none does. In a
 * person's mail with a bounce's Subject (presentsAsPersonsMail) only a transcript's RCPT TO counts.
 */
function failuresInProse(
  ctx: DecodeContext,
  body: string,
  sender: string,
  format: string,
  delivered: Set<string>,
): RecipientFacts[] {
  const notDelivered = (address: string) => !delivered.has(address.toLowerCase());
  // a person's sentences name where the person wrote; a transcript's RCPT TO below is still a mail system's
  const personsMail = presentsAsPersonsMail(ctx);
  const introduced = personsMail ? [] : introducedAddresses(body).filter(notDelivered);
  if (introduced.length > 0) return factsWithBodyReply(introduced, body, format);
  const named = personsMail
    ? []
    : unique(namedInSentence(body)).filter((a) => a.toLowerCase() !== sender && notDelivered(a));
  // without a reply, a "Reason:" line gives the server's words ("Reason: connection … timed out")
  if (named.length > 0)
    return factsWithOwnReplies(named, body, format).map((f) =>
      f.diagnostic ? f : { ...f, diagnostic: reasonLine(body) },
    );
  const accepted: string[] = [];
  const transcript = transcriptFailures(body, format, accepted);
  if (transcript.length > 0) return transcript;
  // a RCPT the server answered "250 Ok" is no failure when nothing in its transcript failed
  const rcptTo = unique(rcptToAddresses(body)).filter((a) => !accepted.includes(a));
  if (rcptTo.length > 0) return factsWithBodyReply(rcptTo, body, format);
  if (personsMail) return [];
  const originally = unique(originallyAddressed(body)).filter((a) => a.toLowerCase() !== sender);
  if (originally.length > 0) return factsWithBodyReply(originally, body, format);
  // "The user a@b does not exist", "Message to a@b failed": the sentence states that address's failure
  const senders = senderAddresses(ctx);
  const stated = unique(failedInSentence(body)).filter(
    (a) => a.toLowerCase() !== sender && !senders.has(a.toLowerCase()),
  );
  // without a reply the sentence itself is the reason
  if (stated.length > 0)
    return factsWithOwnReplies(stated, body, format).map((f) =>
      f.diagnostic ? f : { ...f, diagnostic: reasonLine(body) || lineNaming(body, f.address) },
    );
  return [];
}

/** A mail system's words over a list of failed recipients: "… were not delivered:", "Undeliverable …:", "… failed:". */
const FAILED_LIST_WORDS = /\b(?:not delivered|undeliverable|undelivered|failed|rejected)\b/i;

/**
 * A heading a mail system writes over its failed recipients ("The following addresses were not delivered:");
 * a person's own sentence over pasted lines says "came back" or "bounced".
 */
function headsAFailedList(line: string): boolean {
  const t = line.trim();
  return t.endsWith(":") && t.length <= 120 && (FAILED_LIST_WORDS.test(t) || writesAsABounce(t.toLowerCase()));
}

/**
 * Recipients and replies from MTA bounce text, most specific evidence first: recipient
 * blocks with a reply code; X-Failed-Recipients; recipient blocks without one; an address
 * named in the bounce text; the To of the returned original.
 */
export function decodeMtaText(ctx: DecodeContext, format = "mta-text"): RecipientFacts[] {
  // a signature's contact ("Mail admin <admin@…>") is no recipient in any of the readings below
  const body = withoutSignatures(bounceBody(ctx));
  // an address in a recipient position counts even when it is also the NDR's addressee (mail to oneself)
  const sender = bareAddressOf(ctx.from);
  const allBlocks = recipientBlocks(body).filter((b) => b.address.toLowerCase() !== sender);
  const everyCoded = factsFromBlocks(allBlocks, format, true);
  const coded = withoutSenderRefusals(everyCoded, ctx);
  // a sender whose reply refuses it is no recipient without its code either
  const refused = new Set(everyCoded.filter((f) => !coded.includes(f)).map((f) => f.address.toLowerCase()));
  const blocks = refused.size > 0 ? allBlocks.filter((b) => !refused.has(b.address.toLowerCase())) : allBlocks;
  const failedHeader = unique(addressesInEach(ctx.headers("x-failed-recipients")));
  // the body's own recipient blocks with replies are the most specific evidence
  if (coded.length > 0) {
    const siblings = codelessSiblings(blocks, coded, format, body);
    return siblings.length > 0 ? inTextOrder([...coded, ...siblings], blocks) : coded;
  }
  if (failedHeader.length > 0) {
    // no block holds a reply code we read; a block's own text is still the server's words ("host h [ip]:
    // 571 Email from … is currently blocked": a code outside SMTP's set) where the body holds no reply
    const blockText = new Map(
      factsFromBlocks(blocks, format, false).map((f) => [f.address.toLowerCase(), f.diagnostic]),
    );
    return factsWithBodyReply(failedHeader, body, format).map((f) =>
      f.diagnostic ? f : { ...f, diagnostic: blockText.get(f.address.toLowerCase()) ?? "" },
    );
  }
  // a person's mail with a bounce's Subject that pastes "a@b: mailbox full" ("These came back:") names
  // whom the person wrote to: a reply code (read above), a bounce's own statement or a mail system's list
  // heading shows a mail system's list
  const strongBlocks =
    presentsAsPersonsMail(ctx) && !writesAsABounce(ctx.ownLower) && !body.split("\n").some(headsAFailedList)
      ? []
      : withoutSendersNotAddressed(
          blocks.filter((b) => !b.weak || labelSaysFailed(b.lines[0] ?? "") || reasonedLabel(b)),
          ctx,
        );
  const uncoded = unique(strongBlocks.map((b) => b.address));
  if (uncoded.length > 0) {
    const facts = factsFromBlocks(strongBlocks, format, false);
    // a list of the addresses the message reached ends no search: the prose may name the failed ones
    if (facts.every((f) => f.action === "delivered")) {
      const delivered = new Set(uncoded.map((a) => a.toLowerCase()));
      const failed = failuresInProse(ctx, body, sender, format, delivered).filter(
        (f) => !delivered.has(f.address.toLowerCase()),
      );
      if (failed.length > 0) return [...failed, ...facts];
    }
    if (facts.length > 1) return withSharedListReasons(facts, strongBlocks, body, format);
    const only = facts[0]!;
    if (!only.replyCode && !only.status && only.action !== "delivered") {
      // outside a list of delivered addresses, a "250 Ok" elsewhere (a transcript's answer to MAIL or another
      // RCPT) is no outcome for it
      const withReply = factsWithBodyReply([only.address], body, format, true)[0]!;
      return [{ ...withReply, diagnostic: only.diagnostic || withReply.diagnostic }];
    }
    // a list of recipients none of which has a code of its own, in a notice that holds one failure reply:
    // the reply is the list's (James: "Failed recipient(s):" / a@b / c@d / … / "Error message:" / "550 …")
    const reply = facts.some((f) => f.replyCode || f.status || f.action === "delivered")
      ? undefined
      : onlyFailureReply(body);
    return reply ? facts.map((f) => factsWithReply(f.address, reply, body, format)) : facts;
  }
  // an address under a heading that says it was delivered is no failed recipient, however else it is named
  const underDeliveredHeading = new Set(blocks.filter((b) => b.delivered).map((b) => b.address.toLowerCase()));
  const inProse = failuresInProse(ctx, body, sender, format, underDeliveredHeading);
  if (inProse.length > 0) return inProse;
  const senders = senderAddresses(ctx);
  // a notice whose text names no one may name its recipient in its Subject ("Undeliverable message to a@b"),
  // when the Subject is the notice's own sentence: after a prefix ("Undeliverable: …") it is the original's
  const ownSubject = ctx.subject.includes(":") ? "" : ctx.subject;
  const inSubject = unique(namedInSentence(ownSubject)).filter((a) => a.toLowerCase() !== sender);
  if (inSubject.length > 0) return factsWithBodyReply(inSubject, body, format);
  // a person's mail with a bounce's Subject: its sentences and brackets name where the person wrote
  if (presentsAsPersonsMail(ctx)) return [];
  // a receipt's own sentence ("Your message to a@b has been delivered"): its recipient was delivered
  const delivered = unique(deliveredInSentence(body)).filter((a) => a.toLowerCase() !== sender);
  if (delivered.length > 0) return delivered.map((address) => makeFacts({ address, action: "delivered" }, format));
  // an address quoted in angle brackets in the bounce text ("... your mail to <a@b>."), unless it is
  // the bounce's addressee or the original's author ("Your message from <author> to <a@b>")
  // nor a transcript's RCPT TO: one refused or unanswered was read above, so the server accepted it
  const rcpts = new Set(rcptToAddresses(body).map((a) => a.toLowerCase()));
  const bracketed = unique(bracketedAddresses(withoutHeaderEchoes(body))).filter(
    (a) => !senders.has(a.toLowerCase()) && a.toLowerCase() !== sender && !rcpts.has(a.toLowerCase()),
  );
  if (bracketed.length === 0) return [];
  // a receipt's list in a shape of its own ("Lena Fischer <a@b> on 5/6/2025 10:02 AM"): delivered, no failure
  if (isReceiptText(ctx)) return bracketed.map((address) => makeFacts({ address, action: "delivered" }, format));
  return factsWithBodyReply([bracketed[0]!], body, format);
}

export const mtaText: FormatDecoder = {
  name: "mta-text",
  source: "body",
  detect: () => true,
  decode(ctx) {
    const recipients = decodeMtaText(ctx);
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
