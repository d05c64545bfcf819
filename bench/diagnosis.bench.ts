/**
 * Diagnosis cost on its own: the Sisimai maildir/bsd corpus is read once (readMessage +
 * extractReport), then diagnose + explainRecipient (both languages) run over every recipient,
 * several passes, in one process. Prints recipients/s, µs per recipient and the share of the
 * whole pipeline's time, so the engine's bench targets can be checked with diagnosis included.
 *   npx tsx bench/diagnosis.bench.ts [passes]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readMessage } from "../src/core/read/index.js";
import { extractReport } from "../src/core/report/index.js";
import { diagnose } from "../src/core/diagnose/index.js";
import { explainRecipient } from "../src/core/explain/index.js";
import type { DeliveryReport } from "../src/core/types.js";
import { sharedSkipReason, sisimaiCorpus } from "../test/support/shared.js";
import { positional } from "./args.js";

const passes = Number(positional[0] ?? 20);

async function main(): Promise<void> {
  const skip = sharedSkipReason("corpus/sisimai");
  if (skip) {
    console.log(`diagnosis bench skipped: ${skip}`);
    return;
  }
  const folder = join(sisimaiCorpus, "maildir", "bsd");
  const reports: DeliveryReport[] = [];
  let engineMs = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".eml"))) {
    const data = new Uint8Array(readFileSync(join(folder, name)));
    const start = performance.now();
    reports.push(extractReport(await readMessage({ kind: "bytes", data })));
    engineMs += performance.now() - start;
  }
  const recipients = reports.reduce((n, r) => n + r.recipients.length, 0);

  let slowest = 0;
  const start = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const report of reports) {
      for (const facts of report.recipients) {
        const t0 = performance.now();
        const diagnosis = diagnose(report, facts);
        explainRecipient(report, facts, diagnosis, "en");
        explainRecipient(report, facts, diagnosis, "nb");
        slowest = Math.max(slowest, performance.now() - t0);
      }
    }
  }
  const ms = (performance.now() - start) / passes;
  console.log(`diagnosis bench: maildir/bsd, ${reports.length} reports, ${recipients} recipients × ${passes} passes`);
  console.log(
    `  diagnose + explain (en, nb): ${(recipients / (ms / 1000)).toFixed(0)} recipients/s, ${((ms * 1000) / recipients).toFixed(1)} µs per recipient, slowest ${slowest.toFixed(2)} ms`,
  );
  console.log(
    `  engine (read + report), one pass: ${engineMs.toFixed(0)} ms; diagnosis adds ${((100 * ms) / engineMs).toFixed(1)} % to it`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
