/**
 * Words that depend only on the language and one value (a cause's title, what a status code means,
 * who acts), looked up once: every recipient would otherwise look up the same words through the
 * string tables again. Forgotten when strings are added (a language pack loaded later is never
 * hidden by this), and bounded.
 */
import type { Language } from "../types.js";
import { messagesVersion } from "../i18n/index.js";

const MAX_WORDS = 4096;

type Words = Map<string, string | undefined>;

/** per language: the strings' version they were read at, and per kind of words, the words by value */
const byLanguage = new Map<Language, { version: number; kinds: Map<string, Words> }>();

/** The words of `kind` for `value` in `lang`, from `lookUp` the first time. */
export function lookedUp<T extends string | undefined>(
  lang: Language,
  kind: string,
  value: string,
  lookUp: () => T,
): T {
  let known = byLanguage.get(lang);
  if (known?.version !== messagesVersion())
    byLanguage.set(lang, (known = { version: messagesVersion(), kinds: new Map() }));
  let words = known.kinds.get(kind);
  if (!words || words.size >= MAX_WORDS) known.kinds.set(kind, (words = new Map()));
  if (words.has(value)) return words.get(value) as T;
  const found = lookUp();
  words.set(value, found);
  return found;
}
