/**
 * The pipeline in one call: input → ParsedMessage → DeliveryReport → Diagnosis per recipient
 * → Explanation. Every adapter (pane, preview, CLI, function command) goes through here.
 */
import type { BounceInput, Explanation, Language, SituationContext } from "./types.js";
import { readMessage } from "./read/index.js";
import { extractReport } from "./report/index.js";
import { diagnose } from "./diagnose/index.js";
import { explainRecipient } from "./explain/index.js";
import { assessTrust } from "./trust/index.js";

export interface ExplainOptions {
  language?: Language;
  /** who reads and which domains are ours; absent, the situation is read from the report alone */
  context?: SituationContext;
}

export async function explainBounce(input: BounceInput, options: ExplainOptions = {}): Promise<Explanation> {
  const message = await readMessage(input);
  const report = extractReport(message);
  const language = options.language ?? "en";
  const recipients = report.recipients.map((facts) =>
    explainRecipient(report, facts, diagnose(report, facts), language),
  );
  return { report, trust: assessTrust(report), language, recipients };
}

export type * from "./types.js";
