/** What a draft needs to know beyond the explanation: who the user is and how the NDR reached us. */
import type { Language } from "../types.js";

/**
 * How the NDR reached the add-in, which decides whether it can be attached to a draft:
 * - "item": the add-in runs on the NDR itself (its itemId can be attached);
 * - "attachment": the NDR is an attachment of the open message (that message can be attached);
 * - "pasted": pasted, dropped or picked as a file (nothing to attach: its text goes in the body).
 */
export type NdrArrival = "item" | "attachment" | "pasted";

export interface DraftContext {
  /** the user's language: notes, and every draft body unless `draftLanguage` says otherwise */
  language: Language;
  /** write the message itself in this language (e.g. English to a foreign admin); notes stay in `language` */
  draftLanguage?: Language;
  /** from settings (user, or the organisation's defaults) */
  helpDeskAddress?: string;
  /** the user's own address, when the host knows it */
  ownAddress?: string;
  /** another address for the recipient, typed by the user, copied on the recipient-admin draft */
  recipientOtherAddress?: string;
  arrival: NdrArrival;
}

/**
 * The arrival as the host's WayIn names it (src/host/types.ts; a string here so the core does not
 * depend on the host). A compose-mode forward counts as "item": the host sets the recipient on the
 * forward itself, which already carries the NDR.
 */
export function arrivalFromWay(way: string): NdrArrival {
  switch (way) {
    case "item-mime":
    case "item-pieces":
    case "compose":
      return "item";
    case "attachment":
      return "attachment";
    default:
      return "pasted";
  }
}
