/** A recipient's explanation with every action removed: for a bounce that looks fake, words only. */
import type { RecipientExplanation, Step } from "../types.js";
import { packedMap } from "../packed-map.js";

const wordsOnly = (steps: Step[]): Step[] => packedMap(steps, (step) => ({ text: step.text }));

export function withoutActions(recipient: RecipientExplanation): RecipientExplanation {
  return {
    ...recipient,
    diagnosis: { ...recipient.diagnosis, actions: [] },
    guidance: {
      sender: wordsOnly(recipient.guidance.sender),
      owner: wordsOnly(recipient.guidance.owner),
      admin: wordsOnly(recipient.guidance.admin),
    },
  };
}
