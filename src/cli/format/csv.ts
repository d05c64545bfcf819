/**
 * `--format csv`: RFC 4180 — a header row, CRLF line ends, every field quoted, quotes doubled.
 * One row per recipient; an input without recipients still gets one row (empty recipient fields)
 * so every input is accounted for. Text from the NDR that starts like a spreadsheet formula
 * (= + - @) is prefixed with ' so opening the file in a spreadsheet cannot run it.
 */
import { shownRecipients } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";

export const CSV_COLUMNS = [
  "file",
  "kind",
  "format",
  "language",
  "suspicious",
  "recipient",
  "action",
  "status",
  "reply_code",
  "cause",
  "reason",
  "fix_owner",
  "permanent",
  "confidence",
  "remote_mta",
  "diagnostic",
  "evidence",
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Untrusted text that a spreadsheet would read as a formula gets a leading apostrophe. */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function line(row: Row): string {
  return CSV_COLUMNS.map((column) => csvField(row[column])).join(",") + "\r\n";
}

export function csvFormatter(context: FormatContext): Formatter {
  return {
    header: () => CSV_COLUMNS.map(csvField).join(",") + "\r\n",
    input({ file, explanation }: InputResult): string {
      const { report, trust } = explanation;
      const base = {
        file: defuse(file),
        kind: report.kind,
        format: report.format,
        language: report.language,
        suspicious: String(trust.suspicious),
      };
      const recipients = shownRecipients(explanation, context.onlyFailed);
      if (recipients.length === 0) {
        return line({
          ...base,
          recipient: "",
          action: "",
          status: "",
          reply_code: "",
          cause: "",
          reason: "",
          fix_owner: "",
          permanent: "",
          confidence: "",
          remote_mta: "",
          diagnostic: "",
          evidence: "",
        });
      }
      return recipients
        .map(({ facts, diagnosis }) =>
          line({
            ...base,
            recipient: defuse(facts.address),
            action: facts.action,
            status: facts.status ?? "",
            reply_code: facts.replyCode ?? "",
            cause: diagnosis.causeId,
            reason: diagnosis.reason,
            fix_owner: diagnosis.fixOwner,
            permanent: String(diagnosis.permanent),
            confidence: String(diagnosis.confidence),
            remote_mta: defuse(facts.remoteMta ?? ""),
            diagnostic: defuse(facts.diagnostic),
            evidence: defuse(diagnosis.evidence?.text ?? ""),
          }),
        )
        .join("");
    },
    separator: "",
    footer: () => "",
  };
}
