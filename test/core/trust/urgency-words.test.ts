/**
 * The urgency check's word splitter is scanned by hand (it runs on up to 200,000 characters of any
 * NDR, so the fuzz job's 50 ms bound needs it cheap). It must split exactly as the pattern it
 * replaced: runs of letters and digits in any script, hyphen-joined runs as one word with the
 * hyphens dropped, and ".", "!", "?" and line breaks ending a sentence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitWords } from "../../../src/core/trust/urgency.js";

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

  it("keeps hyphen-joined words whole and counts sentences", () => {
    const { words, sentence, positions } = splitWords("Verify your E-mail account now! Click-here.\nDone");
    expect(words).toEqual(["verify", "your", "email", "account", "now", "clickhere", "done"]);
    expect(sentence).toEqual([0, 0, 0, 0, 0, 1, 3]);
    expect(positions.get("email")).toEqual([2]);
  });
});
