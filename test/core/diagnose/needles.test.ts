/**
 * The matcher runs a rule's pattern only when one of the words read from its source is in the
 * lower-cased text (src/core/diagnose/needles.ts). A word the pattern can match without would hide a
 * cause, so here every catalogue pattern is held to its words on the whole dev corpus and on
 * generated text, and the word index is held to a plain search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../../src/core/diagnose/catalogue.js";
import { requiredWords, WordIndex } from "../../../src/core/diagnose/needles.js";
import { sisimaiCorpusTexts } from "../../support/shared.js";
import { vectors } from "./vectors.js";

const patterns = catalogue.flatMap((cause) =>
  cause.match.flatMap((rule) => [
    ...(rule.text ? (Array.isArray(rule.text) ? rule.text : [rule.text as RegExp]) : []),
    ...(rule.also ?? []),
  ]),
);

/** True when the pattern cannot match `text` without one of its words (or it has none). */
function wordsHold(pattern: RegExp, text: string): boolean {
  const words = requiredWords(pattern);
  if (!words || !pattern.test(text)) return true;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
}

describe("requiredWords", () => {
  it("reads the words of an alternation of phrases, lower-cased", () => {
    expect(requiredWords(/Mail relay denied|Invalid credentials/i)).toEqual([
      "mail relay denied",
      "invalid credentials",
    ]);
  });

  it("takes the most telling run or group of a sequence, and nothing optional or zero-width", () => {
    expect(requiredWords(/over ?quota/i)).toEqual(["quota"]);
    expect(requiredWords(/\bDMARC\b/i)).toEqual(["dmarc"]);
    expect(requiredWords(/(?:^[\s\S]{0,3}|(?!not )[\s\S]{4})(?<shown>listed (?:at|in|on) )/i)).toEqual(["listed "]);
    expect(requiredWords(/(?:mailbox|account) (?:is )?disabled/i)).toEqual(["disabled"]);
    expect(requiredWords(/(?:quota|storage)+ x/i)).toEqual(["quota", "storage"]);
    expect(requiredWords(/(?=quota)[a-z]+ x/i)).toBeUndefined();
  });

  it("keeps escaped punctuation and drops a word implied by a shorter one", () => {
    expect(requiredWords(/RESOLVER\.RST\.AuthRequired/i)).toEqual(["resolver.rst.authrequired"]);
    expect(requiredWords(/Unable to relay|not permitted to relay/i)).toEqual([
      "unable to relay",
      "not permitted to relay",
    ]);
    expect(requiredWords(/relay denied|mail relay denied/i)).toEqual(["relay denied"]);
  });

  it("stops words at letters outside ASCII, whose case folds differently in the regex engine", () => {
    expect(requiredWords(/autorisé à/i)).toEqual(["autoris"]);
    expect(requiredWords(/µ/i)).toBeUndefined();
  });

  it("gives no words when any branch has none, or the source is not followed", () => {
    expect(requiredWords(/spam|\d{3}/i)).toBeUndefined();
    expect(requiredWords(/ab|cd/i)).toBeUndefined();
    expect(requiredWords(/\u0041bc/i)).toBeUndefined();
    expect(requiredWords(/quota/iu)).toBeUndefined();
  });

  it("gives every catalogue pattern words", () => {
    expect(patterns.filter((pattern) => !requiredWords(pattern)).map(String)).toEqual([]);
  });

  it("holds for every catalogue pattern on every reply vector", () => {
    for (const pattern of patterns) for (const [, reply] of vectors) expect(wordsHold(pattern, reply)).toBe(true);
  });

  const texts = sisimaiCorpusTexts();
  it.skipIf(texts.length === 0)(`holds for every catalogue pattern on every file of the dev corpus`, () => {
    for (const pattern of patterns) {
      const missed = texts.filter((text) => !wordsHold(pattern, text));
      expect(missed.length, String(pattern)).toBe(0);
    }
  });

  it("holds on text built from each pattern's own words in any case, among noise", () => {
    const pieces = [...new Set(patterns.flatMap((pattern) => requiredWords(pattern) ?? []))];
    const noise = ["", " ", "x", "é", "İ", "ſ", "K", "5.7.1", "'", "\n"];
    const anyCase = (word: string) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(""));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces).chain(anyCase), fc.constantFrom(...noise)), { maxLength: 12 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => patterns.every((pattern) => wordsHold(pattern, t))),
      { numRuns: 1500 },
    );
  });
});

describe("WordIndex", () => {
  it("flags exactly the things whose words a text contains, and the things without words always", () => {
    const things: (readonly string[] | undefined)[] = [["quota"], ["relay denied", "no relaying"], undefined, ["ab"]];
    const index = new WordIndex();
    things.forEach((words, thing) => index.add(thing, words));
    const expected = (lower: string) =>
      things.map((words) => (!words || words.some((word) => word.length < 3 || lower.includes(word)) ? 1 : 0));
    const text = fc
      .array(fc.constantFrom("quota", "quot", "relay denied", "no relay", "no relaying", "a", "b", " ", "qu"), {
        maxLength: 10,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect([...index.candidates(t)]).toEqual(expected(t));
      }),
    );
  });
});
