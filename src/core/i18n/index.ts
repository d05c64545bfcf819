/**
 * Every string a user reads, per language: `t(lang, key, vars)`. Each area (guidance, pane, drafts,
 * …) has one file per language under en/ and nb/ (listed in areas.ts). In Node both languages are
 * registered as this module loads (preloaded.ts); browser bundles call loadLanguage() first.
 */
import "./preloaded.js";

export {
  hasKey,
  isLanguageLoaded,
  loadDraftStrings,
  loadLanguage,
  messagesVersion,
  registerMessages,
  t,
} from "./registry.js";
export type { MessageKey, Messages, StringPart, Vars } from "./registry.js";
