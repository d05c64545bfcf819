/**
 * The matcher: first rule in precedence order whose conditions all hold. The server's reply is
 * read first (reply text wins over the bare code); then phrases of the NDR's human text for rules
 * that allow it; then code-only fallbacks. Rules are compiled once, at module load.
 */
import type { Cause, CauseMatch, SisimaiReason, Tier } from "./model.js";
import { catalogue } from "./catalogue.js";
import { codesIn, isGeneric, replyTester, statusTester } from "./status.js";
import { requiredWords, WordIndex } from "./needles.js";
import { LOCALIZED_CAUSES } from "../read/localized-reasons.js";

/** A pattern with the words it cannot match without (none known: undefined). */
interface CompiledPattern {
  pattern: RegExp;
  words?: readonly string[];
}

interface CompiledRule {
  /** place in precedence order */
  index: number;
  cause: Cause;
  rule: CauseMatch;
  tier: Tier;
  testStatus?: (status: string) => boolean;
  testReply?: (reply: string) => boolean;
  text?: readonly CompiledPattern[];
  also?: readonly CompiledPattern[];
}

export interface MatchInput {
  /** the server's reply, unfolded */
  reply: string;
  /** the NDR's human-readable text (may be "") */
  body: string;
  /** `body` lower-cased, when the caller has it already */
  lowerBody?: string;
  /** the enhanced status codes that apply, most trusted first */
  statuses: string[];
  replyCode?: string;
}

export interface RuleHit {
  cause: Cause;
  rule: CauseMatch;
  tier: Tier;
  reason: SisimaiReason;
  /** where the deciding text was found */
  where: "reply" | "body" | "status";
  span?: { text: string; index: number };
}

function compilePattern(pattern: RegExp): CompiledPattern {
  const words = requiredWords(pattern);
  return words ? { pattern, words } : { pattern };
}

const patternsOf = (text: RegExp | readonly RegExp[]): readonly RegExp[] =>
  Array.isArray(text) ? text : [text as RegExp];

function compile(causes: readonly Cause[]): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const cause of causes) {
    for (const rule of cause.match) {
      const codeOnly = !rule.text;
      const tier = rule.tier ?? (codeOnly && cause.tier !== 1 ? 9 : cause.tier);
      rules.push({
        index: 0,
        cause,
        rule,
        tier,
        testStatus: rule.status ? statusTester(rule.status) : undefined,
        testReply: rule.reply ? replyTester(rule.reply) : undefined,
        text: rule.text && patternsOf(rule.text).map(compilePattern),
        also: rule.also?.map(compilePattern),
      });
    }
  }
  // Stable sort keeps catalogue order inside a tier.
  return rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.tier - b.r.tier || a.i - b.i)
    .map(({ r }, index) => ({ ...r, index }));
}

const rules = compile(catalogue);

/** Which text rules a reply may satisfy, by their words (a rule may match when any of its patterns may). */
const ruleWords = new WordIndex();
rules.forEach(({ text }, at) => {
  if (!text) return;
  ruleWords.add(at, text.some((p) => !p.words) ? undefined : text.flatMap((p) => p.words!));
});

/** Multi-line SMTP replies repeat "550-5.7.26 " on each line; once joined they sit mid-text. */
const continuationPrefix = /\s\d{3}[- ][245]\.\d{1,3}\.\d{1,3}(?=\s)/g;

/** The last reply normalised: diagnose asks for the same reply's form up to three times in a row. */
let lastReply: string | undefined;
let lastNormalised = "";

export function normaliseReply(reply: string): string {
  if (reply !== lastReply) {
    lastNormalised = reply.replace(/\s+/g, " ").replace(continuationPrefix, " ").replace(/ {2,}/g, " ").trim();
    lastReply = reply;
  }
  return lastNormalised;
}

/**
 * Which rules (by index) one status code lets through, remembered per code: a corpus has a few dozen
 * distinct codes, and every message tested them against each of the ~60 rules with a status.
 */
const allowedByStatus = new Map<string, Uint8Array>();
const withoutStatus = Uint8Array.from(rules, (rule) => (rule.testStatus ? 0 : 1));

function allowedBy(status: string): Uint8Array {
  let allowed = allowedByStatus.get(status);
  if (!allowed) {
    allowed = Uint8Array.from(rules, (rule) => (!rule.testStatus || rule.testStatus(status) ? 1 : 0));
    if (allowedByStatus.size < 256) allowedByStatus.set(status, allowed);
  }
  return allowed;
}

/** The rules whose status condition one of `statuses` meets (flag 1 by index). */
function rulesAllowed(statuses: readonly string[]): Uint8Array {
  if (statuses.length === 0) return withoutStatus;
  if (statuses.length === 1) return allowedBy(statuses[0]!);
  const allowed = allowedBy(statuses[0]!).slice();
  for (const status of statuses.slice(1)) {
    const more = allowedBy(status);
    for (let i = 0; i < allowed.length; i++) allowed[i]! |= more[i]!;
  }
  return allowed;
}

export function textHit(
  patterns: RegExp | readonly RegExp[],
  also: readonly RegExp[] | undefined,
  text: string,
): RuleHit["span"] | undefined {
  if (!text) return undefined;
  const all = (list: readonly RegExp[]) => list.map((pattern) => ({ pattern }));
  return compiledHit(all(patternsOf(patterns)), also && all(also), text, () => true);
}

/**
 * The first pattern's match, when every `also` pattern holds too. `mayMatch` says whether a
 * pattern's words are in the text: a pattern without them cannot match and is not run.
 */
function compiledHit(
  patterns: readonly CompiledPattern[],
  also: readonly CompiledPattern[] | undefined,
  text: string,
  mayMatch: (compiled: CompiledPattern) => boolean,
): RuleHit["span"] | undefined {
  let m: RegExpExecArray | null = null;
  for (const compiled of patterns) if (mayMatch(compiled) && (m = compiled.pattern.exec(text))) break;
  if (!m) return undefined;
  if (also && !also.every((compiled) => mayMatch(compiled) && compiled.pattern.test(text))) return undefined;
  // A pattern may match context before its evidence (lookbehind's job, which the pages' ES2020
  // floor lacks); its `shown` group, which ends the match, is then what the evidence quotes.
  const shown = m.groups?.shown;
  if (shown !== undefined) return { text: shown, index: m.index + m[0].length - shown.length };
  return { text: m[0], index: m.index };
}

const anyPattern = () => true;

/** Body hits per rule, for the body last searched: every recipient of one report shares its body. */
let hitsBody: string | undefined;
let hitsLowerBody: string | undefined;
const bodyHits = new Map<CompiledRule, RuleHit["span"] | null>();
function bodyHit(compiled: CompiledRule, body: string, lowerBody: string | undefined): RuleHit["span"] | undefined {
  if (body !== hitsBody) {
    hitsBody = body;
    hitsLowerBody = lowerBody;
    bodyHits.clear();
  }
  let hit = bodyHits.get(compiled);
  if (hit === undefined) {
    const lower = (hitsLowerBody ??= body.toLowerCase());
    const mayMatch = (p: CompiledPattern) => !p.words || p.words.some((word) => lower.includes(word));
    bodyHits.set(compiled, (hit = (body && compiledHit(compiled.text!, compiled.also, body, mayMatch)) || null));
  }
  return hit ?? undefined;
}

/**
 * A statement of the NDR's own text marked `outranksReply`, of a better tier than the reply's match,
 * is the better cause (see CauseMatch.outranksReply).
 */
function specificInBody(input: MatchInput, replyTier: Tier, allowed: Uint8Array): RuleHit | undefined {
  if (!input.body) return undefined;
  for (const compiled of rules) {
    if (compiled.tier >= replyTier) break;
    const { rule, cause } = compiled;
    if (!rule.outranksReply || !rule.text || !allowed[compiled.index]) continue;
    const span = bodyHit(compiled, input.body, input.lowerBody);
    if (span) return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "body", span };
  }
  return undefined;
}

/** The first rule that holds, or undefined. */
export function matchRules(input: MatchInput): RuleHit | undefined {
  const reply = normaliseReply(input.reply);
  const candidates = ruleWords.candidates(reply.toLowerCase());
  const allowed = rulesAllowed(input.statuses);
  // Pass 1: text rules against the reply, and code rules, by tier.
  for (let at = 0; at < rules.length; at++) {
    const compiled = rules[at]!;
    const { rule, cause } = compiled;
    if (compiled.text && !candidates[at]) continue;
    if (compiled.testReply && !(input.replyCode && compiled.testReply(input.replyCode))) continue;
    if (!allowed[at]) continue;
    if (!rule.text) {
      if (compiled.tier === 9) continue; // code-only fallbacks wait for pass 3
      return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "status" };
    }
    const span = reply ? compiledHit(compiled.text!, compiled.also, reply, anyPattern) : undefined;
    if (span)
      return (
        specificInBody(input, compiled.tier, allowed) ?? {
          cause,
          rule,
          tier: compiled.tier,
          reason: rule.reason ?? cause.reason,
          where: "reply",
          span,
        }
      );
  }
  // Pass 1b: a reason given in another language's words ("Benutzer unbekannt", "宛先不明"). These
  // phrases have no English words for the catalogue's word index, so they are not catalogue patterns.
  const localized = reply ? localizedHit(reply) : undefined;
  if (localized) return localized;
  // Pass 2: phrases only the NDR's human text carries (localised user texts, list notices).
  if (input.body) {
    for (const compiled of rules) {
      const { rule, cause } = compiled;
      if (!rule.body || !rule.text || !allowed[compiled.index]) continue;
      const span = bodyHit(compiled, input.body, input.lowerBody);
      if (span) return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "body", span };
    }
  }
  // Pass 3: what the code alone says.
  for (const compiled of rules) {
    const { rule, cause } = compiled;
    if (rule.text || compiled.tier !== 9) continue;
    if (compiled.testReply && !(input.replyCode && compiled.testReply(input.replyCode))) continue;
    if (!allowed[compiled.index]) continue;
    return { cause, rule, tier: 9, reason: rule.reason ?? cause.reason, where: "status" };
  }
  return undefined;
}

/** Causes a reason in another language names, with the rule that stands for their text (the first). */
const localizedCauses = LOCALIZED_CAUSES.map(([patterns, id]) => {
  const cause = catalogue.find((c) => c.id === id)!;
  return { patterns, cause, rule: cause.match.find((rule) => rule.text)! };
});

function localizedHit(reply: string): RuleHit | undefined {
  for (const { patterns, cause, rule } of localizedCauses) {
    for (const pattern of patterns) {
      const m = pattern.exec(reply);
      if (m)
        return {
          cause,
          rule,
          tier: cause.tier,
          reason: cause.reason,
          where: "reply",
          span: { text: m[0], index: m.index },
        };
    }
  }
  return undefined;
}

/** The codes worth testing: the status field, and the reply's own code when the field is vague. */
export function effectiveStatuses(status: string | undefined, reply: string): string[] {
  const inReply = codesIn(reply).filter((code) => !isGeneric(code));
  const out: string[] = [];
  if (status && !isGeneric(status)) out.push(status);
  for (const code of inReply) if (!out.includes(code)) out.push(code);
  if (status && isGeneric(status) && out.length === 0) out.push(status);
  return out;
}
