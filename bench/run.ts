/**
 * `npm run bench`: runs every bench/*.bench.ts one after another, each in its own `tsx` child
 * process (so peak RSS and timings are per bench), forwarding their output.
 *   npm run bench                 → all benches
 *   npm run bench -- bundle cli   → only benches whose file name contains "bundle" or "cli"
 *   npm run bench -- cli --profile → options (anything starting with "--") go to each bench run
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL("./", import.meta.url));
const tsxCli = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const options = process.argv.slice(2).filter((arg) => arg.startsWith("--"));

const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (benches.length === 0) {
  console.error(`bench: nothing matches ${filters.join(", ") || "bench/*.bench.ts"}`);
  process.exit(2);
}

const failed: string[] = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [tsxCli, `${benchDir}${name}`, ...options], { stdio: "inherit" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const status = result.status === 0 ? "ok" : `failed (${result.signal ?? `exit ${result.status}`})`;
  console.log(`=== ${name}: ${status} in ${seconds.toFixed(1)} s ===`);
  if (result.status !== 0) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${benches.length} failed: ${failed.join(", ")}`);
  process.exit(1);
}
