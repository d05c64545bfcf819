/**
 * The CLI over the Sisimai corpus's maildir/bsd ten times over (the folder named ten times on one
 * command line), next to Sisimai 4.25.15 (Debian libsisimai-perl) doing the same job: parse every
 * message and print JSON. Messages/s (by wall and by CPU time, since the machine may be shared),
 * peak RSS of each process, and the ratio.
 *   npx tsx bench/cli.bench.ts [repeats]
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sharedSkipReason, sisimaiCorpus } from "../test/support/shared.js";
import { buildCli, cliBin, describeRun, measure, perlHasSisimai, type Measured } from "./cli-support.js";

const repeats = Number(process.argv[2] ?? 10);

async function main(): Promise<void> {
  const skip = sharedSkipReason("corpus/sisimai/maildir/bsd");
  if (skip) {
    console.log(`cli bench ${skip}`);
    return;
  }
  const bsd = join(sisimaiCorpus, "maildir", "bsd");
  const files = readdirSync(bsd).length;
  const messages = files * repeats;
  const folders = Array.from({ length: repeats }, () => "maildir/bsd");
  const jobs = Math.min(8, availableParallelism());
  buildCli();
  const run = (args: string[]) => measure(process.execPath, [cliBin, ...args], sisimaiCorpus);

  console.log(`CLI bench: maildir/bsd (${files} files) × ${repeats} = ${messages} messages, one process each`);
  // One thread, and every CPU (the default picks one per idle CPU, so it varies with the load).
  const single = await run(["--format", "jsonl", "-j", "1", ...folders]);
  console.log(`  ndr-explain --format jsonl -j 1 : ${describeRun(single, messages)}`);
  const ours = jobs > 1 ? await run(["--format", "jsonl", "-j", String(jobs), ...folders]) : single;
  if (ours.exitCode !== 0) console.log(`  ndr-explain exited ${ours.exitCode}: ${ours.stderr.slice(0, 500)}`);
  if (jobs > 1) console.log(`  ndr-explain --format jsonl -j ${jobs} : ${describeRun(ours, messages)}`);
  const summary = await run(["--summary", ...folders]);
  console.log(`  ndr-explain --summary           : ${describeRun(summary, messages)}`);
  const once = await run(["--format", "jsonl", "-j", "1", "maildir/bsd"]);
  console.log(`  ndr-explain over bsd ×1         : ${describeRun(once, files)}`);
  if (once.peakRssMb && single.peakRssMb) {
    console.log(
      `  peak RSS ×${repeats} vs ×1 (-j 1): ${(single.peakRssMb / once.peakRssMb).toFixed(2)}× (${repeats}× the files)`,
    );
  }

  const version = perlHasSisimai();
  if (!version) {
    console.log("  Sisimai: skipped (perl -MSisimai -e1 fails; install it with apt-get install libsisimai-perl)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "ndr-bench-"));
  const script = join(dir, "sisimai-dump.pl");
  // Sisimai->dump parses a folder and returns its records as JSON: the same job as --format jsonl.
  writeFileSync(script, 'use strict; use Sisimai; for my $d (@ARGV) { print Sisimai->dump($d), "\\n"; }\n');
  try {
    const theirs = await measure("perl", [script, ...folders], sisimaiCorpus);
    if (theirs.exitCode !== 0) console.log(`  Sisimai exited ${theirs.exitCode}: ${theirs.stderr.slice(0, 500)}`);
    console.log(`  Sisimai ${version} dump         : ${describeRun(theirs, messages)}`);
    const ratio = (ourRun: Measured) =>
      `${(theirs.seconds / ourRun.seconds).toFixed(2)}× by wall time` +
      (ourRun.cpuSeconds && theirs.cpuSeconds
        ? `, ${(theirs.cpuSeconds / ourRun.cpuSeconds).toFixed(2)}× by CPU time`
        : "");
    console.log(`  ratio ndr-explain / Sisimai (messages/s): -j 1 ${ratio(single)}; -j ${jobs} ${ratio(ours)}`);
    console.log(
      `  (load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
