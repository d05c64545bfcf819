/**
 * Notices that sort their recipients under headings saying what happened to each group: Sendmail's
 * "The following addresses had permanent fatal errors" above "… had transient non-fatal errors",
 * Exchange's "Delivery has failed to these recipients" beside "Delivery is delayed to these
 * recipients", Courier's "cannot be delivered" above "There are delays in delivering", Stalwart's
 * "could not be delivered to the following recipients" above "There was a temporary problem
 * delivering". In such a mixed notice a recipient's heading, not the notice as a whole, says whether
 * it failed or is still being retried: a warning's words do not make the failed one delayed, and a
 * failure notice's do not make the delayed one failed.
 */
import { containsAnyOf } from "../read/phrases.js";
import type { RecipientAction } from "../types.js";

const FAILED_HEADINGS = [
  "the following addresses had permanent fatal errors",
  "delivery has failed to these recipients",
  "the following address(es) failed",
  "the following addresses failed",
  "your message to the following recipients cannot be delivered",
  "your message could not be delivered to the following recipients",
  // the Microsoft SMTP service's ("Delivery to the following recipients failed.")
  "delivery to the following recipient failed",
  "delivery to the following recipients failed",
];
const DELAYED_HEADINGS = [
  "the following addresses had transient non-fatal errors",
  "delivery is delayed to these recipients",
  "the address to which the message has not yet been delivered",
  "the addresses to which the message has not yet been delivered",
  "delivery to the following recipient has been delayed",
  "delivery to the following recipients has been delayed",
  "there are delays in delivering your message to the following recipients",
  "there was a temporary problem delivering your message to the following recipients",
];

const DELIVERED_HEADINGS = ["the following addresses had successful deliveries"];

const HAS_FAILED_HEADING = containsAnyOf(FAILED_HEADINGS);
const HAS_DELAYED_HEADING = containsAnyOf(DELAYED_HEADINGS);
const HAS_DELIVERED_HEADING = containsAnyOf(DELIVERED_HEADINGS);

const ALL_HEADINGS = [...FAILED_HEADINGS, ...DELAYED_HEADINGS, ...DELIVERED_HEADINGS];

/**
 * Where the first heading after `from` starts in the lower-cased text, or -1: the words about a recipient
 * end there, the next section's are another group's.
 */
export function nextHeadingAfter(lower: string, from: number): number {
  let next = -1;
  for (const heading of ALL_HEADINGS) {
    const at = lower.indexOf(heading, from);
    if (at >= 0 && (next < 0 || at < next)) next = at;
  }
  return next;
}

/** A line holding one of these headings: it opens a section, so it is no reason of the recipient above it. */
export function isOutcomeHeading(lowerLine: string): boolean {
  return HAS_FAILED_HEADING(lowerLine) || HAS_DELAYED_HEADING(lowerLine) || HAS_DELIVERED_HEADING(lowerLine);
}

/** Where the last of the headings before `end` starts in the text, or -1. */
function lastHeadingBefore(lower: string, headings: readonly string[], end: number): number {
  let last = -1;
  for (const heading of headings) last = Math.max(last, lower.lastIndexOf(heading, end));
  return last;
}

/**
 * What the headings of a notice say about each recipient: "failed", "delayed" or "delivered" by the
 * nearest heading above where the own text first names the address; undefined when the notice holds
 * neither both a failed and a delayed heading nor a delivered one, or names the address above every heading.
 */
export function outcomeBySection(ownLower: string): ((address: string) => RecipientAction | undefined) | undefined {
  const mixed = HAS_DELAYED_HEADING(ownLower) && HAS_FAILED_HEADING(ownLower);
  if (!mixed && !HAS_DELIVERED_HEADING(ownLower)) return undefined;
  return (address) => {
    const at = ownLower.indexOf(address.toLowerCase());
    if (at < 0) return undefined;
    const nearest: [number, RecipientAction][] = [
      [lastHeadingBefore(ownLower, FAILED_HEADINGS, at), "failed"],
      [lastHeadingBefore(ownLower, DELAYED_HEADINGS, at), "delayed"],
      [lastHeadingBefore(ownLower, DELIVERED_HEADINGS, at), "delivered"],
    ];
    const [where, action] = nearest.reduce((a, b) => (b[0] > a[0] ? b : a));
    return where < 0 ? undefined : action;
  };
}
