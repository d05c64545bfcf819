/**
 * The pane's language in React context: components call `useT()` and get a `t` bound to the
 * current language. Strings live in src/core/i18n/<lang>/ui.ts (one place per language).
 */
import { createContext, useContext } from "react";
import { t, type Vars } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";

export type Translate = (key: string, vars?: Vars) => string;

const LanguageContext = createContext<Language>("en");

export const LanguageProvider = LanguageContext.Provider;

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  const language = useContext(LanguageContext);
  return (key, vars) => t(language, key, vars);
}

/** Office gives e.g. "nb-NO", "nn-NO", "no"; every Norwegian variant gets Bokmål, the rest English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return primary === "nb" || primary === "nn" || primary === "no" ? "nb" : "en";
}
