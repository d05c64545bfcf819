/**
 * Ask your IT department for help: what happened, the change we think they must make, the line of
 * the bounce that decided and the facts; the bounce itself goes along (attached, or its text). Not
 * our technical report: scores and decoder names mean nothing to the reader, the bounce does.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { askKey } from "./asks.js";
import { composeCarryingBounce } from "./carry-bounce.js";
import type { DraftContext } from "./context.js";
import { collectFacts, decidingLine, statusText } from "./facts.js";
import { sentenceValues } from "./sentence-values.js";

export function buildContactOwnAdmin(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const helpDesk = context.helpDeskAddress?.trim();
  const status = statusText(recipient);
  return composeCarryingBounce(
    (room) => {
      const values = sentenceValues(explanation, recipient, context, lang, room.value);
      return {
        kind: "contact-own-admin",
        language: lang,
        noteLanguage: context.language,
        to: helpDesk ? [helpDesk] : [],
        subject:
          t(lang, "draft.ownAdmin.subject", { recipient: recipient.facts.address }) + (status ? ` (${status})` : ""),
        paragraphs: [
          t(lang, "draft.happened.ownAdmin", values),
          t(lang, askKey("contact-own-admin", recipient.diagnosis.causeId), values),
        ],
        quote: decidingLine(recipient, room.line),
        facts: collectFacts(explanation, recipient, context, lang, { maxValue: room.value }),
        notes: helpDesk ? [] : [t(context.language, "draft.ownAdmin.note.noHelpDesk")],
      };
    },
    explanation.report,
    context.arrival,
  );
}
