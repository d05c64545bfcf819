/**
 * Imported first by index.tsx, so it runs before React, Fluent UI and the core are even evaluated:
 * starts fetching what the first verdict waits for — the organisation's defaults file (the settings)
 * and the strings of the language Outlook most likely shows (Office.context may already know it,
 * else the browser's language). When Outlook turns out to show the other language, that one
 * follows; this one is then a wasted 12 KB, the price of not waiting in the common case.
 */
import { loadLanguage } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";
import { organisationDefaultsOnce } from "../office/settings.js";

function likelyLanguage(): Language {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const locale = (office?.context?.displayLanguage ?? globalThis.navigator?.language ?? "").toLowerCase();
    // the same rule as languageFromLocale (i18n.tsx), which would pull React in before its time
    return /^(nb|nn|no)([-_]|$)/.test(locale) ? "nb" : "en";
  } catch {
    return "en";
  }
}

organisationDefaultsOnce().catch(() => undefined); // the settings store awaits the same fetch
loadLanguage(likelyLanguage()).catch(() => undefined); // index.tsx loads (and retries) what it needs
