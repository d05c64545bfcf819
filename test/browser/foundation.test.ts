/**
 * The foundation's promises, checked on the production build: the pane starts outside Office
 * (Office.js unreachable) without a blank page or an exception, the pages carry a CSP that
 * forbids inline script and eval, nothing is fetched beyond the page's own origin, and
 * `npm run preview` serves a preview page that renders.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { t } from "../../src/core/i18n/index.js";
import {
  browserSkipReason,
  launchBrowser,
  newPage,
  officeJsUrl,
  pageUrl,
  recordRequests,
  screenshot,
} from "./support/browser.js";

describe.skipIf(browserSkipReason)("foundation: built pages in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("taskpane.html starts without Office.js and shows its 'not in Outlook' state", async () => {
    const page = await newPage(browser, { width: 320 });
    const requests = recordRequests(page);
    await page.goto(pageUrl("taskpane.html"));
    // The words come from the pane's strings (src/core/i18n/en/ui.ts, "ui.nobounce.not-in-outlook").
    const notInOutlook = t("en", "ui.nobounce.not-in-outlook");
    await page.getByText(notInOutlook).waitFor({ timeout: 30_000 });
    await screenshot(page, "foundation-taskpane-outside-office");
    // The only request off the loopback interface is the (aborted) Office.js CDN script.
    expect(requests.external()).toEqual([officeJsUrl]);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });

  it("every page declares a CSP without unsafe-inline/unsafe-eval for scripts, and preview.html never loads Office.js", async () => {
    const page = await newPage(browser);
    for (const name of ["taskpane.html", "commands.html", "preview.html"]) {
      const requests = recordRequests(page);
      await page.goto(pageUrl(name));
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      const scriptSrc = csp?.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc, name).toContain("'self'");
      expect(scriptSrc, name).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp, name).toMatch(/object-src 'none'/);
      expect(csp, name).toMatch(/base-uri 'none'/);
      expect(await page.locator("script:not([src])").count(), `${name} has inline script`).toBe(0);
      const officeScripts = await page.locator(`script[src="${officeJsUrl}"]`).count();
      expect(officeScripts, name).toBe(name === "preview.html" ? 0 : 1);
      if (name === "preview.html") expect(requests.external()).toEqual([]);
    }
    await page.close();
  });

  it("the CSP really blocks eval and inline script on the built pane", async () => {
    const page = await newPage(browser);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // A same-origin probe script (allowed by script-src 'self') that tries eval: the CSP must stop it.
    // page.evaluate itself cannot be used for this, as DevTools-evaluated code is exempt from CSP.
    const probeUrl = pageUrl("csp-probe.js");
    await page.route(probeUrl, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "try { new Function('return 1')(); window.__evalBlocked = false; } catch { window.__evalBlocked = true; }",
      }),
    );
    await page.goto(pageUrl("taskpane.html"));
    await page.evaluate(async (src) => {
      const script = document.createElement("script");
      script.src = src;
      const loaded = new Promise((resolve) => script.addEventListener("load", resolve));
      document.head.append(script);
      await loaded;
    }, probeUrl);
    const evalBlocked = await page.evaluate(() => (window as unknown as { __evalBlocked?: boolean }).__evalBlocked);
    expect(evalBlocked).toBe(true);
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    // Fluent UI's Griffel styles still apply under style-src (it inserts <style> rules at run time).
    const styled = await page.evaluate(
      () => [...document.styleSheets].reduce((n, sheet) => n + (sheet.cssRules?.length ?? 0), 0) > 0,
    );
    expect(styled).toBe(true);
    await page.close();
  });
});

describe.skipIf(browserSkipReason)("foundation: npm run preview", () => {
  let browser: Browser;
  let preview: ChildProcess | undefined;
  let previewUrl = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    const port = await freePort();
    const script = fileURLToPath(new URL("../../scripts/preview.js", import.meta.url));
    // The global setup has just built the pages, so the preview script serves those unbuilt.
    preview = spawn(process.execPath, [script, "--no-build"], {
      env: { ...process.env, PORT: String(port), NDR_DIST_DIR: inject("distDir") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    previewUrl = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/\S+\/preview\.html/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      preview?.stdout?.on("data", onData);
      preview?.stderr?.on("data", onData);
      preview?.once("exit", (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
    });
  });

  afterAll(async () => {
    preview?.kill("SIGTERM");
    await browser?.close();
  });

  it("serves preview.html over plain http and it renders with no request off the machine", async () => {
    expect(previewUrl).toMatch(/^http:\/\/localhost:\d+\/preview\.html$/);
    const page = await newPage(browser, { width: 1024 });
    const requests = recordRequests(page);
    await page.goto(previewUrl);
    await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0, null, {
      timeout: 30_000,
    });
    await screenshot(page, "foundation-preview");
    expect((await page.locator("#root").innerText()).trim().length).toBeGreaterThan(0);
    expect(requests.external()).toEqual([]);
    expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    await page.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe("foundation: production manifest in dist/", () => {
  it("has every dev URL replaced by the one production URL, and the icons it names are served", async () => {
    const manifestText = await (await fetch(pageUrl("manifest.xml"))).text();
    expect(manifestText).toContain("<OfficeApp");
    expect(manifestText).not.toContain("localhost");
    const urls = [...manifestText.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    const origins = new Set(urls.map((url) => new URL(url).origin));
    expect(origins.size).toBe(1);
    const taskpaneUrl = urls.find((url) => url.endsWith("/taskpane.html"))!;
    const productionBase = taskpaneUrl.slice(0, -"taskpane.html".length);
    for (const url of urls.filter((u) => u.includes("/assets/icon-"))) {
      const served = await fetch(pageUrl(url.slice(productionBase.length)));
      expect(served.status, url).toBe(200);
      expect(served.headers.get("content-type"), url).toBe("image/png");
    }
  });
});
