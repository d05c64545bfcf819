/**
 * Who must act, in words, for the table and the text output. A notice that the message arrived
 * (a delivery notice, an automatic reply, a recipient the report calls delivered or relayed) asks
 * nobody to do anything, whatever fix owner the diagnosis carries: it shows "—".
 */
import { t } from "../../core/i18n/index.js";
import type { FixOwner, Language, RecipientExplanation, ReportKind } from "../../core/types.js";

export const NOBODY = "—";

/** Every fix owner (the Record makes the type checker name a new one here). */
const OWNERS = Object.keys({
  sender: true,
  "sender-admin": true,
  "group-owner": true,
  recipient: true,
  "recipient-admin": true,
  provider: true,
} satisfies Record<FixOwner, true>);

const ARRIVED_KINDS = new Set<ReportKind>(["delivered", "auto-reply"]);
const FAILING_ACTIONS = new Set(["failed", "delayed"]);

export function nobodyActs(kind: ReportKind, recipient: RecipientExplanation): boolean {
  return ARRIVED_KINDS.has(kind) || !FAILING_ACTIONS.has(recipient.facts.action);
}

export function whoActs(kind: ReportKind, recipient: RecipientExplanation, language: Language): string {
  return nobodyActs(kind, recipient) ? NOBODY : t(language, `cli.owner.${recipient.diagnosis.fixOwner}`);
}

/** The longest "who acts" words in a language: the table sizes its column to them. */
export function longestWhoActs(language: Language): number {
  return Math.max(...OWNERS.map((owner) => [...t(language, `cli.owner.${owner}`)].length));
}
