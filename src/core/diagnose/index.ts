import type { DeliveryReport, Diagnosis, RecipientFacts } from "../types.js";
/** PLACEHOLDER until the diagnosis lands: owned by the diagnosis work. */
export function diagnose(_report: DeliveryReport, _facts: RecipientFacts): Diagnosis {
  return { causeId: "UNKNOWN", reason: "undefined", fixOwner: "recipient-admin", permanent: true, confidence: 0, names: { groups: [] }, actions: [] };
}
