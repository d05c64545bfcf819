/**
 * What the task pane needs from whoever hosts it: Outlook (src/office), the preview page
 * (src/preview) or a plain browser tab. The pane renders only what the core returns and
 * asks the host for raw material and for carrying out drafts — nothing else.
 */
import type { ReaderRole } from "../core/settings.js";
import type { BounceInput, Draft, Language, SituationContext } from "../core/types.js";

export type { ReaderRole } from "../core/settings.js";

/** How the bounce reached us — shown in the Diagnostics line. */
export type WayIn =
  | "item-mime" // getAsFileAsync (Mailbox 1.14)
  | "item-pieces" // body + internet headers
  | "attachment" // forwarded as attachment (Eml or .eml/.msg Base64)
  | "compose" // a draft (forward of the bounce)
  | "paste" // pasted, dropped or picked file
  | "sample" // preview page sample
  | "none";

/** One bounce the host found; when there are several (attachments), the user picks. */
export interface Candidate {
  id: string;
  label: string;
  way: WayIn;
  input: BounceInput;
  /** attachment index in the current item, when it came from an attachment */
  attachmentIndex?: number;
}

export type NoticeCode =
  | "not-in-outlook"
  | "report-item-blocked" // REPORT.IPM.Note.NDR or blank/stale item
  | "no-item"
  | "api-missing"
  | "api-failed"
  | "attachment-unreadable"
  | "nothing-to-read";

/** Something the host could not do, said plainly; the pane maps `code` to words. */
export interface HostNotice {
  code: NoticeCode;
  /** which Office call or feature */
  api?: string;
  /** raw error text (English), for the Diagnostics line */
  detail?: string;
}

/** A file dropped on the pane: a File from an HTML5 drop, or what Outlook's DragAndDropEvent hands over. */
export interface DroppedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface HostReadResult {
  candidates: Candidate[];
  notices: HostNotice[];
  /** the Outlook message this read came from, named at the top of the pane */
  item?: ItemSummary;
}

/**
 * Which message a verdict explains. A pinned pane (or any pane on Mac) can be left showing a
 * message Outlook no longer has selected; naming it keeps that verdict honest.
 */
export interface ItemSummary {
  subject?: string;
  from?: string;
  /** ISO 8601 */
  date?: string;
}

export interface HostDiagnostics {
  client: string; // e.g. "Outlook on the web", "preview"
  platform: string;
  mailboxSet: string; // highest Mailbox requirement set supported, e.g. "1.14"
  itemClass?: string;
  way: WayIn;
}

export type DraftOutcome =
  // the Office call that opened it; carriesBounce: the bounce itself went along (attached, or the open
  // forward is it), so the draft's notes apply as they are; otherwise its text did (withoutAttachment)
  | { opened: true; via: string; carriesBounce?: true }
  | { opened: false; reason: "unsupported" | "failed"; detail?: string }; // pane shows copy buttons instead

export interface UserSettings {
  helpDeskAddress?: string;
  language?: Language;
  /** the tab the pane opens on when the bounce does not decide (see core/settings.ts) */
  role?: ReaderRole;
}

export interface SettingsStore {
  load(): Promise<UserSettings>;
  save(settings: UserSettings): Promise<void>;
}

export type ThemeName = "light" | "dark" | "high-contrast";

export interface PaneHost {
  kind: "outlook" | "preview" | "browser";
  /** Language the host suggests (Office displayLanguage), before user settings. */
  displayLanguage(): Language;
  theme(): ThemeName;
  /** Called when the host theme changes (Office theme, system colour scheme). Returns unsubscribe. */
  onThemeChanged(cb: (theme: ThemeName) => void): () => void;
  diagnostics(): HostDiagnostics;
  /** Read whatever the current item offers. Never rejects: failures come back as notices. */
  readCurrent(): Promise<HostReadResult>;
  /** Pinned pane: called when the selected item changes. Returns unsubscribe. */
  onItemChanged(cb: () => void): () => void;
  /**
   * Files dropped on the pane that reach the host rather than the page: Outlook on the web and new
   * Outlook deliver messages dragged onto the pane through Office's DragAndDropEvent. (Everywhere
   * else a drop is an ordinary HTML5 drop on the page.) Returns unsubscribe.
   */
  onFilesDropped(cb: (files: DroppedFile[]) => void): () => void;
  /** Open a prefilled message; never rejects. */
  openDraft(draft: Draft): Promise<DraftOutcome>;
  /**
   * Whether the pane hands its links to openLink: classic Outlook and Mac (openBrowserWindow opens
   * the system browser), the preview page (shows them). False: the link's own anchor (new tab, no
   * opener) opens it: Outlook on the web and new Outlook, which have no openBrowserWindow, a browser tab.
   */
  opensLinks(): boolean;
  /** Open an external page (delist portals) outside the pane. */
  openLink(url: string): Promise<void>;
  copyText(text: string): Promise<boolean>;
  settings: SettingsStore;
  /**
   * Who reads (Outlook: the mailbox's own address) and the organisation's domains (its config file),
   * for the situation step and for the tab the pane opens on. Never rejects; {} when unknown.
   */
  readerContext(): Promise<SituationContext>;
}
