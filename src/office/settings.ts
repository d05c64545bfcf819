/**
 * The user's settings in Outlook: stored per mailbox in roamingSettings, laid over the
 * organisation's defaults from `ndr-explainer.config.json` served beside taskpane.html.
 * That file is the only thing the add-in ever fetches, and only from the pane's own origin.
 */
import type { Language } from "../core/types.js";
import type { SettingsStore, UserSettings } from "../host/types.js";
import { callAsync, defaultTuning, type CallTuning } from "./office-call.js";
import { office, type RoamingSettingsLike } from "./office-context.js";

export const organisationDefaultsFile = "ndr-explainer.config.json";
const maxDefaultsBytes = 16 * 1024;

const keys = { helpDeskAddress: "helpDeskAddress", language: "language" } as const;

/** A plausible single mailbox address; anything else is ignored rather than trusted. */
function cleanAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(trimmed) && trimmed.length <= 254 ? trimmed : undefined;
}

function cleanLanguage(value: unknown): Language | undefined {
  return value === "nb" || value === "en" ? value : undefined;
}

/** Keeps only the fields we understand, with valid values. */
export function cleanSettings(raw: unknown): UserSettings {
  if (typeof raw !== "object" || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const settings: UserSettings = {};
  const address = cleanAddress(record.helpDeskAddress);
  if (address) settings.helpDeskAddress = address;
  const language = cleanLanguage(record.language);
  if (language) settings.language = language;
  return settings;
}

/** The user's own choices win; the organisation's fill the gaps. */
export function mergeSettings(organisation: UserSettings, user: UserSettings): UserSettings {
  return { ...organisation, ...Object.fromEntries(Object.entries(user).filter(([, value]) => value !== undefined)) };
}

/** Same-origin URL of the defaults file beside the pane, or undefined outside a browser page. */
export function defaultsUrl(): URL | undefined {
  const here = (globalThis as { location?: { href?: string; origin?: string } }).location;
  if (!here?.href) return undefined;
  try {
    const url = new URL(organisationDefaultsFile, here.href);
    return url.origin === new URL(here.href).origin && /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An absent, unreadable or malformed file simply means "no organisation defaults". */
export async function fetchOrganisationDefaults(): Promise<UserSettings> {
  const url = defaultsUrl();
  if (!url || typeof fetch !== "function") return {};
  try {
    const response = await fetch(url.href, { credentials: "same-origin", cache: "no-cache", redirect: "error" });
    if (!response.ok) return {};
    const text = await response.text();
    if (text.length > maxDefaultsBytes) return {};
    return cleanSettings(JSON.parse(text));
  } catch {
    return {};
  }
}

function roamingSettings(): RoamingSettingsLike | undefined {
  return office()?.context?.roamingSettings ?? undefined;
}

function readUserSettings(): UserSettings {
  const store = roamingSettings();
  if (typeof store?.get !== "function") return {};
  try {
    return cleanSettings({ helpDeskAddress: store.get(keys.helpDeskAddress), language: store.get(keys.language) });
  } catch {
    return {};
  }
}

export class RoamingSettingsStore implements SettingsStore {
  private defaults?: Promise<UserSettings>;

  constructor(
    private readonly loadDefaults: () => Promise<UserSettings> = fetchOrganisationDefaults,
    private readonly tuning: CallTuning = defaultTuning,
  ) {}

  async load(): Promise<UserSettings> {
    this.defaults ??= this.loadDefaults().catch(() => ({}));
    return mergeSettings(await this.defaults, readUserSettings());
  }

  /** Rejects with a plain Error when Outlook cannot store the settings, so the pane can say so. */
  async save(settings: UserSettings): Promise<void> {
    const store = roamingSettings();
    if (!store || typeof store.set !== "function") throw new Error("roamingSettings is not available in this Outlook");
    const cleaned = cleanSettings(settings);
    try {
      for (const key of Object.values(keys)) {
        const value = cleaned[key];
        if (value === undefined) store.remove?.(key);
        else store.set(key, value);
      }
    } catch (thrown) {
      throw new Error(`roamingSettings: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    const saved = await callAsync<void>("roamingSettings.saveAsync", store, "saveAsync", [], this.tuning);
    if (!saved.ok) throw new Error(`${saved.api} ${saved.kind}: ${saved.detail}`);
  }
}
