/**
 * Shares the messages between this thread and the worker threads. Messages wait in one queue. The
 * workers are topped up to `inHandPerWorker` each (twice what this thread takes in a turn) whenever
 * one answers; this thread renders the next `perTurn` waiting messages (one batch) per turn of the
 * event loop. Rendering is synchronous, so if this thread rendered all it could in one turn the
 * workers' answers would wait and leave them idle: taking turns is what lets every core work.
 */
import type { Render, Rendered, Source } from "./render.js";

/** Messages seen before worker threads are started: a run of a few files is quicker without them. */
export const WORKERS_AFTER = 16;
/** Messages each worker may hold at once, for this thread's turns of `perTurn`: enough to keep it busy through one. */
export function inHandPerWorker(perTurn: number): number {
  return 2 * perTurn;
}

/** What the dispatcher needs of a pool of worker threads (RenderPool in production). */
export interface WorkerPool {
  readonly inHand: number;
  render: Render;
  close(): Promise<void>;
}

interface Waiting {
  source: Source;
  label: string;
  resolve(rendered: Rendered): void;
  reject(error: unknown): void;
}

export interface Dispatcher {
  render: Render;
  close(): Promise<void>;
}

/** `workers` worker threads from startPool (0: this thread renders everything, as it comes). */
export function makeDispatcher(local: Render, workers: number, startPool: () => WorkerPool, perTurn = 1): Dispatcher {
  if (workers === 0) return { render: local, close: async () => {} };
  const capacity = workers * inHandPerWorker(perTurn);
  let pool: WorkerPool | undefined;
  let seen = 0;
  const waiting: Waiting[] = [];
  let turnTaken = false;

  const settle = (job: Waiting, rendered: Promise<Rendered>) => rendered.then(job.resolve, job.reject).finally(feed);

  function feed(): void {
    while (pool && waiting.length > 0 && pool.inHand < capacity) {
      const job = waiting.shift()!;
      settle(job, pool.render(job.source, job.label));
    }
    if (waiting.length > 0 && !turnTaken) {
      turnTaken = true;
      setImmediate(renderHere);
    }
  }

  function renderHere(): void {
    turnTaken = false;
    for (const job of waiting.splice(0, perTurn)) settle(job, local(job.source, job.label));
  }

  return {
    render(source, label) {
      seen += 1;
      if (seen <= WORKERS_AFTER) return local(source, label);
      pool ??= startPool();
      return new Promise((resolve, reject) => {
        waiting.push({ source, label, resolve, reject });
        feed();
      });
    },
    close: async () => pool?.close(),
  };
}
