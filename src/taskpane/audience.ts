import type { Action, ActionKind, Audience, FixOwner } from "../core/types.js";

/** The tab opened first: the one for whoever must act. */
export function defaultAudience(owner: FixOwner): Audience {
  switch (owner) {
    case "group-owner":
      return "owner";
    case "sender-admin":
    case "recipient-admin":
    case "provider":
      return "admin";
    default:
      return "sender";
  }
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
 * On a suspicious "bounce", replying or following its routes could help whoever forged it:
 * only copying stays available (commands, DNS values, the report).
 */
export function allowedWhenSuspicious(action: Action): boolean {
  return !isDraftAction(action) && !isLinkAction(action);
}
