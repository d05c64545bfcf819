/**
 * Telling a recipient position from prose in a bounce's text. A failed recipient is named where a
 * report lists it (a line of its own, a heading's list, a labelled field, "delivery to <address>
 * failed"); an address inside a wrapped sentence of help text ("if mike.fox@… fails, try …"), or in
 * an echo of the original's header fields (To:, Cc:), is not one.
 */
import { scanAddresses } from "../read/address-scan.js";
import { lineAround, lineBefore } from "./text-lines.js";
import {
  endsWithLocalizedDeliveredTo,
  endsWithLocalizedRecipientPhrase,
  statesLocalizedDelivery,
  statesLocalizedDeliveryFailure,
} from "../read/localized-reasons.js";

/**
 * Header fields of the original message, echoed in the bounce's text to say what was sent; the
 * Subject, Sent and Date labels also as localized notices and receipts write them ("Emne:", "Ämne:",
 * "Betreff:", "Objet :", "Asunto:", "Sendt:"), which never name a recipient.
 */
const HEADER_ECHO =
  /^\s*(?:to|cc|bcc|from|reply-to|sender|subject|sent|date|message-id|return-path|emne|ämne|betreff|objet|asunto|oggetto|onderwerp|assunto|sendt|skickat|gesendet|envoyé|enviado|inviato|verzonden|dato|datum|fecha)\s*:/i;

export function isHeaderEcho(line: string): boolean {
  return HEADER_ECHO.test(line);
}

/** A bounce's closing advice ("Please reply to postmaster… if you feel this message to be in error"): no reason. */
const BOILERPLATE =
  /^(?:please (?:reply|contact|send mail|write) to|if you (?:feel|believe|think) (?:this|that)|for (?:further|more) (?:assistance|help|information)|contact your (?:system |email )?administrator)/i;

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.test(line.trim());
}

/** "--" alone on a line (RFC 3676's "-- " signature separator): below it is a signature, never a recipient. */
export function isSignatureSeparator(line: string): boolean {
  return line.trim() === "--";
}

/** `text` without its signatures: each "--" line and the lines below it up to a blank line. */
export function withoutSignatures(text: string): string {
  if (!/^[ \t]*--[ \t]*$/m.test(text)) return text;
  const kept: string[] = [];
  let inSignature = false;
  for (const line of text.split("\n")) {
    if (isSignatureSeparator(line)) inSignature = true;
    else if (line.trim() === "") inSignature = false;
    if (!inSignature) kept.push(line);
  }
  return kept.join("\n");
}

/** Words that say something failed: a line with one of them states no success. */
const FAILURE_WORDS =
  /\b(?:not|never|no longer|failed|failure|fail|undeliverable|unable|cannot|could ?not|rejected|error|bounced|returned|delayed)\b|n't\b/i;

// "expanded to": RFC 3464's "expanded" action, a list or alias that took the message ("Your message was
// expanded to the following recipients of the group"); Sendmail's text receipt heads its list "----- The
// following addresses had successful delivery notifications -----"
const DELIVERED_STATEMENT =
  /\bhad successful delivery notifications?\b|\b(?:has|have|was|were) (?:been )?expanded to\b|\b(?:has|have|was|were) been (?:successfully )?(?:delivered|relayed)\b|\b(?:has|have|was|were) (?:successfully )?(?:delivered|relayed)\b|\bsuccessfully (?:delivered|relayed)\b|\bdelivery to (?:the following|these) recipients?(?: or groups)? (?:succeeded|(?:was )?successful|is complete)/i;

const DELIVER_OR_RELAY = /deliver|relay|expanded/i;

/** Handed over and then refused: "Your message was relayed to mx.example.net, which refused it". */
const REFUSAL_WORDS = /\b(?:refused?|refuses|declined?|declines|denied|denies|blocked|rejects?)\b/i;

/**
 * A heading that says the addresses below it were delivered ("Your message has been delivered to the
 * following recipients:", "Delivery to these recipients or groups is complete", "Ihre Nachricht wurde
 * an die folgenden Empfänger zugestellt:"): a receipt's list, no failure.
 */
export function statesDelivery(line: string): boolean {
  // asked of every line of a bounce: the English words are looked for without a lower-cased copy of it
  const english = DELIVER_OR_RELAY.test(line);
  if (english ? !DELIVERED_STATEMENT.test(line) || REFUSAL_WORDS.test(line) : !statesLocalizedDelivery(line))
    return false;
  return !FAILURE_WORDS.test(line);
}

export function statesFailure(line: string): boolean {
  return FAILURE_WORDS.test(line);
}

/** A line that says delivery failed, in English or another language: a receipt's list ends there. */
export function statesAnyFailure(line: string): boolean {
  return FAILURE_WORDS.test(line) || statesLocalizedDeliveryFailure(line);
}

/** A line that hands over a contact, not a recipient: "For help, contact the help desk:", "please contact". */
const CONTACT_INTRO =
  /\b(?:contact|help ?desk|for (?:help|assistance)|support|customer service|write to|send (?:an? )?(?:e-?mail|mail|message|questions) to|questions|report (?:abuse|spam)|complaints?)\b[^@.!?]{0,60}:?\s*$/i;

/**
 * The address on the line after `before` is no recipient: `before` is a label with its value on the
 * next line ("Sender:" / "    a@b", a form layout), or it introduces a contact for help.
 */
export function introducesNonRecipient(before: string): boolean {
  const t = before.trim();
  if (t.endsWith(":") && isHeaderEcho(t) && HEADER_ECHO.exec(t)![0].length === t.length) return true;
  return CONTACT_INTRO.test(t) && !FAILURE_WORDS.test(t);
}

/**
 * A line that hands over where to write instead, as mailbox-moved notices and typo checks do ("The
 * user has moved to:", "New address:", "Neue Adresse:", "Did you mean", "Possible alternative:"):
 * the address under it is no recipient.
 */
const FORWARD_INTRO =
  /\b(?:moved to|did you mean|(?:possible|suggested) (?:alternative|address|correction)s?|alternative address(?:es)?|new (?:e-?mail )?address(?: is)?|forwarding address(?: is)?|address (?:has )?changed to|please (?:re-?send|write|try)(?: (?:it|your message|the message) to| to)?|neue (?:e-?mail-)?adresse(?: lautet)?|nouvelle adresse(?: est)?|nueva direcci[oó]n(?: es)?|nuovo indirizzo(?: è)?|nieuwe? (?:e-?mail)?adres(?: is)?)\s{0,3}:?$/i;

export function introducesForwardAddress(line: string): boolean {
  const t = line.trim();
  return t.length <= 160 && FORWARD_INTRO.test(t);
}

/** The line before ends a sentence that goes on in this line: words and no closing punctuation. */
export function continuesSentence(previousLine: string): boolean {
  const t = previousLine.trim();
  return /[a-z,]$/i.test(t) && /[a-z]{2} [a-z]{2}/i.test(t);
}

/**
 * Sentences that name the failed recipient right after their verb: "could not deliver (your) message
 * to <a@b>", "Your message to a@b could not be delivered", "Delivery to a@b failed",
 * "undeliverable (message) to a@b", "Failed to deliver to '<a@b>'", a list server's "could not be
 * distributed to a@b", "Message bounced: a@b", or after a noun that says what
 * the address is ("Delivery to the address a@b failed", "… delivered to the wireless device a@b").
 * Only blanks, a colon, "<" or a quote may stand between phrase and address.
 */
const RECIPIENT_PHRASE =
  /(?:deliver(?:ing|y of)? (?:(?:your|the|this) )?(?:message|mail|e-?mail) to|(?:your|the) (?:message|mail|e-?mail) (?:you sent )?to|delivery to|(?:could not|couldn't|can ?not|was not|wasn't) (?:be )?delivered to|(?:has|have) not (?:yet )?been delivered to|undeliverable (?:message |mail )?to|(?:delivery|sending|transmission) (?:has )?failed (?:for|to)|(?:failed|failure|error|problem) (?:while )?delivering to|(?:(?:failed|unable) to|could not|couldn't|can ?not) deliver to|(?:could not|couldn't|can ?not|was not|wasn't) (?:be )?distributed to|(?:message|mail|e-?mail) (?:has )?bounced)(?: the (?:(?:e-?mail )?address|recipient|user|mailbox|subscriber|(?:wireless )?device))?$/i;

/** "forward the message to abuse@…", "send the mail to …": what to do next, not who failed. */
const INSTRUCTION =
  /\b(?:forward|send|resend|re-send|copy|redirect|report|mail)\s+(?:it|this|the|your)\s+(?:message|mail|e-?mail)\s+to$/i;

/**
 * The text before an address ends with a recipient phrase that is no instruction, on a line that
 * does not say the message was delivered ("Your message to a@b has been delivered" is a receipt).
 * In another language its line must also say that delivery failed: "Ihre Nachricht an a@b wurde
 * zugestellt" is a receipt too.
 */
function endsWithRecipientPhrase(before: string, line: string): boolean {
  const phrase = withoutTrailingSeparators(before);
  if (INSTRUCTION.test(phrase)) return false;
  if (RECIPIENT_PHRASE.test(phrase)) return !statesDelivery(line);
  return endsWithLocalizedRecipientPhrase(phrase) && statesLocalizedDeliveryFailure(line);
}

/** `text` without what may stand between a phrase and its address (blanks, ":", "<", quotes) at its end. */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && " \t:<\"'".includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A recipient written "domain/user" after a recipient phrase ("The message you sent to
 * example.org/ronny was rejected …", Novell's notation), as the address user@domain.
 */
const DOMAIN_SLASH_USER = /^([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})\/([a-z0-9._+-]{1,64})(?=[\s.,;:]|$)/i;

function slashNamed(text: string, limit: number): string[] {
  const found: string[] = [];
  for (let at = text.indexOf("/"); at > 0 && found.length < limit; at = text.indexOf("/", at + 1)) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const tokenStart = text.lastIndexOf(" ", at) + 1;
    const start = Math.max(lineStart, tokenStart);
    const m = DOMAIN_SLASH_USER.exec(text.slice(start, start + 200));
    if (!m || !endsWithRecipientPhrase(lineBefore(text, start, 80), lineAround(text, start))) continue;
    found.push(`${m[2]}@${m[1]}`);
  }
  return found;
}

/**
 * The addresses of `text`, in order and at most `limit`, that `accepts` takes given the text before
 * them on their line (up to 80 characters) and that line.
 */
function addressesAfter(text: string, limit: number, accepts: (before: string, line: string) => boolean): string[] {
  const found: string[] = [];
  let acceptedEnd = -1;
  for (const hit of scanAddresses(text, 200)) {
    // "… to a@b and c@d", "… to <a@b>, <c@d>": the list the phrase named goes on
    const continues =
      acceptedEnd >= 0 && hit.start - acceptedEnd <= 12 && LIST_JOIN.test(text.slice(acceptedEnd, hit.start));
    if (!continues) {
      if (!accepts(lineBefore(text, hit.start, 80), lineAround(text, hit.start))) {
        acceptedEnd = -1;
        continue;
      }
    }
    found.push(hit.address);
    acceptedEnd = hit.end;
    if (found.length >= limit) break;
  }
  return found;
}

/** What joins two addresses of one list on a line: ", ", " and ", "; ", with their brackets or quotes. */
const LIST_JOIN = /^[>"']?(?:\s*[,;&]\s*|\s+and\s+|\s*,\s*and\s+)[<"']?$/i;

/** Addresses a recipient sentence names, in order (at most `limit`). */
export function namedInSentence(text: string, limit = 20): string[] {
  const slashed = text.includes("/") ? slashNamed(text, limit) : [];
  return [...slashed, ...addressesAfter(text, Math.max(1, limit - slashed.length), endsWithRecipientPhrase)];
}

/** "(Originally addressed to a@b)": the address the sender wrote, beside the mailbox it was expanded to. */
const ORIGINALLY_ADDRESSED = /\boriginally addressed to[\s:<"']*$/i;

/**
 * The addresses a bounce says the message was originally addressed to, in order: the recipients of a
 * notice that names the expanded mailbox only by a local name ("Your message has encountered delivery
 * problems to local user dag.h. (Originally addressed to dag@example.net)").
 */
export function originallyAddressed(text: string, limit = 20): string[] {
  if (!text.includes("riginally addressed")) return [];
  return addressesAfter(text, limit, (before) => ORIGINALLY_ADDRESSED.test(before));
}

/**
 * What a sentence says right after an address whose delivery failed: "a@b does not exist", "(a@b) is
 * full", "Message to a@b failed", "Recipient a@b rejected", "The address a@b is no longer valid", "The
 * following message to <a@b> was undeliverable".
 */
const FAILURE_PREDICATE =
  /^[>)"']?[,:]?\s+(?:(?:does not|doesn't) exist|(?:is|was) (?:not|no longer) (?:a )?(?:valid|known|available)\b|(?:is|was) (?:full|over (?:its |the )?quota|unknown|invalid|disabled|inactive|suspended|closed|deactivated)\b|(?:has )?failed\b|(?:was |has been )?rejected\b|(?:could not|couldn't|cannot|can't) be delivered\b|(?:was |has )?not (?:yet )?(?:been )?delivered\b|(?:has )?expired\b|(?:was |is )?undeliverable\b|unknown\b)/i;

/**
 * Words before an address that make it the sender's or a contact's, or the sentence a condition
 * ("If the address help@… is unknown to you"), whatever follows it; a "to" after them ("Message from
 * <sender> to a@b failed") turns to the recipient again.
 */
const NOT_RECIPIENT_BEFORE =
  /\b(?:sender|from|reply|return|author|originator|envelope|your (?:e-?mail )?address|contact|if|unless|whether)\b/gi;

function beforeNamesNoRecipient(before: string): boolean {
  let last = -1;
  NOT_RECIPIENT_BEFORE.lastIndex = 0;
  for (let m = NOT_RECIPIENT_BEFORE.exec(before); m; m = NOT_RECIPIENT_BEFORE.exec(before)) last = m.index;
  return last >= 0 && !/\bto\b/i.test(before.slice(last));
}

/** Words that introduce a Message-ID: "Your message <id>", "Message-ID: <id>", "(queued as <id>)". */
const MESSAGE_ID_BEFORE = /(?:message|message-id|msg-?id|\bid|queued as|references|in-reply-to)[:=]?$/i;

/**
 * The text before an address ends by introducing a Message-ID, which is written like an address in
 * angle brackets ("Your message <20250421.GA31@host> was rejected").
 */
export function introducesMessageId(before: string): boolean {
  const t = before.slice(-40).trimEnd();
  return t.endsWith("<") && MESSAGE_ID_BEFORE.test(t.slice(0, -1).trimEnd());
}

/**
 * The words after an address open a sentence of their own, capitalised as one: "IT Support
 * (support@…) Failed deliveries are kept for 5 days" says nothing of support@…; "a@b failed", "a@b:
 * REJECTED" state its outcome.
 */
function opensNewSentence(after: string): boolean {
  return /^[>)"']?[,:]?\s+[A-Z][a-z]/.test(after);
}

/**
 * Addresses a sentence states the failure of right after naming them ("The user a@b does not exist",
 * "Message to a@b failed: …"), in order, at most `limit`; none the text before names as a sender.
 */
export function failedInSentence(text: string, limit = 20): string[] {
  const found: string[] = [];
  for (const hit of scanAddresses(text, 200)) {
    const after = text.slice(hit.end, hit.end + 60);
    if (!FAILURE_PREDICATE.test(after) || opensNewSentence(after)) continue;
    const before = lineBefore(text, hit.start, 80);
    if (beforeNamesNoRecipient(before) || INSTRUCTION.test(withoutTrailingSeparators(before))) continue;
    if (introducesMessageId(before)) continue;
    found.push(hit.address);
    if (found.length >= limit) break;
  }
  return found;
}

/** A recipient phrase (English or localised, no instruction) on a line that says the message was delivered. */
function namesDeliveredRecipient(before: string, line: string): boolean {
  if (!statesDelivery(line)) return false;
  const phrase = withoutTrailingSeparators(before);
  const recipientPhrase =
    RECIPIENT_PHRASE.test(phrase) || endsWithLocalizedRecipientPhrase(phrase) || endsWithLocalizedDeliveredTo(phrase);
  return recipientPhrase && !INSTRUCTION.test(phrase);
}

/**
 * Addresses a sentence says the message was delivered to ("Your message to a@b has been delivered."):
 * a receipt's recipients, in order.
 */
export function deliveredInSentence(text: string, limit = 20): string[] {
  return addressesAfter(text, limit, namesDeliveredRecipient);
}

/** What may follow the address of a line that heads its recipient's reason: closing marks, or a short "failed". */
const HEADED_ENDING = /^[\s'">.:)]*(?:(?:failed|was rejected|could not be delivered|was not delivered)\b[\s.:]*)?$/i;

/**
 * The address a line names after a recipient phrase when only closing quotes or punctuation follow
 * it ("Failed to deliver to '<a@b>'"), or a short "failed" ("Delivery to the address a@b failed."):
 * the line heads that recipient's reason, like a list entry.
 */
export function sentenceHeadedAddress(line: string): string | undefined {
  const hits = scanAddresses(line, 4);
  const last = hits[hits.length - 1];
  if (!last || !HEADED_ENDING.test(line.slice(last.end))) return undefined;
  const before = line.slice(Math.max(0, last.start - 80), last.start);
  return endsWithRecipientPhrase(before, line) ? last.address : undefined;
}
