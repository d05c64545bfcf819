/**
 * `npm run screenshots`: the README's pictures (docs/screenshot-*.png), taken from the production
 * build the same way every time, so refreshing them is one command:
 *   - the pane at 320 px in fake Outlook on the web, English and light, then Norwegian and dark,
 *     on the seed article's group case (S2), read by the bounce's own sender;
 *   - the preview page at 1280 × 900 with a bounce explained and a draft in "Would open in Outlook".
 * Builds dist/ first (production, never deployed); `--no-build` reuses it. Needs Chromium, like the
 * browser tests (/usr/bin/chromium or CHROMIUM_PATH). Nothing leaves the machine: every request off
 * the loopback is refused, and Office.js is the test's fake.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { samples } from "../src/preview/samples/files.js";
import { fakeOfficeScript, type FakeItem } from "../test/browser/fake-office.js";
import { launchChromium } from "../test/browser/support/chromium.js";
import { serveStatic } from "./static-server.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
const docsDir = fileURLToPath(new URL("../docs/", import.meta.url));
const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const paneSample = "group-allowed-senders";

if (!process.argv.includes("--no-build")) {
  const webpackCli = fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  const build = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--env", "undeployed"], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(1);
}

const isLoopback = (url: URL) => ["127.0.0.1", "localhost"].includes(url.hostname) || url.protocol === "data:";

async function newPage(browser: Browser, width: number, height: number, dark = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? "dark" : "light" });
  await context.route(
    (url) => !isLoopback(url) && url.href !== officeJsUrl,
    (route) => route.abort("internetdisconnected"),
  );
  return context.newPage();
}

/** Waits for the explanation and what follows the verdict (its own chunk). */
async function settled(page: Page): Promise<void> {
  await page.locator("[data-testid=explanation] [data-testid=explanation-rest]").waitFor({ timeout: 60_000 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** What Outlook shows of the selected bounce (its Subject, From and Date), so the pane names it as Outlook would. */
function shownByOutlook(eml: string): Pick<FakeItem, "subject" | "from" | "date"> {
  const head = eml.split(/\r?\n\r?\n/)[0] ?? "";
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, "mi").exec(head)?.[1]?.trim();
  const from = /^(.*?)\s*<([^>]+)>$/.exec(header("From") ?? "");
  const date = header("Date");
  return {
    subject: header("Subject"),
    from: from ? { displayName: from[1]!.replace(/^"|"$/g, ""), emailAddress: from[2]! } : undefined,
    date: date ? new Date(date).toISOString() : undefined,
  };
}

async function paneShot(browser: Browser, base: string, language: "en" | "nb", dark: boolean): Promise<void> {
  const page = await newPage(browser, 320, 560, dark);
  const eml = samples.find((s) => s.name === paneSample)!.content;
  await page.route(officeJsUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: fakeOfficeScript({
        items: [{ id: paneSample, itemClass: "IPM.Note", eml, ...shownByOutlook(eml) }],
        language: language === "nb" ? "nb-NO" : "en-US",
        dark,
      }),
    }),
  );
  await page.goto(`${base}taskpane.html`);
  await settled(page);
  const path = `${docsDir}screenshot-pane-${language}-${dark ? "dark" : "light"}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshots: ${path}`);
  await page.context().close();
}

async function previewShot(browser: Browser, base: string): Promise<void> {
  const page = await newPage(browser, 1280, 900);
  await page.goto(`${base}preview.html?sample=microsoft-blocklist&lang=en&theme=light`);
  await settled(page);
  await page.locator("[data-testid=tab-admin]").click();
  await page.locator("[data-testid=draft-button-forward-to-delist]").first().click();
  await page.locator("[data-testid=opened-draft]").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = `${docsDir}screenshot-preview-page.png`;
  await page.screenshot({ path });
  console.log(`screenshots: ${path}`);
  await page.context().close();
}

const served = await serveStatic({ root: distDir, host: "127.0.0.1", port: 0 });
const browser = await launchChromium();
try {
  await paneShot(browser, served.url, "en", false);
  await paneShot(browser, served.url, "nb", true);
  await previewShot(browser, served.url);
} finally {
  await browser.close();
  await served.close();
}
