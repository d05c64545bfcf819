/**
 * Short fuzz run inside the normal test suite: 2,000 damaged corpus bounces and random messages
 * through explainBounce — none throws, and every result is well formed; the slowest input is printed.
 * The 50 ms bound is enforced by the long run (≥ 200,000 inputs, `npm run fuzz`, test/fuzz/run.ts),
 * not here: speed is measured by the fuzz job and benchmarks, never by a timed test.
 * Without ../shared it mutates the fake NDRs written in test/core/trust/fixtures and says so.
 */
import { describe, expect, it } from "vitest";
import { loadSeeds, runFuzz } from "./harness.js";

const { seeds, note } = loadSeeds();
if (note) console.warn(`fuzz: ${note}`);

describe("the core under fuzzing", () => {
  it("never throws and always returns a well-formed explanation (2,000 inputs)", async () => {
    const summary = await runFuzz({ numRuns: 2000, seeds, enforceLimit: false });
    console.info(
      `fuzz (short): ${summary.runs} inputs; slowest ${summary.slowestMs.toFixed(1)} ms CPU (${summary.slowestLabel}); ` +
        `slowest wall ${summary.slowestWallMs.toFixed(1)} ms (${summary.slowestWallLabel}); ${summary.rerun} re-run after a first run over the limit`,
    );
    expect(summary.failure).toBeUndefined();
    expect(summary.runs).toBeGreaterThanOrEqual(2000);
  }, 600_000);
});
