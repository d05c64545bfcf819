/**
 * The host used when the pane runs outside Outlook (a plain browser tab, or Office.js missing or
 * silent): nothing to read from a mailbox, so the pane shows the "not in Outlook" state and keeps
 * paste/drop working. Settings go to localStorage, the theme follows the system colour scheme.
 */
import type { Draft, Language } from "../core/types.js";
import type {
  DraftOutcome,
  HostNotice,
  HostReadResult,
  PaneHost,
  SettingsStore,
  ThemeName,
  UserSettings,
} from "../host/types.js";
import { languageFromLocale } from "./i18n.js";
import { copyToClipboard } from "../platform/clipboard.js";

const settingsKey = "ndr-explainer.settings";

export function localStorageSettings(): SettingsStore {
  return {
    async load() {
      try {
        const raw = globalThis.localStorage?.getItem(settingsKey);
        return raw ? (JSON.parse(raw) as UserSettings) : {};
      } catch {
        return {}; // storage blocked (private mode, sandboxed frame): start with defaults
      }
    },
    async save(settings) {
      try {
        globalThis.localStorage?.setItem(settingsKey, JSON.stringify(settings));
      } catch {
        // nothing to do: the choice lasts for this session only
      }
    },
  };
}

function media(query: string): MediaQueryList | undefined {
  try {
    return globalThis.matchMedia?.(query);
  } catch {
    return undefined;
  }
}

export function systemTheme(): ThemeName {
  if (media("(forced-colors: active)")?.matches) return "high-contrast";
  return media("(prefers-color-scheme: dark)")?.matches ? "dark" : "light";
}

export function onSystemThemeChanged(cb: (theme: ThemeName) => void): () => void {
  const queries = [media("(forced-colors: active)"), media("(prefers-color-scheme: dark)")].filter(
    (q): q is MediaQueryList => q !== undefined,
  );
  const listener = () => cb(systemTheme());
  for (const q of queries) q.addEventListener?.("change", listener);
  return () => {
    for (const q of queries) q.removeEventListener?.("change", listener);
  };
}

export function openInNewTab(url: string): void {
  // Only web links: NDR content is untrusted and must never smuggle javascript: or data: URLs in.
  if (!/^https?:\/\//i.test(url)) return;
  globalThis.open?.(url, "_blank", "noopener,noreferrer");
}

export interface BrowserHostOptions {
  notice?: HostNotice;
  language?: Language;
}

export function createBrowserHost(options: BrowserHostOptions = {}): PaneHost {
  const notice: HostNotice = options.notice ?? { code: "not-in-outlook" };
  return {
    kind: "browser",
    displayLanguage: () => options.language ?? languageFromLocale(globalThis.navigator?.language),
    theme: systemTheme,
    onThemeChanged: onSystemThemeChanged,
    diagnostics: () => ({
      client: "browser",
      platform: globalThis.navigator?.platform || "unknown",
      mailboxSet: "none",
      way: "paste",
    }),
    async readCurrent(): Promise<HostReadResult> {
      return { candidates: [], notices: [notice] };
    },
    onItemChanged: () => () => {},
    onFilesDropped: () => () => {}, // drops reach the page itself
    async openDraft(_draft: Draft): Promise<DraftOutcome> {
      return { opened: false, reason: "unsupported", detail: "no mail client outside Outlook" };
    },
    opensLinks: () => false, // the anchor opens a new tab itself
    async openLink(url) {
      openInNewTab(url);
    },
    copyText: copyToClipboard,
    settings: localStorageSettings(),
    // outside Outlook nobody is signed in: the bounce alone says who it was for
    readerContext: async () => ({}),
  };
}
