/**
 * The preview page plays Outlook: the "current item" is the chosen sample (or what was pasted or
 * dropped on the page), drafts land in the page's "would open in Outlook" panel instead of a compose
 * form, links are listed instead of opened. No Office.js, no network.
 */
import type { Draft, Language } from "../core/types.js";
import type {
  Candidate,
  DraftOutcome,
  HostReadResult,
  PaneHost,
  SettingsStore,
  ThemeName,
  WayIn,
} from "../host/types.js";
import { copyToClipboard } from "../platform/clipboard.js";
import { localStorageSettings, systemTheme } from "../taskpane/browserHost.js";
import { languageFromLocale } from "../taskpane/i18n.js";

export type PreviewEvent = { kind: "draft"; draft: Draft; at: number } | { kind: "link"; url: string; at: number };

export interface PreviewItem {
  /** what the pane's Diagnostics line calls the item */
  label: string;
  candidates: Candidate[];
  /** whose mailbox it sits in (the sample's To): the preview's stand-in for Outlook's signed-in user */
  reader?: string;
}

export interface PreviewController {
  host: PaneHost;
  /** make `item` the selected message and tell the pane, like Outlook's ItemChanged */
  select(item: PreviewItem | undefined): void;
  setTheme(theme: ThemeName): void;
  theme(): ThemeName;
  onEvent(cb: (event: PreviewEvent) => void): () => void;
}

export interface PreviewOptions {
  language?: Language;
  theme?: ThemeName;
}

/**
 * The browser's local storage, as outside Outlook (the help-desk address is kept for next time), but a
 * URL's ?lang wins over a remembered language every time the page opens.
 */
function previewSettings(urlLanguage: Language | undefined): SettingsStore {
  const stored = localStorageSettings();
  return {
    load: async () => ({ ...(await stored.load()), ...(urlLanguage && { language: urlLanguage }) }),
    save: (settings) => stored.save(settings),
  };
}

export function createPreviewHost(options: PreviewOptions = {}): PreviewController {
  let item: PreviewItem | undefined;
  let theme: ThemeName = options.theme ?? systemTheme();
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: ThemeName) => void>();
  const eventListeners = new Set<(event: PreviewEvent) => void>();
  const emit = (event: PreviewEvent) => eventListeners.forEach((cb) => cb(event));
  const way = (): WayIn => item?.candidates[0]?.way ?? "none";

  const host: PaneHost = {
    kind: "preview",
    displayLanguage: () => options.language ?? languageFromLocale(globalThis.navigator?.language),
    theme: () => theme,
    onThemeChanged(cb) {
      themeListeners.add(cb);
      return () => themeListeners.delete(cb);
    },
    diagnostics: () => ({
      client: "preview",
      platform: globalThis.navigator?.platform || "browser",
      mailboxSet: "none",
      itemClass: item ? `sample: ${item.label}` : undefined,
      way: way(),
    }),
    async readCurrent(): Promise<HostReadResult> {
      // nothing chosen yet: no notice, so the pane starts neutral, on its paste box
      if (!item) return { candidates: [], notices: [] };
      return { candidates: item.candidates, notices: [] };
    },
    onItemChanged(cb) {
      itemListeners.add(cb);
      return () => itemListeners.delete(cb);
    },
    onFilesDropped: () => () => {}, // drops reach the page itself
    async openDraft(draft): Promise<DraftOutcome> {
      emit({ kind: "draft", draft, at: Date.now() });
      return { opened: true, via: "preview panel" };
    },
    opensLinks: () => true, // shown in the page's panel, never opened
    async openLink(url) {
      emit({ kind: "link", url, at: Date.now() });
    },
    copyText: copyToClipboard,
    settings: previewSettings(options.language),
    async readerContext() {
      const reader = item?.reader;
      const domain = reader?.split("@")[1];
      // the sample reader's organisation is their own domain: the preview has no config file
      return reader && domain ? { readerAddress: reader, orgDomains: [domain] } : {};
    },
  };

  return {
    host,
    select(next) {
      item = next;
      itemListeners.forEach((cb) => cb());
    },
    setTheme(next) {
      theme = next;
      themeListeners.forEach((cb) => cb(next));
    },
    theme: () => theme,
    onEvent(cb) {
      eventListeners.add(cb);
      return () => eventListeners.delete(cb);
    },
  };
}
