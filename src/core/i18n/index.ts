/**
 * Every string a user reads, per language, in one lookup. Each area (guidance, pane, drafts, …)
 * has one file per language under en/ and nb/; register both here. The nb file is typed against
 * the en file, so a missing or extra key fails the type check, and test/core/i18n/keys.test.ts
 * fails at run time too.
 */
import type { Language } from "../types.js";
import { guidance as enGuidance } from "./en/guidance.js";
import { guidance as nbGuidance } from "./nb/guidance.js";
import { cli as enCli } from "./en/cli.js";
import { cli as nbCli } from "./nb/cli.js";
import { ui as enUi } from "./en/ui.js";
import { ui as nbUi } from "./nb/ui.js";
import { drafts as enDrafts } from "./en/drafts.js";
import { drafts as nbDrafts } from "./nb/drafts.js";
import { command as enCommand } from "./en/command.js";
import { command as nbCommand } from "./nb/command.js";
import { trust as enTrust } from "./en/trust.js";
import { trust as nbTrust } from "./nb/trust.js";
import { office as enOffice } from "./en/office.js";
import { office as nbOffice } from "./nb/office.js";

/** Area files of each language, by area name: add new areas to both lists. */
export const areas = {
  en: {
    guidance: enGuidance,
    ui: enUi,
    cli: enCli,
    drafts: enDrafts,
    command: enCommand,
    trust: enTrust,
    office: enOffice,
  },
  nb: {
    guidance: nbGuidance,
    ui: nbUi,
    cli: nbCli,
    drafts: nbDrafts,
    command: nbCommand,
    trust: nbTrust,
    office: nbOffice,
  },
} as const;

const english = { ...enGuidance, ...enUi, ...enCli, ...enDrafts, ...enCommand, ...enTrust, ...enOffice };
export type MessageKey = keyof typeof english;
export type Messages = Record<MessageKey, string>;

const norwegian: Messages = { ...nbGuidance, ...nbUi, ...nbCli, ...nbDrafts, ...nbCommand, ...nbTrust, ...nbOffice };

export const messages: Record<Language, Messages> = { en: english, nb: norwegian };

export type Vars = Record<string, string | number | undefined>;

const placeholder = /\{(\w+)\}/g;

/** True when `key` names a string (cause data carries keys as plain strings). */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(english, key);
}

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * An unknown key returns the key itself (visible, never a crash); a missing var keeps its `{name}`.
 */
export function t(lang: Language, key: MessageKey | string, vars: Vars = {}): string {
  const table = messages[lang] ?? english;
  const template = hasKey(key) ? table[key] : key;
  return template.replace(placeholder, (whole, name: string) => {
    const value = vars[name];
    return value === undefined || value === "" ? whole : String(value);
  });
}
