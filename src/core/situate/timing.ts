/**
 * Delayed, failed or expired. A delay (Action: delayed, a 4.x.x warning, "will retry") is still
 * being tried; "expired" is only for a report that says it stopped trying.
 */
import type { DeliveryReport, RecipientFacts, Timing } from "../types.js";

const gaveUp =
  /QUEUE\.Expired|message expired|retry timeout exceeded|giving up|gave up|Delivery time expired|delivery (?:attempts|period) (?:has )?expired|could not be delivered for (?:more than )?\d|has been in the queue too long|was aborted after|not delivered within|(?:expired|timed out) (?:in|after) .{0,40}queue|too long in the queue/i;

/** Whether the report's own text says it stopped trying (read once per report). */
export function textSaysGaveUp(report: DeliveryReport): boolean {
  return gaveUp.test((report.message?.text ?? "").slice(0, 4000));
}

export function timingOf(report: DeliveryReport, facts: RecipientFacts, textGaveUp: boolean): Timing {
  if (facts.action === "delayed" || (report.kind === "delayed" && facts.action !== "failed")) return "delayed";
  const statusExpired = /^[45]\.4\.7$/.test(facts.status ?? "");
  return statusExpired || textGaveUp || gaveUp.test(facts.diagnostic ?? "") ? "expired" : "failed";
}
