/**
 * diagnose: one recipient's facts → a Diagnosis (cause, Sisimai reason, who must act, evidence,
 * names, actions). Causes are data (causes/*.ts, ordered in catalogue.ts); match.ts picks one.
 */
import type { Action, DeliveryReport, Diagnosis, Evidence, RecipientFacts, RecipientSituation } from "../types.js";
import type { Cause, SisimaiReason } from "./model.js";
import { causeById, notAFailure, unknownCause } from "./catalogue.js";
import { effectiveStatuses, matchRules, normaliseReply, type RuleHit } from "./match.js";
import { extractNames } from "./names.js";
import { ActionFiller, nameValues, rememberFiller } from "./fill.js";
import { smtpStage, type SmtpStage } from "./stage.js";
import { refusedForNow, REPUTATION_REFUSALS, retryLaterOf } from "./retry-later.js";
import { rememberRemedy, remedyFor, type Remedy } from "./remedy.js";
import { TRY_LATER } from "./causes/generic.js";
import { nextHeadingAfter } from "../report/outcome-sections.js";

export type { Cause, SisimaiReason } from "./model.js";
export { catalogue, causeById, unknownCause } from "./catalogue.js";
export { rememberedRemedy, remedyFor, type Remedy, type SituationFact } from "./remedy.js";

const groupCauses = new Set([
  "EXO_GROUP_SENDER_NOT_ALLOWED",
  "EXO_GROUP_REJECTS_EXTERNAL",
  "EXO_LARGE_GROUP_NEEDS_RESTRICTION",
  "MODERATION_REJECTED_OR_EXPIRED",
  "LIST_POST_HELD_FOR_MODERATION",
  "MAILING_LIST_POST_DENIED",
]);

/** Verdicts on an address or its domain, which a MAIL FROM refusal makes verdicts on the sender's. */
const recipientCodeCauses = new Set([
  "RECIPIENT_UNKNOWN",
  "RECIPIENT_FILTERED",
  "ACCOUNT_DISABLED_OR_INACTIVE",
  "DOMAIN_NOT_FOUND",
]);

/** Causes that only say "refused"; the SMTP step tells whether the host or the sender address was judged. */
const vagueCauses = new Set(["CONNECTION_REFUSED_BY_HOST", "POLICY_UNSPECIFIED_5_7_X", "UNKNOWN"]);

function confidenceOf(hit: RuleHit | undefined): number {
  if (!hit) return 0.1;
  if (hit.where === "status") return hit.tier === 9 ? 0.5 : 0.85;
  if (hit.tier <= 5) return 0.95;
  return hit.tier <= 7 ? 0.85 : 0.6;
}

/** Sisimai's reason, refined by facts the cause alone does not carry. */
const directoryLookupWording =
  /Unknown Recipient|mailbox unavailable|RecipNotFound|address couldn.t be found|Invalid recipient|possibly incorrect|check if (?:the )?address is correct|Invalid final delivery userid|not listed in (?:the )?(?:Domino )?Directory|nicht im [a-z -]{0,20}(?:verzeichnis|directory) aufgef|ディレクトリ(?:に|で)は?(?:見つかりません|登録されていません)|not listed in public Name & Address Book|No valid recipients|^Unknown user: |mail\.local: unknown user/i;

/**
 * Replies whose shape tells the SMTP step. Yahoo's "delivery error: dd This user doesn't have a …
 * account" is its mailbox lookup, even when Yahoo gives it after DATA. A reply that names the refused
 * address as the subject ("550 <user@host>: User unknown") answers RCPT TO <user@host>. The same
 * words with the address left empty ("550 : User unknown") are what au/KDDI's receiving filter says
 * after DATA, also when an Exchange relay in between rewrote the status to 5.1.x.
 */
const mailboxLookupReply = /delivery error: dd This user doesn.t have|>:? User unknown/i;
const emptyAddressUserUnknown = /\d:? : User unknown/i;

function refineReason(
  reason: SisimaiReason,
  hit: RuleHit | undefined,
  stage: SmtpStage | undefined,
  statuses: string[],
  reply: string,
): SisimaiReason {
  const addressStatus = statuses.some((s) => /^[45]\.1\./.test(s));
  const id = hit?.cause.id ?? "UNKNOWN";
  if (id === "RECIPIENT_UNKNOWN" && emptyAddressUserUnknown.test(reply)) return "filtered";
  if (id === "RECIPIENT_UNKNOWN" && mailboxLookupReply.test(reply)) return "userunknown";
  // An address refused only after the message body was sent was accepted at RCPT: a filter refused it.
  // Sisimai's convention, kept so our reasons compare: "user unknown" counts as an address lookup
  // only under an address status (x.1.x) or when refused at RCPT TO; otherwise (after DATA, under a
  // mailbox status, or with no code at all) a recipient-side filter may have said it — "filtered".
  // Wordings that name a failed directory lookup (Exchange, Outlook.com, Gmail) answer at RCPT TO.
  const directoryLookup = () =>
    directoryLookupWording.test(hit?.span?.text ?? "") || directoryLookupWording.test(reply);
  if (
    reason === "userunknown" &&
    id === "RECIPIENT_UNKNOWN" &&
    !addressStatus &&
    stage !== "rcpt" &&
    !directoryLookup()
  )
    return "filtered";
  if (vagueCauses.has(id)) {
    if (stage === "mail") return "rejected";
    if (stage === "connect" || stage === "helo") return "blocked";
  }
  return reason;
}

function evidenceFor(
  hit: RuleHit | undefined,
  rawReply: string,
  facts: RecipientFacts,
  body: string,
  statuses: string[],
): Evidence | undefined {
  const reply = normaliseReply(rawReply);
  if (hit?.span && hit.where === "reply") return { text: hit.span.text, line: reply, start: hit.span.index };
  if (hit?.span && hit.where === "body") {
    const lineStart = body.lastIndexOf("\n", hit.span.index) + 1;
    const lineEnd = body.indexOf("\n", hit.span.index);
    const line = body.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    return { text: hit.span.text, line, start: hit.span.index - lineStart };
  }
  const code = statuses[0] ?? facts.status;
  if (code) {
    const at = reply.indexOf(code);
    if (at >= 0) return { text: code, line: reply, start: at };
    const statusLine = `Status: ${code}`;
    return { text: code, line: statusLine, start: statusLine.length - code.length };
  }
  return reply ? { text: reply, line: reply, start: 0 } : undefined;
}

/** The display name an NDR shows beside the address ("Kundeservice (kundeservice@…)"), else the local part. */
function publicFolderName(report: DeliveryReport, facts: RecipientFacts): string | undefined {
  const body = report.message?.text ?? "";
  const at = body.toLowerCase().indexOf(facts.address.toLowerCase());
  if (at > 1 && (body[at - 1] === "(" || body[at - 1] === "<")) {
    const lineStart = body.lastIndexOf("\n", at) + 1;
    const display = body.slice(lineStart, at - 1).trim();
    if (display && display.length <= 80 && !display.includes("@")) return display;
  }
  return facts.address.split("@")[0] || undefined;
}

function actionsOf(guidance: Cause["guidance"], filler: ActionFiller): Action[] {
  const seen = new Set<string>();
  const actions: Action[] = [];
  for (const audience of ["sender", "owner", "admin"] as const) {
    for (const step of guidance[audience]) {
      const action = step.action && filler.action(step.action);
      if (!action) continue;
      const key = `${action.kind}|${action.value ?? ""}|${action.url ?? ""}|${action.host ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(action);
    }
  }
  return actions;
}

/**
 * `situation` (from situate/) decides who must act and what to offer; without it the cause's own
 * answer stands, as read from the report alone.
 */
export function diagnose(report: DeliveryReport, facts: RecipientFacts, situation?: RecipientSituation): Diagnosis {
  try {
    return diagnoseUnsafe(report, facts, situation);
  } catch (error) {
    // Bad input never throws out of the core: say we could not tell.
    return {
      causeId: unknownCause.id,
      reason: "undefined",
      fixOwner: unknownCause.fixOwner,
      permanent: facts?.action === "failed",
      retryLater: false,
      confidence: 0,
      names: { groups: [], recipient: facts?.address },
      actions: [],
      sourceUrl: unknownCause.source,
      evidence: { text: String(error), line: String(error), start: 0 },
    };
  }
}

/** Where the human part quotes the original message, the NDR's own words end. */
const quoteMarkers = [
  "original message",
  "below this line",
  "this is a copy",
  "message headers follow",
  "\nreceived: ",
];

/** The NDR's own words in its body, found once per report. */
function ownWordsOf(context: ReportContext): string {
  return (context.ownWords ??= context.body.slice(0, endOfOwnWords(context.body, context.lowerBody)));
}

function endOfOwnWords(body: string, lower: string): number {
  let cut = -1;
  for (const marker of quoteMarkers) {
    let at = lower.indexOf(marker);
    // Sendmail opens with "The original message was received at …": a date line, not the quote
    while (at >= 0 && lower.startsWith("original message was received", at))
      at = lower.indexOf(marker, at + marker.length);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut < 0 ? body.length : body.lastIndexOf("\n", cut) + 1 || cut;
}

/**
 * Where the NDR's words about an address begin: the start of the address's line ("User's mailbox is
 * full: <addr>"), or the line above when the address stands alone on its line (Lotus Notes puts the
 * reason above the address, X3 its "aborted after 5 hours:" heading).
 */
function reasonLineStart(text: string, at: number, length: number): number {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at + length);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const rest = line.slice(0, at - lineStart) + line.slice(at - lineStart + length);
  if (/[A-Za-z0-9\u0080-\uffff]/.test(rest)) return lineStart;
  // the nearest line above with words in it
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end > 0 ? text.lastIndexOf("\n", end - 1) + 1 : lineStart;
}

/**
 * When no reply was isolated for the recipient, the NDR's own words near the address (or at the top
 * of a single-recipient report) are the best evidence there is.
 */
function replyFromBody(report: DeliveryReport, facts: RecipientFacts, context: ReportContext): string {
  const own = ownWordsOf(context);
  const lowerOwn = context.lowerBody.slice(0, own.length);
  const at = facts.address ? lowerOwn.indexOf(facts.address.toLowerCase()) : -1;
  if (at >= 0) {
    // up to the next section's heading ("Delivery to the following recipients has been delayed."): its words are not this one's
    const nextSection = nextHeadingAfter(lowerOwn, at + facts.address.length);
    return own
      .slice(
        reasonLineStart(own, at, facts.address.length),
        nextSection < 0 ? at + 600 : Math.min(at + 600, nextSection),
      )
      .replace(/\s+/g, " ")
      .trim();
  }
  return report.recipients.length === 1 ? openingWords(own) : "";
}

/** The top of the NDR's own text (a single-recipient report often says why before naming anyone). */
function openingWords(own: string): string {
  return own.slice(0, 1500).replace(/\s+/g, " ").trim();
}

/** The NDR's own words sit at the top; a quoted original with large attachments need not be scanned. */
const BODY_SCAN_LIMIT = 32 * 1024;

/**
 * What every recipient of one report shares, computed once: an NDR to hundreds of recipients
 * usually repeats the same reply, so matching is remembered per distinct reply and codes.
 */
interface ReportContext {
  body: string;
  lowerBody: string;
  /** the NDR's own words, up to where it quotes the original (ownWordsOf) */
  ownWords?: string;
  /** per distinct (reply, status, reply code): the codes that apply and the rule that matched */
  matches: Map<string, { statuses: string[]; hit: RuleHit | undefined; evidence?: Evidence; normalised?: string }>;
}
const contexts = new WeakMap<DeliveryReport, ReportContext>();

function contextOf(report: DeliveryReport): ReportContext {
  let context = contexts.get(report);
  if (!context) {
    const body = (report.message?.text ?? "").slice(0, BODY_SCAN_LIMIT);
    context = { body, lowerBody: body.toLowerCase(), matches: new Map() };
    contexts.set(report, context);
  }
  return context;
}

/**
 * Amazon SES words a remote refusal as "<its own status> - <its own category> 550-'<remote reply>'
 * (delivery attempts: N)". Its status and category ("Unknown address error") are a guess made from
 * the reply code; the quoted remote reply says what happened, so that is what is matched.
 */
const sesWrapper = /^\d\.\d{1,3}\.\d{1,3} - [A-Za-z ]{1,60} ([245]\d\d)[- ]'([^']{1,2000})'/;

function unwrapSes(reply: string): string | undefined {
  const text = reply.trim();
  if (text[1] !== ".") return undefined; // not "<digit>." at the start: most replies
  const m = sesWrapper.exec(text);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/**
 * Sendmail and Postfix write "Diagnostic-Code: X-Unix; <exit status>" when a local delivery program
 * (procmail, a pipe to a script) failed. With nothing but the exit status (or "temporary failure"),
 * the delivery program is the cause; sysexits' 77 (EX_NOPERM) is a permission fault of the system.
 */
const unixDiagnosticType = /Diagnostic-Code:[ \t]*x-unix;/i;
const bareExitStatus = /^(?:\d{1,3}|temporary failure)$/i;

function localProgramCause(report: DeliveryReport, reply: string): Cause | undefined {
  const text = reply.trim();
  if (!bareExitStatus.test(text)) return undefined;
  const dsn = report.message?.parts?.some(
    (part) => part.contentType === "message/delivery-status" && unixDiagnosticType.test(part.text ?? ""),
  );
  if (!dsn) return undefined;
  return causeById(text === "77" ? "RECEIVING_SYSTEM_ERROR" : "LOCAL_DELIVERY_PROGRAM_FAILED");
}

/**
 * A "reply" that is only a heading of the NDR's text ("because:", "For the following reason:",
 * "----- Transcript of session follows -----") carries no reason; the text after it does.
 */
function isLabelOnly(diagnostic: string): boolean {
  const text = diagnostic.trim();
  if (text.length >= 80 || /^[245]\d\d\b/.test(text)) return false;
  return text.endsWith(":") || (text.startsWith("---") && text.endsWith("---"));
}

/**
 * Sendmail's "<user@host>... Remote protocol error" only says the session broke; the server's own
 * words are the "<<< " answer just above it in the transcript.
 */
function transcriptAnswer(context: ReportContext, address: string): string | undefined {
  const at = context.lowerBody.indexOf(`${address.toLowerCase()}>... remote protocol error`);
  if (at < 0) return undefined;
  const before = context.body.slice(Math.max(0, at - 600), at);
  const answer = before.lastIndexOf("<<< ");
  if (answer < 0) return undefined;
  const end = before.indexOf("\n", answer);
  return before.slice(answer + 4, end < 0 ? undefined : end).trim() || undefined;
}

const docomoHost = /(?:^|\.)docomo\.ne\.jp\.?$/i;

/** Exim's words when no router took an address: for a local domain an unknown user, else an unknown domain. */
const unrouteable = /unrout(?:e)?able address/i;

/**
 * Whether a host of the recipient's own domain said it (the remote server that replied, or the server
 * that wrote the report): the domain then exists in DNS, whatever the words say of it.
 */
function saidWithinRecipientDomain(report: DeliveryReport, facts: RecipientFacts): boolean {
  const domain = facts.address.slice(facts.address.lastIndexOf("@") + 1).toLowerCase();
  if (!domain || !domain.includes(".")) return false;
  const within = (host: string | undefined) => {
    const name = (host ?? "").toLowerCase().replace(/\.$/, "");
    return name.endsWith(`.${domain}`);
  };
  return within(facts.remoteMta) || within(report.reportingMta);
}

const unsubscribeRequest = /sent this (?:e-?mail|message) to unsubscribe/i;

/** An auto-reply that says the address is no longer in use is a failure to reach that person. */
const deadMailboxAutoReply = /no longer (?:in use|active|valid|monitored)/i;

/**
 * A delay the sending server names as not getting through to the next server: no answer, a time-out,
 * a connection refused, lost or never made (RFC 3463's X.4.x network statuses, apart from X.4.7,
 * "delivery time expired", which Exchange also gives its delay notices).
 */
const connectionTrouble =
  /timed? ?out|not reachable|unreachable|no answer|(?:unable|failed|could ?not|can'?t|cannot) (?:to )?connect|requests to connect|connection (?:refused|reset|dropped|lost|closed)|lost connection|error communicating|(?:not|did not|didn't) respond/i;
/** The same in the languages delay notices are written in: "non risponde", "reageert niet", "svarer ikke", … */
const connectionTroubleTranslated =
  /zeitüberschreitung|antwortet nicht|nicht erreichbar|keine verbindung|verbindung (?:abgelehnt|verweigert|unterbrochen)|ne répond pas|délai d.attente|connexion (?:refusée|perdue|interrompue)|impossible de (?:se )?connecter|injoignable|no responde|tiempo de espera|conexión rechazada|no se pudo conectar|non risponde|connessione (?:rifiutata|scaduta|interrotta)|impossibile connettersi|non raggiungibile|reageert niet|verbinding (?:geweigerd|verbroken)|geen verbinding|niet bereikbaar|time-?out|não responde|conexão recusada|svarer ikke|svarar inte|tidsavbrudd|tidsgrænse|kunne ikke (?:koble til|oprette forbindelse)|kunde inte ansluta|ikke tilgjengelig|inte nåbar/i;
const networkStatus = /^4\.4\.[0-6]$/;

/**
 * What holds up a recipient still being tried, where the reply or status would otherwise have read as an
 * expiry: the network when the reply, the status or the notice's own words say it could not get
 * through, else nothing we can name.
 */
function whatHoldsItUp(
  hit: RuleHit | undefined,
  reply: string,
  statuses: readonly string[],
  context: ReportContext,
): RuleHit | undefined {
  // the notice's own words may say it beside a reply that does not ("Technical details of temporary failure")
  const ownWords = () => ownWordsOf(context).slice(0, 4000);
  const namesTrouble = (text: string) => connectionTrouble.test(text) || connectionTroubleTranslated.test(text);
  const saysSo = namesTrouble(reply) || networkStatus.test(statuses[0] ?? "") || namesTrouble(ownWords());
  if (!saysSo) return undefined;
  if (hit?.cause.id === "NETWORK_PROBLEM") return hit;
  const network = causeById("NETWORK_PROBLEM")!;
  return { cause: network, rule: network.match[0]!, tier: 9, reason: network.reason, where: "status" };
}

/**
 * A reply that says nothing but to try again later ("421 Try again later") is the receiving server
 * turning the message away for now. Sisimai gives such a reply no reason of its own, which is kept.
 */
function passingRefusal(reply: string, statuses: readonly string[]): RuleHit | undefined {
  const m = TRY_LATER.exec(normaliseReply(reply));
  const cause = m && causeById("RECEIVING_SYSTEM_UNAVAILABLE");
  if (!m || !cause) return undefined;
  const reason = statuses.length ? "onhold" : "undefined";
  return { cause, rule: cause.match[0]!, tier: 9, reason, where: "reply", span: { text: m[0], index: m.index } };
}

/** Codes a sending server gives up with when time ran out. */
const expiryCodes = new Set(["4.0.0", "4.4.0", "4.4.1", "4.4.7"]);

const nonFailureIds = new Map<string, string>(Object.entries(notAFailure));

function diagnoseUnsafe(report: DeliveryReport, facts: RecipientFacts, situation?: RecipientSituation): Diagnosis {
  const context = contextOf(report);
  const body = context.body;
  const given =
    facts.diagnostic?.trim() && !isLabelOnly(facts.diagnostic)
      ? facts.diagnostic
      : replyFromBody(report, facts, context);
  const remoteReply =
    unwrapSes(given) ??
    (given.includes("Remote protocol error") ? transcriptAnswer(context, facts.address) : undefined);
  const reply = remoteReply ?? given;
  const nonFailure = nonFailureIds.get(report.kind);
  // only a report to several recipients can ask again
  const key =
    report.recipients.length > 1 ? `${reply}\u0000${facts.status ?? ""}\u0000${facts.replyCode ?? ""}` : undefined;
  let matched = key === undefined ? undefined : context.matches.get(key);
  // inside an SES wrapper the remote reply's own code counts, not SES's guess
  const remoteStatuses = remoteReply ? effectiveStatuses(undefined, remoteReply) : [];
  const statuses =
    matched?.statuses ?? (remoteStatuses.length ? remoteStatuses : effectiveStatuses(facts.status, reply));

  let hit: RuleHit | undefined;
  let cause: Cause;
  let reason: SisimaiReason;
  // an auto-reply is not a failure, unless it says the mailbox is gone (matched as a failure below)
  let deadMailbox: RuleHit | undefined;
  if (report.kind === "auto-reply" && deadMailboxAutoReply.test(reply)) {
    const found = matchRules({ reply, body: "", statuses: [] });
    if (found && ["ACCOUNT_DISABLED_OR_INACTIVE", "MAILBOX_MOVED"].includes(found.cause.id)) deadMailbox = found;
  }
  if (
    !deadMailbox &&
    (nonFailure || facts.action === "delivered" || facts.action === "relayed" || facts.action === "expanded")
  ) {
    cause = unknownCause;
    // a mail client's one-click unsubscribe (Apple Mail) is an opt-out request, not an absence notice
    const optOut = report.kind === "auto-reply" && unsubscribeRequest.test(reply);
    reason =
      report.kind === "feedback" || optOut ? "feedback" : report.kind === "auto-reply" ? "vacation" : "delivered";
    const id = optOut ? notAFailure.feedback : (nonFailure ?? "DELIVERED");
    const names = extractNames(report, facts, false);
    return {
      causeId: id,
      reason,
      fixOwner: "sender",
      permanent: false,
      retryLater: false,
      confidence: 0.9,
      evidence: evidenceFor(undefined, reply, facts, body, statuses),
      names: names.names,
      actions: [],
    };
  }

  if (!matched) {
    matched = {
      statuses,
      hit:
        deadMailbox ?? matchRules({ reply, body, lowerBody: context.lowerBody, statuses, replyCode: facts.replyCode }),
    };
    if (key !== undefined) context.matches.set(key, matched);
  }
  hit = matched.hit;
  // Nothing near the address said why: a single-recipient report may have said it at the top.
  if (!hit && !facts.diagnostic?.trim() && report.recipients.length === 1) {
    const opening = openingWords(ownWordsOf(context));
    if (opening && opening !== reply)
      hit = matchRules({ reply: opening, body: "", statuses, replyCode: facts.replyCode });
  }
  const program = (!hit || hit.where === "status") && localProgramCause(report, reply);
  if (program) hit = { cause: program, rule: program.match[0] ?? {}, tier: 9, reason: program.reason, where: "status" };
  // A delivery that failed with only transient (4.x) codes ran out of time; the code class alone says so.
  const timedOut = hit?.cause.id === "NETWORK_PROBLEM" && /timed? ?out|not reachable/i.test(reply);
  const weak = !hit || hit.tier === 9 || timedOut;
  const expiryCode = statuses.length === 0 || expiryCodes.has(statuses[0]!);
  const onlyTransient = statuses.length === 0 ? facts.action === "delayed" || timedOut : statuses[0].startsWith("4.");
  // A server's own "temporary failure" (and nothing more) given as final is undecided, not an expiry.
  const bareTemporaryFailure = !hit && /^[45]\d\d [45]\.\d{1,3}\.\d{1,3} Temporary failure\.?$/i.test(reply.trim());
  const ranOutOfTime =
    weak && expiryCode && onlyTransient && !bareTemporaryFailure && !hit?.cause.id.startsWith("EXO_");
  // Expiry is for a notice that gave up: for a recipient still being tried nothing has expired yet.
  const stillTried = facts.action === "delayed";
  const delayNotice = stillTried && (ranOutOfTime || hit?.cause.id === "DELIVERY_EXPIRED");
  if (delayNotice) hit = whatHoldsItUp(hit, reply, statuses, context);
  else if (ranOutOfTime) {
    const expired = causeById("DELIVERY_EXPIRED");
    if (expired) hit = { cause: expired, rule: expired.match[0], tier: 9, reason: "expired", where: "status" };
  }
  if (!hit) hit = passingRefusal(reply, statuses);
  // The SMTP step changes only address verdicts and causes that only say "refused" (below and in
  // refineReason): for any other cause it is not looked for.
  const decidedId = hit?.cause.id ?? "UNKNOWN";
  const stage =
    recipientCodeCauses.has(decidedId) || vagueCauses.has(decidedId)
      ? smtpStage(reply, body, facts.address, context.lowerBody)
      : undefined;
  // Refused at MAIL FROM, before any recipient was named: an address verdict there is about the sender.
  if (stage === "mail" && hit && recipientCodeCauses.has(hit.cause.id)) {
    const sender = causeById("SENDER_ADDRESS_REJECTED");
    if (sender) hit = { cause: sender, rule: sender.match[0], tier: 9, reason: sender.reason, where: "status" };
  }
  // NTT docomo refuses unknown addresses at RCPT TO; its "550 Unknown user" after DATA is the
  // recipient's reception settings refusing this sender (its domain or address).
  if (stage === "data" && hit?.cause.id === "RECIPIENT_UNKNOWN" && docomoHost.test(facts.remoteMta ?? "")) {
    const filtered = causeById("RECIPIENT_FILTERED");
    if (filtered) hit = { ...hit, cause: filtered, reason: "rejected" };
  }
  // "Unrouteable address" from a server of the recipient's own domain: the domain exists, the address does not
  if (
    hit?.cause.id === "DOMAIN_NOT_FOUND" &&
    unrouteable.test(hit.span?.text ?? reply) &&
    saidWithinRecipientDomain(report, facts)
  ) {
    const unknown = causeById("RECIPIENT_UNKNOWN");
    if (unknown) hit = { ...hit, cause: unknown, reason: unknown.reason };
  }
  cause = hit?.cause ?? unknownCause;
  reason = refineReason(
    hit?.reason ?? (statuses.length ? "onhold" : "undefined"),
    hit,
    stage,
    statuses,
    (matched.normalised ??= normaliseReply(reply)),
  );
  // Sisimai files a delay notice that names no more specific reason under "expired": kept, so reasons compare.
  if (delayNotice) reason = "expired";

  const found = extractNames(report, facts, groupCauses.has(cause.id), context.lowerBody);
  if (cause.id === "EXO_PUBLICFOLDER_REJECTS_EXTERNAL") found.names.publicFolder = publicFolderName(report, facts);
  const filler = new ActionFiller(nameValues(found.names, { blocklistUrl: found.blocklistUrl, situation }));
  const remedy: Remedy = remedyFor(
    cause,
    situation,
    reply,
    REPUTATION_REFUSALS.has(cause.id) && refusedForNow(facts, statuses, reply),
  );

  const diagnosis: Diagnosis = {
    causeId: cause.id,
    reason,
    fixOwner: remedy.fixOwner,
    // the sending server's decision, not the cause's: it gave up on a failed recipient and retries a delayed one
    permanent: facts.action === "failed",
    retryLater: retryLaterOf(facts, cause, hit, statuses, reply),
    confidence: confidenceOf(hit),
    evidence: (matched.evidence ??= evidenceFor(hit, reply, facts, body, statuses)),
    names: found.names,
    actions: actionsOf(remedy.guidance, filler),
    sourceUrl: cause.source,
  };
  if (situation) diagnosis.situation = situation;
  rememberRemedy(diagnosis, remedy);
  rememberFiller(diagnosis, filler);
  return diagnosis;
}
