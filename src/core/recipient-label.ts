/** How a recipient is named to the user: its address, else the display name the report gave instead. */
import type { RecipientFacts } from "./types.js";

export function recipientLabel(facts: Pick<RecipientFacts, "address" | "displayName">): string {
  return facts.address || facts.displayName || "";
}
