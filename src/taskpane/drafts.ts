/**
 * The bridge from a step's action to the Draft the core writes (src/core/drafts). The pane never
 * writes message text itself.
 */
import { buildDraft, type NdrArrival } from "../core/drafts/index.js";
import type { Action, Draft, Explanation, Language, RecipientExplanation } from "../core/types.js";
import type { WayIn } from "../host/types.js";

export interface DraftRequest {
  action: Action;
  explanation: Explanation;
  recipient: RecipientExplanation;
  language: Language;
  way: WayIn;
  helpDeskAddress?: string;
  /** another address of the recipient, typed by the user (copied on the recipient-admin draft) */
  recipientOtherAddress?: string;
}

/** How the NDR reached the pane decides whether the draft can attach it (see DraftContext). */
export function arrivalOf(way: WayIn): NdrArrival {
  if (way === "item-mime" || way === "item-pieces") return "item";
  // a compose draft is a forward that already carries the bounce, like an attachment
  if (way === "attachment" || way === "compose") return "attachment";
  return "pasted";
}

export function draftFor(request: DraftRequest): Draft | undefined {
  const index = request.explanation.recipients.indexOf(request.recipient);
  if (index < 0) return undefined;
  try {
    return buildDraft(request.action.kind, request.explanation, index, {
      language: request.language,
      helpDeskAddress: request.helpDeskAddress,
      recipientOtherAddress: request.recipientOtherAddress,
      arrival: arrivalOf(request.way),
    });
  } catch {
    return undefined; // a builder bug must not take the pane down: the step says the draft is unavailable
  }
}
