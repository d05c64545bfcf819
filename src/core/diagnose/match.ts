/**
 * The matcher: first rule in precedence order whose conditions all hold. The server's reply is
 * read first (reply text wins over the bare code); then phrases of the NDR's human text for rules
 * that allow it; then code-only fallbacks. Rules are compiled once, at module load.
 */
import type { Cause, CauseMatch, SisimaiReason, Tier } from "./model.js";
import { catalogue } from "./catalogue.js";
import { codesIn, isGeneric, replyTester, statusTester } from "./status.js";

interface CompiledRule {
  cause: Cause;
  rule: CauseMatch;
  tier: Tier;
  testStatus?: (status: string) => boolean;
  testReply?: (reply: string) => boolean;
}

export interface MatchInput {
  /** the server's reply, unfolded */
  reply: string;
  /** the NDR's human-readable text (may be "") */
  body: string;
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

function compile(causes: readonly Cause[]): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const cause of causes) {
    for (const rule of cause.match) {
      const codeOnly = !rule.text;
      const tier = rule.tier ?? (codeOnly && cause.tier !== 1 ? 9 : cause.tier);
      rules.push({
        cause,
        rule,
        tier,
        testStatus: rule.status ? statusTester(rule.status) : undefined,
        testReply: rule.reply ? replyTester(rule.reply) : undefined,
      });
    }
  }
  // Stable sort keeps catalogue order inside a tier.
  return rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.tier - b.r.tier || a.i - b.i)
    .map(({ r }) => r);
}

const rules = compile(catalogue);

/** Multi-line SMTP replies repeat "550-5.7.26 " on each line; once joined they sit mid-text. */
const continuationPrefix = /\s\d{3}[- ][245]\.\d{1,3}\.\d{1,3}(?=\s)/g;

export function normaliseReply(reply: string): string {
  return reply.replace(/\s+/g, " ").replace(continuationPrefix, " ").replace(/ {2,}/g, " ").trim();
}

function statusesFor(input: MatchInput, rule: CompiledRule): boolean {
  if (!rule.testStatus) return true;
  return input.statuses.some((status) => rule.testStatus!(status));
}

export function textHit(
  patterns: RegExp | readonly RegExp[],
  also: readonly RegExp[] | undefined,
  text: string,
): RuleHit["span"] | undefined {
  if (!text) return undefined;
  let m: RegExpExecArray | null = null;
  for (const pattern of Array.isArray(patterns) ? patterns : [patterns as RegExp]) if ((m = pattern.exec(text))) break;
  if (!m) return undefined;
  if (also && !also.every((p) => p.test(text))) return undefined;
  // A pattern may match context before its evidence (lookbehind's job, which the pages' ES2020
  // floor lacks); its `shown` group, which ends the match, is then what the evidence quotes.
  const shown = m.groups?.shown;
  if (shown !== undefined) return { text: shown, index: m.index + m[0].length - shown.length };
  return { text: m[0], index: m.index };
}

/** Body hits per rule, for the body last searched: every recipient of one report shares its body. */
let hitsBody: string | undefined;
const bodyHits = new Map<CompiledRule, RuleHit["span"] | null>();
function bodyHit(compiled: CompiledRule, body: string): RuleHit["span"] | undefined {
  if (body !== hitsBody) {
    hitsBody = body;
    bodyHits.clear();
  }
  let hit = bodyHits.get(compiled);
  if (hit === undefined) bodyHits.set(compiled, (hit = textHit(compiled.rule.text!, compiled.rule.also, body) ?? null));
  return hit ?? undefined;
}

/**
 * A statement of the NDR's own text marked `outranksReply`, of a better tier than the reply's match,
 * is the better cause (see CauseMatch.outranksReply).
 */
function specificInBody(input: MatchInput, replyTier: Tier): RuleHit | undefined {
  if (!input.body) return undefined;
  for (const compiled of rules) {
    if (compiled.tier >= replyTier) break;
    const { rule, cause } = compiled;
    if (!rule.outranksReply || !rule.text || !statusesFor(input, compiled)) continue;
    const span = bodyHit(compiled, input.body);
    if (span) return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "body", span };
  }
  return undefined;
}

/** The first rule that holds, or undefined. */
export function matchRules(input: MatchInput): RuleHit | undefined {
  const reply = normaliseReply(input.reply);
  // Pass 1: text rules against the reply, and code rules, by tier.
  for (const compiled of rules) {
    const { rule, cause } = compiled;
    if (compiled.testReply && !(input.replyCode && compiled.testReply(input.replyCode))) continue;
    if (!statusesFor(input, compiled)) continue;
    if (!rule.text) {
      if (compiled.tier === 9) continue; // code-only fallbacks wait for pass 3
      return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "status" };
    }
    const span = textHit(rule.text, rule.also, reply);
    if (span)
      return (
        specificInBody(input, compiled.tier) ?? {
          cause,
          rule,
          tier: compiled.tier,
          reason: rule.reason ?? cause.reason,
          where: "reply",
          span,
        }
      );
  }
  // Pass 2: phrases only the NDR's human text carries (localised user texts, list notices).
  if (input.body) {
    for (const compiled of rules) {
      const { rule, cause } = compiled;
      if (!rule.body || !rule.text || !statusesFor(input, compiled)) continue;
      const span = bodyHit(compiled, input.body);
      if (span) return { cause, rule, tier: compiled.tier, reason: rule.reason ?? cause.reason, where: "body", span };
    }
  }
  // Pass 3: what the code alone says.
  for (const compiled of rules) {
    const { rule, cause } = compiled;
    if (rule.text || compiled.tier !== 9) continue;
    if (compiled.testReply && !(input.replyCode && compiled.testReply(input.replyCode))) continue;
    if (!statusesFor(input, compiled)) continue;
    return { cause, rule, tier: 9, reason: rule.reason ?? cause.reason, where: "status" };
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
