/**
 * PaneHost over Office.js: the task pane's only door to Outlook. It reads the selected item
 * (src/office/read-item.ts), carries drafts out (open-draft.ts), and keeps a pinned pane honest:
 * a read that overlaps an item change never hands back the previous item's bounce.
 */
import type { Draft, SituationContext } from "../core/types.js";
import type {
  DraftOutcome,
  DroppedFile,
  HostDiagnostics,
  HostNotice,
  HostReadResult,
  PaneHost,
  SettingsStore,
  ThemeName,
} from "../host/types.js";
import {
  clientDescription,
  highestMailboxSet,
  officeDisplayLanguage,
  officeTheme,
  themeFromColors,
  systemTheme,
} from "./environment.js";
import { copyToClipboard } from "../platform/clipboard.js";
import { dragAndDropEvent, droppedFiles } from "./drag-and-drop.js";
import { canOpenBrowserWindow, openWebPage } from "./links.js";
import { callAsync, defaultTuning, type CallTuning } from "./office-call.js";
import {
  currentItem,
  isComposeItem,
  itemChangedEvent,
  mailbox,
  office,
  plainString,
  themeChangedEvent,
  type ItemLike,
} from "./office-context.js";
import { openDraft, type DraftSource } from "./open-draft.js";
import { readItem, type ItemRead, type ReadTuning } from "./read-item.js";
import { organisationConfigOnce, RoamingSettingsStore } from "./settings.js";

export interface OfficeHostOptions {
  /** override call timeouts and retry pauses (tests use short ones) */
  quick?: Partial<CallTuning>;
  slow?: Partial<CallTuning>;
  settings?: SettingsStore;
  /** the organisation's own mail domains (default: `domains` in its ndr-explainer.config.json) */
  organisationDomains?: () => Promise<readonly string[]>;
}

interface LastRead {
  generation: number;
  itemId?: string;
  result: ItemRead;
}

function safeCurrentItem(): ItemLike | null {
  try {
    return currentItem();
  } catch {
    return null;
  }
}

/**
 * One Office event handler fanned out to any number of pane subscribers. `accept` may drop an event
 * before anyone hears of it; `whileSubscribed` runs from the first subscriber to the last.
 */
class OfficeEventFanOut {
  private readonly listeners = new Set<(args: unknown) => void>();
  private registered = false;
  private stopCompanion = () => {};

  constructor(
    private readonly eventType: () => string,
    private readonly tuning: CallTuning,
    private readonly onProblem: (notice: HostNotice) => void,
    private readonly accept: (args: unknown) => boolean = () => true,
    private readonly whileSubscribed: () => () => void = () => () => {},
  ) {}

  private readonly dispatch = (args: unknown) => {
    if (this.accept(args)) this.notify(args);
  };

  /** Tells every subscriber, as the Office event would. */
  notify(args: unknown): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(args);
      } catch {
        // one subscriber's error must not stop the others
      }
    }
  }

  subscribe(listener: (args: unknown) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.stopCompanion = this.whileSubscribed();
    if (!this.registered) {
      this.registered = true;
      void this.register();
    }
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      this.stopCompanion();
      if (this.registered) {
        this.registered = false;
        const api = `removeHandlerAsync(${this.eventType()})`;
        void callAsync<void>(api, mailbox(), "removeHandlerAsync", [this.eventType()], this.tuning);
      }
    };
  }

  private async register(): Promise<void> {
    const api = `addHandlerAsync(${this.eventType()})`;
    const outcome = await callAsync<void>(
      api,
      mailbox(),
      "addHandlerAsync",
      [this.eventType(), this.dispatch],
      this.tuning,
    );
    if (outcome.ok) return;
    this.registered = false;
    this.onProblem({
      code: outcome.kind === "missing" ? "api-missing" : "api-failed",
      api: outcome.api,
      detail: outcome.detail,
    });
  }
}

/**
 * Calls `check` whenever the pane regains focus or becomes visible again: the moments a user who
 * selected another message comes back to a pane that ItemChanged did not tell (see createOfficeHost).
 */
function onPaneRegained(check: () => void): () => void {
  const page = globalThis as {
    addEventListener?: (type: string, listener: () => void) => void;
    removeEventListener?: (type: string, listener: () => void) => void;
    document?: {
      visibilityState?: string;
      addEventListener?: (type: string, listener: () => void) => void;
      removeEventListener?: (type: string, listener: () => void) => void;
    };
  };
  const whenVisible = () => {
    if (page.document?.visibilityState !== "hidden") check();
  };
  page.addEventListener?.("focus", check);
  page.document?.addEventListener?.("visibilitychange", whenVisible);
  return () => {
    page.removeEventListener?.("focus", check);
    page.document?.removeEventListener?.("visibilitychange", whenVisible);
  };
}

function watchSystemTheme(listener: () => void): () => void {
  if (typeof matchMedia !== "function") return () => {};
  const queries = ["(prefers-color-scheme: dark)", "(forced-colors: active)"].map((query) => {
    try {
      return matchMedia(query);
    } catch {
      return undefined;
    }
  });
  for (const query of queries) query?.addEventListener?.("change", listener);
  return () => {
    for (const query of queries) query?.removeEventListener?.("change", listener);
  };
}

export function createOfficeHost(options: OfficeHostOptions = {}): PaneHost {
  const quick: CallTuning = { ...defaultTuning, ...options.quick };
  const slow: CallTuning = { ...defaultTuning, timeoutMs: 30_000, ...options.slow };
  const readTuning: ReadTuning = { quick, slow };
  const organisationDomains = options.organisationDomains ?? (async () => (await organisationConfigOnce()).domains);

  let generation = 0;
  let reads = 0;
  let lastRead: LastRead | undefined;
  /** the item the latest read started on: its id, "" when it has none (a draft), null for no item */
  let readKey: string | null | undefined;
  /** problems with event registration, reported with the next read */
  const pendingNotices: HostNotice[] = [];

  const keyOf = (item: ItemLike | null) => (item ? (plainString(item.itemId) ?? "") : null);

  // ItemChanged is not fired everywhere: not on Mac when the pane is not pinned (OfficeDev/office-js#4960),
  // not when moving to an item add-ins cannot activate on, such as a delivery report (#3470). So the item
  // is also checked again when the pane regains focus or becomes visible. And an ItemChanged that still
  // offers the item already read is not passed on: reading it again would only replace a good verdict
  // (the pane names the message it explains, so a kept verdict says whose it is).
  const selectionMoved = (viaEvent: boolean): boolean => {
    const key = keyOf(safeCurrentItem());
    // Before the first read only Outlook's own word counts; a draft has no id to compare.
    if (readKey === undefined ? viaEvent : key !== readKey || (viaEvent && key === "")) {
      generation += 1;
      return true;
    }
    return false;
  };
  const itemChanged: OfficeEventFanOut = new OfficeEventFanOut(
    itemChangedEvent,
    quick,
    (notice) => pendingNotices.push(notice),
    () => selectionMoved(true),
    () =>
      onPaneRegained(() => {
        if (selectionMoved(false)) itemChanged.notify(undefined);
      }),
  );
  const themeChanged = new OfficeEventFanOut(themeChangedEvent, quick, () => {});
  // Not registered: HTML5 drop and paste still work, so a refusal is not worth a notice.
  const dropped = new OfficeEventFanOut(
    () => dragAndDropEvent() ?? "",
    quick,
    () => {},
  );

  /** PaneHost promises a read never rejects: anything unforeseen becomes a notice. */
  async function readCurrent(): Promise<HostReadResult> {
    try {
      return await readCurrentItem();
    } catch (thrown) {
      return {
        candidates: [],
        notices: [
          { code: "api-failed", api: "readCurrent", detail: thrown instanceof Error ? thrown.message : String(thrown) },
        ],
      };
    }
  }

  async function readCurrentItem(): Promise<HostReadResult> {
    const carried = pendingNotices.splice(0);
    if (!mailbox()) {
      return {
        candidates: [],
        notices: [...carried, { code: "not-in-outlook", detail: "Office.context.mailbox is not available" }],
      };
    }
    const startedAt = generation;
    const item = safeCurrentItem();
    const itemId = item ? plainString(item.itemId) : undefined;
    readKey = keyOf(item);

    reads += 1;
    const result = await readItem(item, `r${reads}`, { ...readTuning, language: officeDisplayLanguage() });
    if (generation !== startedAt || result.itemChangedWhileReading) {
      // The user moved on while we read; these candidates may belong to the previous item.
      return {
        candidates: [],
        notices: [
          ...carried,
          {
            code: "api-failed",
            api: "ItemChanged",
            detail: "the selected item changed while it was being read; read again",
          },
        ],
      };
    }
    lastRead = { generation: startedAt, itemId, result };
    return { candidates: result.candidates, notices: [...carried, ...result.notices], item: result.item };
  }

  function draftSource(item: ItemLike | null): DraftSource {
    const mode = item ? (isComposeItem(item) ? "compose" : "read") : "none";
    const fresh =
      lastRead !== undefined &&
      item !== null &&
      lastRead.generation === generation &&
      lastRead.itemId === plainString(item.itemId);
    const candidates = fresh ? lastRead!.result.candidates : [];
    return {
      mode,
      fromCurrentItem: candidates.length > 0,
      bounceIsItem:
        candidates.length > 0 &&
        candidates.every((candidate) => candidate.way === "item-mime" || candidate.way === "item-pieces"),
      composeType: fresh ? lastRead!.result.composeType : undefined,
    };
  }

  function diagnostics(): HostDiagnostics {
    try {
      const { client, platform } = clientDescription();
      const item = safeCurrentItem();
      return {
        client,
        platform,
        mailboxSet: highestMailboxSet(),
        itemClass: lastRead?.result.itemClass ?? (item ? plainString(item.itemClass) : undefined),
        way: lastRead?.result.way ?? "none",
      };
    } catch {
      return {
        client: "Outlook (unknown client)",
        platform: "unknown",
        mailboxSet: "unknown",
        way: lastRead?.result.way ?? "none",
      };
    }
  }

  return {
    kind: "outlook",
    displayLanguage: () => officeDisplayLanguage(),
    theme: () => officeTheme(),
    onThemeChanged(callback: (theme: ThemeName) => void): () => void {
      const notify = () => callback(officeTheme());
      const stopSystem = watchSystemTheme(notify);
      const stopOffice = office()?.context?.officeTheme
        ? themeChanged.subscribe((args) => {
            const theme = (
              args as { officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string } } | undefined
            )?.officeTheme;
            callback(themeFromColors(theme?.bodyBackgroundColor, theme?.bodyForegroundColor) ?? officeTheme());
          })
        : () => {};
      return () => {
        stopSystem();
        stopOffice();
      };
    },
    diagnostics,
    readCurrent,
    onItemChanged(callback: () => void): () => void {
      return itemChanged.subscribe(() => callback());
    },
    onFilesDropped(callback: (files: DroppedFile[]) => void): () => void {
      if (!dragAndDropEvent()) return () => {};
      return dropped.subscribe((args) => {
        const files = droppedFiles(args);
        if (files.length > 0) callback(files);
      });
    },
    async openDraft(draft: Draft): Promise<DraftOutcome> {
      try {
        const item = safeCurrentItem();
        return await openDraft(item, draft, draftSource(item), quick);
      } catch (thrown) {
        return { opened: false, reason: "failed", detail: thrown instanceof Error ? thrown.message : String(thrown) };
      }
    },
    opensLinks: canOpenBrowserWindow,
    async openLink(url: string): Promise<void> {
      openWebPage(url);
    },
    copyText: (text: string) => copyToClipboard(text),
    settings: options.settings ?? new RoamingSettingsStore(undefined, quick),
    async readerContext(): Promise<SituationContext> {
      // userProfile (Mailbox 1.1) names the mailbox the pane runs in: whoever reads the bounce.
      const profile = (mailbox() as { userProfile?: { emailAddress?: unknown } } | undefined)?.userProfile;
      const readerAddress = plainString(profile?.emailAddress)?.trim().toLowerCase();
      const orgDomains = await organisationDomains().catch((): readonly string[] => []);
      return { ...(readerAddress && { readerAddress }), ...(orgDomains.length > 0 && { orgDomains }) };
    },
  };
}

export { systemTheme };
