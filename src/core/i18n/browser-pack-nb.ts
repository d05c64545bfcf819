/** Bokmål for the browser pages (the pane, the preview, the ribbon command): every area but the CLI's, the drafts' and the adapter's (preloaded.browser.ts). */
import { command } from "./nb/command.js";
import { guidance } from "./nb/guidance.js";
import { trust } from "./nb/trust.js";
import { ui } from "./nb/ui.js";

export const messages = { ...guidance, ...ui, ...command, ...trust };
