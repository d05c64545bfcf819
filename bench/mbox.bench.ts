/**
 * A help desk's big mbox: bounces from the Sisimai corpus (maildir/bsd, cycled) written as an
 * mboxrd file of 10k and of 100k messages in a temporary folder, then the CLI over each
 * (--format jsonl to a pipe that discards it). Peak RSS must stay flat: the 100k run may not
 * need much more memory than the 10k run, because the mbox is streamed message by message.
 *   npx tsx bench/mbox.bench.ts [largest count, default 100000] [jobs, default: the CLI's own]
 */
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sisimaiCorpus, sharedSkipReason } from "../test/support/shared.js";
import { defaultJobs } from "../src/cli/options.js";
import { buildCli, cliBin, describeRun, measure } from "./cli-support.js";
import { positional } from "./args.js";

const largest = Number(positional[0] ?? 100_000);
const counts = [Math.round(largest / 10), largest];
const jobs = positional[1] ? Number(positional[1]) : defaultJobs();

/** mboxrd: an envelope line per message, ">" before any line that starts with ">*From ". */
function asMboxEntry(message: Buffer): Buffer {
  let text = message.toString("latin1").replace(/\r\n?/g, "\n");
  if (text.startsWith("From ")) text = text.slice(text.indexOf("\n") + 1); // its own envelope line
  text = text.replace(/^(>*From )/gm, ">$1");
  if (!text.endsWith("\n")) text += "\n";
  return Buffer.from(`From MAILER-DAEMON Mon Nov 30 00:00:00 2026\n${text}\n`, "latin1");
}

async function writeMbox(path: string, entries: Buffer[], count: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(entries[i % entries.length])) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function main(): Promise<void> {
  const skip = sharedSkipReason("corpus/sisimai/maildir/bsd");
  if (skip) {
    console.log(`mbox bench ${skip}`);
    return;
  }
  const bsd = join(sisimaiCorpus, "maildir", "bsd");
  const entries = readdirSync(bsd)
    .sort()
    .map((name) => asMboxEntry(readFileSync(join(bsd, name))));
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), "ndr-mbox-bench-"));
  const results: { count: number; rss?: number }[] = [];
  console.log(
    `mbox bench: ndr-explain --format jsonl with -j ${jobs} ${positional[1] ? "" : "(the default: one explainer per idle CPU)"}`,
  );
  try {
    for (const count of counts) {
      const path = join(dir, `bounces-${count}.mbox`);
      await writeMbox(path, entries, count);
      const size = statSync(path).size / 1024 / 1024;
      const run = await measure(process.execPath, [cliBin, "--format", "jsonl", "-j", String(jobs), path]);
      if (run.exitCode !== 0) console.log(`  exit ${run.exitCode}: ${run.stderr.slice(0, 500)}`);
      console.log(
        `mbox of ${count} bounces (${size.toFixed(0)} MB): ${describeRun(run, count)}, ${(size / run.seconds).toFixed(1)} MB/s, ${(run.stdoutBytes / 1024 / 1024).toFixed(0)} MB of JSON lines`,
      );
      results.push({ count, rss: run.peakRssMb });
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [small, large] = results;
  if (small?.rss && large?.rss) {
    const growth = large.rss / small.rss;
    console.log(
      `peak RSS ${large.count} vs ${small.count} messages: ${growth.toFixed(2)}× (${growth < 1.25 ? "flat" : "NOT flat"}: 10× the messages, memory within 25 %)`,
    );
  }
}

await main();
