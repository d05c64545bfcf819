import type { ReaderRole } from "../core/settings.js";
import type { Action, ActionKind, Audience, Explanation, Step } from "../core/types.js";

/**
 * The tab the pane opens on: the reader's own, not the fix owner's (the badge says who must fix it).
 * Admin when the reader chose it (or their organisation did), or when the bounce reached them from
 * someone else — forwarded (it has a wrapper) or addressed to another mailbox: a help desk. Otherwise
 * the reader is the one whose message bounced: sender.
 */
export function readerTab(explanation: Explanation, readerAddress: string | undefined, role?: ReaderRole): Audience {
  if (role === "admin") return "admin";
  const message = explanation.report.message;
  if (message.wrapper) return "admin";
  const reader = readerAddress?.trim().toLowerCase();
  const addressedTo = message.to.map((to) => to.trim().toLowerCase());
  if (reader && addressedTo.length > 0 && !addressedTo.includes(reader)) return "admin";
  return "sender";
}

const draftKinds: ReadonlySet<ActionKind> = new Set<ActionKind>([
  "forward-to-delist",
  "contact-recipient-admin",
  "ask-group-owner",
  "ask-moderator",
  "contact-own-admin",
]);

const linkKinds: ReadonlySet<ActionKind> = new Set<ActionKind>(["delist-portal", "third-party-delist"]);

export function isDraftAction(action: Action): boolean {
  return draftKinds.has(action.kind);
}

export function isLinkAction(action: Action): boolean {
  return linkKinds.has(action.kind);
}

/**
 * The step the sender's tab puts first, as one line and (usually) one button: the first step that
 * sends something to whoever can fix it, else simply the first step. Undefined when there are none.
 */
export function primaryStepIndex(steps: readonly Step[]): number | undefined {
  if (steps.length === 0) return undefined;
  const sending = steps.findIndex((step) => step.action !== undefined && isDraftAction(step.action));
  return sending >= 0 ? sending : 0;
}
