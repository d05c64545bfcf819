/**
 * Saves V8's code cache for the CLI's bundle (lib/cli/bundle.v8cache; scripts/build-cli.mjs runs
 * this after bundling). The cache is made after running the CLI over the built-in samples in every
 * format and both languages, so it holds the bytecode of the functions a run uses, not just the
 * bundle's top level: V8 compiles functions lazily, on first call.
 *   node scripts/cli-code-cache.mjs
 */
import { readdirSync } from "node:fs";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadCli, writeCodeCache } from "../lib/cli/load.js";

const samples = fileURLToPath(new URL("../src/preview/samples/", import.meta.url));
const loaded = await loadCli({ useCodeCache: false });
if (!loaded.bundle) throw new Error("lib/cli/bundle.cjs is missing: run scripts/build-cli.mjs");

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
/** Streams for one run, output thrown away. */
const io = () => ({
  stdin: process.stdin,
  stdout: discard(),
  stderr: discard(),
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
});
const messages = readdirSync(samples)
  .filter((name) => /\.(eml|txt)$/.test(name))
  .map((name) => samples + name);
for (const format of ["text", "table", "json", "jsonl", "csv", "sisimai"]) {
  for (const lang of ["en", "nb"])
    await loaded.cli.main(["--format", format, "--lang", lang, "-j", "1", ...messages], io());
}
await loaded.cli.main(["--summary", "-j", "1", ...messages], io());
writeCodeCache(loaded.bundle);
