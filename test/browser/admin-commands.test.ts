/**
 * Issue 13 item 8 in the pane: an admin command is shown with what it changes, when it applies and
 * the read command to run first, in English and Norwegian. The bounce is the preview's S1 sample
 * (src/preview/samples/not-authorized.eml), read by the recipient organisation's help desk (the mailbox is
 * fabrikam.com's, and commands are offered only for the reader's own organisation), so the pane opens on
 * the admin's tab.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "../../src/preview/samples/files.js";
import { explanationSettled, useFakeOffice } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, pageUrl, screenshot } from "./support/browser.js";

const s1 = samples.find((s) => s.name === "not-authorized")!;
const words = {
  en: { changes: "What it changes", removes: /Removes the sender/, readFirst: "Run this first" },
  nb: { changes: "Dette endrer den", removes: /Fjerner avsenderen/, readFirst: "Kjør denne først" },
} as const;

describe.skipIf(browserSkipReason)("admin commands in the pane", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ["en", "nb"] as const) {
    it(`${lang}: each command says what it changes and when, and names the read command to run first`, async () => {
      const page = await newPage(browser, { width: 320, height: 560 });
      await useFakeOffice(page, {
        items: [{ id: "s1", itemClass: "IPM.Note", eml: s1.content }],
        language: lang === "nb" ? "nb-NO" : "en-US",
        reader: "servicedesk@fabrikam.com",
      });
      await page.goto(pageUrl("taskpane.html"));
      await explanationSettled(page);
      const panel = page.locator("[data-testid=todo-panel][data-audience=admin]");
      await panel.waitFor({ timeout: 30_000 });
      const commands = await panel.locator("[data-testid=command-value]").allInnerTexts();
      const unreject = commands.findIndex((c) => c.includes("-RejectMessagesFrom @{Remove="));
      expect(unreject, commands.join("\n")).toBeGreaterThan(0);
      // the S1 read comes first, and changes nothing
      expect(commands[0]).toMatch(/^Get-Mailbox/);
      // every command in the tab carries its facts
      expect(await panel.locator("[data-testid=command-facts]").count()).toBe(commands.length);
      const facts = panel.locator("[data-testid=command-facts]").nth(unreject);
      expect(await facts.innerText()).toContain(words[lang].changes);
      expect(await facts.locator("[data-testid=command-changes]").innerText()).toMatch(words[lang].removes);
      const reads = await panel.locator("[data-testid=command-read-first]").allInnerTexts();
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads)
        expect(read.replace(/\s+/g, "")).toMatch(/^Get-Mailbox-Identity"ola\.hansen@fabrikam\.com"/);
      expect(await panel.innerText()).toContain(words[lang].readFirst);
      await screenshot(page, `pane-admin-commands-${lang}`);
      await page.close();
    });
  }
});
