/**
 * docs/glossary.md as tests read it: the rows of its tables, and its retired words as patterns. Shared
 * by the glossary's string check (test/core/i18n/glossary.test.ts) and the pane's rendered-text check
 * (test/browser/pane-words.test.ts), so both hold every string to the same list.
 */
import { readFileSync } from "node:fs";

export type GlossaryLanguage = "en" | "nb";

const glossary = readFileSync(new URL("../../docs/glossary.md", import.meta.url), "utf8");

/** The rows of the first table after the heading that starts with `heading`, as cells. */
export function tableAfter(heading: string): string[][] {
  const start = glossary.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/glossary.md has no "## ${heading}" section`);
  const lines = glossary.slice(start).split("\n").slice(1);
  const first = lines.findIndex((line) => line.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2); // header and separator
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Word boundaries for Norwegian and English, allowing the usual endings (mottakerserver-en, -e, -ne;
// help desk's); a hyphen counts as a boundary, so "brukerstøtte" also finds "IT-brukerstøtten".
const endings = "(?:n|t|e|r|s|en|et|er|ne|ene|erne|es|'s)?";
export const retiredPattern = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}${endings}(?![\\p{L}\\p{N}])`, "iu");

export interface RetiredWord {
  lang: GlossaryLanguage;
  word: string;
  instead: string;
  pattern: RegExp;
}

/** The "Retired words" table: words no string of that language may contain. */
export const retiredWords: RetiredWord[] = tableAfter("Retired words").map(([lang, word, instead]) => ({
  lang: lang as GlossaryLanguage,
  word: word!,
  instead: instead!,
  pattern: retiredPattern(word!),
}));
