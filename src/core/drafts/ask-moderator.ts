/** Ask a moderated (or members-only, large) group's moderator to approve the message (seed cause S5). */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, groupsOf } from "./facts.js";
import { findOwnerNotes } from "./group-owner-help.js";
import { joinList } from "./text.js";

export function buildAskModerator(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const groups = joinList(groupsOf(recipient), lang);
  return composeDraft({
    kind: "ask-moderator",
    language: lang,
    noteLanguage: context.language,
    to: [],
    subject: t(lang, "draft.moderator.subject", { groups }),
    paragraphs: [t(lang, "draft.moderator.body", { groups })],
    facts: collectFacts(explanation, recipient, context, lang, { groups: true }),
    notes: findOwnerNotes(context.language, true),
  });
}
