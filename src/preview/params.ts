import type { Language } from "../core/types.js";
import type { ThemeName } from "../host/types.js";

export interface PreviewParams {
  sample?: string;
  language?: Language;
  theme?: ThemeName;
}

/** ?sample=<name>&lang=nb|en&theme=light|dark|high-contrast — anything else is ignored. */
export function readParams(search: string): PreviewParams {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  const theme = params.get("theme");
  return {
    sample: params.get("sample") ?? undefined,
    language: lang === "nb" || lang === "en" ? lang : undefined,
    theme: theme === "light" || theme === "dark" || theme === "high-contrast" ? theme : undefined,
  };
}
