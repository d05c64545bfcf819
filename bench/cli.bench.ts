/**
 * The CLI over the Sisimai corpus's maildir/bsd ten times over (the folder named ten times on one
 * command line), next to Sisimai 4.25.15 (Debian libsisimai-perl) doing the same job: parse every
 * message and print JSON. Messages/s and peak RSS of each process, and the ratio.
 *   npx tsx bench/cli.bench.ts [repeats]
 */
import { readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sisimaiCorpus, sharedSkipReason } from "../test/support/shared.js";
import { buildCli, cliBin, describeRun, measure, perlHasSisimai } from "./cli-support.js";

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
  buildCli();

  console.log(`CLI bench: maildir/bsd (${files} files) × ${repeats} = ${messages} messages, one process each`);
  const ours = await measure(process.execPath, [cliBin, "--format", "jsonl", ...folders], sisimaiCorpus);
  if (ours.exitCode !== 0) console.log(`  ndr-explain exited ${ours.exitCode}: ${ours.stderr.slice(0, 500)}`);
  console.log(`  ndr-explain --format jsonl : ${describeRun(ours, messages)}`);

  const summary = await measure(process.execPath, [cliBin, "--summary", ...folders], sisimaiCorpus);
  console.log(`  ndr-explain --summary      : ${describeRun(summary, messages)}`);
  const once = await measure(process.execPath, [cliBin, "--format", "jsonl", "maildir/bsd"], sisimaiCorpus);
  console.log(`  ndr-explain ×1 (${files})   : ${describeRun(once, files)}`);
  if (once.peakRssMb && ours.peakRssMb) {
    console.log(
      `  peak RSS ×${repeats} vs ×1: ${(ours.peakRssMb / once.peakRssMb).toFixed(2)}× (${repeats}× the files)`,
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
  writeFileSync(
    script,
    'use strict; use Sisimai; my $n = 0; for my $d (@ARGV) { my $j = Sisimai->dump($d); $n += length($j); print $j, "\\n"; } print STDERR "bytes $n\\n";\n',
  );
  try {
    const theirs = await measure("perl", [script, ...folders], sisimaiCorpus);
    if (theirs.exitCode !== 0) console.log(`  Sisimai exited ${theirs.exitCode}: ${theirs.stderr.slice(0, 500)}`);
    console.log(`  Sisimai ${version} dump   : ${describeRun(theirs, messages)}`);
    const wallRatio = theirs.seconds / ours.seconds;
    const cpuRatio =
      ours.cpuSeconds && theirs.cpuSeconds ? ` (by CPU time ${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(2)}×)` : "";
    console.log(`  ratio ndr-explain / Sisimai, messages/s: ${wallRatio.toFixed(2)}× by wall time${cpuRatio}`);
    console.log(
      `  (machine load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
