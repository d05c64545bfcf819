/**
 * The heading a report is shown under: its kind, except for a message held for a person's decision.
 * Such a hold comes as a delay (kind "delayed" in the record), yet no server retries it and nothing
 * bounces by itself: a list's moderator, or an email admin looking at a filter's quarantine, releases
 * or declines it. Shown under the delay's heading, the reader would be told that a server is still trying.
 */
import { heldForAPerson, HELD_LIST_POSTS } from "./diagnose/retry-later.js";
import type { Explanation, ReportKind } from "./types.js";

export type KindHeading = ReportKind | "held" | "quarantined";

export function kindHeading(explanation: Explanation): KindHeading {
  const { kind } = explanation.report;
  if (kind !== "delayed") return kind;
  const causes = explanation.recipients
    .filter((recipient) => recipient.facts.action === "delayed")
    .map((recipient) => recipient.diagnosis.causeId);
  if (causes.length === 0 || !causes.every(heldForAPerson)) return kind;
  return causes.some((cause) => HELD_LIST_POSTS.has(cause)) ? "held" : "quarantined";
}
