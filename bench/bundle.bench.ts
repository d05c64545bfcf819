/**
 * First-load JavaScript of each page in the production build: every local <script src> the
 * page's HTML loads before anything else, raw and gzip (level 9, as a static host would serve
 * it). Lazily loaded chunks are listed separately. Office.js (Microsoft's CDN) is not counted.
 *   tsx bench/bundle.bench.ts            → builds production first
 *   tsx bench/bundle.bench.ts --no-build → measures the existing dist/
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
const pages = ["taskpane", "commands", "preview"];

if (!process.argv.includes("--no-build")) {
  const webpackCli = fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  const started = Date.now();
  const build = spawnSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    console.error("bundle bench: the production build failed");
    process.exit(1);
  }
  console.log(`production build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else if (!existsSync(`${distDir}taskpane.html`)) {
  console.error("bundle bench: dist/ is empty; run without --no-build");
  process.exit(1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const sizes = (file: string) => {
  const bytes = readFileSync(`${distDir}${file}`);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

console.log(`\n${"page".padEnd(10)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)}  first-load scripts`);
const firstLoad = new Set<string>();
for (const page of pages) {
  const html = readFileSync(`${distDir}${page}.html`, "utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1]!)
    .filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const script of scripts) {
    firstLoad.add(script);
    const size = sizes(script);
    raw += size.raw;
    gzip += size.gzip;
  }
  console.log(`${page.padEnd(10)} ${kb(raw)} ${kb(gzip)}  ${scripts.join(", ")}`);
}

const lazy = readdirSync(distDir).filter((file) => file.endsWith(".js") && !firstLoad.has(file));
for (const file of lazy) {
  const size = sizes(file);
  console.log(`${"(lazy)".padEnd(10)} ${kb(size.raw)} ${kb(size.gzip)}  ${file}`);
}
