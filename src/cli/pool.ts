/**
 * Worker threads that read, explain and format messages in parallel, so a big folder or mbox uses
 * every core. Each message goes to the worker with the fewest in hand; a worker that dies fails
 * only its own messages (named on stderr by the run loop) and is replaced.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Rendered, RenderPlan, Source } from "./render.js";
import type { WorkerRequest, WorkerResponse } from "./worker.js";

interface Pending {
  resolve(rendered: Rendered): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const workerFile = new URL("./worker.js", import.meta.url);

/** Workers run the compiled worker.js; from TypeScript sources (tests) there is none, so no pool. */
export function workersAvailable(): boolean {
  return workerFile.protocol === "file:" && existsSync(fileURLToPath(workerFile));
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly plan: RenderPlan,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerFile, { workerData: this.plan }), pending: new Map() };
    slot.worker.on("message", (response: WorkerResponse) => {
      const pending = slot.pending.get(response.id);
      if (!pending) return;
      slot.pending.delete(response.id);
      if ("error" in response) pending.reject(new Error(response.error));
      else pending.resolve(response.rendered);
    });
    const fail = (error: Error) => {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      const index = this.slots.indexOf(slot);
      if (index !== -1 && !this.closed) this.slots[index] = this.spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`worker stopped (exit ${code})`));
    });
    return slot;
  }

  /** Messages sent to the workers and not answered yet. */
  get inHand(): number {
    return this.slots.reduce((sum, slot) => sum + slot.pending.size, 0);
  }

  render(source: Source, label: string): Promise<Rendered> {
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, label, source };
      slot.worker.postMessage(request); // copied, not transferred: mbox buffers may share memory
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
