/**
 * extractReport: a parsed message → DeliveryReport. Runs the report-part decoders (RFC 3464,
 * ARF) and the body decoders (Exchange, vendors, generic MTA text), merges per recipient with
 * the report part trusted first, and fills the report-level facts. Never throws.
 */
import type { DeliveryReport, ParsedMessage, RecipientFacts, ReportKind } from "../types.js";
import { REPORT_TEXT_SCAN_CHARS } from "../limits.js";
import {
  isItselfAReport,
  onlyItsSenderPresentsItAsAReport,
  presentsAsReport,
  saysDeliveryFailed,
  statesDeliveryFailure,
} from "../read/signals.js";
import { RETURNED_MESSAGE_PARTS, returnsAMessageOfItsAddressee } from "./returned-copy.js";
import { recipientOfVerpPath, VERP_FORMAT } from "./verp.js";
import { withoutQuotedLines } from "../read/quoted-lines.js";
import { isListBounceNoticeToMember } from "../read/list-bounce-notice.js";
import { newMessage } from "../read/message.js";
import { isReadNotice, isReceiptText } from "./receipt.js";
import { buildContext, type DecodeContext } from "./context.js";
import { isChallenge } from "./challenge.js";
import { warnsOfOwnMailboxQuota } from "./mailbox-notice.js";
import { readHops } from "./hops.js";
import { detectLanguage } from "./language.js";
import { mergeRecipients } from "./merge.js";
import { withoutMessageIds } from "./message-ids.js";
import { withLocalTargetsNamed } from "./local-targets.js";
import { readOriginal } from "./original.js";
import { delayWarning, type WarningStrength } from "./warning.js";
import { outcomeBySection } from "./outcome-sections.js";
import { presentsAsPersonsMail, signedByAMailSystem } from "./persons-mail.js";
import { BODY_DECODERS, REPORT_PART_DECODERS } from "./formats/registry.js";
import { listNotice } from "./formats/list-notice.js";
import type { DecodedReport, FormatDecoder } from "./formats/types.js";
import { packedMap } from "../packed-map.js";

export type { FormatDecoder, DecodedReport } from "./formats/types.js";
export { REPORT_PART_DECODERS, BODY_DECODERS } from "./formats/registry.js";

interface Decoded {
  decoder: FormatDecoder;
  result: DecodedReport;
}

/** Decoders that would read almost any text: only run when the message looks like a bounce. */
const GENERIC_DECODERS = new Set(["mta-text", "returned-dsn", "returned-original"]);

/** Kinds a decoder may declare without naming a recipient: nothing failed, or nobody is named by design. */
const KINDS_WITHOUT_RECIPIENTS: ReadonlySet<ReportKind> = new Set(["feedback", "challenge", "not-a-report"]);

function runDecoders(
  ctx: DecodeContext,
  decoders: readonly FormatDecoder[],
  allowGeneric: boolean,
): Decoded | undefined {
  for (const decoder of decoders) {
    if (!allowGeneric && GENERIC_DECODERS.has(decoder.name)) continue;
    if (!decoder.detect(ctx)) continue;
    const result = decoder.decode(ctx);
    // a complaint, a challenge or a notice that nothing failed says what it is even when it names no recipient
    if (
      result &&
      (result.recipients.length > 0 || (result.kind !== undefined && KINDS_WITHOUT_RECIPIENTS.has(result.kind)))
    )
      return { decoder, result };
  }
  return undefined;
}

/** Failed, delayed and delivered recipients as the headings they are listed under say (outcomeBySection). */
function bySection(recipients: RecipientFacts[], ownLower: string): RecipientFacts[] {
  const outcomeOf = outcomeBySection(ownLower);
  if (!outcomeOf) return recipients;
  return packedMap(recipients, (r) => {
    if (r.action !== "failed" && r.action !== "delayed") return r;
    const action = outcomeOf(r.address);
    return action && action !== r.action ? { ...r, action } : r;
  });
}

/**
 * A bounce whose failed recipient could not be found is still a bounce (or a warning): it says so
 * itself (a report part, Exchange's NDR header, a daemon sender, a bounce Subject).
 */
function kindOf(
  recipients: RecipientFacts[],
  declared: ReportKind | undefined,
  bounceWithoutRecipients: () => ReportKind,
): ReportKind {
  if (declared) return declared;
  if (recipients.length === 0) return bounceWithoutRecipients();
  if (recipients.some((r) => r.action === "failed")) return "failed";
  if (recipients.some((r) => r.action === "delayed")) return "delayed";
  return "delivered";
}

/**
 * A notice too short or too plain for looksLikeNdr's markers ("Unknown user: a@b", "The message below
 * was returned: a@b is not a valid mailbox") is still a bounce when the way it is made shows a mail
 * system wrote it (an Auto-Submitted field, or a copy of a message its addressee sent: a bounce returns
 * the reader's own mail) and its words say delivery failed.
 */
function mailSystemSaysDeliveryFailed(ctx: DecodeContext): boolean {
  return signedByAMailSystem(ctx) && saysDeliveryFailed(ctx.ownLower);
}

/**
 * A post a mailing list distributed that no mail system made as a report: a digest or a person's post
 * quoting a bounce ("550 5.1.1 <a@b>: User unknown / Any idea?"). Lists mark their posts with RFC 2369's
 * List-Post or List-Unsubscribe, and did before it with "Precedence: list" (Majordomo, LISTSERV); not
 * ezmlm's or fml's Mailing-List field, which their own notices (a post refused) carry too. A bounce
 * routed through a list keeps its report part or daemon sender.
 */
function isListPost(ctx: DecodeContext): boolean {
  const distributedByAList =
    ctx.header("list-post") !== undefined ||
    ctx.header("list-unsubscribe") !== undefined ||
    ctx.header("precedence")?.trim().toLowerCase() === "list";
  return distributedByAList && presentsAsReport(ctx.message) !== "made";
}

/**
 * A notice's own words say what became of a message (it failed or waits: statesDeliveryFailure; it was
 * delivered: a receipt's words), or it returns one: what a report from a daemon-like sender shows that an
 * ESP's newsletter or a postmaster's announcement does not.
 */
function saysWhatBecameOfAMessage(ctx: DecodeContext): boolean {
  return (
    statesDeliveryFailure(ctx.ownLower, ctx.ownText) ||
    isReceiptText(ctx) ||
    ctx.message.parts.some((part) => RETURNED_MESSAGE_PARTS.has(part.contentType)) ||
    returnsAMessageOfItsAddressee(ctx)
  );
}

/**
 * What a notice that names no recipient is: a bounce (or a warning) when it says so itself; a receipt
 * when a daemon's notice only says the message was delivered ("Ihre Nachricht … wurde an folgende
 * Empfänger zugestellt:" with the recipient by display name); else, like a read notice or a quota
 * warning to the mailbox's owner, no report at all.
 */
function kindWithoutRecipients(ctx: DecodeContext, hasReportPart: boolean, warning: WarningStrength): ReportKind {
  if (!hasReportPart && (!isItselfAReport(ctx.message) || isReadNotice(ctx))) return "not-a-report";
  if (!hasReportPart && presentsAsPersonsMail(ctx)) return "not-a-report";
  if (!hasReportPart && onlyItsSenderPresentsItAsAReport(ctx.message) && !saysWhatBecameOfAMessage(ctx))
    return "not-a-report";
  if (!hasReportPart && warnsOfOwnMailboxQuota(ctx)) return "not-a-report";
  if (warning === "stated") return "delayed";
  return !hasReportPart && isReceiptText(ctx) ? "delivered" : "failed";
}

/**
 * A message that says what it is and names no recipient: a challenge-response check (nothing failed),
 * a list's notice to a member about the member's own bounces (not-a-report).
 */
function reportWithoutRecipients(
  kind: ReportKind,
  format: string,
  message: ParsedMessage,
  ctx: DecodeContext,
): DeliveryReport {
  return {
    kind,
    format,
    language: detectLanguage(ctx, undefined),
    recipients: [],
    hops: [],
    message,
    problems: [...message.problems],
  };
}

/**
 * The message as the decoders see it: its text cut to REPORT_TEXT_SCAN_CHARS, so dozens of heading
 * searches stay cheap on megabytes of quoted original. A mail that does not present itself as a report
 * (no report part, daemon sender or bounce Subject) is seen without the lines it quotes with "> ": a
 * reply quoting a bounce ("Re: Undeliverable …") is a person's message about one, not the bounce. (A
 * bounce forwarded inline or pasted was unquoted when it was read.) The report keeps the whole message.
 */
function scannedView(message: ParsedMessage): ParsedMessage {
  let text =
    message.text.length <= REPORT_TEXT_SCAN_CHARS ? message.text : message.text.slice(0, REPORT_TEXT_SCAN_CHARS);
  if (message.source !== "text" && !isItselfAReport(message)) text = withoutQuotedLines(text);
  return text === message.text ? message : newMessage({ ...message, text });
}

function extract(message: ParsedMessage): DeliveryReport {
  const scanned = scannedView(message);
  const ctx = buildContext(scanned);
  const fromPart = runDecoders(ctx, REPORT_PART_DECODERS, false);
  // a list's "held for the moderators" notice asks to confirm too, but it is the list's, not a filter's
  if (fromPart?.result.kind !== "feedback" && !listNotice.detect(ctx) && isChallenge(ctx))
    return reportWithoutRecipients("challenge", "challenge", message, ctx);
  if (isListBounceNoticeToMember(scanned)) return reportWithoutRecipients("not-a-report", "list-notice", message, ctx);
  if (!fromPart && isListPost(ctx)) return reportWithoutRecipients("not-a-report", "none", message, ctx);
  // a read notice that lost its disposition part names its reader in a bounce's words ("Your message to
  // a@b was read"): only a format's own decoder may find a failure in it
  const ndrLike =
    fromPart !== undefined || ((ctx.looksLikeNdr || mailSystemSaysDeliveryFailed(ctx)) && !isReadNotice(ctx));
  const fromBody = fromPart?.result.kind === "feedback" ? undefined : runDecoders(ctx, BODY_DECODERS, ndrLike);

  let recipients: RecipientFacts[];
  if (fromPart && fromPart.result.recipients.length > 0) {
    recipients = fromBody
      ? mergeRecipients(fromPart.result.recipients, fromBody.result.recipients)
      : fromPart.result.recipients;
  } else {
    recipients = fromBody?.result.recipients ?? fromPart?.result.recipients ?? [];
  }

  recipients = withLocalTargetsNamed(withoutMessageIds(recipients, ctx));

  // a warning read from the text alone: the server keeps trying, so its recipients are delayed (when
  // only the Subject or a heading says so, a 5.x.x code still means that recipient failed)
  const warning = fromPart ? "none" : delayWarning(ctx);
  if (fromBody && fromBody.result.kind === undefined && warning !== "none") {
    recipients = packedMap(recipients, (r) =>
      r.action === "failed" && (warning === "stated" || !r.status?.startsWith("5")) ? { ...r, action: "delayed" } : r,
    );
  }
  // a notice that lists failed and delayed recipients under headings of their own: each heading decides
  if (fromBody && fromBody.result.kind === undefined && !fromPart) recipients = bySection(recipients, ctx.ownLower);

  const primary = fromPart && fromPart.result.recipients.length > 0 ? fromPart : (fromBody ?? fromPart);
  const declaredKind = fromPart?.result.kind ?? fromBody?.result.kind;
  let kindNamingNoOne: ReportKind | undefined;
  const withoutRecipients = () => (kindNamingNoOne ??= kindWithoutRecipients(ctx, fromPart !== undefined, warning));
  // a bounce whose text names no one, delivered to a list's or bulk sender's VERP return path: the path names it
  if (recipients.length === 0 && declaredKind === undefined) {
    const kind = withoutRecipients();
    if (kind === "failed" || kind === "delayed") recipients = recipientOfVerpPath(ctx, kind);
  }
  const format = primary?.decoder.name ?? (recipients.length > 0 ? VERP_FORMAT : "none");
  const originalFields = ctx.originalFields;
  const report: DeliveryReport = {
    kind: kindOf(recipients, declaredKind, withoutRecipients),
    format,
    language: detectLanguage(ctx, fromBody?.result.language ?? fromPart?.result.language),
    recipients,
    hops: readHops(scanned.text, originalFields, ctx.lower),
    message,
    problems: [...message.problems],
  };
  const reportingMta = fromPart?.result.reportingMta ?? fromBody?.result.reportingMta;
  if (reportingMta) report.reportingMta = reportingMta;
  const generatingServer = fromBody?.result.generatingServer ?? fromPart?.result.generatingServer ?? reportingMta;
  if (generatingServer) report.generatingServer = generatingServer;
  const arrivalDate = fromPart?.result.arrivalDate ?? fromBody?.result.arrivalDate;
  if (arrivalDate) report.arrivalDate = arrivalDate;
  const original = readOriginal(scanned, originalFields);
  if (original) report.original = original;
  return report;
}

export function extractReport(message: ParsedMessage): DeliveryReport {
  try {
    return extract(message);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    return {
      kind: "not-a-report",
      format: "none",
      language: "und",
      recipients: [],
      hops: [],
      message,
      problems: [
        ...(message?.problems ?? []),
        { code: "internal-error", detail: `reading the report failed: ${detail}` },
      ],
    };
  }
}
