/**
 * JavaScript of each page in the production build, raw and gzip (level 9, as a static host would
 * serve it). Office.js (Microsoft's CDN) is never counted.
 *
 *  1. Per page: the local <script> tags its HTML loads before any of its code runs.
 *  2. The task pane's first-load figure (issue 5: ≤ 180 KB gzip, React, Fluent UI and the core
 *     included): the page's scripts plus every chunk the pane must fetch before it can show the
 *     verdict for an NDR (the strings of the user's language, anything else it awaits). Found in
 *     Chromium by holding back every later script until the verdict stalls without it (see
 *     bench/pane-page.ts), for an English user in the light theme and a Norwegian one in the dark
 *     theme (a dark or high-contrast theme is a chunk of its own). Chunks the verdict does not wait
 *     for (the delivery path, what to do, details, drafts, the other language, the paste form, .msg
 *     reading) are listed as lazy and not counted; neither is the pane's stylesheet (CSS, printed).
 *  3. With --by-package: the same figure split by npm package and by area of the core, from a second
 *     analysis build with one chunk per package (gzip of separate chunks adds up to a little more
 *     than the real, combined files).
 *   tsx bench/bundle.bench.ts              → builds production first
 *   tsx bench/bundle.bench.ts --no-build   → measures the existing dist/
 *   tsx bench/bundle.bench.ts --by-package → also the breakdown (one more build)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "../scripts/static-server.js";
import { launchChromium } from "../test/browser/support/chromium.js";
import { fiftyKilobyteNdr, kb, pageScripts, scriptsTheVerdictNeeds, sizeOf, totalSize } from "./pane-page.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
const pages = ["taskpane", "commands", "preview"];
const targetGzip = 180 * 1024;

function build(outDir: string, extraEnv: Record<string, string> = {}): void {
  const webpackCli = fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  const started = Date.now();
  // the bench's builds are never deployed (webpack.config.js, undeployedUrl)
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--env", "undeployed"], {
    cwd: projectRoot,
    env: { ...process.env, NDR_DIST_DIR: outDir, ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) {
    console.error("bundle bench: the production build failed");
    process.exit(1);
  }
  console.log(
    `production build${extraEnv.NDR_CHUNK_PER_PACKAGE ? " (one chunk per package)" : ""}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (!process.argv.includes("--no-build")) build(distDir);
else if (!existsSync(`${distDir}taskpane.html`)) {
  console.error("bundle bench: dist/ is empty; run without --no-build");
  process.exit(1);
}

const column = (size: { raw: number; gzip: number }) => `${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)}`;

// ── 1. per page: the scripts in its HTML ──
console.log(`\n${"page".padEnd(10)} ${"raw".padStart(10)} ${"gzip".padStart(10)}  scripts in the page's HTML`);
const inHtml = new Set<string>();
for (const page of pages) {
  const scripts = pageScripts(distDir, `${page}.html`);
  scripts.forEach((script) => inHtml.add(script));
  console.log(`${page.padEnd(10)} ${column(totalSize(distDir, scripts))}  ${scripts.join(", ")}`);
}

// ── 2. what the task pane's first verdict needs ──
const ndr = fiftyKilobyteNdr();

async function verdictPath(dir: string, language: string, dark = false) {
  const served = await serveStatic({ root: dir, host: "127.0.0.1", port: 0 });
  const browser = await launchChromium();
  try {
    return await scriptsTheVerdictNeeds(browser, { baseUrl: served.url, distDir: dir, ndr, language, dark });
  } finally {
    await browser.close();
    await served.close();
  }
}

console.log(
  `\ntask pane, first load = every script the verdict needs (${(ndr.length / 1024).toFixed(0)} KB NDR from Outlook; ` +
    "React, Fluent UI, the core, the Office adapter, the user's language):",
);
const needed = new Set<string>();
for (const [language, dark] of [
  ["en-US", false],
  ["nb-NO", true],
] as const) {
  const found = await verdictPath(distDir, language, dark);
  const files = [...found.pageScripts, ...found.loadedLater];
  files.forEach((file) => needed.add(file));
  const size = totalSize(distDir, files);
  const user = `${language} ${dark ? "dark" : "light"}`;
  console.log(
    `  ${user.padEnd(14)} ${column(size)}  target ≤ 180 KB gzip: ${size.gzip <= targetGzip ? "met" : "NOT met"}` +
      `  (page scripts + ${found.loadedLater.join(", ") || "nothing"})`,
  );
}
const css = readdirSync(distDir).filter((file) => /^taskpane\..*\.css$/.test(file));
if (css.length > 0)
  console.log(`  + stylesheet ${column(totalSize(distDir, css))}  (${css.join(", ")}; CSS, not counted)`);

const lazy = readdirSync(distDir).filter((file) => file.endsWith(".js") && !inHtml.has(file) && !needed.has(file));
console.log(`\nnot counted: loaded later or on demand`);
for (const file of lazy) console.log(`  (lazy)   ${column(sizeOf(distDir, file))}  ${file}`);
const laterButNeeded = [...needed].filter((file) => !inHtml.has(file));
for (const file of laterButNeeded)
  console.log(`  (verdict) ${column(sizeOf(distDir, file)).slice(1)}  ${file}  ← counted above`);

// ── 3. by package ──
if (process.argv.includes("--by-package")) {
  const analysisDir = `${mkdtempSync(path.join(tmpdir(), "ndr-bundle-"))}/`;
  try {
    build(analysisDir, { NDR_CHUNK_PER_PACKAGE: "1" });
    const found = await verdictPath(analysisDir, "en-US");
    const rows = [...found.pageScripts, ...found.loadedLater]
      .map((file) => ({ file, ...sizeOf(analysisDir, file) }))
      .sort((a, b) => b.gzip - a.gzip);
    const sum = rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), {
      raw: 0,
      gzip: 0,
    });
    console.log(`\nby package, what the first verdict needs (en-US), each package its own chunk:`);
    for (const row of rows) console.log(`  ${column(row)}  ${row.file.replace(/\.[0-9a-f]{8}\.js$/, "")}`);
    console.log(`  ${column(sum)}  sum of the separate chunks`);
  } finally {
    rmSync(analysisDir, { recursive: true, force: true });
  }
}
