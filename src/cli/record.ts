/**
 * The JSON record of one input: the public contract of `--format json` and `jsonl`
 * (documented field by field in docs/cli.md; add fields, never rename or remove them).
 */
import type { Action, Audience, Explanation, RecipientExplanation, Step } from "../core/types.js";
import { packedMap } from "../core/packed-map.js";

export interface RecipientRecord {
  /** "" when the report names the recipient only by display name */
  address: string;
  /** the name the report gives instead of an address, else null */
  displayName: string | null;
  /** failed | delayed | delivered | relayed | expanded */
  action: string;
  status: string | null;
  replyCode: string | null;
  diagnostic: string;
  remoteMta: string | null;
  lastAttempt: string | null;
  cause: string;
  title: string;
  verdict: string;
  codeMeaning: string | null;
  reason: string;
  fixOwner: string;
  /** the sending server will not try again (true for failed, false for delayed) */
  permanent: boolean;
  /** sending again later may work (mailbox full, greylisting, rate limits, …) */
  retryLater: boolean;
  confidence: number;
  evidence: string | null;
  guidance: Partial<Record<Audience, string[]>>;
  actions: Action[];
}

export interface InputRecord {
  file: string;
  kind: string;
  language: string;
  format: string;
  suspicious: boolean;
  /** stable codes ("link-lookalike", "urgent-call-to-action", ...) */
  suspiciousReasons: string[];
  /** each reason in English with what triggered it */
  suspiciousFindings: { code: string; text: string; evidence: string | null }[];
  /** the language of `guidance`, `title` and `verdict` (chosen with --lang) */
  guidanceLanguage: string;
  problems: { code: string; detail: string }[];
  recipients: RecipientRecord[];
}

export interface RecordOptions {
  audiences: Audience[];
  /** keep only failed recipients (--only failed) */
  onlyFailed: boolean;
}

function stepText(step: Step): string {
  return step.text;
}

export function recipientRecord(recipient: RecipientExplanation, audiences: Audience[]): RecipientRecord {
  const { facts, diagnosis } = recipient;
  const guidance: Partial<Record<Audience, string[]>> = {};
  for (const audience of audiences) guidance[audience] = packedMap(recipient.guidance[audience], stepText);
  return {
    address: facts.address,
    displayName: facts.displayName ?? null,
    action: facts.action,
    status: facts.status ?? null,
    replyCode: facts.replyCode ?? null,
    diagnostic: facts.diagnostic,
    remoteMta: facts.remoteMta ?? null,
    lastAttempt: facts.lastAttempt ?? null,
    cause: diagnosis.causeId,
    title: recipient.title,
    verdict: recipient.verdict,
    codeMeaning: recipient.codeMeaning ?? null,
    reason: diagnosis.reason,
    fixOwner: diagnosis.fixOwner,
    permanent: diagnosis.permanent,
    retryLater: diagnosis.retryLater ?? false,
    confidence: diagnosis.confidence,
    evidence: diagnosis.evidence?.text ?? null,
    guidance,
    actions: diagnosis.actions,
  };
}

/** The recipients a run shows: all, or only the failed ones with --only failed. */
export function shownRecipients(explanation: Explanation, onlyFailed: boolean): RecipientExplanation[] {
  return onlyFailed ? explanation.recipients.filter((r) => r.facts.action === "failed") : explanation.recipients;
}

export function inputRecord(file: string, explanation: Explanation, options: RecordOptions): InputRecord {
  const { report, trust } = explanation;
  return {
    file,
    kind: report.kind,
    language: report.language,
    format: report.format,
    suspicious: trust.suspicious,
    suspiciousReasons: trust.reasons,
    suspiciousFindings: packedMap(trust.findings ?? [], (f) => ({
      code: f.code,
      text: f.text,
      evidence: f.evidence ?? null,
    })),
    guidanceLanguage: explanation.language,
    problems: packedMap(report.problems, (p) => ({ code: p.code, detail: p.detail })),
    recipients: packedMap(shownRecipients(explanation, options.onlyFailed), (r) =>
      recipientRecord(r, options.audiences),
    ),
  };
}
