/**
 * "No network" is enforced, not promised:
 *  - the built task pane, function-command page and preview page request nothing but their own
 *    files (every request recorded; each loopback one must be a file of the build, same origin).
 *    On the Office pages the Office.js CDN script is the one allowed external request: the harness
 *    aborts it, and it must be the only external URL seen. The pane is driven through a bounce
 *    with links, every tab and button clicked, so link actions are exercised too.
 *  - the command line makes no network request: it runs over the corpus with a Node preload that
 *    makes net, tls, http(s), http2, dgram, dns and fetch throw and log the attempt (in the main
 *    thread and in the CLI's worker threads).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { samples } from "../../src/preview/samples/files.js";
import { FAKE_NDRS } from "../core/trust/fixtures/fake-ndrs.js";
import { sharedPath, sharedSkipReason } from "../support/shared.js";
import { explanationSettled, useFakeOffice } from "./pane-support.js";
import {
  browserSkipReason,
  launchBrowser,
  newPage,
  officeJsUrl,
  pageUrl,
  recordRequests,
  type RequestLog,
} from "./support/browser.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

const sampleEml = (name: string): string => {
  const found = samples.find((s) => s.name === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found.content;
};

/** Every loopback request must be a file of the served build, on the page's own origin. */
function ownFilesOnly(requests: RequestLog): string[] {
  const base = new URL(inject("distUrl"));
  const distDir = inject("distDir");
  return requests.all.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:" || parsed.protocol === "about:") return false;
    if (url === officeJsUrl) return false; // judged separately
    if (parsed.origin !== base.origin) return true;
    const file = decodeURIComponent(parsed.pathname).replace(/^\//, "");
    // The organisation's defaults file beside the pane is the pane's own (optional) file.
    if (file === "ndr-explainer.config.json") return false;
    return !existsSync(join(distDir, file));
  });
}

/** Click every tab, button and link in `scope`, one at a time (the DOM changes as they open things). */
async function clickEverything(page: Page, scope: string): Promise<number> {
  let clicked = 0;
  for (let index = 0; index < 80; index++) {
    const controls = page.locator(`${scope} [role=tab], ${scope} button:not([disabled]), ${scope} a[href]`);
    if (index >= (await controls.count())) break;
    await controls
      .nth(index)
      .click({ timeout: 2_000 })
      .then(() => clicked++)
      .catch(() => undefined);
  }
  return clicked;
}

describe.skipIf(browserSkipReason)("the built pages make no request but their own files", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("preview.html: a bounce with links explained, every tab and button clicked", async () => {
    const page = await newPage(browser, { width: 1280, height: 900 });
    const requests = recordRequests(page);
    await page.goto(pageUrl("preview.html?sample=microsoft-blocklist&lang=en"));
    await explanationSettled(page);
    expect(await clickEverything(page, "[data-testid=pane-frame]")).toBeGreaterThan(3);
    // a bounce with DNS values: their live-check links are clicked too (links out, never fetched)
    await page.locator("[data-sample=gmail-spf]").click();
    await page.locator("[data-testid=explanation][data-cause=SPF_FAIL] [data-testid=explanation-rest]").waitFor();
    await page.locator("[data-testid=tab-admin]").click();
    expect(await page.locator("[data-testid=live-check]").count()).toBeGreaterThan(0);
    await clickEverything(page, "[data-testid=pane-frame]");
    // and a fake bounce full of links, pasted into the pane
    if (await page.locator("[data-testid=open-input]").count()) await page.locator("[data-testid=open-input]").click();
    await page.locator("[data-testid=paste-box]").fill(FAKE_NDRS.find((f) => f.name === "held-click-to-release")!.raw);
    await page.locator("[data-testid=explain-button]").click();
    await page.locator("[data-testid=trust-warning]").waitFor({ timeout: 30_000 });
    await clickEverything(page, "[data-testid=pane-frame]");
    await page.waitForTimeout(300);
    expect(requests.external()).toEqual([]);
    expect(ownFilesOnly(requests)).toEqual([]);
    expect(requests.all.length).toBeGreaterThan(1);
    await page.close();
  });

  it("taskpane.html in (fake) Outlook: only its own files, and Office.js as the one external script", async () => {
    const page = await newPage(browser, { width: 360, height: 900 });
    const requests = recordRequests(page);
    await useFakeOffice(page, {
      items: [{ id: "blocklist", itemClass: "IPM.Note", eml: sampleEml("microsoft-blocklist") }],
      language: "en-US",
    });
    await page.goto(pageUrl("taskpane.html"));
    await explanationSettled(page);
    await clickEverything(page, "[data-testid=pane-main]");
    await page.waitForTimeout(300);
    expect(requests.external()).toEqual([officeJsUrl]);
    expect(ownFilesOnly(requests)).toEqual([]);
    await page.close();
  });

  it("taskpane.html and commands.html with Office.js aborted: it is the only external request", async () => {
    for (const name of ["taskpane.html", "commands.html"]) {
      const page = await newPage(browser, { width: 360, height: 900 });
      const requests = recordRequests(page);
      await page.goto(pageUrl(name));
      if (name === "taskpane.html") {
        // Outside Office the pane offers paste; explain a bounce there too.
        const box = page.locator("[data-testid=paste-box]");
        await box.waitFor({ timeout: 30_000 });
        await box.fill(sampleEml("gmail-unknown-user"));
        await page.locator("[data-testid=explain-button]").click();
        await explanationSettled(page);
        await clickEverything(page, "[data-testid=pane-main]");
      } else {
        await page.waitForLoadState("load");
      }
      await page.waitForTimeout(300);
      expect(requests.external(), name).toEqual([officeJsUrl]);
      expect(ownFilesOnly(requests), name).toEqual([]);
      await page.close();
    }
  });
});

/** The Node preload: every way out of the process throws, and leaves a line in the log first. */
const PRELOAD = `
import { syncBuiltinESMExports } from "node:module";
import { appendFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import net from "node:net";
import tls from "node:tls";
import http from "node:http";
import https from "node:https";
import http2 from "node:http2";
import dgram from "node:dgram";
import dns from "node:dns";

const log = process.env.NDR_NETWORK_LOG;
const note = (line) => { try { appendFileSync(log, line + "\\n"); } catch {} };
note("guard loaded in thread " + threadId);
const refuse = (what) => function refused() {
  note("ATTEMPT " + what + " in thread " + threadId);
  throw new Error("network disabled by the no-network test: " + what);
};
net.connect = net.createConnection = refuse("net.connect");
net.Socket.prototype.connect = refuse("net.Socket#connect");
tls.connect = refuse("tls.connect");
http.request = http.get = refuse("http.request");
https.request = https.get = refuse("https.request");
http2.connect = refuse("http2.connect");
dgram.createSocket = refuse("dgram.createSocket");
for (const key of Object.keys(dns)) if (/^(lookup|resolve)/.test(key) && typeof dns[key] === "function") dns[key] = refuse("dns." + key);
for (const key of Object.keys(dns.promises)) if (/^(lookup|resolve)/.test(key)) dns.promises[key] = refuse("dns.promises." + key);
globalThis.fetch = refuse("fetch");
if ("WebSocket" in globalThis) globalThis.WebSocket = refuse("WebSocket");
syncBuiltinESMExports();
`;

describe("the command line makes no network request", () => {
  let work: string;
  let cliMain: string;
  let preload: string;

  beforeAll(() => {
    // Compile the CLI afresh into a private folder inside node_modules/.cache (so the compiled
    // files still find the project's packages) rather than trusting a possibly stale lib/.
    const cacheRoot = join(projectRoot, "node_modules", ".cache");
    mkdirSync(cacheRoot, { recursive: true });
    work = mkdtempSync(join(cacheRoot, "ndr-no-network-"));
    writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
    const tsc = spawnSync(
      process.execPath,
      [
        join(projectRoot, "node_modules/typescript/bin/tsc"),
        "-p",
        join(projectRoot, "tsconfig.cli.json"),
        "--outDir",
        join(work, "lib"),
      ],
      {
        cwd: projectRoot,
        encoding: "utf8",
      },
    );
    if (tsc.status !== 0) throw new Error(`compiling the CLI failed:\n${tsc.stdout}\n${tsc.stderr}`);
    cliMain = join(work, "lib", "cli", "main.js");
    preload = join(work, "no-network.mjs");
    writeFileSync(preload, PRELOAD);
    // What bin/ndr-explain.js does, pointed at this compiled copy.
    writeFileSync(
      join(work, "cli-entry.mjs"),
      `const { run } = await import(${JSON.stringify(pathToFileURL(cliMain).href)});\nawait run();\n`,
    );
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Runs `script` (a file in the work folder) under the guard; the CLI's entry by default. */
  function runGuarded(args: string[], script = "cli-entry.mjs") {
    const log = join(mkdtempSync(join(tmpdir(), "ndr-netlog-")), "network.log");
    writeFileSync(log, "");
    const result = spawnSync(process.execPath, ["--import", pathToFileURL(preload).href, join(work, script), ...args], {
      encoding: "utf8",
      env: { ...process.env, NDR_NETWORK_LOG: log, NO_COLOR: "1", LANG: "C" },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 180_000,
    });
    return { ...result, log: readFileSync(log, "utf8") };
  }

  it("the guard works: a request under it is refused and logged", () => {
    writeFileSync(
      join(work, "probe.mjs"),
      `import http from "node:http";\ntry { http.get("http://127.0.0.1:9/"); } catch { console.log("refused"); }\ntry { await fetch("http://127.0.0.1:9/"); } catch { console.log("refused"); }\n`,
    );
    const probe = runGuarded([], "probe.mjs");
    expect(probe.stdout.trim().split("\n")).toEqual(["refused", "refused"]);
    expect(probe.log).toMatch(/ATTEMPT http\.request/);
    expect(probe.log).toMatch(/ATTEMPT fetch/);
  });

  it("over the corpus (or the fake NDRs without ../shared), in every format, with worker threads", () => {
    const skip = sharedSkipReason("corpus/sisimai/maildir/bsd");
    let inputs: string[];
    let count: number;
    if (skip) {
      console.warn(`no-network CLI test: ${skip}; using the fake NDRs instead`);
      const dir = join(work, "fakes");
      mkdirSync(dir, { recursive: true });
      for (const fake of FAKE_NDRS) writeFileSync(join(dir, `${fake.name}.eml`), fake.raw);
      inputs = [dir];
      count = FAKE_NDRS.length;
    } else {
      inputs = [sharedPath("corpus", "sisimai", "maildir", "bsd")];
      count = 629;
    }
    for (const format of ["jsonl", "text", "csv"]) {
      const run = runGuarded(["--format", format, "-j", "4", ...inputs]);
      expect(run.log, format).not.toMatch(/ATTEMPT/);
      expect(run.log, format).toMatch(/guard loaded in thread 0/);
      expect(run.status, `${format}: ${run.stderr.slice(0, 500)}`).toBe(0);
      if (format === "jsonl") expect(run.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(count);
    }
    // Where the CLI explains in worker threads, the guard was loaded there too.
    const summary = runGuarded(["--summary", "-j", "2", ...inputs]);
    expect(summary.log).not.toMatch(/ATTEMPT/);
    const threads = new Set([...summary.log.matchAll(/guard loaded in thread (\d+)/g)].map((m) => m[1]));
    expect(threads.has("0")).toBe(true);
    // Past 16 messages the CLI explains in worker threads: the guard must have been loaded in them.
    if (count > 16) expect(threads.size).toBeGreaterThan(1);
  }, 300_000);
});
