/**
 * How the CLI shares messages between its own thread and the worker threads: a short run never
 * starts a worker; in a long one the workers are kept topped up, and this thread renders one
 * waiting message per event-loop turn, so a worker that answers gets its next message before this
 * thread renders another. (The pool here is a stand-in whose answers the test releases by hand.)
 */
import { describe, expect, it } from "vitest";
import { inHandPerWorker, makeDispatcher, WORKERS_AFTER, type WorkerPool } from "../../src/cli/dispatch.js";
import type { Rendered, Source } from "../../src/cli/render.js";

const done = (label: string, by: string): Rendered => ({ type: "done", label, text: by });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A pool whose answers wait until the test releases them, oldest first. */
function heldPool() {
  const held: { label: string; release(): void; fail(error: Error): void }[] = [];
  const pool: WorkerPool & { started: number; closed: boolean } = {
    started: 0,
    closed: false,
    get inHand() {
      return held.length;
    },
    render: (_source: Source, label: string) =>
      new Promise<Rendered>((resolve, reject) => {
        held.push({
          label,
          release: () => resolve(done(label, "worker")),
          fail: reject,
        });
      }),
    close: async () => {
      pool.closed = true;
    },
  };
  return { pool, held };
}

function localRenderer() {
  const rendered: string[] = [];
  const render = async (_source: Source, label: string) => {
    rendered.push(label);
    return done(label, "here");
  };
  return { rendered, render };
}

const source = { bytes: new Uint8Array() };
/** What a worker holds when this thread renders one message a turn (the dispatcher's default). */
const IN_HAND_PER_WORKER = inHandPerWorker(1);
const labels = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `m${from + i}`);

describe("the CLI's dispatcher", () => {
  it("renders everything on this thread when there are no workers", async () => {
    const local = localRenderer();
    const dispatcher = makeDispatcher(local.render, 0, () => {
      throw new Error("no pool may start");
    });
    const results = await Promise.all(labels(40).map((label) => dispatcher.render(source, label)));
    expect(results.map((r) => r.type === "done" && r.text)).toEqual(Array(40).fill("here"));
    expect(local.rendered).toEqual(labels(40));
  });

  it("starts no worker for a short run", async () => {
    const local = localRenderer();
    let starts = 0;
    const dispatcher = makeDispatcher(local.render, 1, () => {
      starts += 1;
      return heldPool().pool;
    });
    await Promise.all(labels(WORKERS_AFTER).map((label) => dispatcher.render(source, label)));
    expect(starts).toBe(0);
    await dispatcher.close();
  });

  it("keeps a worker topped up and renders here one message per turn", async () => {
    const local = localRenderer();
    const { pool, held } = heldPool();
    const dispatcher = makeDispatcher(local.render, 1, () => pool);
    const all = labels(WORKERS_AFTER + 12);
    const results = all.map((label) => dispatcher.render(source, label));
    const first = WORKERS_AFTER + 1;

    // the worker holds its share at once; the rest wait
    expect(held.map((job) => job.label)).toEqual(labels(IN_HAND_PER_WORKER, first));
    expect(local.rendered).toEqual(labels(WORKERS_AFTER));

    // one turn: this thread renders the next waiting message, and only that one
    await nextTurn();
    expect(local.rendered.slice(WORKERS_AFTER)).toEqual([`m${first + IN_HAND_PER_WORKER}`]);

    // the worker answers: it gets the next waiting message before this thread takes another
    held.shift()!.release();
    await Promise.resolve();
    await Promise.resolve();
    expect(held.map((job) => job.label)).toContain(`m${first + IN_HAND_PER_WORKER + 1}`);
    expect(local.rendered).not.toContain(`m${first + IN_HAND_PER_WORKER + 1}`);

    // everything is answered, each by whoever rendered it, and each promise gets its own message
    let settled = 0;
    results.forEach((result) => void result.then(() => (settled += 1)));
    while (settled < all.length) {
      held.shift()?.release();
      await nextTurn();
    }
    const answered = await Promise.all(results);
    expect(answered.map((r) => r.label)).toEqual(all);
    const byWorker = answered.filter((r) => r.type === "done" && r.text === "worker").length;
    expect(byWorker).toBeGreaterThan(IN_HAND_PER_WORKER);
    expect(byWorker + local.rendered.length).toBe(all.length);
  });

  it("renders a batch here per turn when asked to, and keeps the worker twice as far ahead", async () => {
    const local = localRenderer();
    const { pool, held } = heldPool();
    const dispatcher = makeDispatcher(local.render, 1, () => pool, 3);
    labels(WORKERS_AFTER + 12).forEach((label) => void dispatcher.render(source, label));
    expect(held).toHaveLength(inHandPerWorker(3));
    expect(inHandPerWorker(3)).toBe(6);
    await nextTurn();
    expect(local.rendered.slice(WORKERS_AFTER)).toEqual(labels(3, WORKERS_AFTER + 7));
    await dispatcher.close();
  });

  it("passes a worker's failure to that message's promise only", async () => {
    const local = localRenderer();
    const { pool, held } = heldPool();
    const dispatcher = makeDispatcher(local.render, 1, () => pool);
    labels(WORKERS_AFTER).forEach((label) => void dispatcher.render(source, label));
    const failing = dispatcher.render(source, "bad");
    const fine = dispatcher.render(source, "good");
    held.find((job) => job.label === "bad")!.fail(new Error("worker stopped"));
    held.find((job) => job.label === "good")!.release();
    await expect(failing).rejects.toThrow("worker stopped");
    await expect(fine).resolves.toMatchObject({ label: "good", text: "worker" });
    await dispatcher.close();
    expect(pool.closed).toBe(true);
  });
});
