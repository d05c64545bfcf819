/**
 * Loads the CLI in its own process (bin/ndr-explain.js) and in its worker threads (worker-thread.ts).
 * scripts/build-cli.mjs bundles src/cli/entry.ts into lib/cli/bundle.cjs, runs it over the built-in
 * samples and saves V8's code cache for it: the bytecode of the bundle and of every function those
 * runs used. Compiling the bundle with that cache skips parsing and compiling ~1 MB of JavaScript,
 * most of it lazily on the first messages; without it, or when V8 refuses it (another Node version,
 * other V8 flags), the bundle is compiled as usual. Without the bundle, the modules tsc wrote to lib/
 * are imported instead: slower to start, same output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type * as Entry from "./entry.js";
import { limitOldGenerationGrowth } from "./heap.js";
import { compileRegExpsOnce, limitInlining } from "./optimiser.js";

export type CliEntry = typeof Entry;

/** How the CLI was compiled: with the code cache, with it refused by V8, without one, or unbundled (no bundle). */
export type CodeCacheUse = "used" | "refused" | "missing" | "unbundled";

export interface LoadedCli {
  cli: CliEntry;
  codeCache: CodeCacheUse;
  /** the compiled bundle and its build id, for writeCodeCache (undefined when unbundled) */
  bundle?: { script: Script; buildId: string };
}

const bundleFile = new URL("./bundle.cjs", import.meta.url);
const codeCacheFile = new URL("./bundle.v8cache", import.meta.url);

/**
 * The bundle's first line names its build (`/* ndr-explain build <id> *\/`) and the cache file
 * starts with the id it was made for: V8 itself checks only the source's length, and a cache of
 * another build would run the wrong bytecode.
 */
const BUILD_LINE = /^\/\* ndr-explain build ([0-9a-f]{16}) \*\//;
const BUILD_ID_BYTES = 16;

function readCodeCache(buildId: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(codeCacheFile);
  } catch {
    return undefined;
  }
  return file.subarray(0, BUILD_ID_BYTES).toString("latin1") === buildId ? file.subarray(BUILD_ID_BYTES) : undefined;
}

/**
 * The CLI's V8 flags are set before the bundle is compiled: V8 refuses a code cache made under
 * other flags, and the cache is made (and worker threads compile the bundle) under these.
 */
function setCliFlags(): void {
  limitInlining();
  compileRegExpsOnce();
  limitOldGenerationGrowth();
}

/** The bundle compiled (with the code cache unless `useCodeCache` is false) and run, or undefined without a bundle. */
function loadBundle(useCodeCache: boolean): LoadedCli | undefined {
  let source: string;
  try {
    source = readFileSync(bundleFile, "utf8");
  } catch {
    return undefined;
  }
  const buildId = BUILD_LINE.exec(source)?.[1] ?? "";
  const cachedData = useCodeCache && buildId ? readCodeCache(buildId) : undefined;
  const script = new Script(source, { filename: fileURLToPath(bundleFile), cachedData });
  // The bundle is one function expression (build-cli.mjs wraps it): (exports, require, module, importMetaUrl) => …
  const bundled = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as CliEntry };
  bundled(module.exports, createRequire(bundleFile), module, bundleFile.href);
  const codeCache = cachedData === undefined ? "missing" : script.cachedDataRejected ? "refused" : "used";
  return { cli: module.exports, codeCache, bundle: { script, buildId } };
}

export async function loadCli({ useCodeCache = true } = {}): Promise<LoadedCli> {
  setCliFlags();
  return loadBundle(useCodeCache) ?? { cli: await import("./entry.js"), codeCache: "unbundled" };
}

/** Saves the code cache of a loaded bundle, with the functions it has compiled so far (scripts/cli-code-cache.mjs). */
export function writeCodeCache({ script, buildId }: NonNullable<LoadedCli["bundle"]>): void {
  writeFileSync(codeCacheFile, Buffer.concat([Buffer.from(buildId, "latin1"), script.createCachedData()]));
}
