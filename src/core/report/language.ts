/** The language of the NDR's human text: a decoder's finding, Content-Language, or headings. */
import { containsAnyOf } from "../read/phrases.js";
import type { DecodeContext } from "./context.js";
import { allHeadings, languageOfHeading, type HeadingKind } from "./headings.js";
import { languageOfWords } from "./language-words.js";

const LANGUAGE_HEADINGS: HeadingKind[] = ["adminInfo", "failedTo", "couldNotDeliver", "generatingServer"];
/** Most bounces carry none of these headings: one pass says so before the search per language. */
const HAS_LANGUAGE_HEADING = containsAnyOf(LANGUAGE_HEADINGS.flatMap(allHeadings));

const ENGLISH_HINTS = [
  "delivery",
  "undeliverable",
  "could not",
  "couldn't",
  "failed",
  "permanent",
  "recipient",
  "returned",
];

/** Languages whose headings share words ("kunne ikke leveres" is Norwegian and Danish). */
const SCANDINAVIAN = new Set(["nb", "da", "sv"]);

/** How much of the bounce's own words their language is read from. */
const WORDS_SAMPLE_CHARS = 2000;

function languageOfOwnWords(ctx: DecodeContext): string | undefined {
  return languageOfWords(ctx.ownLower.slice(0, WORDS_SAMPLE_CHARS));
}

/** Which of the Scandinavian languages the own text's words are, when a shared heading matched. */
function scandinavianByWords(ctx: DecodeContext): string | undefined {
  const language = languageOfOwnWords(ctx);
  return language && SCANDINAVIAN.has(language) ? language : undefined;
}

export function detectLanguage(ctx: DecodeContext, fromDecoder: string | undefined): string {
  // a decoder names the language by a heading, and Danish and Norwegian Exchange share some of theirs
  if (fromDecoder) return SCANDINAVIAN.has(fromDecoder) ? (scandinavianByWords(ctx) ?? fromDecoder) : fromDecoder;
  const header = ctx.header("content-language");
  if (header) {
    const code = /^\s*([A-Za-z]{2,3})/.exec(header)?.[1]?.toLowerCase();
    if (code) return code === "no" || code === "nn" ? "nb" : code;
  }
  const byHeading = HAS_LANGUAGE_HEADING(ctx.lower) ? languageOfHeading(ctx.lower, LANGUAGE_HEADINGS) : undefined;
  if (byHeading) return SCANDINAVIAN.has(byHeading) ? (scandinavianByWords(ctx) ?? byHeading) : byHeading;
  const sample = ctx.lower.slice(0, 4000);
  // two hints are enough: stop searching once they are found
  let hints = 0;
  for (const hint of ENGLISH_HINTS) if (sample.includes(hint) && ++hints >= 2) return "en";
  return languageOfOwnWords(ctx) ?? "und";
}
