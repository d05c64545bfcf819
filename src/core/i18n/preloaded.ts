/**
 * Node (the CLI, tests, benches, scripts): every area of both languages, registered as soon as
 * the i18n module loads, so `t` works synchronously everywhere. The browser bundles swap this
 * module for preloaded.browser.ts (webpack.config.js) and load one language at a time instead.
 */
import { areas } from "./areas.js";
import { registerMessages } from "./registry.js";

for (const [language, tables] of Object.entries(areas)) {
  registerMessages(language as keyof typeof areas, Object.assign({}, ...Object.values(tables)));
}
