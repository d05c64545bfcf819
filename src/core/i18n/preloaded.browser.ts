/**
 * Stands in for preloaded.ts in the browser bundles (webpack.config.js): pages call loadLanguage()
 * for the language they show, so a pane in English never downloads the Norwegian strings (nor the
 * CLI's, in any language). Only the Outlook adapter's three names for an unnamed bounce are here
 * up front, in both languages (a few hundred bytes): the item can then be read before any language
 * has arrived.
 */
import { office as enOffice } from "./en/office.js";
import { office as nbOffice } from "./nb/office.js";
import { registerMessages } from "./registry.js";

registerMessages("en", enOffice, []);
registerMessages("nb", nbOffice, []);
