/**
 * Short fuzz run inside the normal test suite: 2,000 damaged corpus bounces and random messages
 * through explainBounce — none throws, none takes over 50 ms of CPU (fastest of three runs for an
 * input that first passes the limit; see harness.ts for why CPU time). The long run (≥ 200,000 inputs) is `npm run fuzz` (test/fuzz/run.ts).
 * Without ../shared it mutates the fake NDRs written in test/core/trust/fixtures and says so.
 */
import { describe, expect, it } from "vitest";
import { loadSeeds, runFuzz } from "./harness.js";

const { seeds, note } = loadSeeds();
if (note) console.warn(`fuzz: ${note}`);

describe("the core under fuzzing", () => {
  it(
    "never throws and stays under 50 ms per input (2,000 inputs)",
    async () => {
      const summary = await runFuzz({ numRuns: 2000, seeds });
      console.info(
        `fuzz (short): ${summary.runs} inputs; slowest ${summary.slowestMs.toFixed(1)} ms CPU (${summary.slowestLabel}); ` +
          `slowest wall ${summary.slowestWallMs.toFixed(1)} ms (${summary.slowestWallLabel}); ${summary.rerun} re-run after a first run over the limit`,
      );
      expect(summary.failure).toBeUndefined();
      expect(summary.runs).toBeGreaterThanOrEqual(2000);
    },
    600_000,
  );
});
