/**
 * Sisimai-style records (one per recipient, the shape Sisimai's JSON output and the corpus
 * scorer use), so our answers can be compared with the best open-source peer. A file that
 * is not a bounce gets one record with index 0. Pure: no I/O.
 */
import type { DeliveryReport, Diagnosis, Explanation, RecipientFacts } from "../types.js";

export interface SisimaiRecord {
  file: string;
  /** 1-based recipient number within the file; 0 = not a bounce */
  index: number;
  recipient?: string;
  deliverystatus?: string;
  replycode?: string;
  diagnosticcode?: string;
  reason?: string;
  action?: string;
  /** our decoder's name (Sisimai calls its decoder the smtpagent) */
  smtpagent?: string;
  feedbacktype?: string;
  /** true when deliverystatus was not in the bounce but inferred from the reason, as Sisimai does */
  statusinferred?: boolean;
}

/** Sisimai's stand-in for a recipient the report does not name. */
export const UNDISCLOSED_RECIPIENT = "undisclosed-recipient-in-headers@libsisimai.org.invalid";

/** Enhanced status codes → Sisimai reason, for when no diagnosis is available (the diagnosis stage does this properly). */
const REASON_BY_STATUS: Record<string, string> = {
  "5.1.0": "userunknown",
  "5.1.1": "userunknown",
  "5.1.10": "userunknown",
  "5.1.2": "hostunknown",
  "5.1.3": "userunknown",
  "5.1.6": "hasmoved",
  "5.1.8": "rejected",
  "5.2.0": "filtered",
  "5.2.1": "suspend",
  "5.2.2": "mailboxfull",
  "5.2.3": "exceedlimit",
  "5.2.4": "systemerror",
  "5.3.0": "systemerror",
  "5.3.1": "systemfull",
  "5.3.2": "notaccept",
  "5.3.4": "mesgtoobig",
  "5.3.5": "systemerror",
  "5.4.0": "networkerror",
  "5.4.1": "rejected",
  "5.4.3": "systemerror",
  "5.4.4": "hostunknown",
  "5.4.6": "networkerror",
  "5.4.7": "expired",
  "5.5.0": "syntaxerror",
  "5.5.2": "syntaxerror",
  "5.5.4": "syntaxerror",
  "5.6.0": "contenterror",
  "5.7.0": "securityerror",
  "5.7.1": "blocked",
  "5.7.7": "securityerror",
  "5.7.9": "securityerror",
  "5.7.23": "authfailure",
  "5.7.25": "requireptr",
  "5.7.26": "authfailure",
  "5.7.27": "notaccept",
  "5.7.509": "authfailure",
  "5.7.133": "rejected",
  "4.2.2": "mailboxfull",
  "4.4.7": "expired",
  "4.4.1": "networkerror",
  "4.4.2": "networkerror",
  "4.7.0": "blocked",
};

export function guessReason(report: DeliveryReport, facts: RecipientFacts): string {
  if (report.kind === "feedback") return "feedback";
  if (report.kind === "auto-reply") return "vacation";
  if (facts.action === "delivered" || facts.action === "relayed" || facts.action === "expanded") return "delivered";
  const status = facts.status;
  if (status && REASON_BY_STATUS[status]) return REASON_BY_STATUS[status]!;
  if (status?.startsWith("4.")) return "expired";
  return "undefined";
}

/**
 * Sisimai only reports a reply code that agrees with the status class (a "554" beside
 * "Status: 4.0.0" is left out); the facts keep it either way.
 */
function sisimaiReplyCode(facts: RecipientFacts): string {
  const code = facts.replyCode ?? "";
  if (code && facts.status && code[0] !== facts.status[0]) return "";
  return code;
}

function isPlaceholder(diagnosis: Diagnosis | undefined): boolean {
  return !diagnosis || !diagnosis.reason || (diagnosis.reason === "undefined" && diagnosis.confidence === 0);
}

function feedbackType(facts: RecipientFacts): string | undefined {
  const m = /^Feedback-Type:\s*(\S+)/i.exec(facts.diagnostic);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Records for one file from a report and (optionally) one diagnosis per recipient, same order. */
export function sisimaiRecordsFromReport(
  file: string,
  report: DeliveryReport,
  diagnoses: (Diagnosis | undefined)[] = [],
): SisimaiRecord[] {
  // a complaint whose recipient was withheld is still a record: Sisimai writes this placeholder address
  if (report.kind === "feedback" && report.recipients.length === 0) {
    return [
      {
        file,
        index: 1,
        recipient: UNDISCLOSED_RECIPIENT,
        deliverystatus: "",
        replycode: "",
        diagnosticcode: "",
        reason: "feedback",
        smtpagent: report.format,
      },
    ];
  }
  if (report.kind === "not-a-report" || report.recipients.length === 0) return [{ file, index: 0 }];
  return report.recipients.map((facts, i) => {
    const diagnosis = diagnoses[i];
    const reason = isPlaceholder(diagnosis) ? guessReason(report, facts) : diagnosis!.reason;
    const record: SisimaiRecord = {
      file,
      index: i + 1,
      recipient: facts.address,
      deliverystatus: facts.status ?? "",
      replycode: sisimaiReplyCode(facts),
      diagnosticcode: facts.diagnostic,
      reason,
      action: facts.action,
      smtpagent: facts.format,
    };
    if (report.kind === "feedback") {
      const type = feedbackType(facts);
      if (type) record.feedbacktype = type;
    }
    return record;
  });
}

/** Records for one file from a full Explanation (the CLI's `--format sisimai`). */
export function sisimaiRecords(file: string, explanation: Explanation): SisimaiRecord[] {
  const diagnoses = explanation.report.recipients.map(
    (facts, i) => (explanation.recipients.find((r) => r.facts === facts) ?? explanation.recipients[i])?.diagnosis,
  );
  return sisimaiRecordsFromReport(file, explanation.report, diagnoses);
}
