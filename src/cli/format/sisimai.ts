/**
 * `--format sisimai`: one JSON line per bounce record in Sisimai's shape, so the corpus scorer
 * (../shared/corpus/sisimai/score.py) reads the output directly. A message with no record gets
 * one line with "index": 0. Not filtered by --only: the scorer needs every record.
 */
import type { Explanation } from "../../core/types.js";
import type { Formatter, InputResult } from "./types.js";

/** Interim record builder until the engine's own (src/core/output/sisimai.ts) lands. */
function sisimaiRecords(file: string, explanation: Explanation): object[] {
  const { report } = explanation;
  const records = report.kind === "not-a-report" ? [] : explanation.recipients;
  if (records.length === 0) return [{ file, index: 0, kind: report.kind }];
  return records.map((recipient, i) => ({
    file,
    index: i + 1,
    recipient: recipient.facts.address,
    deliverystatus: recipient.facts.status ?? "",
    replycode: recipient.facts.replyCode ?? "",
    diagnosticcode: recipient.facts.diagnostic,
    reason: recipient.diagnosis.reason,
    action: recipient.facts.action,
    rhost: recipient.facts.remoteMta ?? "",
    smtpagent: report.format,
  }));
}

export function sisimaiFormatter(): Formatter {
  return {
    header: () => "",
    input: ({ file, explanation }: InputResult) =>
      sisimaiRecords(file, explanation)
        .map((record) => JSON.stringify(record) + "\n")
        .join(""),
    footer: () => "",
  };
}
