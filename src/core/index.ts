/**
 * The pipeline in one call: input → ParsedMessage → DeliveryReport → Situation → Diagnosis per
 * recipient → Explanation. Every adapter (pane, preview, CLI, function command) goes through here.
 */
import type { BounceInput, Explanation, Language, SituationContext } from "./types.js";
import { readMessage } from "./read/index.js";
import { extractReport } from "./report/index.js";
import { diagnose } from "./diagnose/index.js";
import { explainRecipient } from "./explain/index.js";
import { assessTrust } from "./trust/index.js";
import { situate } from "./situate/index.js";
import { withoutActions } from "./explain/without-actions.js";
import { packedMap } from "./packed-map.js";

export interface ExplainOptions {
  language?: Language;
  /** who reads and which domains are ours; absent, the situation is read from the report alone */
  context?: SituationContext;
}

export async function explainBounce(input: BounceInput, options: ExplainOptions = {}): Promise<Explanation> {
  const message = await readMessage(input);
  const report = extractReport(message);
  const language = options.language ?? "en";
  const situation = situate(report, options.context);
  const trust = assessTrust(report);
  const recipients = packedMap(report.recipients, (facts, i) =>
    explainRecipient(report, facts, diagnose(report, facts, situation.recipients[i]), language),
  );
  // A likely fake gets no per-recipient actions: nothing built from addresses the lure put there (issue 13 item 7).
  return {
    report,
    trust,
    language,
    situation,
    recipients: trust.suspicious ? packedMap(recipients, withoutActions) : recipients,
  };
}

export type * from "./types.js";
