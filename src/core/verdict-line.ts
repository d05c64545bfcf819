/**
 * The ribbon's quick verdict: one line for an InfoBar (notificationMessages allow at most 150
 * characters), or a pointer to the pane when there is nothing to read.
 */
import { recipientLabel } from "./recipient-label.js";
import { oneLine } from "./text/one-line.js";
import { t } from "./i18n/index.js";
import type { Explanation, Language, RecipientExplanation } from "./types.js";

export const MAX_VERDICT_LINE = 150;
const ELLIPSIS = "…";

function statusOf(r: RecipientExplanation): string | undefined {
  return r.facts.status ?? r.facts.replyCode;
}

/** Shorten at a word boundary (never inside a surrogate pair), ending with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - ELLIPSIS.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const space = text.lastIndexOf(" ", cut);
  if (space > max / 2) cut = space;
  let end = cut;
  while (end > 0 && " \t\n\r,;:".includes(text[end - 1])) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/** Put the line together from its pieces; drop the status code first, then shorten the main sentence. */
function assemble(
  prefix: string | undefined,
  main: string,
  status: string | undefined,
  more: string | undefined,
): string {
  const head = prefix ? `${oneLine(prefix)} ` : "";
  const tail = more ? ` ${more}` : "";
  const body = oneLine(main);
  const withStatus = status && !body.includes(status) ? `${body} [${status}]` : body;
  if ((head + withStatus + tail).length <= MAX_VERDICT_LINE) return head + withStatus + tail;
  if ((head + body + tail).length <= MAX_VERDICT_LINE) return head + body + tail;
  return head + shorten(body, Math.max(20, MAX_VERDICT_LINE - head.length - tail.length)) + tail;
}

/** The one-line verdict, or the "open the pane" text when `explanation` is missing or has nothing to say. */
export function verdictLine(explanation: Explanation | undefined, language?: Language): string {
  const lang = language ?? explanation?.language ?? "en";
  if (!explanation) return t(lang, "command.openPane");
  const { report, trust } = explanation;
  const prefix = trust.suspicious ? t(lang, "command.suspicious") : undefined;
  const fit = (text: string) => assemble(prefix, text, undefined, undefined);

  switch (report.kind) {
    case "not-a-report":
      return report.problems.length > 0 && report.message.text.trim() === ""
        ? t(lang, "command.openPane")
        : t(lang, "command.notAReport");
    case "delivered":
      return fit(t(lang, "command.delivered"));
    case "auto-reply":
      return fit(t(lang, "command.autoReply"));
    case "feedback":
      return fit(t(lang, "command.feedback"));
    case "challenge":
      return fit(t(lang, "command.challenge"));
    default:
      break;
  }

  const recipients = explanation.recipients;
  if (recipients.length === 0) return fit(t(lang, "command.noRecipients"));
  const wanted = report.kind === "delayed" ? "delayed" : "failed";
  const first = recipients.find((r) => r.facts.action === wanted) ?? recipients[0];
  const fallbackKey = report.kind === "delayed" ? "command.delayed" : "command.fallback";
  const main =
    first.verdict.trim() !== "" ? first.verdict : t(lang, fallbackKey, { recipient: recipientLabel(first.facts) });
  const others = recipients.length - 1;
  const more = others > 0 ? t(lang, "command.more", { count: others }) : undefined;
  return assemble(prefix, main, statusOf(first), more);
}
