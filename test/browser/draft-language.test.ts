/**
 * Issue 14 items 4 and 7 in the built pages, at 320 px: with the pane in Norwegian, the draft to
 * Microsoft's delisting desk is written in English (the browser loads the English drafts' strings
 * for it, though the page shows Norwegian), while the pane's own words and the draft's notes stay
 * Norwegian; and a pasted bounce is "innlimt tekst", not "pasted text".
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "../../src/preview/samples/files.js";
import { explanationSettled, useFakeOffice } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, pageUrl, screenshot } from "./support/browser.js";

const blocklist = samples.find((s) => s.name === "microsoft-blocklist")!;
// Words of the English delist draft, and words a Norwegian one would have instead.
const english = [/^Hello,/m, /Microsoft 365 refuses mail from our server/, /Could you remove .* from the list\?/];
const norwegian = /Hei,|Returmeldingen|Vennlig hilsen|avviser e-post|Kan dere/;

/** Opens the tab that holds the delisting draft's button and clicks it. */
async function openDelistDraft(page: Page): Promise<void> {
  const button = page.locator("[data-testid=draft-button-forward-to-delist]").first();
  for (const tab of ["sender", "owner", "admin"]) {
    if ((await button.count()) > 0) break;
    await page.locator(`[data-testid=tab-${tab}]`).click();
  }
  await button.click();
}

describe.skipIf(browserSkipReason)(
  "drafts and names in the pane's language, and the delisting draft in English",
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const language of ["nb-NO", "en-US"]) {
      it(`in the task pane in Outlook (${language}, 320 px)`, async () => {
        const page = await newPage(browser, { width: 320, locale: language });
        await useFakeOffice(page, {
          items: [{ id: "id-blocklist", itemClass: "IPM.Note", eml: blocklist.content }],
          language,
        });
        await page.goto(pageUrl("taskpane.html"));
        await explanationSettled(page);
        expect(await page.locator("[data-testid=pane]").getAttribute("data-language")).toBe(language.slice(0, 2));
        await openDelistDraft(page);
        const handle = await page.waitForFunction(() => {
          const fake = (window as unknown as { __fake: { drafts: unknown[] } }).__fake;
          return fake.drafts.length > 0 ? fake.drafts : null;
        });
        const [draft] = (await handle.jsonValue()) as Array<{
          toRecipients: string[];
          subject: string;
          htmlBody: string;
        }>;
        expect(draft.toRecipients).toEqual(["delist@messaging.microsoft.com"]);
        expect(draft.subject).toMatch(/^Delisting request for IP address /);
        const body = draft.htmlBody.replace(/<[^>]+>/g, "\n");
        for (const words of english) expect(body).toMatch(words);
        expect(body).not.toMatch(norwegian);
        // The pane around it keeps its own language.
        if (language === "nb-NO")
          expect(await page.locator("#verdict-heading").innerText()).toMatch(/^Dette skjedde\n/);
        await screenshot(page, `pane-delist-draft-${language}`);
        expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
        await page.close();
      });
    }

    it("in the preview's 'would open in Outlook' panel, with the pane in Norwegian", async () => {
      const page = await newPage(browser, { width: 1280, height: 900 });
      await page.goto(pageUrl("preview.html?sample=microsoft-blocklist&lang=nb"));
      await explanationSettled(page);
      await openDelistDraft(page);
      const opened = page.locator("[data-testid=drafts-panel] [data-testid=opened-draft]").first();
      await opened.waitFor();
      expect(await opened.locator("[data-testid=draft-to]").innerText()).toBe("delist@messaging.microsoft.com");
      expect(await opened.locator("[data-testid=draft-subject]").innerText()).toMatch(/^Delisting request/);
      const body = await opened.locator("[data-testid=draft-body]").innerText();
      for (const words of english) expect(body).toMatch(words);
      expect(body).not.toMatch(norwegian);
      await screenshot(page, "preview-delist-draft-nb");
      await page.close();
    });

    // Item 7: a pasted bounce is named in the pane's language.
    for (const [locale, words] of [
      ["nb-NO", "Forklart fra: innlimt tekst"],
      ["en-US", "Explained from: pasted text"],
    ] as const) {
      it(`${locale} at 320 px: "${words}"`, async () => {
        const page = await newPage(browser, { width: 320, locale });
        await page.goto(pageUrl("taskpane.html"));
        await page.locator("[data-testid=paste-box]").fill(blocklist.content);
        await page.locator("[data-testid=explain-button]").click();
        await explanationSettled(page);
        const text = await page.locator("[data-testid=pane]").innerText();
        expect(text).toContain(words);
        expect(text).not.toContain(locale === "nb-NO" ? "pasted text" : "innlimt tekst");
        await page.close();
      });
    }
  },
);
