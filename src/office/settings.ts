/**
 * The user's settings in Outlook: stored per mailbox in roamingSettings, laid over the
 * organisation's defaults from `ndr-explainer.config.json` served beside taskpane.html.
 * That file is the only thing the add-in ever fetches, and only from the pane's own origin.
 * Parsing the file and merging are the core's (src/core/settings.ts); fetching and storing are here.
 */
import { mergeSettings, parseOrgDefaults } from "../core/settings.js";
import type { SettingsStore, UserSettings } from "../host/types.js";
import { callAsync, defaultTuning, type CallTuning } from "./office-call.js";
import { office, type RoamingSettingsLike } from "./office-context.js";

export const organisationDefaultsFile = "ndr-explainer.config.json";
const maxDefaultsBytes = 16 * 1024;

const keys = { helpDeskAddress: "helpDeskAddress", language: "language", role: "role" } as const;

/** Keeps only the fields we understand, with valid values (the core's rules). */
export function cleanSettings(raw: unknown): UserSettings {
  return mergeSettings({}, (typeof raw === "object" && raw !== null ? raw : {}) as UserSettings);
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

/** What the organisation's file says: the users' defaults, and the organisation's own mail domains. */
export interface OrganisationConfig {
  defaults: UserSettings;
  domains: string[];
}

const noConfig = (): OrganisationConfig => ({ defaults: {}, domains: [] });

/** An absent, unreadable or malformed file simply means "no organisation defaults". */
export async function fetchOrganisationConfig(): Promise<OrganisationConfig> {
  const url = defaultsUrl();
  if (!url || typeof fetch !== "function") return noConfig();
  try {
    const response = await fetch(url.href, { credentials: "same-origin", cache: "no-cache", redirect: "error" });
    if (!response.ok) return noConfig();
    const text = await response.text();
    if (text.length > maxDefaultsBytes) return noConfig();
    const parsed = parseOrgDefaults(text);
    return { defaults: parsed.defaults, domains: parsed.domains ?? [] };
  } catch {
    return noConfig();
  }
}

export async function fetchOrganisationDefaults(): Promise<UserSettings> {
  return (await fetchOrganisationConfig()).defaults;
}

let pageConfig: Promise<OrganisationConfig> | undefined;

/**
 * The organisation's file, fetched once per page. The pane starts this before anything else
 * (taskpane/early.ts), so the file has arrived by the time the first verdict is ready to show.
 */
export function organisationConfigOnce(): Promise<OrganisationConfig> {
  pageConfig ??= fetchOrganisationConfig();
  return pageConfig;
}

export async function organisationDefaultsOnce(): Promise<UserSettings> {
  return (await organisationConfigOnce()).defaults;
}

function roamingSettings(): RoamingSettingsLike | undefined {
  return office()?.context?.roamingSettings ?? undefined;
}

/** What the user saved in this mailbox (no organisation defaults). */
export function readUserSettings(): UserSettings {
  const store = roamingSettings();
  if (typeof store?.get !== "function") return {};
  try {
    return cleanSettings({
      helpDeskAddress: store.get(keys.helpDeskAddress),
      language: store.get(keys.language),
      role: store.get(keys.role),
    });
  } catch {
    return {};
  }
}

export class RoamingSettingsStore implements SettingsStore {
  private defaults?: Promise<UserSettings>;

  constructor(
    private readonly loadDefaults: () => Promise<UserSettings> = organisationDefaultsOnce,
    private readonly tuning: CallTuning = defaultTuning,
  ) {}

  private organisationDefaults(): Promise<UserSettings> {
    this.defaults ??= this.loadDefaults().catch(() => ({}));
    return this.defaults;
  }

  async load(): Promise<UserSettings> {
    return mergeSettings(await this.organisationDefaults(), readUserSettings());
  }

  /**
   * Stores only what differs from the organisation's defaults: the pane saves the merged
   * settings, and a default copied into the mailbox would hide a later change to the file.
   * Rejects with a plain Error when Outlook cannot store the settings, so the pane can say so.
   */
  async save(settings: UserSettings): Promise<void> {
    const store = roamingSettings();
    if (!store || typeof store.set !== "function") throw new Error("roamingSettings is not available in this Outlook");
    const cleaned = cleanSettings(settings);
    const defaults = await this.organisationDefaults();
    try {
      for (const key of Object.values(keys)) {
        const value = cleaned[key];
        if (value === undefined || value === defaults[key]) store.remove?.(key);
        else store.set(key, value);
      }
    } catch (thrown) {
      throw new Error(`roamingSettings: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    const saved = await callAsync<void>("roamingSettings.saveAsync", store, "saveAsync", [], this.tuning);
    if (!saved.ok) throw new Error(`${saved.api} ${saved.kind}: ${saved.detail}`);
  }
}
