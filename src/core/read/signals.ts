/**
 * Cheap tests for "is this message itself a bounce/report?", used to decide whether to look
 * inside it for a forwarded NDR. The report stage does the real reading; these only steer.
 */
import type { HeaderField, ParsedMessage } from "../types.js";
import { scanAddresses } from "./address-scan.js";
import { headerValue } from "./header-fields.js";
import { containsAnyOf } from "./phrases.js";

const REPORT_PART_TYPES = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "message/feedback-report",
]);

/** Local parts that bounce generators send from (checked against each address of From). */
const DAEMON_LOCAL_PART =
  /^(?:mailer-daemon|post_?master|mail-?delivery(?:-?subsystem|-?system)?|microsoftexchange[0-9a-f]{0,40}|mdaemon|mmdf|mail_administrator|bounces?)$/i;

function fromDaemon(from: string): boolean {
  for (const found of scanAddresses(from, 5)) {
    const local = found.address.slice(0, found.address.lastIndexOf("@"));
    if (DAEMON_LOCAL_PART.test(local)) return true;
  }
  // "MAILER-DAEMON" with no domain, or a display name saying so
  const lower = from.toLowerCase();
  return (
    lower.includes("mailer-daemon") ||
    lower.includes("mail delivery subsystem") ||
    lower.includes("mail delivery system")
  );
}

/**
 * Subjects that bounce generators use (English and the localized Exchange forms, the Nordic hosts'
 * own: "Returnert e-post", "Meldingen ble ikke levert", "Levering forsinket", "Ikke levert:", and the
 * pl, cs, ru, ja, zh, tr, fi, hu, ko, es, fr, nl, pt forms of "Undeliverable" / "Not delivered").
 */
const BOUNCE_SUBJECT =
  /^(?:undeliverable|undelivered mail|unzustellbar|non remis|non_remis|onbestelbaar|no se puede entregar|kan ikke leveres|kunne ikke leveres|ej levererbart|kan inte levereras|kan ikkje leverast|ikke levert:|returnert (?:e-post|melding)|returneret (?:post|mail|meddelelse)|returnerat (?:meddelande|e-post)|(?:meldingen|meldinga|meddelelsen|beskeden|meddelandet|e-posten)(?: din| di)? (?:ble|vart|blev|kunne|kunde|kan) (?:ikke|ikkje|inte) (?:levert|leveres|leverast|leveret|levereras|levererats)|levering (?:mislyktes|forsinket|mislykkedes)|leveringsfeil|leverans(?:en)? (?:misslyckades|försenad)|fejl ved levering|returned mail|mail delivery failed|delivery status notification|failure notice|delivery failure|mail delivery failure|message delivery failure|delivery has failed|warning: could not send|delayed mail|delivery delayed|nondeliverable|failed mail|(?:message|mail) not delivered|(?:your )?(?:message|mail) could not be delivered|undelivered message|non-?delivery (?:report|notification|of)|delivery (?:failed|problem)|mail delivery problem|permanent delivery failure|mail system error|bounced mail|nicht zustellbar|non recapitabile|olevererbart|n[ãa]o entregue|notification d'[ée]tat de la remise|delivery notification: delivery has|postmaster notify|error sending message|(?:message|mail) returned to sender|(?:message|mail) bounced|notice of delivery failure|(?:your )?message was not delivered|niedostarczaln|nie można dostarczyć|nedoručiteln|nedoručen|недоставленн|(?:сообщение )?не доставлен|配信不能|配信エラー|无法投递|退信|系统退信|teslim edilemedi|ei voitu toimittaa|toimitus epäonnistui|kézbesíthetetlen|배달되지 않음|배달 실패|mensaje no entregado|échec de la remise|niet afgeleverd|mensagem não entregue)/i;

/** A Subject a bounce generator writes ("Undeliverable: …", "Unzustellbar: …", "failure notice"). */
export function isBounceSubject(subject: string): boolean {
  return BOUNCE_SUBJECT.test(subject.trim());
}

/** A forward prefix in the subject (Outlook and Gmail, several languages). */
export const FORWARD_SUBJECT = /^\s*(?:fw|fwd|vs|wg|tr|rv|doorst|vb|vs)\s*:/i;

const BODY_MARKERS = [
  "delivery has failed to these recipients",
  "diagnostic information for administrators",
  "couldn't be delivered",
  "could not be delivered",
  "remote server returned",
  "this is the mail system at host",
  "permanent fatal errors",
  "qmail-send program",
  "resolver.adr.",
  "resolver.rst.",
  "reporting-mta:",
  "final-recipient:",
  "the following address(es) failed",
  // list headings over failed recipients ("The following recipients failed:", "Failed addresses follow:")
  "following addresses failed",
  "following recipients failed",
  "following recipient(s) failed",
  "failed addresses follow",
  "delivery to the following recipient",
  "wasn't able to deliver your message",
  "was not delivered to",
  "generating server:",
  "genererende server:",
  "generierender server:",
  "serveur de génération",
  "undeliverable",
  "kan ikke leveres",
  "unzustellbar",
  "message you sent could not be delivered",
  "smtp error from remote",
  "the response from the remote server",
  "unable to deliver",
  "has not been delivered",
  "not be delivered",
  "failed permanently",
  "message not delivered",
  "undelivered mail",
  // the Nordic templates' own ("Meldingen din kunne ikke leveres til …", "Følgende adresse(r) feilet:")
  "kunne ikke leveres til",
  "kunde inte levereras till",
  "følgende adresse(r) feilet",
  "følgende adresse(r) fejlede",
  "klarte ikke å levere",
  "leveringen til disse mottakerne",
  "diagnostisk informasjon for administratorer",
  // Sendmail's warnings and transcripts, which say neither "failed" nor "not delivered"
  "transcript of session follows",
  "this is a warning message only",
  "message still undelivered",
  "fatal delivery errors",
  // "could not be delivered" in the languages whose notices we read
  "konnte nicht zugestellt werden",
  "n'a pas pu être remis",
  "no se pudo entregar",
  "non è stato possibile recapitare",
  "impossibile recapitare",
  "impossible de remettre",
  "kon niet worden bezorgd",
  "kunne ikke leveres",
  "kunde inte levereras",
  "não foi possível entregar",
  "não pôde ser entregue",
  "no pudo ser entregado",
  "n'a pas pu être délivré",
  "kon niet worden afgeleverd",
  "nie można dostarczyć",
  "nebylo možné doručit",
  "не удалось доставить",
  "配信に失敗しました",
  "无法投递",
  "teslim edilemedi",
  "ei voitu toimittaa",
  "nem sikerült kézbesíteni",
  "배달하지 못했습니다",
];
const HAS_BODY_MARKER = containsAnyOf(BODY_MARKERS);
/**
 * A line that opens with a server's refusal or deferral and its RFC 3463 status ("550 5.1.1 <a@b>: user
 * unknown"): a notice may be that line alone. A person quoting one writes it inside a sentence.
 */
const SMTP_REPLY_LINE = /^[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/m;

/**
 * A recipient's RFC 3463 status where a mail system prints it: a "Status: 5.1.1" label opening a line, or
 * right after an address ("a@b    5.1.1 Mailbox does not exist", a notice's table). A person cites a
 * code inside a sentence.
 */
const STATUS_LINE = /^[ \t]*status[ \t]*:[ \t]*[45]\.\d{1,3}\.\d{1,3}\b|\w@[\w.-]+>?[ \t]+[45]\.\d{1,3}\.\d{1,3}\b/im;

/**
 * True when a line of the text opens with a server's refusal or deferral and its status (SMTP_REPLY_LINE),
 * or gives a recipient's status the way a mail system prints it (STATUS_LINE).
 */
export function hasSmtpReplyLine(text: string): boolean {
  return SMTP_REPLY_LINE.test(text) || STATUS_LINE.test(text);
}
/**
 * Words saying delivery failed or is delayed, too weak alone to make a mail a bounce ("Message bounced:
 * a@b", "Unknown user: a@b", a reply code in a sentence), and "could not be delivered" in the languages
 * whose markers looksLikeNdr has. Lower case.
 */
const SAYS_DELIVERY_FAILED = containsAnyOf([
  "reject",
  "bounce",
  "returned",
  "fail",
  "not delivered",
  "undeliver",
  "could not",
  "couldn't",
  "unable to",
  "no such",
  "no mailbox",
  "unknown",
  "does not exist",
  "doesn't exist",
  "mailbox full",
  "mailbox is full",
  "over quota",
  "unavailable",
  "not a valid",
  "delayed",
  "deferred",
  "retried",
  "could not be distributed",
  "not found",
]);

/** True when the lower-cased text has a word of SAYS_DELIVERY_FAILED. */
export function saysDeliveryFailed(lower: string): boolean {
  return SAYS_DELIVERY_FAILED(lower);
}

/**
 * Words saying a message failed or waits, as a notice about one writes them, beside looksLikeNdr's markers:
 * narrower than SAYS_DELIVERY_FAILED, whose "returned", "unavailable" or "unknown" an ordinary mail uses too.
 */
const STATES_DELIVERY_FAILURE = containsAnyOf([
  "reject",
  "bounce",
  "undeliver",
  "not delivered",
  "could not deliver",
  "couldn't deliver",
  "unable to deliver",
  "failed to deliver",
  "delivery failed",
  "delivery failure",
  "delivery has failed",
  "not be delivered",
  "could not be distributed",
  "no such user",
  "user unknown",
  "unknown user",
  "mailbox full",
  "mailbox is full",
  "over quota",
  "deferred",
  "will be retried",
  "retry timeout",
  "unrouteable",
  "unroutable",
  "host unknown",
  "unknown host",
  "mail loop",
  "too many hops",
  "message too large",
  "message size exceeds",
  "connection timed out",
  "connection refused",
  "quota exceeded",
  "relay access denied",
  "relaying denied",
  "mailbox unavailable",
  "mailbox not found",
  "address not found",
  "recipient address",
  "no such",
]);

/** A line that opens with a server's refusal or deferral code ("550 User unknown", "451-…"), status or not. */
const REPLY_CODE_LINE = /^[ \t]*[45]\d\d[ -]/m;

/**
 * Whether a text (lower case and as written) says a message failed or waits: looksLikeNdr's markers
 * ("could not be delivered", "Final-Recipient:"), a line opening with a server's reply code, or
 * STATES_DELIVERY_FAILURE's words.
 */
export function statesDeliveryFailure(lower: string, text: string): boolean {
  return (
    STATES_DELIVERY_FAILURE(lower) || writesAsABounce(lower) || hasSmtpReplyLine(text) || REPLY_CODE_LINE.test(text)
  );
}

/**
 * Whether a lower-cased text holds a bounce's own statement (looksLikeNdr's markers: "could not be
 * delivered", "kunde inte levereras", "Final-Recipient:"), also where it wraps across lines.
 */
export function writesAsABounce(lower: string): boolean {
  return HAS_BODY_MARKER(lower) || HAS_BODY_MARKER(lower.replace(/\s+/g, " "));
}

/** How much of the body looksLikeNdr searches for a marker. */
const BODY_SAMPLE_CHARS = 20000;

export function hasReportPart(message: ParsedMessage): boolean {
  return message.parts.some((part) => REPORT_PART_TYPES.has(part.contentType));
}

/**
 * An RFC 8098 disposition notification (a read receipt, "Not read:"), a report of its own and not a
 * part of one: it says what it is, whoever sends it.
 */
function isDispositionNotification(message: ParsedMessage): boolean {
  return (
    message.contentType === "multipart/report" &&
    message.parts.some((part) => part.contentType === "message/disposition-notification")
  );
}

/**
 * RFC 6522's container made for a delivery status report ("multipart/report; report-type=delivery-status",
 * or naming no type), even when its report part was lost: only a mail system makes one, and its words
 * say what failed (a damaged copy with no such words says nothing).
 */
function isDeliveryReportContainer(message: ParsedMessage): boolean {
  if (message.contentType !== "multipart/report") return false;
  const type = /report-type\s*=\s*"?([\w-]+)/i.exec(headerValue(message.headers, "content-type") ?? "")?.[1];
  if (type !== undefined && !/^(?:global-)?delivery-status$/i.test(type)) return false;
  const sample = message.text.slice(0, BODY_SAMPLE_CHARS);
  const lower = sample.toLowerCase();
  return saysDeliveryFailed(lower) || HAS_BODY_MARKER(lower) || hasSmtpReplyLine(sample);
}

/**
 * Whether how the message is made says it is a report (a report part, an NDR header field, a daemon
 * sender: true) or not one (a forward, a read notice: false); undefined when only its Subject can tell.
 */
function madeAsAReport(message: ParsedMessage): boolean | undefined {
  return madeAsAReportBeyondItsSender(message) ?? (fromDaemon(senderOf(message)) ? true : undefined);
}

/** What the message's make says of it before its sender is asked (madeAsAReport). */
function madeAsAReportBeyondItsSender(message: ParsedMessage): boolean | undefined {
  if (hasReportPart(message)) return true;
  if (headerValue(message.headers, "x-ms-exchange-message-is-ndr") !== undefined) return true;
  if (headerValue(message.headers, "x-failed-recipients") !== undefined) return true;
  if (FORWARD_SUBJECT.test(message.subject) || isDispositionNotification(message)) return false;
  if (isDeliveryReportContainer(message)) return true;
  return undefined;
}

function senderOf(message: ParsedMessage): string {
  return headerValue(message.headers, "from") ?? message.from;
}

/**
 * Only its sender's address (MAILER-DAEMON, postmaster@, an ESP's bounces@) presents the message as a
 * report: no report part, NDR header field, report container or bounce Subject. Email service providers
 * send newsletters from their bounces@ return path, and postmasters send announcements.
 */
export function onlyItsSenderPresentsItAsAReport(message: ParsedMessage): boolean {
  return (
    madeAsAReportBeyondItsSender(message) === undefined &&
    !BOUNCE_SUBJECT.test(message.subject.trim()) &&
    fromDaemon(senderOf(message))
  );
}

/**
 * What makes the message present itself as a bounce or report: how it is made ("made"), or only its
 * Subject, which a person may write in their own words ("Undeliverable message - what do I do?");
 * undefined when it does not (a forward of one included).
 */
export function presentsAsReport(message: ParsedMessage): "made" | "subject" | undefined {
  const made = madeAsAReport(message);
  if (made !== undefined) return made ? "made" : undefined;
  return BOUNCE_SUBJECT.test(message.subject.trim()) ? "subject" : undefined;
}

/** True when the message presents itself as a bounce or report (not a forward of one). */
export function isItselfAReport(message: ParsedMessage): boolean {
  return presentsAsReport(message) !== undefined;
}

/**
 * True when a header block (a message copied into another one's text) is a bounce's or a report's:
 * a daemon sender, a bounce Subject that is no forward, or a report's content type.
 */
export function headerBlockOfReport(fields: readonly HeaderField[]): boolean {
  const value = (name: string) => headerValue(fields, name) ?? "";
  if (/multipart\/report/i.test(value("content-type")) || value("x-failed-recipients") !== "") return true;
  const subject = value("subject").trim();
  return fromDaemon(value("from")) || (!FORWARD_SUBJECT.test(subject) && BOUNCE_SUBJECT.test(subject));
}

/**
 * True when the message, wherever it came from, reads like an NDR. `lowerText` is the lower-cased
 * text to look for a bounce's words in, when the caller has it (the report stage passes the message's
 * own words, without a copy it quotes); else the message's text.
 */
export function looksLikeNdr(message: ParsedMessage, lowerText?: string): boolean {
  if (isItselfAReport(message) || BOUNCE_SUBJECT.test(message.subject.replace(FORWARD_SUBJECT, "").trim())) return true;
  const sample =
    lowerText !== undefined
      ? lowerText.slice(0, BODY_SAMPLE_CHARS)
      : message.text.slice(0, BODY_SAMPLE_CHARS).toLowerCase();
  // A notice wrapped at its own width may break a marker across lines ("could not\nbe delivered").
  return HAS_BODY_MARKER(sample) || HAS_BODY_MARKER(sample.replace(/\s+/g, " ")) || hasSmtpReplyLine(sample);
}
