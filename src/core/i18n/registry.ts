/**
 * The string tables, one per language, and `t` to read them. Tables are registered rather than
 * imported here, so each program carries only what it shows: Node registers every area of both
 * languages at once (preloaded.ts); a browser page loads the one language it shows (loadLanguage),
 * the other only when the user switches, the drafts only when it shows them, the CLI's never.
 */
import type { Language } from "../types.js";
import { fillPlaceholders } from "../text/placeholders.js";
import type { cli } from "./en/cli.js";
import type { command } from "./en/command.js";
import type { drafts } from "./en/drafts.js";
import type { guidance } from "./en/guidance.js";
import type { office } from "./en/office.js";
import type { trust } from "./en/trust.js";
import type { ui } from "./en/ui.js";

export type MessageKey = keyof (typeof guidance &
  typeof ui &
  typeof cli &
  typeof drafts &
  typeof command &
  typeof trust &
  typeof office);
export type Messages = Record<MessageKey, string>;
export type Vars = Record<string, string | number | undefined>;

/**
 * A browser page loads a language in parts: "main" (everything the verdict and the pane show) and
 * "drafts" (the drafts and the help-desk report, only once a page asks for them).
 */
export type StringPart = "main" | "drafts";

// Maps, not objects: a table of a thousand keys is a dictionary-mode object, and `t` runs for every
// line of guidance of every recipient.
const tables: Partial<Record<Language, Map<string, string>>> = {};
const loaded: Record<Language, Set<StringPart>> = { en: new Set(), nb: new Set() };
const loading = new Map<string, Promise<void>>();
/** Parts every language loaded from now on gets as well (a page that showed drafts keeps them). */
const wanted = new Set<StringPart>(["main"]);

/**
 * Adds strings of one language; `parts` says which parts they complete (Node registers everything
 * at once). Later strings add to earlier ones.
 */
export function registerMessages(
  language: Language,
  messages: Partial<Messages>,
  parts: StringPart[] = ["main", "drafts"],
): void {
  const table = (tables[language] ??= new Map());
  for (const [key, text] of Object.entries(messages)) if (text !== undefined) table.set(key, text);
  parts.forEach((part) => loaded[language].add(part));
  version++;
}

let version = 0;

/** Changes whenever strings are added: what was looked up before may read differently now. */
export function messagesVersion(): number {
  return version;
}

/** True when `language`'s main strings are here (t in that language needs no fallback). */
export function isLanguageLoaded(language: Language): boolean {
  return loaded[language].has("main");
}

function importPart(language: Language, part: StringPart): Promise<{ messages: Partial<Messages> }> {
  // One import() per file, so webpack gives each its own chunk.
  if (part === "drafts")
    return language === "nb"
      ? import(/* webpackChunkName: "strings-nb-drafts" */ "./browser-drafts-nb.js")
      : import(/* webpackChunkName: "strings-en-drafts" */ "./browser-drafts-en.js");
  return language === "nb"
    ? import(/* webpackChunkName: "strings-nb" */ "./browser-pack-nb.js")
    : import(/* webpackChunkName: "strings-en" */ "./browser-pack-en.js");
}

function loadPart(language: Language, part: StringPart): Promise<void> {
  if (loaded[language].has(part)) return Promise.resolve();
  const key = `${language}/${part}`;
  const pending =
    loading.get(key) ??
    importPart(language, part).then(
      ({ messages }) => registerMessages(language, messages, [part]),
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
  loading.set(key, pending);
  return pending;
}

/**
 * Makes `language`'s strings available (its main part, and the drafts once a page has asked for
 * them); resolves at once when they are. A failed load rejects and may be retried.
 */
export function loadLanguage(language: Language): Promise<void> {
  return Promise.all([...wanted].map((part) => loadPart(language, part))).then(() => undefined);
}

/**
 * Drafts written in a language of their own, whatever the page shows: the one to Microsoft's
 * delisting desk is in English (drafts/forward-to-delist.ts), and uses only the drafts' strings.
 */
const DRAFTS_ALSO_IN: readonly Language[] = ["en"];

/**
 * The drafts' and the help-desk report's strings, in every language the page has loaded or is
 * loading, and in the languages some drafts are always written in (DRAFTS_ALSO_IN).
 */
export function loadDraftStrings(): Promise<void> {
  wanted.add("drafts");
  const inUse = (Object.keys(loaded) as Language[]).filter(
    (language) => loaded[language].has("main") || loading.has(`${language}/main`),
  );
  const languages = [...new Set([...inUse, ...DRAFTS_ALSO_IN])];
  return Promise.all(languages.map((language) => loadPart(language, "drafts"))).then(() => undefined);
}

/** True when `key` names a string (cause data carries keys as plain strings). */
export function hasKey(key: string): key is MessageKey {
  return tables.en?.has(key) === true || tables.nb?.has(key) === true;
}

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. A language not
 * loaded yet falls back to one that is (English first); an unknown key returns the key itself
 * (visible, never a crash); a missing var keeps its `{name}`.
 */
export function t(lang: Language, key: MessageKey | string, vars: Vars = {}): string {
  const template = tables[lang]?.get(key) ?? tables.en?.get(key) ?? tables.nb?.get(key) ?? key;
  return fillPlaceholders(template, (name) => {
    const value = vars[name];
    return value === undefined || value === "" ? undefined : String(value);
  });
}
