/**
 * How to find a group's owner, for the group-owner and moderator drafts. An NDR names the
 * restricted group but never its owner, so these drafts leave To empty and tell the user where
 * Outlook shows the owner.
 */
import { t } from "../i18n/index.js";
import type { Language } from "../types.js";

export function findOwnerNotes(lang: Language, moderator: boolean): string[] {
  return [
    t(lang, "draft.group.note.noOwner"),
    ...(moderator ? [t(lang, "draft.group.note.moderatorIsOwner")] : []),
    t(lang, "draft.group.note.owa"),
    t(lang, "draft.group.note.outlook"),
    t(lang, "draft.group.note.askIt"),
  ];
}
