/**
 * Keeps a long one-thread run's memory flat. Explaining a bounce allocates a few hundred KB that
 * die at once, yet V8 keeps doubling the young generation up to 32 MB on a long run, which was a
 * quarter of the CLI's peak memory over thousands of bounces, so growth stops at 8 MB. (At 16 MB a
 * collection found almost everything dead; since messages are explained in batches (render.ts) that
 * peaked at 100–104 MB over maildir/bsd x10, and 8 MB at 95–98 MB for about 5 % more CPU time.)
 * V8 reads the growth factor each time it resizes, which is why it can be set
 * while the process runs (the size limits themselves are read only at start-up). The flag is
 * process-wide: with worker threads the first thread to reach the cap stops them all, which is
 * fine as they all do the same work. Only the CLI's own process does this, never a test runner.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import type { Render } from "./render.js";

/** Young generation (both semi-spaces) at which growth stops. */
const YOUNG_GENERATION_CAP_BYTES = 8 * 1024 * 1024;
/** Messages between looks at the heap: a look costs microseconds, a message about a millisecond. */
const CHECK_EVERY = 32;

/** Returns what to call after each message; it stops the young generation growing past the cap. */
export function capYoungGeneration(): () => void {
  let messages = 0;
  let capped = false;
  return () => {
    if (capped || ++messages % CHECK_EVERY !== 0) return;
    const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
    if (!young || young.space_size < YOUNG_GENERATION_CAP_BYTES) return;
    setFlagsFromString("--semi-space-growth-factor=1");
    capped = true;
  };
}

/**
 * The old generation's growth between full collections, as a percentage. A batch of messages keeps
 * its results alive across young collections, which promote them; at V8's own factor the old
 * generation then grew to twice the live data before a full collection cleared them (peak memory
 * 98 → 130 MB over maildir/bsd x10). The factor is read at each collection, so it can be set now.
 */
const OLD_GENERATION_GROWTH_PERCENT = 10;

/** The same renderer, looking at the heap after each message it explains; the old generation's growth is set once. */
export function withHeapCap(render: Render): Render {
  setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
  const afterMessage = capYoungGeneration();
  return async (source, label) => {
    const rendered = await render(source, label);
    afterMessage();
    return rendered;
  };
}
