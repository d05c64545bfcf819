import type { DeliveryReport, Diagnosis, Language, RecipientExplanation, RecipientFacts } from "../types.js";
/** PLACEHOLDER until the diagnosis lands: owned by the diagnosis work. */
export function explainRecipient(_r: DeliveryReport, facts: RecipientFacts, diagnosis: Diagnosis, _l: Language): RecipientExplanation {
  return { facts, diagnosis, verdict: "", title: diagnosis.causeId, guidance: { sender: [], owner: [], admin: [] } };
}
