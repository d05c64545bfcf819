/**
 * The heading a report is shown under: its kind, except for a list post held for a moderator.
 * Such a hold comes as a delay (kind "delayed" in the record), yet no server retries it and
 * nothing bounces by itself: a person approves or declines it. Shown under the delay's heading,
 * the reader would be told that a server is still trying.
 */
import { heldForAPerson } from "./diagnose/retry-later.js";
import type { Explanation, ReportKind } from "./types.js";

export type KindHeading = ReportKind | "held";

export function kindHeading(explanation: Explanation): KindHeading {
  const { kind } = explanation.report;
  if (kind !== "delayed") return kind;
  const delayed = explanation.recipients.filter((recipient) => recipient.facts.action === "delayed");
  const allHeld = delayed.length > 0 && delayed.every((recipient) => heldForAPerson(recipient.diagnosis.causeId));
  return allHeld ? "held" : kind;
}
