/**
 * Keeps a long one-thread run's memory flat. Explaining a bounce allocates a few hundred KB that
 * die at once, yet V8 keeps doubling the young generation up to 32 MB on a long run, which was a
 * quarter of the CLI's peak memory over thousands of bounces. At 16 MB a collection still finds
 * almost everything dead (measured: fewer objects promoted, one full collection per run as before),
 * so growth stops there. V8 reads the growth factor each time it resizes, which is why it can be set
 * while the process runs (the size limits themselves are read only at start-up). Flags are
 * process-wide, so only a run that explains on this thread alone caps it: workers size their own.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/** Young generation (both semi-spaces) at which growth stops. */
const YOUNG_GENERATION_CAP_BYTES = 16 * 1024 * 1024;
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
