/**
 * The run loop: every input becomes a stream of messages (a file is one, an mbox many), each
 * message is rendered (read, explained and formatted; on worker threads when there are several
 * cores) and results are handed over in the order the inputs were named, each as soon as it and
 * everything before it is ready.
 * At most `window` messages are in flight, so memory stays flat however many files or mbox
 * messages there are.
 */
import type { Readable } from "node:stream";
import { loadFile, loadStream } from "./inputs/load.js";
import { describeError, type WalkEntry } from "./inputs/walk.js";
import type { Render, Rendered } from "./render.js";

/** One message to render, or one input that could not be read. */
type Item =
  | { type: "message"; label: string; bytes: Uint8Array }
  | { type: "file"; label: string; path: string }
  | { type: "unreadable"; label: string; reason: string };

/**
 * The messages of one mbox stream, labelled `<label>#<n>`. Stdin has no name to go by, so a piped
 * stream holding a single message is reported as plain "-".
 */
async function* mboxItems(label: string, messages: AsyncGenerator<Uint8Array>): AsyncGenerator<Item> {
  const numberAlways = label !== "-";
  let index = 0;
  let held: Uint8Array | undefined;
  try {
    for await (const bytes of messages) {
      index += 1;
      if (index === 1 && !numberAlways) {
        held = bytes; // wait: is there a second message?
        continue;
      }
      if (held) {
        yield { type: "message", label: `${label}#1`, bytes: held };
        held = undefined;
      }
      yield { type: "message", label: `${label}#${index}`, bytes };
    }
  } catch (error) {
    if (held) yield { type: "message", label: `${label}#1`, bytes: held };
    yield { type: "unreadable", label: `${label}#${index + 1}`, reason: describeError(error) };
    return;
  }
  if (held) yield { type: "message", label, bytes: held };
}

/**
 * Every message of every input, in order. One-message files are handed on unread, so several can
 * be read at once; other files are opened here to see whether they are an mbox.
 */
async function* items(entries: AsyncIterable<WalkEntry>, stdin: Readable): AsyncGenerator<Item> {
  for await (const entry of entries) {
    if (entry.type === "unreadable") {
      yield entry;
      continue;
    }
    if (entry.type === "file" && entry.oneMessage) {
      yield { type: "file", label: entry.label, path: entry.path };
      continue;
    }
    let loaded;
    try {
      loaded = entry.type === "stdin" ? await loadStream(stdin) : await loadFile(entry.path);
    } catch (error) {
      yield { type: "unreadable", label: entry.label, reason: describeError(error) };
      continue;
    }
    if (loaded.kind === "single") yield { type: "message", label: entry.label, bytes: loaded.bytes };
    else yield* mboxItems(entry.label, loaded.messages);
  }
}

function settle(item: Item, render: Render): Promise<Rendered> {
  if (item.type === "unreadable") return Promise.resolve(item);
  const source = item.type === "file" ? { path: item.path } : { bytes: item.bytes };
  return render(source, item.label).catch((error: unknown) => ({
    type: "unreadable",
    label: item.label,
    reason: `could not be explained (${describeError(error)})`,
  }));
}

/** Renders every input's messages, at most `window` at a time, and hands each on in order. */
export async function runInputs(
  entries: AsyncIterable<WalkEntry>,
  stdin: Readable,
  render: Render,
  deliver: (rendered: Rendered) => Promise<void>,
  window: number,
): Promise<void> {
  const inFlight: Promise<Rendered>[] = [];
  for await (const item of items(entries, stdin)) {
    inFlight.push(settle(item, render));
    if (inFlight.length >= window) await deliver(await inFlight.shift()!);
  }
  while (inFlight.length > 0) await deliver(await inFlight.shift()!);
}
