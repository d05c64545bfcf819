/**
 * Words that depend only on the language and a value or two (a cause's title, what a status code
 * means, the plain word for a name the NDR did not give), looked up once: every recipient would
 * otherwise look up the same words through the string tables again. Forgotten when strings are
 * added (a language pack loaded later is never hidden by this), and bounded.
 */
import type { Language } from "../types.js";
import { messagesVersion } from "../i18n/index.js";

const MAX_WORDS = 4096;

const byLanguage = new Map<Language, { version: number; words: Map<string, string | undefined> }>();

/** The words for `key` in `lang`, from `lookUp` the first time. */
export function lookedUp<T extends string | undefined>(lang: Language, key: string, lookUp: () => T): T {
  let known = byLanguage.get(lang);
  if (known?.version !== messagesVersion() || known.words.size >= MAX_WORDS)
    byLanguage.set(lang, (known = { version: messagesVersion(), words: new Map() }));
  if (known.words.has(key)) return known.words.get(key) as T;
  const words = lookUp();
  known.words.set(key, words);
  return words;
}
