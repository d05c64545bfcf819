// The browser pages load strings per language and part (src/core/i18n/registry.ts): each part file
// must hold every key of its areas, so a page never shows a key where Node would show words.
import { describe, expect, it } from "vitest";
import { areas } from "../../../src/core/i18n/areas.js";
import { messages as enDrafts } from "../../../src/core/i18n/browser-drafts-en.js";
import { messages as nbDrafts } from "../../../src/core/i18n/browser-drafts-nb.js";
import { messages as enMain } from "../../../src/core/i18n/browser-pack-en.js";
import { messages as nbMain } from "../../../src/core/i18n/browser-pack-nb.js";
import { isLanguageLoaded, loadDraftStrings, loadLanguage, t } from "../../../src/core/i18n/index.js";

const keysOf = (tables: object[]) => tables.flatMap((table) => Object.keys(table)).sort();

describe("strings for the browser pages", () => {
  for (const [language, main, drafts] of [
    ["en", enMain, enDrafts],
    ["nb", nbMain, nbDrafts],
  ] as const) {
    it(`${language}: main and drafts parts (and the adapter's names, bundled) hold every area but the CLI's`, () => {
      const { cli, drafts: draftsArea, office, ...mainAreas } = areas[language];
      expect(Object.keys(office).length).toBeGreaterThan(0); // registered up front by preloaded.browser.ts
      expect(Object.keys(main).sort()).toEqual(keysOf(Object.values(mainAreas)));
      expect(Object.keys(drafts).sort()).toEqual(keysOf([draftsArea]));
      expect(Object.keys(main).some((key) => key in cli)).toBe(false);
    });
  }

  it("in Node every language is there at once, and loading is a no-op", async () => {
    expect(isLanguageLoaded("en") && isLanguageLoaded("nb")).toBe(true);
    await expect(loadLanguage("nb")).resolves.toBeUndefined();
    await expect(loadDraftStrings()).resolves.toBeUndefined();
    expect(t("nb", "draft.greeting")).toBe(areas.nb.drafts["draft.greeting"]);
  });
});
