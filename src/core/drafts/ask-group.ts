/**
 * Ask a restricted group for a way in (seed causes S2 and S5): its owner for permission, or its
 * moderator to approve. The owner's address is not in the NDR, so the draft has no To and its
 * notes say how to find the owner.
 */
import { t } from "../i18n/index.js";
import type { Draft, Explanation, RecipientExplanation } from "../types.js";
import { askKey } from "./asks.js";
import { composeDraft, withinLead } from "./compose.js";
import type { DraftContext } from "./context.js";
import { collectFacts, decidingLine } from "./facts.js";
import { findOwnerNotes } from "./group-owner-help.js";
import { sentenceValues } from "./sentence-values.js";

/** A held post was not refused: it waits in the list's queue, and the draft says so. */
function happenedKey(recipient: RecipientExplanation): string {
  return recipient.diagnosis.causeId === "LIST_POST_HELD_FOR_MODERATION"
    ? "draft.happened.held"
    : "draft.happened.group";
}

function buildAskGroup(
  kind: "ask-group-owner" | "ask-moderator",
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const lang = context.draftLanguage ?? context.language;
  const moderated = kind === "ask-moderator";
  const parts = withinLead((room) => {
    const values = sentenceValues(explanation, recipient, context, lang, room.value);
    return {
      kind,
      language: lang,
      noteLanguage: context.language,
      to: [],
      subject: t(lang, moderated ? "draft.moderator.subject" : "draft.groupOwner.subject", values),
      paragraphs: [t(lang, happenedKey(recipient), values), t(lang, askKey(kind, recipient.diagnosis.causeId), values)],
      quote: decidingLine(recipient, room.line),
      facts: collectFacts(explanation, recipient, context, lang, { groups: true, maxValue: room.value }),
      notes: findOwnerNotes(context.language, moderated),
    };
  });
  return composeDraft(parts);
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
