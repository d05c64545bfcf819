/**
 * Every area file of every language, by area name: add a new area to both lists (and to
 * browser-packs.ts unless only the CLI reads it). test/core/i18n/keys.test.ts walks this to check
 * that each language has exactly the same keys. The nb files are typed against the en files, so a
 * missing or extra key also fails the type check.
 */
import { cli as enCli } from "./en/cli.js";
import { command as enCommand } from "./en/command.js";
import { drafts as enDrafts } from "./en/drafts.js";
import { guidance as enGuidance } from "./en/guidance.js";
import { office as enOffice } from "./en/office.js";
import { trust as enTrust } from "./en/trust.js";
import { ui as enUi } from "./en/ui.js";
import { cli as nbCli } from "./nb/cli.js";
import { command as nbCommand } from "./nb/command.js";
import { drafts as nbDrafts } from "./nb/drafts.js";
import { guidance as nbGuidance } from "./nb/guidance.js";
import { office as nbOffice } from "./nb/office.js";
import { trust as nbTrust } from "./nb/trust.js";
import { ui as nbUi } from "./nb/ui.js";

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
