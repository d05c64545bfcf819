/**
 * The urgency check's word splitter is scanned by hand (it runs on up to 200,000 characters of any
 * NDR, so the fuzz job's 50 ms bound needs it cheap). It must split exactly as the pattern it
 * replaced: runs of letters and digits in any script, hyphen-joined runs as one word with the
 * hyphens dropped, and ".", "!", "?" and line breaks ending a sentence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findUrgency,
  splitWords,
  URGENCY_RULES,
  type UrgencyHit,
  type UrgencyRule,
  type UrgencyStep,
} from "../../../src/core/trust/urgency.js";

const WORD_OR_BREAK = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.!?\n]/gu;

function bySplitPattern(text: string): { words: string[]; sentence: number[] } {
  const words: string[] = [];
  const sentence: number[] = [];
  let current = 0;
  for (const match of text.toLowerCase().matchAll(WORD_OR_BREAK)) {
    const token = match[0];
    if (token.length === 1 && ".!?\n".includes(token)) {
      current++;
      continue;
    }
    words.push(token.replace(/-/g, ""));
    sentence.push(current);
  }
  return { words, sentence };
}

/** The plain reading of the rules, word by word over every word, that findUrgency must agree with. */
function byPlainMatching(text: string): UrgencyHit[] {
  const { words, sentence } = splitWords(text.slice(0, 200_000));
  const accepts = (step: UrgencyStep, word: string) =>
    step.words.some((c) => (c.endsWith("*") ? word.startsWith(c.slice(0, -1)) : word === c));
  const matchFrom = (steps: readonly UrgencyStep[], index: number, from: number, s: number): number | undefined => {
    if (index >= steps.length) return from - 1;
    const last = Math.min(words.length - 1, from + (steps[index]!.gap ?? 0));
    for (let at = from; at <= last && sentence[at] === s; at++) {
      if (!accepts(steps[index]!, words[at]!)) continue;
      const end = matchFrom(steps, index + 1, at + 1, s);
      if (end !== undefined) return end;
    }
    return undefined;
  };
  const inSentence = (rule: UrgencyRule, start: number) =>
    !rule.inSentence || words.some((word, at) => sentence[at] === sentence[start] && rule.inSentence!.includes(word));
  const hits: UrgencyHit[] = [];
  for (const rule of URGENCY_RULES) {
    if (hits.some((hit) => hit.id === rule.id)) continue;
    for (let start = 0; start < words.length; start++) {
      if (!accepts(rule.steps[0]!, words[start]!)) continue;
      const end = matchFrom(rule.steps, 1, start + 1, sentence[start]!);
      if (end === undefined || !inSentence(rule, start)) continue;
      hits.push({
        id: rule.id,
        phrase: words
          .slice(start, end + 1)
          .join(" ")
          .slice(0, 120),
      });
      break;
    }
  }
  return hits;
}

/** Words the rules name (and a few near them), so random texts often come close to a lure. */
const RULE_WORDS = [
  ...new Set(
    URGENCY_RULES.flatMap((rule) => [...rule.steps.flatMap((step) => step.words), ...(rule.inSentence ?? [])]),
  ),
].map((word) => word.replace("*", "e"));

// letters of several scripts, astral letters and emoji, lone surrogates, a combining mark, breaks and separators
const PIECES = [
  "a",
  "Z",
  "é",
  "İ",
  "ß",
  "Ω",
  "中",
  "9",
  "𝐀",
  "😀",
  "\ud800",
  "\udc00",
  "\u0301",
  "-",
  "--",
  ".",
  "!",
  "?",
  "\n",
  "\r",
  " ",
  "\t",
  "_",
  "'",
];

describe("urgency word splitting", () => {
  it("splits like the word pattern it replaced, on any text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const { words, sentence } = splitWords(t);
        expect({ words, sentence }).toEqual(bySplitPattern(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds the lures the plain word-by-word reading of the rules finds, with the same phrases", () => {
    // a rule's words in order, one of each step's choices, so whole lures (and near misses) occur
    const lure = fc
      .constantFrom(...URGENCY_RULES)
      .chain((rule) => fc.tuple(...rule.steps.map((step) => fc.constantFrom(...step.words))))
      .map((words) => words.join(" ").replace(/\*/g, "ing"));
    const piece = fc.oneof(
      lure,
      fc.constantFrom(...RULE_WORDS),
      fc.constantFrom(...RULE_WORDS).map((word) => word.toUpperCase()),
      fc.constantFrom("releasing", "re-lease", "e-mail", "your", "the", "now", "x", "Ab-Cd", "𝐀"),
      fc.constantFrom(...PIECES),
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom(" ", " ", " ", "", "\n", ". ", ", ", "-")), { maxLength: 40 })
      .map((pairs) => pairs.map(([word, gap]) => word + gap).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(findUrgency(t)).toEqual(byPlainMatching(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps hyphen-joined words whole and counts sentences", () => {
    const { words, sentence, positions } = splitWords("Verify your E-mail account now! Click-here.\nDone");
    expect(words).toEqual(["verify", "your", "email", "account", "now", "clickhere", "done"]);
    expect(sentence).toEqual([0, 0, 0, 0, 0, 1, 3]);
    expect(positions.get("email")).toEqual([2]);
  });
});
