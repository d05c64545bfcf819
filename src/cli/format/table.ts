/**
 * `--format table`: one row per recipient in fixed-width columns, so rows can be printed as soon
 * as each message is read (no need to see every row first to size the columns). Every value is in
 * the chosen language except the codes: the cause's title, who must act ("—" when nobody must),
 * the kind of a message without recipients. A bounce that looks fake says so in place of the
 * cause, and nobody is told to act on addresses scraped from it. Long values are cut with "…";
 * file names keep their end, which is the part that tells them apart. On a terminal the cause
 * gets the width left over.
 */
import { t } from "../../core/i18n/index.js";
import { recipientLabel } from "../../core/recipient-label.js";
import { inert } from "../color.js";
import { shownRecipients } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";
import { longestWhoActs, NOBODY, whoActs } from "./who-acts.js";

interface Column {
  key: string;
  width: number;
  keepEnd?: boolean;
}

const GAP = "  ";
/** The cause's width when the terminal's is unknown (piped output); titles run to about 70. */
const CAUSE_WIDTH = 44;
const MIN_CAUSE_WIDTH = 24;

function fit(value: string, width: number, keepEnd = false): string {
  const chars = [...value];
  if (chars.length > width) {
    return keepEnd ? "…" + chars.slice(chars.length - width + 1).join("") : chars.slice(0, width - 1).join("") + "…";
  }
  return value + " ".repeat(width - chars.length);
}

function tableColumns(context: FormatContext): Column[] {
  const before: Column[] = [
    { key: "cli.col.file", width: 24, keepEnd: true },
    { key: "cli.col.recipient", width: 28 },
    { key: "cli.col.status", width: 7 },
    { key: "cli.col.code", width: 4 },
  ];
  const after: Column[] = [
    { key: "cli.col.owner", width: longestWhoActs(context.language) },
    { key: "cli.col.remote", width: 28 },
  ];
  const used = [...before, ...after].reduce((sum, c) => sum + c.width + GAP.length, 0);
  const causeWidth = context.columns ? Math.max(MIN_CAUSE_WIDTH, context.columns - used - 1) : CAUSE_WIDTH;
  return [...before, { key: "cli.col.cause", width: causeWidth }, ...after];
}

export function tableFormatter(context: FormatContext): Formatter {
  const { colors, language } = context;
  const columns = tableColumns(context);
  const row = (values: string[]): string =>
    columns
      .map((c, i) => fit(inert(values[i] ?? ""), c.width, c.keepEnd))
      .join(GAP)
      .trimEnd();
  const fake = "⚠ " + t(language, "cli.table.suspicious");

  return {
    header: () => colors.bold(row(columns.map((c) => t(language, c.key)))) + "\n",
    input({ file, explanation }: InputResult): string {
      const { report, trust } = explanation;
      const recipients = shownRecipients(explanation, context.onlyFailed);
      if (recipients.length === 0) {
        const kind = trust.suspicious ? fake : t(language, `cli.kind.${report.kind}`);
        const line = row([file, "", "", "", kind, NOBODY]);
        return (trust.suspicious ? colors.yellow(line) : colors.dim(line)) + "\n";
      }
      return recipients
        .map((recipient) => {
          const { facts } = recipient;
          const values = [file, recipientLabel(facts), facts.status ?? "", facts.replyCode ?? ""];
          if (trust.suspicious) return colors.yellow(row([...values, fake, NOBODY, facts.remoteMta ?? ""])) + "\n";
          const cause = recipient.title || recipient.diagnosis.causeId;
          return row([...values, cause, whoActs(report.kind, recipient, language), facts.remoteMta ?? ""]) + "\n";
        })
        .join("");
    },
    separator: "",
    footer: () => "",
  };
}
