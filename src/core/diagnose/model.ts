/**
 * The shape of a cause: one typed entry per cause, kept as data in causes/<family>.ts.
 * The matcher (match.ts) walks them in precedence order; explain/ turns the keys into words.
 */
import type { Action, FixOwner } from "../types.js";

/** Sisimai's reason vocabulary (see corpus REASONS.md), so our output can be scored against it. */
export type SisimaiReason =
  | "userunknown"
  | "hostunknown"
  | "hasmoved"
  | "mailboxfull"
  | "suspend"
  | "exceedlimit"
  | "mesgtoobig"
  | "filtered"
  | "rejected"
  | "blocked"
  | "requireptr"
  | "badreputation"
  | "authfailure"
  | "notcompliantrfc"
  | "spamdetected"
  | "virusdetected"
  | "policyviolation"
  | "securityerror"
  | "norelaying"
  | "contenterror"
  | "notaccept"
  | "toomanyconn"
  | "speeding"
  | "failedstarttls"
  | "suppressed"
  | "networkerror"
  | "expired"
  | "systemerror"
  | "systemfull"
  | "mailererror"
  | "syntaxerror"
  | "onhold"
  | "undefined"
  | "delivered"
  | "feedback"
  | "vacation";

/**
 * Precedence tiers (catalogue §4.2): lower runs first; within a tier, catalogue order.
 * 1 vendor-unique codes and tags · 2 named blocklists · 3 authentication · 4 Exchange tokens ·
 * 5 relay / SMTP-auth phrases · 6 neighbour phrases (unknown user, full, size, loop) ·
 * 7 content and spam · 8 generic phrases · 9 code-only fallbacks.
 */
export type Tier = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface CauseMatch {
  /** Enhanced codes the rule needs: "5.7.133", ranges "5.7.606-649", wildcards "5.7.*", "*.4.7". */
  status?: readonly string[];
  /** SMTP reply codes the rule needs ("550", "5*"). */
  reply?: readonly string[];
  /**
   * A phrase or token of the server's reply (case-insensitive, linear-time pattern); a list means
   * any of them (long phrase lists are kept as several short patterns, cheap to scan and to check).
   */
  text?: RegExp | readonly RegExp[];
  /** Further phrases that must all appear too (kept apart so every pattern stays linear-time). */
  also?: readonly RegExp[];
  /** Also look for `text` in the NDR's human text (localised user texts, list notices). */
  body?: boolean;
  /**
   * The NDR's own statement, found in its text, outranks a vaguer SMTP reply of a later tier (a
   * gateway listing a header fault under its "SPAM" verdict; "account is disabled" above a server's
   * "user unknown"). Only for statements that are more specific than any reply they sit beside.
   */
  outranksReply?: boolean;
  /** Overrides the cause's tier for this rule. */
  tier?: Tier;
  /** Overrides the cause's Sisimai reason for this rule. */
  reason?: SisimaiReason;
}

/** An action with `{name}` placeholders, filled from the NDR's names (see names.ts). */
export interface ActionTemplate extends Action {
  /** only offered when every placeholder it uses has a real value */
  needs?: readonly string[];
}

/** One guidance step: the i18n key of its text, optionally the action it carries. */
export interface StepTemplate {
  key: string;
  action?: ActionTemplate;
}

export interface Cause {
  id: string;
  /** the seed causes (S1–S12) this entry answers, if any */
  seeds?: readonly string[];
  tier: Tier;
  match: readonly CauseMatch[];
  reason: SisimaiReason;
  fixOwner: FixOwner;
  permanent: boolean;
  /** steps per audience; texts are i18n keys in guidance.ts */
  guidance: { sender: readonly StepTemplate[]; owner: readonly StepTemplate[]; admin: readonly StepTemplate[] };
  source: string;
}
