/**
 * A draft as it goes when the bounce cannot be attached. Its own module: the Outlook adapter
 * needs it on every page load, the draft builders only once a button is pressed.
 */
import type { Draft } from "../types.js";

/** The draft with the bounce's text in the body, and notes that say so, instead of the bounce attached. */
export function withoutAttachment(draft: Draft): Draft {
  if (!draft.attachNdrItem) return draft;
  return {
    ...draft,
    attachNdrItem: false,
    htmlBody: draft.htmlBodyIfNotAttached ?? draft.htmlBody,
    notes: draft.notesIfNotAttached ?? draft.notes,
  };
}
