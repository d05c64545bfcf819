/** Ask the owner of a restricted group for permission to send to it (seed cause S2). */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, groupsOf } from "./facts.js";
import { findOwnerNotes } from "./group-owner-help.js";
import { joinList } from "./text.js";

export function buildAskGroupOwner(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const groups = joinList(groupsOf(recipient), lang);
  return composeDraft({
    kind: "ask-group-owner",
    language: lang,
    noteLanguage: context.language,
    to: [],
    subject: t(lang, "draft.groupOwner.subject", { groups }),
    paragraphs: [t(lang, "draft.groupOwner.body", { groups })],
    facts: collectFacts(explanation, recipient, context, lang, { groups: true }),
    notes: findOwnerNotes(context.language, false),
  });
}
