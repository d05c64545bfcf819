/**
 * Settings: the help-desk address, the default language and the reader's role (the tab the pane opens
 * on). An organisation may ship defaults in a small JSON file beside the pane
 * ({ "helpDeskAddress": "...", "language": "nb", "role": "admin", "domains": ["contoso.com"] }); what
 * the user saved wins over it. `domains` are the organisation's own mail domains, for the situation
 * step (SituationContext.orgDomains), not a user setting. Pure: the host fetches the file and stores
 * the user's choices.
 */
import { isPlausibleAddress } from "./limits.js";
import type { Language } from "./types.js";

/**
 * Who reads the pane: a sender (the pane opens on "I sent it") or an admin, e.g. a help desk that is
 * sent other people's bounces (it opens on "I'm the admin"). Unset: the bounce decides.
 */
export type ReaderRole = "sender" | "admin";

/** Same shape as UserSettings in src/host/types.ts (kept here so the core does not import the host). */
export interface Settings {
  helpDeskAddress?: string;
  language?: Language;
  role?: ReaderRole;
}

export interface ParsedDefaults {
  defaults: Settings;
  /** the organisation's own mail domains (lower-case, no "@"), when the file names any */
  domains?: string[];
  /** what was wrong with the file, in English for the diagnostics line; the valid parts still apply */
  problems: string[];
}

const KNOWN_FIELDS = new Set(["helpDeskAddress", "language", "role", "domains"]);

/** At most this many domains are read from the file (an organisation has a handful, not thousands). */
const MAX_DOMAINS = 200;
// Checked label by label: one pattern over the whole name backtracks polynomially (regex-safety test).
const labelPattern = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,62}$/u;
const topLabelPattern = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

function isDomain(name: string): boolean {
  const labels = name.split(".");
  const top = labels.pop()!;
  return (
    labels.length > 0 &&
    labels.every((label) => labelPattern.test(label) && !label.endsWith("-")) &&
    topLabelPattern.test(top)
  );
}

/** "Contoso.COM", "@contoso.com", "contoso.com." → "contoso.com"; anything that is not a domain → undefined. */
export function normaliseDomain(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const domain = value.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  return domain.length <= 253 && isDomain(domain) ? domain : undefined;
}

/** "nb", "nb-NO", "no", "nn-NO" → "nb"; "en", "en-GB" → "en"; anything else → undefined. */
export function normaliseLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== "string") return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "nb" || primary === "no" || primary === "nn") return "nb";
  if (primary === "en") return "en";
  return undefined;
}

/** "sender" or "admin" (any case); anything else → undefined. */
export function normaliseRole(value: unknown): ReaderRole | undefined {
  if (typeof value !== "string") return undefined;
  const role = value.trim().toLowerCase();
  return role === "sender" || role === "admin" ? role : undefined;
}

/** A help-desk address if `value` is one (a bare address, trimmed); undefined otherwise. */
export function normaliseHelpDeskAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const address = value.trim().replace(/^mailto:/i, "");
  return address !== "" && address.length <= 254 && isPlausibleAddress(address) ? address : undefined;
}

/** Read an organisation's defaults from parsed JSON or its text. Never throws. */
export function parseOrgDefaults(input: unknown): ParsedDefaults {
  const problems: string[] = [];
  let raw = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input) as unknown;
    } catch (error) {
      return { defaults: {}, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
    }
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { defaults: {}, problems: ['expected a JSON object like {"helpDeskAddress": "...", "language": "nb"}'] };
  }
  const record = raw as Record<string, unknown>;
  const defaults: Settings = {};
  for (const key of Object.keys(record)) if (!KNOWN_FIELDS.has(key)) problems.push(`unknown field "${key}" ignored`);
  if ("helpDeskAddress" in record) {
    const address = normaliseHelpDeskAddress(record.helpDeskAddress);
    if (address) defaults.helpDeskAddress = address;
    else problems.push("helpDeskAddress is not an email address");
  }
  if ("language" in record) {
    const language = normaliseLanguage(record.language);
    if (language) defaults.language = language;
    else problems.push('language must be "nb" or "en"');
  }
  if ("role" in record) {
    const role = normaliseRole(record.role);
    if (role) defaults.role = role;
    else problems.push('role must be "sender" or "admin"');
  }
  if (!("domains" in record)) return { defaults, problems };
  const listed = Array.isArray(record.domains) ? (record.domains as unknown[]) : undefined;
  if (!listed) problems.push('domains must be a list of domain names, like ["contoso.com"]');
  const domains: string[] = [];
  for (const entry of (listed ?? []).slice(0, MAX_DOMAINS)) {
    const domain = normaliseDomain(entry);
    if (!domain) problems.push(`domains: ${JSON.stringify(entry)?.slice(0, 80)} is not a domain name`);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  if (listed && listed.length > MAX_DOMAINS) problems.push(`domains: only the first ${MAX_DOMAINS} are read`);
  return { defaults, domains, problems };
}

/**
 * The settings in force: the user's own values over the organisation's defaults. A user value that
 * is empty or invalid counts as unset, so clearing a field falls back to the organisation's value.
 */
export function mergeSettings(orgDefaults: Settings, user: Settings): Settings {
  const merged: Settings = {};
  const helpDesk =
    normaliseHelpDeskAddress(user.helpDeskAddress) ?? normaliseHelpDeskAddress(orgDefaults.helpDeskAddress);
  if (helpDesk) merged.helpDeskAddress = helpDesk;
  const language = normaliseLanguage(user.language) ?? normaliseLanguage(orgDefaults.language);
  if (language) merged.language = language;
  const role = normaliseRole(user.role) ?? normaliseRole(orgDefaults.role);
  if (role) merged.role = role;
  return merged;
}
