/**
 * A worker thread of the CLI: explains the messages the main thread sends and posts the results
 * back. The parsed message itself (full text, parts, attachments) stays here: no output format
 * needs it, and copying it back would cost more than it is worth.
 */
import { parentPort } from "node:worker_threads";
import { explainBounce } from "../core/index.js";
import type { Explanation, Language } from "../core/types.js";

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  name: string;
  language: Language;
}

export type WorkerResponse = { id: number; explanation: Explanation } | { id: number; error: string };

/** The explanation without the bulky parsed message (headers, text and parts are dropped). */
export function slim(explanation: Explanation): Explanation {
  const message = explanation.report.message;
  explanation.report.message = { ...message, headers: [], text: "", parts: [] };
  return explanation;
}

parentPort?.on("message", async (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const explanation = await explainBounce(
      { kind: "bytes", data: request.bytes, name: request.name },
      { language: request.language },
    );
    response = { id: request.id, explanation: slim(explanation) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    parentPort!.postMessage(response);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: `result could not be passed back (${String(error)})` });
  }
});
