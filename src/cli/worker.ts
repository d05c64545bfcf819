/**
 * A worker thread of the CLI: reads and explains the messages the main thread names, formats them
 * with the run's plan (workerData) and posts back only the text to print and the summary counts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { withHeapCap } from "./heap.js";
import { makeRenderer, type Rendered, type RenderPlan, type Source } from "./render.js";

export type WorkerRequest = { id: number; label: string; source: Source };

export type WorkerResponse = { id: number; rendered: Rendered } | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  const render = withHeapCap(makeRenderer(workerData as RenderPlan));
  port.on("message", async ({ id, label, source }: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id, rendered: await render(source, label) };
    } catch (error) {
      response = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
