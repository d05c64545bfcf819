/**
 * `--format table`: one row per recipient in fixed-width columns, so rows can be printed as soon
 * as each message is read (no need to see every row first to size the columns). Long values are
 * cut with "…"; file names keep their end, which is the part that tells them apart.
 */
import { t } from "../../core/i18n/index.js";
import { recipientLabel } from "../../core/recipient-label.js";
import { inert } from "../color.js";
import { shownRecipients } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";

interface Column {
  key: string;
  width: number;
  keepEnd?: boolean;
}

const FIXED: Column[] = [
  { key: "cli.col.file", width: 28, keepEnd: true },
  { key: "cli.col.recipient", width: 30 },
  { key: "cli.col.status", width: 7 },
  { key: "cli.col.code", width: 4 },
  { key: "cli.col.cause", width: 22 },
  { key: "cli.col.reason", width: 14 },
  { key: "cli.col.owner", width: 15 },
];
const REMOTE: Column = { key: "cli.col.remote", width: 30 };
const GAP = "  ";

function fit(value: string, width: number, keepEnd = false): string {
  const chars = [...value];
  if (chars.length > width) {
    return keepEnd ? "…" + chars.slice(chars.length - width + 1).join("") : chars.slice(0, width - 1).join("") + "…";
  }
  return value + " ".repeat(width - chars.length);
}

export function tableFormatter(context: FormatContext): Formatter {
  const used = FIXED.reduce((sum, c) => sum + c.width + GAP.length, 0);
  const remoteWidth = context.columns ? Math.max(12, context.columns - used - 1) : REMOTE.width;
  const columns = [...FIXED, { ...REMOTE, width: remoteWidth }];
  const row = (values: string[]): string =>
    columns
      .map((c, i) => fit(inert(values[i] ?? ""), c.width, c.keepEnd))
      .join(GAP)
      .trimEnd() + "\n";

  return {
    header: () => context.colors.bold(row(columns.map((c) => t(context.language, c.key))).trimEnd()) + "\n",
    input({ file, explanation }: InputResult): string {
      const recipients = shownRecipients(explanation, context.onlyFailed);
      if (recipients.length === 0) {
        const kind = t(context.language, `cli.kind.${explanation.report.kind}`);
        return context.colors.dim(row([file, "-", "", "", kind]).trimEnd()) + "\n";
      }
      return recipients
        .map(({ facts, diagnosis }) =>
          row([
            file,
            recipientLabel(facts),
            facts.status ?? "",
            facts.replyCode ?? "",
            diagnosis.causeId,
            diagnosis.reason,
            diagnosis.fixOwner,
            facts.remoteMta ?? "",
          ]),
        )
        .join("");
    },
    separator: "",
    footer: () => "",
  };
}
