/**
 * The run loop: read inputs a few at a time, explain each message, and hand results over in the
 * order the inputs were named — each as soon as it and everything before it is ready. At most
 * `concurrency` inputs are in flight, so memory stays flat however many files there are; an mbox
 * is streamed message by message when its turn comes.
 */
import type { Readable } from "node:stream";
import type { Explanation } from "../core/types.js";
import type { InputResult } from "./format/types.js";
import { loadFile, loadStream, type Loaded } from "./inputs/load.js";
import { describeError, type WalkEntry } from "./inputs/walk.js";

export type Explain = (bytes: Uint8Array, file: string) => Promise<Explanation>;

export interface RunHandlers {
  result(result: InputResult): Promise<void>;
  unreadable(label: string, reason: string): Promise<void>;
}

type Outcome =
  | { type: "done"; result: InputResult }
  | { type: "mbox"; label: string; messages: AsyncGenerator<Uint8Array> }
  | { type: "unreadable"; label: string; reason: string };

/** Stdin has no name to go by: a piped mbox holding one message is reported as just "-". */
function numberAlways(label: string): boolean {
  return label !== "-";
}

async function explainSafely(explain: Explain, bytes: Uint8Array, file: string): Promise<Outcome> {
  try {
    return { type: "done", result: { file, explanation: await explain(bytes, file) } };
  } catch (error) {
    // The core promises not to throw; if it ever does, name the input and go on.
    return { type: "unreadable", label: file, reason: `could not be explained (${describeError(error)})` };
  }
}

async function start(entry: WalkEntry, stdin: Readable, explain: Explain): Promise<Outcome> {
  if (entry.type === "unreadable") return entry;
  let loaded: Loaded;
  try {
    loaded = entry.type === "stdin" ? await loadStream(stdin) : await loadFile(entry.path, entry.oneMessage);
  } catch (error) {
    return { type: "unreadable", label: entry.label, reason: describeError(error) };
  }
  if (loaded.kind === "mbox") return { type: "mbox", label: entry.label, messages: loaded.messages };
  return explainSafely(explain, loaded.bytes, entry.label);
}

async function finish(outcome: Outcome, explain: Explain, handlers: RunHandlers): Promise<void> {
  if (outcome.type === "done") return handlers.result(outcome.result);
  if (outcome.type === "unreadable") return handlers.unreadable(outcome.label, outcome.reason);
  await streamMbox(outcome.label, outcome.messages, explain, handlers);
}

/** Messages of an mbox are labelled `<path>#<n>`. */
async function streamMbox(
  label: string,
  messages: AsyncGenerator<Uint8Array>,
  explain: Explain,
  handlers: RunHandlers,
): Promise<void> {
  const numbered = numberAlways(label);
  let index = 0;
  let held: Uint8Array | undefined;
  const emit = async (bytes: Uint8Array, file: string) => {
    const outcome = await explainSafely(explain, bytes, file);
    await finish(outcome, explain, handlers);
  };
  try {
    for await (const message of messages) {
      index += 1;
      if (index === 1 && !numbered) {
        held = message; // wait: is there a second message?
        continue;
      }
      if (held) {
        await emit(held, `${label}#1`);
        held = undefined;
      }
      await emit(message, `${label}#${index}`);
    }
  } catch (error) {
    if (held) await emit(held, `${label}#1`);
    await handlers.unreadable(`${label}#${index + 1}`, describeError(error));
    return;
  }
  if (held) await emit(held, label);
}

export async function runInputs(
  entries: AsyncIterable<WalkEntry>,
  stdin: Readable,
  explain: Explain,
  handlers: RunHandlers,
  concurrency: number,
): Promise<void> {
  const window: Promise<Outcome>[] = [];
  for await (const entry of entries) {
    window.push(start(entry, stdin, explain));
    if (window.length >= concurrency) await finish(await window.shift()!, explain, handlers);
  }
  while (window.length > 0) await finish(await window.shift()!, explain, handlers);
}
