/**
 * Drafts that carry the bounce itself (to Microsoft's delisting desk, to your IT department): the
 * bounce attached as an item when Outlook can (the add-in runs on the bounce, or on the message
 * that carries it), else its full text after the signature. The copy text always holds the full text.
 */
import { t } from "../i18n/index.js";
import type { DeliveryReport, Draft } from "../types.js";
import { composeDraft, withinLead, type DraftParts, type Room } from "./compose.js";
import type { NdrArrival } from "./context.js";
import { ndrFullText } from "./ndr-text.js";

export function composeCarryingBounce(
  build: (room: Room) => DraftParts,
  report: DeliveryReport,
  arrival: NdrArrival,
): Draft {
  const version = (attached: boolean): Draft => {
    const parts = withinLead((room) => {
      const built = build(room);
      return { ...built, bounceNote: t(built.language, attached ? "draft.bounce.attached" : "draft.bounce.inline") };
    });
    return composeDraft({
      ...parts,
      appendix: attached
        ? undefined
        : { heading: t(parts.language, "draft.bounce.heading"), text: ndrFullText(report) },
      notes: [
        ...parts.notes,
        t(parts.noteLanguage, attached ? "draft.note.bounceAttached" : "draft.note.bounceInline"),
      ],
      attachNdrItem: attached,
    });
  };
  const inline = version(false);
  if (arrival !== "item" && arrival !== "attachment") return inline;
  const attached = version(true);
  // Copying the text (no form at all) or a host that cannot attach after all: the bounce's text goes along.
  return {
    ...attached,
    textBody: inline.textBody,
    htmlBodyIfNotAttached: inline.htmlBody,
    notesIfNotAttached: inline.notes,
  };
}
