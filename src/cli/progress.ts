/**
 * A progress line on stderr for long runs: only when stderr is a terminal, only once the run has
 * taken over a second, redrawn at most ten times a second, and wiped when the run ends. The
 * total is not known in advance (folders are walked lazily), so it shows a moving bar, the count
 * and the rate rather than a percentage.
 */
import type { Writable } from "node:stream";
import { t } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";

export interface Progress {
  tick(): void;
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;
const BAR = 20;

export function makeProgress(
  stderr: Writable,
  enabled: boolean,
  language: Language,
  now: () => number = Date.now,
): Progress {
  if (!enabled) return SILENT;
  const started = now();
  let count = 0;
  let lastDraw = 0;
  let shown = false;
  let frame = 0;
  return {
    tick() {
      count += 1;
      const time = now();
      if (time - started < SHOW_AFTER_MS || time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      shown = true;
      const position = frame++ % (2 * (BAR - 3));
      const at = position < BAR - 3 ? position : 2 * (BAR - 3) - position;
      const bar = " ".repeat(at) + "███" + " ".repeat(BAR - 3 - at);
      const rate = Math.round((count * 1000) / Math.max(1, time - started));
      stderr.write(`\r\u001b[K[${bar}] ${t(language, "cli.progress", { count, rate })}`);
    },
    done() {
      if (shown) stderr.write("\r\u001b[K");
    },
  };
}
