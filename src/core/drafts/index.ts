/**
 * Drafts: the message the user should send, already written. One builder per draft kind; the
 * diagnosis decides which are offered (through its actions), the host carries them out.
 *
 * No draft is a reply to the NDR: its sender is postmaster/MAILER-DAEMON or a Microsoft Exchange
 * system mailbox, which nobody reads, so every draft is a new message to someone who can act.
 */
import { t } from "../i18n/index.js";
import type { ActionKind, Draft, Explanation, RecipientExplanation } from "../types.js";
import { buildAskGroupOwner, buildAskModerator } from "./ask-group.js";
import { buildContactOwnAdmin } from "./contact-own-admin.js";
import { buildContactRecipientAdmin } from "./contact-recipient-admin.js";
import type { DraftContext } from "./context.js";
import { buildForwardToDelist } from "./forward-to-delist.js";

export type { DraftContext, NdrArrival } from "./context.js";
export { arrivalFromWay } from "./context.js";
export { linkFor, MICROSOFT_DELIST_PORTAL } from "./links.js";
export { MICROSOFT_DELIST_ADDRESS, isPortalCode } from "./forward-to-delist.js";
export { ndrFullText } from "./ndr-text.js";
export { withoutAttachment } from "./without-attachment.js";

type Builder = (explanation: Explanation, recipient: RecipientExplanation, context: DraftContext) => Draft;

/** A bounce that may be fake still gets its drafts (the user decides), but with a warning first. */
function build(
  kind: DraftKind,
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): Draft {
  const draft = BUILDERS[kind](explanation, recipient, context);
  if (explanation.trust.suspicious) {
    for (const notes of [draft.notes, draft.notesIfNotAttached])
      notes?.unshift(t(context.language, "draft.note.suspicious"));
  }
  return draft;
}

const BUILDERS = {
  "contact-recipient-admin": buildContactRecipientAdmin,
  "ask-group-owner": buildAskGroupOwner,
  "ask-moderator": buildAskModerator,
  "contact-own-admin": buildContactOwnAdmin,
  "forward-to-delist": buildForwardToDelist,
} as const satisfies Partial<Record<ActionKind, Builder>>;

export type DraftKind = keyof typeof BUILDERS;

/** The action kinds that become a message (the others are links, commands, DNS values or copy). */
export const DRAFT_KINDS = Object.keys(BUILDERS) as DraftKind[];

export function isDraftKind(kind: ActionKind): kind is DraftKind {
  return Object.prototype.hasOwnProperty.call(BUILDERS, kind);
}

/**
 * The draft of one kind for one recipient of the explanation; undefined when the kind is not a
 * draft or the recipient does not exist. Builds it whether or not the diagnosis asked for it.
 */
export function buildDraft(
  kind: ActionKind,
  explanation: Explanation,
  recipientIndex: number,
  context: DraftContext,
): Draft | undefined {
  const recipient = explanation.recipients[recipientIndex];
  if (!recipient || !isDraftKind(kind)) return undefined;
  return build(kind, explanation, recipient, context);
}

/** Every action kind the recipient's diagnosis and guidance ask for, in their order, without repeats. */
function actionKindsOf(recipient: RecipientExplanation): ActionKind[] {
  const kinds = recipient.diagnosis.actions.map((a) => a.kind);
  const { sender, owner, admin } = recipient.guidance;
  for (const step of [...sender, ...owner, ...admin]) if (step.action) kinds.push(step.action.kind);
  return [...new Set(kinds)];
}

/** Only the drafts the diagnosis calls for, for one recipient, in the diagnosis's order. */
export function draftsFor(explanation: Explanation, recipientIndex: number, context: DraftContext): Draft[] {
  const recipient = explanation.recipients[recipientIndex];
  if (!recipient) return [];
  return actionKindsOf(recipient)
    .filter(isDraftKind)
    .map((kind) => build(kind, explanation, recipient, context));
}
