/**
 * How the engine scales with the number of recipients: bounces to 1, 100 and 500 recipients
 * (test/fuzz/many-recipients.ts: Postfix multipart/report, classic Exchange with DSN, pasted
 * Postfix text), each explained several times in one process. Prints CPU ms per bounce (fastest
 * run), µs per recipient, and for 500 recipients the share of each stage (read, report, diagnose,
 * explain, trust), so a stage that grows faster than the recipients shows at once.
 *   npx tsx bench/many-recipients.bench.ts [runs]
 */
import { explainBounce } from "../src/core/index.js";
import { readMessage } from "../src/core/read/index.js";
import { extractReport } from "../src/core/report/index.js";
import { diagnose } from "../src/core/diagnose/index.js";
import { explainRecipient } from "../src/core/explain/index.js";
import { assessTrust } from "../src/core/trust/index.js";
import type { BounceInput } from "../src/core/types.js";
import { manyRecipientsNdr, type ManyRecipientsShape } from "../test/fuzz/many-recipients.js";
import { positional } from "./args.js";

const runs = Number(positional[0] ?? 15);
const SHAPES: ManyRecipientsShape[] = ["postfix", "exchange", "pasted"];

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function inputOf(shape: ManyRecipientsShape, count: number): BounceInput {
  const text = manyRecipientsNdr(shape, count);
  return shape === "pasted" ? { kind: "text", text } : { kind: "bytes", data: new TextEncoder().encode(text) };
}

async function fastest(input: BounceInput): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    await explainBounce(input, { language: "nb" });
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

async function stages(input: BounceInput): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  const note = (stage: string, ms: number) => (best[stage] = Math.min(best[stage] ?? Infinity, ms));
  for (let i = 0; i < runs; i++) {
    let start = cpuMs();
    const message = await readMessage(input);
    note("read", cpuMs() - start);
    start = cpuMs();
    const report = extractReport(message);
    note("report", cpuMs() - start);
    start = cpuMs();
    const diagnoses = report.recipients.map((facts) => diagnose(report, facts));
    note("diagnose", cpuMs() - start);
    start = cpuMs();
    report.recipients.forEach((facts, j) => explainRecipient(report, facts, diagnoses[j]!, "nb"));
    note("explain", cpuMs() - start);
    start = cpuMs();
    assessTrust(report);
    note("trust", cpuMs() - start);
  }
  return best;
}

async function main(): Promise<void> {
  console.log(`many-recipients bench: CPU ms per bounce, fastest of ${runs} runs`);
  for (const shape of SHAPES) {
    const cells: string[] = [];
    for (const count of [1, 100, 500]) {
      const ms = await fastest(inputOf(shape, count));
      cells.push(`${count}: ${ms.toFixed(1)} ms (${((1000 * ms) / count).toFixed(0)} µs/recipient)`);
    }
    const split = await stages(inputOf(shape, 500));
    console.log(`  ${shape.padEnd(8)} ${cells.join(", ")}`);
    console.log(
      `           500 by stage: ${Object.entries(split)
        .map(([stage, ms]) => `${stage} ${ms.toFixed(1)}`)
        .join(", ")} ms`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
