import type { DeliveryReport, ParsedMessage } from "../types.js";
/** PLACEHOLDER until the engine lands: owned by the engine work. */
export function extractReport(message: ParsedMessage): DeliveryReport {
  return { kind: "not-a-report", format: "none", language: "und", recipients: [], hops: [], message, problems: message.problems };
}
