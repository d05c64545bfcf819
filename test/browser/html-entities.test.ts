/**
 * The browser bundles decode HTML named references with Chromium's own table instead of
 * postal-mime's copy (src/platform/html-entities-browser.ts, wired in by webpack.config.js). This
 * checks, in Chromium, that the lookup answers exactly as postal-mime's table does: every one of
 * its 2,231 names, and names that only start with an old semicolon-less one.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedReference } from "../../src/platform/html-entities-browser.js";
import { browserSkipReason, launchBrowser } from "./support/browser.js";

// postal-mime's table, read as text: its package exports do not expose the file.
const tableSource = readFileSync(
  new URL("../../node_modules/postal-mime/dist/esm/html-entities.js", import.meta.url),
  "utf8",
);
const table = new Function(
  `${tableSource.replace(/^\/\/# sourceMappingURL.*$/m, "").replace("export const htmlEntities =", "return")}`,
)() as Record<string, string>;

const notInTable = [
  "&notit;",
  "&notin",
  "&ampx;",
  "&foo;",
  "&AMPx",
  "&copyright;",
  "&Amp;",
  "&nbspx",
  "&fjlig",
  "&semi",
];

describe.skipIf(browserSkipReason)("HTML named references in the browser bundles", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("postal-mime's table is what it was when this stand-in was written", () => {
    expect(Object.keys(table).length).toBe(2231);
    expect(table["&AElig;"]).toBe("\u00C6");
  });

  it("answers every name as postal-mime's table does, and nothing else", async () => {
    const page = await browser.newPage();
    const names = [...Object.keys(table), ...notInTable];
    // The function goes over as source text: the page has none of this project's code.
    const answers = (await page.evaluate(
      `(() => {
        const namedReference = ${namedReference.toString()};
        const textarea = document.createElement("textarea");
        const decode = (text) => { textarea.innerHTML = text; return textarea.value; };
        return ${JSON.stringify(names)}.map((name) => namedReference(name, decode) ?? null);
      })()`,
    )) as (string | null)[];
    const wrong = names.filter((name, i) => (table[name] ?? null) !== answers[i]);
    expect(wrong).toEqual([]);
    await page.close();
  });
});
