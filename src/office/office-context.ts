/**
 * Reaching Office.js without trusting it to be there. Tests put an office-addin-mock object on
 * globalThis.Office; the browser gets the real one from the CDN script. Everything here is
 * read at call time, never cached, because the item changes under a pinned pane.
 */

/** The parts of Office we read, all optional: any client may lack any of them. */
export interface OfficeLike {
  context?: {
    mailbox?: MailboxLike;
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string; isDarkTheme?: boolean };
    requirements?: { isSetSupported?: (name: string, version?: string) => boolean };
    diagnostics?: { platform?: unknown; version?: string; host?: unknown };
    roamingSettings?: RoamingSettingsLike;
    ui?: { openBrowserWindow?: (url: string) => void };
  };
  EventType?: { ItemChanged?: string; OfficeThemeChanged?: string; DragAndDropEvent?: string };
  onReady?: (callback?: () => void) => unknown;
  actions?: { associate?: (id: string, fn: (event: unknown) => unknown) => void };
}

export interface MailboxLike {
  item?: ItemLike | null;
  diagnostics?: { hostName?: string; hostVersion?: string; OWAView?: string };
  addHandlerAsync?: unknown;
  removeHandlerAsync?: unknown;
  displayNewMessageForm?: unknown;
  displayNewMessageFormAsync?: unknown;
  convertToEwsId?: unknown;
}

export interface AttachmentLike {
  id?: string;
  name?: string;
  contentType?: string;
  size?: number;
  attachmentType?: string;
  isInline?: boolean;
}

export interface ItemLike {
  itemId?: string;
  itemClass?: string;
  itemType?: string;
  subject?: unknown;
  from?: unknown;
  sender?: unknown;
  dateTimeCreated?: unknown;
  attachments?: AttachmentLike[];
  body?: unknown;
  to?: unknown;
  cc?: unknown;
  notificationMessages?: unknown;
  [method: string]: unknown;
}

export interface RoamingSettingsLike {
  get?: (name: string) => unknown;
  set?: (name: string, value: unknown) => void;
  remove?: (name: string) => void;
  saveAsync?: unknown;
}

export function office(): OfficeLike | undefined {
  const candidate = (globalThis as { Office?: unknown }).Office;
  return typeof candidate === "object" && candidate !== null ? (candidate as OfficeLike) : undefined;
}

/** Office's objects are host-backed: even a property read can throw while Outlook switches items. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function mailbox(): MailboxLike | undefined {
  return safely(() => office()?.context?.mailbox ?? undefined);
}

/** The selected item, or null when none (pinned pane between items, or no Outlook). */
export function currentItem(): ItemLike | null {
  return safely(() => mailbox()?.item ?? null) ?? null;
}

/**
 * Does the client claim this requirement set? When it cannot tell us (no requirements object,
 * or the check throws), we say "unknown" and let the method's presence decide.
 */
export function setSupport(name: string, version: string): "yes" | "no" | "unknown" {
  const check = office()?.context?.requirements?.isSetSupported;
  if (typeof check !== "function") return "unknown";
  try {
    return check.call(office()?.context?.requirements, name, version) ? "yes" : "no";
  } catch {
    return "unknown";
  }
}

/** Feature detection as the docs ask: the set is claimed (or unknowable) and the method exists. */
export function canUse(target: unknown, method: string, set: string, version: string): boolean {
  const present =
    typeof target === "object" && target !== null && typeof (target as Record<string, unknown>)[method] === "function";
  return present && setSupport(set, version) !== "no";
}

const mailboxVersions = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
];

/** Highest Mailbox requirement set the client claims, e.g. "1.14"; "unknown" when it cannot say. */
export function highestMailboxSet(): string {
  let highest = "unknown";
  for (const version of mailboxVersions) {
    const support = setSupport("Mailbox", version);
    if (support === "unknown") return highest;
    if (support === "no") break;
    highest = version;
  }
  return highest === "unknown" ? "none" : highest;
}

export function itemChangedEvent(): string {
  return office()?.EventType?.ItemChanged ?? "olkItemSelectedChanged";
}

export function themeChangedEvent(): string {
  return office()?.EventType?.OfficeThemeChanged ?? "officeThemeChanged";
}

/** Compose forms expose recipients and body setters; read forms expose itemClass as a string. */
export function isComposeItem(item: ItemLike): boolean {
  if (typeof item.itemClass === "string") return false;
  const to = item.to as Record<string, unknown> | undefined;
  const body = item.body as Record<string, unknown> | undefined;
  return (
    typeof to?.getAsync === "function" ||
    typeof to?.setAsync === "function" ||
    typeof body?.setAsync === "function" ||
    typeof item.getComposeTypeAsync === "function" ||
    typeof item.getAttachmentsAsync === "function"
  );
}

export function isReportClass(itemClass: string | undefined): boolean {
  return typeof itemClass === "string" && itemClass.toUpperCase().startsWith("REPORT.");
}

/** Read-mode item fields are plain values; compose-mode ones are objects with getAsync. */
export function plainString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function plainAddress(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const details = value as { emailAddress?: unknown; displayName?: unknown };
  const address = typeof details.emailAddress === "string" ? details.emailAddress : undefined;
  const name = typeof details.displayName === "string" ? details.displayName : undefined;
  if (!address) return undefined;
  return name && name !== address ? `${name} <${address}>` : address;
}

/** A read-mode sender as people know them: the display name, else the address. */
export function plainSenderName(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const details = value as { emailAddress?: unknown; displayName?: unknown };
  const name = typeof details.displayName === "string" ? details.displayName.trim() : "";
  if (name) return name;
  return typeof details.emailAddress === "string" && details.emailAddress ? details.emailAddress : undefined;
}
