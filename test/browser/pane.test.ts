/**
 * The built task pane (dist/taskpane.html) in Chromium, booted through a fake Office.js that plays
 * Outlook on the web (see pane-support.ts), and without Office.js at all. Checks what users see:
 * the verdict in nb and en, light and dark, at 320 px; the pinned pane never keeping an old verdict;
 * the report-item and no-Office states with paste still working; drafts handed to Outlook; axe.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "../../src/preview/samples/files.js";
import { explanationSettled, seriousA11yFindings, useFakeOffice, type FakeItem } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, pageUrl, screenshot } from "./support/browser.js";

const sample = (name: string) => {
  const found = samples.find((s) => s.name === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found;
};
const item = (name: string, itemClass = "IPM.Note"): FakeItem => ({
  id: `id-${name}`,
  itemClass,
  eml: sample(name).content,
});

async function explanationCause(page: Page): Promise<string | null> {
  await explanationSettled(page);
  return page.locator("[data-testid=explanation]").first().getAttribute("data-cause");
}

describe.skipIf(browserSkipReason)("task pane in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Twelve kinds of bounce, each once in en/light and once in nb/dark, read from the "selected item".
  const kinds = [
    "not-authorized",
    "group-allowed-senders",
    "relay-denied-nb",
    "relay-access-denied",
    "large-group-nb",
    "mailbox-external-nb",
    "public-folder",
    "microsoft-blocklist",
    "unregistered-domain",
    "gmail-spf",
    "hybrid-connector",
    "gmail-unknown-user",
    "postfix-mailbox-full",
  ];
  for (const [language, dark] of [
    ["en-US", false],
    ["nb-NO", true],
  ] as const) {
    for (const name of kinds) {
      it(`${name}: ${language} ${dark ? "dark" : "light"} at 320 px shows the verdict`, async () => {
        const page = await newPage(browser, { width: 320, colorScheme: dark ? "dark" : "light" });
        await useFakeOffice(page, { items: [item(name)], language, dark });
        await page.goto(pageUrl("taskpane.html"));
        expect(await explanationCause(page)).toBe(sample(name).expectedCause);
        const pane = page.locator("[data-testid=pane]");
        expect(await pane.getAttribute("data-language")).toBe(language.startsWith("nb") ? "nb" : "en");
        expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(dark ? "dark" : "light");
        const verdict = (await page.locator("[data-testid=verdict]").first().innerText()).trim();
        expect(verdict.length).toBeGreaterThan(10);
        await expect.poll(() => page.locator("[data-testid=stopped-here]").count()).toBe(1);
        // Nothing wider than the pane: no horizontal scrolling at 320 px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, `pane-${name}-${language.slice(0, 2)}-${dark ? "dark" : "light"}`);
        expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
        await page.close();
      });
    }
  }

  it("a pinned pane clears the old verdict when the item changes, and reads the new one", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("gmail-unknown-user"), item("postfix-mailbox-full")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    expect(await explanationCause(page)).toBe("RECIPIENT_UNKNOWN");
    await page.evaluate(() => (window as unknown as { __fake: { select(i: number): void } }).__fake.select(1));
    await expect.poll(() => page.locator("[data-testid=explanation]").getAttribute("data-cause")).toBe("MAILBOX_FULL");
    expect(await page.locator("text=tommy.lund@example.org").count()).toBe(0);
    await page.close();
  });

  it("a post held for a list's moderator says a person decides, not that a server is still trying", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("list-post-held")], language: "nb-NO" });
    await page.goto(pageUrl("taskpane.html"));
    expect(await explanationCause(page)).toBe("LIST_POST_HELD_FOR_MODERATION");
    const notice = await page.locator("[data-testid=held-notice]").innerText();
    expect(notice).toMatch(/Venter på en moderator/);
    expect(await page.locator("text=serveren prøver fortsatt").count()).toBe(0);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });

  it("a report item Outlook won't hand over says so, shows how to forward it, and paste still works", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [{ id: "ndr", itemClass: "REPORT.IPM.Note.NDR", eml: "" }], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    await page.locator("[data-testid=no-bounce]").waitFor({ timeout: 30_000 });
    const text = await page.locator("[data-testid=no-bounce]").innerText();
    expect(text).toMatch(/Forward as attachment/i);
    expect(text).toMatch(/Outlook on the web/);
    await screenshot(page, "pane-report-item-en");
    await page.locator("[data-testid=paste-box]").fill(sample("public-folder").content);
    await page.locator("[data-testid=explain-button]").click();
    expect(await explanationCause(page)).toBe("EXO_PUBLICFOLDER_REJECTS_EXTERNAL");
    await page.close();
  });

  it("without Office.js the pane says it is not in Outlook and explains a dropped .eml file", async () => {
    const page = await newPage(browser, { width: 320 });
    await page.goto(pageUrl("taskpane.html"));
    await page.locator("[data-testid=notice-not-in-outlook]").waitFor({ timeout: 30_000 });
    const eml = sample("mailbox-external-nb").content;
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "bounce.eml", { type: "message/rfc822" }));
      return transfer;
    }, eml);
    await page.dispatchEvent("[data-testid=pane-main]", "drop", { dataTransfer });
    expect(await explanationCause(page)).toBe("EXO_MAILBOX_REJECTS_EXTERNAL");
    expect(await page.locator("text=bounce.eml").count()).toBeGreaterThan(0);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });

  it("when Office.onReady never answers the pane still comes up, with paste", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("gmail-spf")], language: "en-US", neverReady: true });
    await page.goto(pageUrl("taskpane.html"));
    await page.locator("[data-testid=paste-box]").waitFor({ timeout: 30_000 });
    expect(await page.locator("#root").innerText()).toMatch(/hasn't answered yet/);
    await page.close();
  });

  it("the language switch re-explains in Norwegian and is remembered in roamingSettings", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("group-allowed-senders")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    await explanationCause(page);
    const english = await page.locator("[data-testid=verdict]").first().innerText();
    await page.locator("[data-testid=lang-nb]").click();
    await expect.poll(() => page.locator("[data-testid=pane]").getAttribute("data-language")).toBe("nb");
    await expect.poll(() => page.locator("[data-testid=verdict]").first().innerText()).not.toBe(english);
    await expect
      .poll(() =>
        page.evaluate(() => JSON.stringify((window as unknown as { __fake: { settings: unknown } }).__fake.settings)),
      )
      .toMatch(/nb/);
    await page.close();
  });

  it("a draft step opens Outlook's compose form with the core's draft", async () => {
    const page = await newPage(browser, { width: 320 });
    await useFakeOffice(page, { items: [item("not-authorized")], language: "en-US" });
    await page.goto(pageUrl("taskpane.html"));
    await explanationCause(page);
    let button = page.locator("[data-testid^=draft-button-]").first();
    for (const tab of ["sender", "owner", "admin"]) {
      if ((await button.count()) > 0) break;
      await page.locator(`[data-testid=tab-${tab}]`).click();
      button = page.locator("[data-testid^=draft-button-]").first();
    }
    await button.click();
    const drafts = await page.waitForFunction(() => {
      const fake = (window as unknown as { __fake: { drafts: unknown[] } }).__fake;
      return fake.drafts.length > 0 ? fake.drafts : null;
    });
    const [draft] = (await drafts.jsonValue()) as Array<{
      toRecipients?: unknown[];
      subject?: string;
      htmlBody?: string;
    }>;
    expect(draft?.subject?.length ?? 0).toBeGreaterThan(5);
    expect(JSON.stringify(draft?.toRecipients ?? [])).toMatch(/@/);
    expect(draft?.htmlBody ?? "").toMatch(/5\.7\.1/);
    await page.close();
  });

  it("axe finds no serious or critical problems, light and dark, details open", async () => {
    for (const dark of [false, true]) {
      const page = await newPage(browser, { width: 320, colorScheme: dark ? "dark" : "light" });
      await useFakeOffice(page, { items: [item("group-allowed-senders")], language: dark ? "nb-NO" : "en-US", dark });
      await page.goto(pageUrl("taskpane.html"));
      await explanationCause(page);
      await page.locator("[data-testid=details-header]").click();
      await page.locator("[data-testid=details-panel]").waitFor();
      expect(await seriousA11yFindings(page), dark ? "dark" : "light").toEqual([]);
      await page.close();
    }
    const page = await newPage(browser, { width: 320 });
    await page.goto(pageUrl("taskpane.html"));
    await page.locator("[data-testid=no-bounce]").waitFor({ timeout: 30_000 });
    expect(await seriousA11yFindings(page), "no-bounce state").toEqual([]);
    await page.close();
  });
});
