/** English for the browser pages (the pane, the preview, the ribbon command): every area but the CLI's, the drafts' and the adapter's (preloaded.browser.ts). */
import { command } from "./en/command.js";
import { guidance } from "./en/guidance.js";
import { trust } from "./en/trust.js";
import { ui } from "./en/ui.js";

export const messages = { ...guidance, ...ui, ...command, ...trust };
