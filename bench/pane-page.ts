/**
 * Shared by bench/bundle.bench.ts and bench/pane.bench.ts (not a bench itself): the ~50 KB NDR the
 * pane is measured with, opening the built taskpane.html in Chromium through the fake Office.js
 * (Outlook on the web handing the NDR over as getAsFileAsync would), and finding which scripts the
 * first verdict cannot do without.
 */
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { samples } from "../src/preview/samples/files.js";
import { fakeOfficeScript, type FakeOffice } from "../test/browser/fake-office.js";

export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * A real-shaped Exchange Online NDR (preview sample) carrying the whole original message back, as
 * Exchange does: a long text body fills it up to ~50 KB.
 */
export function fiftyKilobyteNdr(): string {
  const base = samples.find((s) => s.name === "group-allowed-senders")!.content;
  const closing = base.lastIndexOf("--ndr-b2--");
  const paragraph =
    "Agenda item: the board reviews the quarterly figures, the budget for next year and the plan for the new office. ";
  let body = "";
  while (body.length < 46_000) body += `${paragraph}\n`;
  const original = `--ndr-b2\nContent-Type: message/rfc822\n\nFrom: Kari Nordmann <kari@contoso.com>\nTo: board <board@fabrikam.com>\nSubject: Board meeting agenda\nDate: Wed, 25 Nov 2026 12:01:58 +0000\nMessage-ID: <agenda-2026-11@mail.contoso.com>\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
  return `${base.slice(0, closing)}${original}--ndr-b2--\n`;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

export interface BenchServer {
  url: string;
  /** what the fake Office.js plays from the next page load on */
  setOffice(config: FakeOffice): void;
  close(): Promise<void>;
}

/**
 * dist/ on the loopback for the timed runs, with taskpane.html's Office.js tag pointing at a fake
 * served here: no request interception, so the timings are the pane's and not the harness's
 * (Playwright's routes pause every request for a round trip to Node). Chromium gets `loopbackOnly`
 * (test/browser/support/chromium.ts) so nothing can leave the machine.
 */
export function benchServer(distDir: string): Promise<BenchServer> {
  let office: FakeOffice = { items: [], language: "en-US" };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname === "/fake-office.js") {
      response.writeHead(200, { "Content-Type": contentTypes[".js"], "Cache-Control": "no-store" });
      response.end(fakeOfficeScript(office));
      return;
    }
    const file = path.join(distDir, pathname);
    if (!file.startsWith(path.resolve(distDir)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (pathname === "/taskpane.html") body = body.toString("utf8").replace(officeJsUrl, "/fake-office.js");
    response.writeHead(200, {
      "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        setOffice: (config) => {
          office = config;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export interface PaneRun {
  page: Page;
  context: BrowserContext;
  /** ms since navigation when the verdict sentence was in the DOM with text (waits for it) */
  verdictAt(timeoutMs?: number): Promise<number>;
}

/**
 * A fresh context (cold cache) at 320 px, the network closed but for the local server, the fake
 * Office.js in place of Microsoft's, and a watcher noting when the verdict shows. Not navigated yet.
 */
export async function paneContext(
  browser: Browser,
  options: {
    ndr: string;
    language: string;
    dark?: boolean;
    cpuThrottling?: number;
    /** false: no request routes at all (the page comes from benchServer, which serves the fake itself) */
    intercept?: boolean;
  },
): Promise<PaneRun> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  if (options.intercept !== false) await interceptOffice(page, options);
  if (options.cpuThrottling) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottling });
  }
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const verdict = document.querySelector("[data-testid=verdict]");
      if (verdict && verdict.textContent && verdict.textContent.trim().length > 0) {
        (window as unknown as { __verdictAt: number }).__verdictAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  return {
    page,
    context,
    async verdictAt(timeoutMs = 60_000) {
      await page.waitForFunction(
        () => (window as unknown as { __verdictAt?: number }).__verdictAt !== undefined,
        null,
        { timeout: timeoutMs },
      );
      return page.evaluate(() => (window as unknown as { __verdictAt: number }).__verdictAt);
    },
  };
}

/** Closes the network to anything but the loopback and answers Office.js's CDN URL with the fake. */
async function interceptOffice(page: Page, options: { ndr: string; language: string; dark?: boolean }) {
  // Routes registered later win: first block the network, then serve the fake Office.js.
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  await page.route(officeJsUrl, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: fakeOfficeScript({
        items: [{ id: "bench", itemClass: "IPM.Note", eml: options.ndr }],
        language: options.language,
        dark: options.dark,
      }),
    }),
  );
}

/** The local scripts an HTML page loads with <script src> (before any of its code runs). */
export function pageScripts(distDir: string, htmlFile: string): string[] {
  const html = readFileSync(`${distDir}${htmlFile}`, "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1]!)
    .filter((src) => !/^https?:/.test(src));
}

/**
 * Every script the first verdict needs, found by withholding: the page's own <script> tags load
 * as usual; every script it asks for later is held back until the verdict has been missing for
 * `stallMs`, then released one at a time, oldest first. What had to be released, plus the page's
 * scripts, is what the verdict needs; what was still held when it showed is not (Details, drafts,
 * the other language, the paste form, .msg reading …). Unthrottled: only which files count.
 */
export async function scriptsTheVerdictNeeds(
  browser: Browser,
  options: { baseUrl: string; distDir: string; ndr: string; language: string; dark?: boolean; stallMs?: number },
): Promise<{ pageScripts: string[]; loadedLater: string[]; notNeeded: string[] }> {
  const initial = pageScripts(options.distDir, "taskpane.html");
  const run = await paneContext(browser, { ndr: options.ndr, language: options.language, dark: options.dark });
  const held: { file: string; route: Route }[] = [];
  const released: string[] = [];
  await run.page.route(
    (url) => url.hostname === "127.0.0.1" && url.pathname.endsWith(".js"),
    (route) => {
      const file = new URL(route.request().url()).pathname.split("/").pop()!;
      if (initial.includes(file) || released.includes(file)) return route.fallback();
      held.push({ file, route });
      return undefined;
    },
  );
  try {
    await run.page.goto(`${options.baseUrl}taskpane.html`, { waitUntil: "commit" });
    for (;;) {
      const shown = await run.verdictAt(options.stallMs ?? 3000).then(
        () => true,
        () => false,
      );
      if (shown) break;
      const next = held.shift();
      if (!next) throw new Error("pane bench: no verdict, and no script is being held back");
      released.push(next.file);
      await next.route.fallback();
    }
    return { pageScripts: initial, loadedLater: released, notNeeded: [...new Set(held.map((h) => h.file))] };
  } finally {
    await run.context.close();
  }
}

export interface Size {
  raw: number;
  gzip: number;
}

/** Raw and gzip -9 size of a file in dist/ (as a static host would serve it compressed). */
export function sizeOf(distDir: string, file: string): Size {
  const bytes = readFileSync(`${distDir}${file}`);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function totalSize(distDir: string, files: string[]): Size {
  return files
    .map((file) => sizeOf(distDir, file))
    .reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
