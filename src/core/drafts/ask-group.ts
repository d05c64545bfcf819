/**
 * Ask a restricted group for a way in (seed causes S2 and S5): its owner for permission, or its
 * moderator to approve. The owner's address is not in the NDR, so the draft has no To and its
 * notes say how to find the owner.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { composeDraft } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, groupsOf } from "./facts.js";
import { findOwnerNotes } from "./group-owner-help.js";
import { joinList } from "./text.js";

function buildAskGroup(
  kind: "ask-group-owner" | "ask-moderator",
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const groups = joinList(groupsOf(recipient), lang);
  const moderated = kind === "ask-moderator";
  const keys = moderated
    ? ({ subject: "draft.moderator.subject", body: "draft.moderator.body" } as const)
    : ({ subject: "draft.groupOwner.subject", body: "draft.groupOwner.body" } as const);
  return composeDraft({
    kind,
    language: lang,
    noteLanguage: context.language,
    to: [],
    subject: t(lang, keys.subject, { groups }),
    paragraphs: [t(lang, keys.body, { groups })],
    facts: collectFacts(explanation, recipient, context, lang, { groups: true }),
    notes: findOwnerNotes(context.language, moderated),
  });
}

export function buildAskGroupOwner(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  return buildAskGroup("ask-group-owner", explanation, recipient, context);
}

export function buildAskModerator(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  return buildAskGroup("ask-moderator", explanation, recipient, context);
}
