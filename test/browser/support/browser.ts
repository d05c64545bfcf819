/**
 * Shared browser harness: Debian's Chromium driven by playwright-core, headless, with a fresh
 * profile per launch and nothing that phones home. Screenshots go to test-artifacts/screenshots/.
 *
 *   const browser = await launchBrowser();
 *   const page = await newPage(browser, { width: 320, colorScheme: "dark" });
 *   const log = recordRequests(page);
 *   await page.goto(pageUrl("preview.html?sample=…"));
 *   await screenshot(page, "preview-dark");
 *   expect(log.external()).toEqual([]);
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page, Request } from "playwright-core";
import { inject } from "vitest";
import { chromiumPath, launchChromium } from "./chromium.js";

export { chromiumPath };

/** Why browser tests cannot run here, or undefined when they can. Use with describe.skipIf. */
export const browserSkipReason: string | undefined = existsSync(chromiumPath)
  ? undefined
  : `browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
if (browserSkipReason) console.warn(browserSkipReason);

export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const screenshotDir = fileURLToPath(new URL("../../../test-artifacts/screenshots/", import.meta.url));

/** Absolute URL of a page in the served production build, e.g. pageUrl("taskpane.html"). */
export function pageUrl(relative: string): string {
  return new URL(relative, inject("distUrl")).href;
}

/** Launches headless Chromium (a fresh profile each time), or throws why it cannot. */
export async function launchBrowser(): Promise<Browser> {
  if (browserSkipReason) throw new Error(browserSkipReason);
  return launchChromium();
}

export interface PageOptions {
  /** viewport width in CSS px (Outlook's pane is 320–450 px); default 360 */
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  /** e.g. "nb-NO"; default "en-US" */
  locale?: string;
  /** Block Office.js's CDN (default true: there is no internet, and tests must not depend on it). */
  blockOfficeJs?: boolean;
}

/** A page in its own context. Uncaught exceptions and console errors are collected on page.errors. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page & { errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 720 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "en-US",
    serviceWorkers: "block",
  });
  // Nothing may leave the loopback interface: abort everything else (Office.js's CDN included).
  if (options.blockOfficeJs ?? true) {
    await context.route(
      (url) => !isLoopback(url),
      (route) => route.abort("internetdisconnected"),
    );
  }
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(`console.error: ${message.text()}`);
  });
  page.on("close", () => void context.close().catch(() => undefined));
  return page;
}

function isLoopback(url: URL): boolean {
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export interface RequestLog {
  /** every request URL in order */
  readonly all: string[];
  /** requests that left the loopback interface (data:/blob: excluded) */
  external(): string[];
}

/** Records every request the page makes (including ones that are later aborted). */
export function recordRequests(page: Page): RequestLog {
  const all: string[] = [];
  page.on("request", (request: Request) => all.push(request.url()));
  return {
    all,
    external: () => all.filter((url) => !isLoopback(new URL(url))),
  };
}

/** Saves a full-page PNG to test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
