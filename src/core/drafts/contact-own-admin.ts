/** Ask the user's own IT for help, with the whole technical report (as for a help-desk ticket). */
import { t } from "../i18n/index.js";
import { reportText } from "../report-text.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, statusText } from "./facts.js";
import { trimEndChars } from "./text.js";

export function buildContactOwnAdmin(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const helpDesk = context.helpDeskAddress?.trim();
  const status = statusText(recipient);
  // The title is set inside a sentence that ends with its own full stop.
  const title = trimEndChars(
    recipient.title.trim() !== "" ? recipient.title.trim() : (status ?? recipient.diagnosis.causeId),
    ".!",
  );
  return composeDraft({
    kind: "contact-own-admin",
    language: lang,
    noteLanguage: context.language,
    to: helpDesk ? [helpDesk] : [],
    subject: t(lang, "draft.ownAdmin.subject", { recipient: recipient.facts.address }) + (status ? ` (${status})` : ""),
    paragraphs: [t(lang, "draft.ownAdmin.body", { recipient: recipient.facts.address, title })],
    facts: collectFacts(explanation, recipient, context, lang),
    appendix: { heading: t(lang, "draft.ownAdmin.reportHeading"), text: reportText(explanation, lang) },
    notes: helpDesk ? [] : [t(context.language, "draft.ownAdmin.note.noHelpDesk")],
  });
}
