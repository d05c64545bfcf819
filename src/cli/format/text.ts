/**
 * `--format text`: a readable explanation per message, for a person at a terminal. Everything
 * taken from the NDR is passed through inert() so it cannot drive the terminal.
 */
import { hasKey, t } from "../../core/i18n/index.js";
import type { Action, Audience, RecipientExplanation, ReportKind } from "../../core/types.js";
import { recipientLabel } from "../../core/recipient-label.js";
import { heldForAPerson } from "../../core/diagnose/retry-later.js";
import { kindHeading } from "../../core/kind-heading.js";
import { inert } from "../color.js";
import { shownRecipients } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";
import { whoActs } from "./who-acts.js";

const AUDIENCE_KEY: Record<Audience, string> = {
  sender: "cli.audience.sender",
  owner: "cli.audience.owner",
  admin: "cli.audience.admin",
};

export function textFormatter(context: FormatContext): Formatter {
  const { colors, language } = context;

  /** Under an admin command: the read command to run first, what it changes and when it applies. */
  const commandFacts = (action: Action): string[] => {
    const lines: string[] = [];
    const label = (key: string) => colors.dim(`${t(language, key)}:`);
    if (action.readFirst)
      lines.push(`         ${label("cli.command.readFirst")} ${colors.cyan(inert(action.readFirst))}`);
    if (action.changesKey && action.changesKey !== "adminCommand.readsOnly" && hasKey(action.changesKey))
      lines.push(`         ${label("cli.command.changes")} ${t(language, action.changesKey)}`);
    if (action.whenKey && hasKey(action.whenKey))
      lines.push(`         ${label("cli.command.when")} ${t(language, action.whenKey)}`);
    return lines;
  };

  const recipientBlock = (kind: ReportKind, recipient: RecipientExplanation): string[] => {
    const { facts, diagnosis } = recipient;
    const codes = [facts.status, facts.replyCode].filter(Boolean).join(" ");
    const failed = facts.action === "failed";
    const mark = failed ? colors.red("✗") : colors.yellow("•");
    const action = failed ? "" : `  ${colors.dim(facts.action)}`;
    const lines = [
      `  ${mark} ${colors.bold(inert(recipientLabel(facts) || "?"))}${codes ? "  " + colors.cyan(codes) : ""}${action}`,
    ];
    const title = recipient.title || diagnosis.causeId;
    lines.push(`    ${colors.bold(inert(title))}${colors.dim(` [${diagnosis.causeId} · ${diagnosis.reason}]`)}`);
    if (recipient.verdict) lines.push(`    ${inert(recipient.verdict)}`);
    const owner = whoActs(kind, recipient, language);
    // a receipt or an auto-reply failed at nothing: neither permanent nor "the server will retry"
    const undelivered = failed || facts.action === "delayed";
    const permanence = undelivered
      ? t(
          language,
          diagnosis.permanent ? "cli.permanent" : heldForAPerson(diagnosis.causeId) ? "cli.held" : "cli.transient",
        ) + (diagnosis.retryLater ? ` · ${t(language, "cli.retryLater")}` : "")
      : undefined;
    const confidence = t(language, "cli.confidence", { pct: Math.round(diagnosis.confidence * 100) });
    const facets = [colors.bold(owner), permanence, confidence].filter(Boolean).join(" · ");
    lines.push(`    ${t(language, "cli.whoActs")}: ${facets}`);
    if (recipient.codeMeaning) lines.push(`    ${t(language, "cli.codeMeaning")}: ${inert(recipient.codeMeaning)}`);
    const said = facts.diagnostic ? `"${inert(facts.diagnostic)}"` : colors.dim(t(language, "cli.noServerText"));
    lines.push(`    ${t(language, "cli.serverSaid")}: ${said}`);
    if (facts.remoteMta) lines.push(`    ${t(language, "cli.remoteServer")}: ${inert(facts.remoteMta)}`);
    if (diagnosis.evidence?.text)
      lines.push(`    ${t(language, "cli.evidence")}: ${colors.yellow(`"${inert(diagnosis.evidence.text)}"`)}`);
    for (const audience of context.audiences) {
      const steps = recipient.guidance[audience];
      if (steps.length === 0) continue;
      lines.push(`    ${colors.bold(t(language, AUDIENCE_KEY[audience]))}:`);
      steps.forEach((step, index) => {
        lines.push(`      ${index + 1}. ${inert(step.text)}`);
        const action = step.action;
        if (action?.value && action.kind === "admin-command") {
          lines.push(`         ${colors.cyan(inert(action.value))}`);
          lines.push(...commandFacts(action));
        }
        if (action?.value && action.kind === "dns-record") {
          const record = [action.host, action.recordType, action.value].filter(Boolean).join("  ");
          lines.push(`         ${colors.cyan(inert(record))}`);
        }
        if (step.action?.url) lines.push(`         ${colors.dim(inert(step.action.url))}`);
      });
    }
    return lines;
  };

  return {
    header: () => "",
    input({ file, explanation }: InputResult): string {
      const { report, trust } = explanation;
      const lines: string[] = [];
      const recipients = shownRecipients(explanation, context.onlyFailed);
      const kind = t(language, `cli.kind.${kindHeading(explanation)}`);
      const detail = [report.format, report.language].filter((v) => v && v !== "none" && v !== "und").join(", ");
      const label = report.kind === "failed" ? colors.red(kind) : colors.dim(kind);
      lines.push(`${colors.bold(inert(file))}  ${label}${detail ? colors.dim(` (${inert(detail)})`) : ""}`);
      if (trust.suspicious) {
        lines.push(`  ${colors.yellow(colors.bold("⚠ " + t(language, "cli.suspicious")))}`);
        for (const reason of trust.reasons) {
          const key = `trust.reason.${reason}`;
          const finding = trust.findings?.find((f) => f.code === reason);
          const words = hasKey(key) ? t(language, key) : (finding?.text ?? reason);
          const trigger = finding?.evidence ? ` (${finding.evidence})` : "";
          lines.push(`    ${colors.yellow("- " + inert(words + trigger))}`);
        }
      }
      if (report.problems.length > 0) {
        lines.push(`  ${t(language, "cli.problems")}: ${report.problems.map((p) => inert(p.detail)).join("; ")}`);
      }
      for (const recipient of recipients) lines.push(...recipientBlock(report.kind, recipient));
      return lines.join("\n") + "\n";
    },
    separator: "\n",
    footer: () => "",
  };
}
