/**
 * The ordered cause catalogue. Families are listed in the order that breaks ties inside a tier
 * (recipient restrictions before generic blocklist words, and so on); the matcher sorts by tier.
 */
import type { Cause } from "./model.js";
import { restrictionCauses } from "./causes/restrictions.js";
import { relayCauses } from "./causes/relay.js";
import { authenticationCauses } from "./causes/authentication.js";
import { reputationCauses } from "./causes/reputation.js";
import { senderTenantCauses } from "./causes/sender-tenant.js";
import { contentCauses } from "./causes/content.js";
import { neighbourCauses } from "./causes/neighbours.js";
import { genericCauses, unknownCause } from "./causes/generic.js";

export const catalogue: readonly Cause[] = [
  ...restrictionCauses,
  ...relayCauses,
  ...authenticationCauses,
  ...reputationCauses,
  ...senderTenantCauses,
  ...contentCauses,
  ...neighbourCauses,
  ...genericCauses,
];

/** Reports that are not failures still get a cause, so every record says what it is. */
export const notAFailure = {
  delivered: "DELIVERED",
  "auto-reply": "AUTO_REPLY",
  feedback: "FEEDBACK_REPORT",
} as const;

export { unknownCause };

const byId = new Map<string, Cause>([...catalogue, unknownCause].map((cause) => [cause.id, cause]));

export function causeById(id: string): Cause | undefined {
  return byId.get(id);
}
