/**
 * What the other side needs from the bounce, and no more: the date, the addresses, the status code
 * and the server (plus the group, or the blocked IP and its list, where the draft is about them),
 * and the one line of the bounce that decided. The original's subject and Message-ID stay out:
 * whoever can act finds the message by sender, recipient and time, and the subject is the user's.
 */
import { t } from "../i18n/index.js";
import type { Explanation, Language, RecipientExplanation } from "../types.js";
import type { DraftContext } from "./context.js";
import { clip, domainOf, excerpt, formatUtc } from "./text.js";

export interface Fact {
  label: string;
  value: string;
}

export interface FactOptions {
  /** list the restricted groups (group owner and moderator drafts) */
  groups?: boolean;
  /** list the blocked IP and the blocklist (delisting) */
  blocklist?: boolean;
  /** longest value shown; longer ones are cut with "…" */
  maxValue: number;
}

/** "550 5.7.1", "5.7.1", "550" or undefined. */
export function statusText(recipient: RecipientExplanation): string | undefined {
  const { replyCode, status } = recipient.facts;
  const parts = [replyCode, status].filter((p): p is string => !!p && p.trim() !== "");
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** The IP the server says it blocked: the diagnosis's name, else a bracketed address in the reply. */
export function blockedIpOf(recipient: RecipientExplanation): string | undefined {
  if (recipient.diagnosis.names.blockedIp) return recipient.diagnosis.names.blockedIp;
  const reply = recipient.facts.diagnostic;
  const ipv4 = /\[(\d{1,3}(?:\.\d{1,3}){3})\]/.exec(reply)?.[1];
  if (ipv4) return ipv4;
  return /\[(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\]/.exec(reply)?.[1];
}

export function recipientDomainOf(recipient: RecipientExplanation): string | undefined {
  const names = recipient.diagnosis.names;
  return (
    domainOf(names.recipientDomain ? `x@${names.recipientDomain}` : undefined) ??
    domainOf(names.recipient) ??
    domainOf(recipient.facts.address)
  );
}

/**
 * The restricted groups named by the NDR, by display name when it gives one (the diagnosis may list
 * both "Sales Team" and sales-team@contoso.com for the same group; the address is in the facts anyway);
 * the failed address itself when nothing is named.
 */
export function groupsOf(recipient: RecipientExplanation): string[] {
  const groups = [...new Set(recipient.diagnosis.names.groups.map((g) => g.trim()).filter((g) => g !== ""))];
  const displayNames = groups.filter((g) => !g.includes("@"));
  if (displayNames.length > 0) return displayNames;
  return groups.length > 0 ? groups : [recipient.facts.address];
}

export function senderOf(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
): string | undefined {
  return (
    context.ownAddress || explanation.report.original?.from || recipient.diagnosis.names.senderAddress || undefined
  );
}

/** When the failure happened: the last attempt, else when the report says the message arrived, else the NDR's date. */
export function failureDate(explanation: Explanation, recipient: RecipientExplanation): string | undefined {
  const report = explanation.report;
  return formatUtc(recipient.facts.lastAttempt ?? report.arrivalDate ?? report.message.date ?? report.original?.date);
}

/**
 * The line of the bounce that decided the diagnosis (else the server's reply), on one line and at
 * most `max` characters, cut around the deciding words.
 */
export function decidingLine(recipient: RecipientExplanation, max: number): string | undefined {
  const evidence = recipient.diagnosis.evidence;
  const line = evidence?.line.trim() ? evidence : undefined;
  if (line) return excerpt(line.line, line.start, line.text.length, max);
  const reply = recipient.facts.diagnostic?.trim();
  return reply ? excerpt(reply, 0, 0, max) : undefined;
}

export function collectFacts(
  explanation: Explanation,
  recipient: RecipientExplanation,
  context: DraftContext,
  lang: Language,
  options: FactOptions,
): Fact[] {
  const report = explanation.report;
  const names = recipient.diagnosis.names;
  // A group the NDR names only by the address the message went to is already the recipient.
  const groups = options.groups ? groupsOf(recipient).filter((group) => group !== recipient.facts.address) : [];
  const theirServer = recipient.facts.remoteMta ?? names.remoteServer;
  const candidates: [string, string | undefined][] = [
    ["draft.fact.date", failureDate(explanation, recipient)],
    ["draft.fact.sender", senderOf(explanation, recipient, context)],
    ["draft.fact.recipient", recipient.facts.address],
    [groups.length > 1 ? "draft.fact.groups" : "draft.fact.group", groups.length > 0 ? groups.join(", ") : undefined],
    ["draft.fact.status", statusText(recipient)],
    theirServer
      ? ["draft.fact.remoteServer", theirServer]
      : ["draft.fact.generatingServer", report.generatingServer ?? names.generatingServer ?? report.reportingMta],
    ["draft.fact.blockedIp", options.blocklist ? blockedIpOf(recipient) : undefined],
    ["draft.fact.blocklist", options.blocklist ? names.blocklist : undefined],
  ];
  return candidates
    .filter((c): c is [string, string] => typeof c[1] === "string" && c[1].trim() !== "")
    .map(([key, value]) => ({ label: t(lang, key), value: clip(value, options.maxValue) }));
}
