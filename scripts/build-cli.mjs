/**
 * Builds the CLI into lib/ (`npm install` runs this as the "prepare" script): tsc compiles src/core
 * and src/cli, esbuild bundles src/cli/entry.ts into one script, lib/cli/bundle.cjs, and
 * scripts/cli-code-cache.mjs saves V8's code cache for it (lib/cli/bundle.v8cache). lib/cli/load.js loads
 * the bundle with that cache, in bin/ndr-explain.js and in each worker thread. One script instead
 * of ~150 modules takes about a third less CPU to start and 8 MB less memory; the code cache saves
 * parsing and compiling it. Without the bundle lib/ still works as tsc wrote it, only slower to start.
 *   node scripts/build-cli.mjs
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const bundleFile = `${root}lib/cli/bundle.cjs`;
// A cache left from an earlier build must not outlive its bundle (load.ts also checks the build id).
rmSync(`${root}lib/cli/bundle.v8cache`, { force: true });
rmSync(bundleFile, { force: true });

const tsc = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", "tsconfig.cli.json"], {
  cwd: root,
  stdio: "inherit",
});
// tsc still emits when some file has a type error; bundle what it wrote, and fail as tsc did.
if (!existsSync(`${root}lib/cli/entry.js`)) process.exit(tsc.status ?? 1);

const bundled = await build({
  absWorkingDir: root,
  entryPoints: ["lib/cli/entry.js"],
  outfile: bundleFile,
  write: false,
  bundle: true,
  platform: "node",
  // A classic script, not a module: V8 makes code caches for scripts (vm.Script) only. It is one
  // function expression that load.ts calls with CommonJS's exports, require and module, and the
  // bundle's own URL for import.meta.url (pool.ts finds worker-thread.js by it).
  format: "cjs",
  banner: { js: "(function (exports, require, module, importMetaUrl) {" },
  footer: { js: "})" },
  define: { "import.meta.url": "importMetaUrl" },
  // import() in a vm.Script needs a loader callback; require() does the same for a package.
  supported: { "dynamic-import": false },
  target: "node20",
  // Outlook .msg files are rare on a command line: their reader (with its character-set tables) is
  // imported only when one comes (src/core/read/msg.ts), and stays a package import.
  external: ["@kenjiuno/msgreader"],
  logLevel: "warning",
});
const code = bundled.outputFiles[0].text;
const buildId = createHash("sha256").update(code).digest("hex").slice(0, 16);
writeFileSync(bundleFile, `/* ndr-explain build ${buildId} */\n${code}`);

const cache = spawnSync(process.execPath, [`${root}scripts/cli-code-cache.mjs`], { cwd: root, stdio: "inherit" });
// The CLI works without a cache (load.ts compiles the bundle as usual), so a failed cache is only a warning.
if (cache.status !== 0) process.stderr.write("build-cli: no code cache for lib/cli/bundle.cjs (start-up is slower)\n");
process.exit(tsc.status ?? 0);
