/**
 * The long fuzz run: `npm run fuzz` (default 200,000 inputs over 2 worker processes; not part of
 * `npm test`). Same inputs and property as the short run (harness.ts), but it does not stop at the
 * first failure: it counts every input, lists failures with what it takes to reproduce them
 * (worker seed, chunk, index), and reports the slowest input by CPU time and by wall time.
 *
 *   npm run fuzz                      # 200,000 inputs
 *   npm run fuzz -- --runs 20000 --workers 2 --seed 7
 *
 * Exit code 1 when any input threw or took over 50 ms of CPU (fastest of three runs).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { explainBounce } from "../../src/core/index.js";
import { fuzzCases, LIMIT_MS, loadSeeds, type FuzzCase } from "./harness.js";

interface WorkerReport {
  runs: number;
  failures: string[];
  failureCount: number;
  threw: number;
  /** failing inputs per mutation kind ("delivery-status repeat-recipients", "random MIME", ...) */
  failureKinds: Record<string, number>;
  slowestCpuMs: number;
  slowestCpuLabel: string;
  slowestWallMs: number;
  slowestWallLabel: string;
  note?: string;
}

const CHUNK = 250;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function cpuAndWall(c: FuzzCase): Promise<{ cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const explanation = await explainBounce(c.input, { language: c.language });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (!explanation?.report || !Array.isArray(explanation.recipients)) throw new Error("malformed result");
  return { cpuMs: (used.user + used.system) / 1000, wallMs };
}

/** The kinds of mutation in a label ("file · flip 3 bytes + boundary empty" → ["flip", "boundary empty"]). */
function mutationKinds(label: string): string[] {
  const parts = label.includes(" · ") ? label.split(" · ")[1]!.split(" + ") : [label];
  return [
    ...new Set(
      parts.map((part) =>
        part
          .replace(/\s*[×→(].*$/, "")
          .replace(/\d+.*$/, "")
          .trim(),
      ),
    ),
  ];
}

async function worker(runs: number, seed: number): Promise<WorkerReport> {
  const { seeds, note } = loadSeeds();
  const arbitrary = fuzzCases(seeds);
  const report: WorkerReport = {
    runs: 0,
    failures: [],
    failureCount: 0,
    threw: 0,
    failureKinds: {},
    slowestCpuMs: 0,
    slowestCpuLabel: "",
    slowestWallMs: 0,
    slowestWallLabel: "",
    note,
  };
  const fail = (text: string, label: string) => {
    report.failureCount++;
    for (const kind of mutationKinds(label)) report.failureKinds[kind] = (report.failureKinds[kind] ?? 0) + 1;
    if (report.failures.length < 25) report.failures.push(text);
  };
  for (let chunk = 0; report.runs < runs; chunk++) {
    const cases = fc.sample(arbitrary, { numRuns: Math.min(CHUNK, runs - report.runs), seed: seed * 100_003 + chunk });
    for (const [index, c] of cases.entries()) {
      report.runs++;
      if (report.runs % 10_000 === 0)
        process.stderr.write(`fuzz worker ${seed}: ${report.runs} of ${runs}, ${report.failureCount} failing\n`);
      const where = `seed ${seed} chunk ${chunk} index ${index}`;
      try {
        const first = await cpuAndWall(c);
        let cpuMs = first.cpuMs;
        if (cpuMs > LIMIT_MS) cpuMs = Math.min(cpuMs, (await cpuAndWall(c)).cpuMs, (await cpuAndWall(c)).cpuMs);
        if (cpuMs > report.slowestCpuMs)
          [report.slowestCpuMs, report.slowestCpuLabel] = [cpuMs, `${c.label} (${where})`];
        if (first.wallMs > report.slowestWallMs)
          [report.slowestWallMs, report.slowestWallLabel] = [first.wallMs, `${c.label} (${where})`];
        if (cpuMs > LIMIT_MS) fail(`slow ${cpuMs.toFixed(1)} ms CPU: ${c.label} (${where})`, c.label);
      } catch (error) {
        report.threw++;
        fail(`threw ${error instanceof Error ? error.message : String(error)}: ${c.label} (${where})`, c.label);
      }
    }
  }
  return report;
}

async function main(): Promise<void> {
  const runs = option("runs", 200_000);
  const seed = option("seed", Date.now() % 1_000_000);
  if (process.argv.includes("--worker")) {
    process.stdout.write(`${JSON.stringify(await worker(runs, seed))}\n`);
    return;
  }
  const workers = Math.max(1, option("workers", 2));
  const started = Date.now();
  const self = fileURLToPath(import.meta.url);
  console.log(`fuzz: ${runs} inputs over ${workers} workers, base seed ${seed}`);
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const share = Math.floor(runs / workers) + (i < runs % workers ? 1 : 0);
      return new Promise<WorkerReport>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", self, "--worker", "--runs", String(share), "--seed", String(seed + i)],
          {
            stdio: ["ignore", "pipe", "inherit"],
          },
        );
        let out = "";
        child.stdout.on("data", (data: Buffer) => (out += data.toString()));
        child.on("error", reject);
        child.on("close", (code) => {
          const line = out.trim().split("\n").pop() ?? "";
          try {
            resolve(JSON.parse(line) as WorkerReport);
          } catch {
            reject(new Error(`worker ${i} exited ${code} without a report: ${out.slice(-500)}`));
          }
        });
      });
    }),
  );
  const total = reports.reduce((sum, r) => sum + r.runs, 0);
  const failures = reports.reduce((sum, r) => sum + r.failureCount, 0);
  const slowestCpu = reports.reduce((a, b) => (b.slowestCpuMs > a.slowestCpuMs ? b : a));
  const slowestWall = reports.reduce((a, b) => (b.slowestWallMs > a.slowestWallMs ? b : a));
  if (reports[0]?.note) console.log(`note: ${reports[0].note}`);
  console.log(`inputs: ${total} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`slowest (CPU): ${slowestCpu.slowestCpuMs.toFixed(1)} ms — ${slowestCpu.slowestCpuLabel}`);
  console.log(
    `slowest (wall, first run): ${slowestWall.slowestWallMs.toFixed(1)} ms — ${slowestWall.slowestWallLabel}`,
  );
  const threw = reports.reduce((sum, r) => sum + r.threw, 0);
  console.log(`failures: ${failures} (${threw} threw, ${failures - threw} over ${LIMIT_MS} ms CPU)`);
  const kinds: Record<string, number> = {};
  for (const r of reports) for (const [kind, n] of Object.entries(r.failureKinds)) kinds[kind] = (kinds[kind] ?? 0) + n;
  const byCount = Object.entries(kinds).sort((a, b) => b[1] - a[1]);
  if (byCount.length)
    console.log(`failing inputs by mutation kind: ${byCount.map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
  for (const failure of reports.flatMap((r) => r.failures).slice(0, 25)) console.log(`  ${failure}`);
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();
