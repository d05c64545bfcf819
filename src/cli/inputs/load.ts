/**
 * Reads one input: either a single message (an .eml, a .msg, a pasted text file) or an mbox,
 * which is streamed message by message and never read whole. An mbox starts with a "From "
 * separator line; a file known to hold one message is handed to the core as it is, envelope line
 * included, so the CLI reads it exactly as the pane does (the core skips the envelope line, and
 * reads a second postmarked bounce saved in the same file).
 */
import { close, open, read } from "node:fs";
import { promisify } from "node:util";
import type { Readable } from "node:stream";
import { splitMbox, startsWithFromLine } from "./mbox.js";

// The callback fs API behind promisify costs markedly less CPU per file than fs/promises'
// FileHandle in Node 20, which shows on folders of thousands of small bounces.
const openFile = promisify(open);
const readInto = promisify(read);
const closeFile = promisify(close);

export type Loaded = { kind: "single"; bytes: Uint8Array } | { kind: "mbox"; messages: AsyncGenerator<Uint8Array> };

const CHUNK = 64 * 1024;

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  return Buffer.concat(parts, total);
}

/** A file that may be an mbox: its first chunk decides. (One-message files are read in render.ts.) */
export async function loadFile(path: string): Promise<Loaded> {
  const fd = await openFile(path, "r");
  let handedOver = false;
  try {
    const first = Buffer.allocUnsafe(CHUNK);
    const bytesRead = await readChunk(fd, first);
    const head = first.subarray(0, bytesRead);
    if (startsWithFromLine(head)) {
      handedOver = true;
      return { kind: "mbox", messages: splitMbox(restOfFile(fd, head)) };
    }
    const parts: Uint8Array[] = [head];
    let total = bytesRead;
    for (let n = bytesRead; n > 0;) {
      const buffer = Buffer.allocUnsafe(bytesRead === CHUNK ? CHUNK * 4 : CHUNK);
      n = await readChunk(fd, buffer);
      if (n > 0) parts.push(buffer.subarray(0, n));
      total += n;
    }
    return { kind: "single", bytes: concat(parts, total) };
  } finally {
    if (!handedOver) await closeFile(fd);
  }
}

/** Reads the next bytes at the file's position (so pipes and devices work as well as files). */
async function readChunk(fd: number, buffer: Buffer): Promise<number> {
  const result = (await readInto(fd, buffer, 0, buffer.length, null)) as unknown as { bytesRead: number } | number;
  return typeof result === "number" ? result : result.bytesRead;
}

/** The head already read, then the rest of the file in chunks; the file is closed however it ends. */
async function* restOfFile(fd: number, head: Uint8Array): AsyncGenerator<Uint8Array> {
  try {
    yield head;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const bytesRead = await readChunk(fd, buffer);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await closeFile(fd);
  }
}

/** Stdin: may be one message or a whole mbox (`cat mbox | ndr-explain -`). */
export async function loadStream(stream: Readable): Promise<Loaded> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>;
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < 5) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
    head.push(chunk);
    headLength += chunk.length;
  }
  const start = concat(head, headLength);
  if (!ended && startsWithFromLine(start)) {
    return { kind: "mbox", messages: splitMbox(rest(start, iterator)) };
  }
  if (startsWithFromLine(start)) return { kind: "mbox", messages: splitMbox(rest(start, emptyIterator())) };
  const parts = [start];
  let total = headLength;
  if (!ended) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
      parts.push(chunk);
      total += chunk.length;
    }
  }
  return { kind: "single", bytes: concat(parts, total) };
}

function emptyIterator(): AsyncIterator<Uint8Array> {
  return { next: async () => ({ done: true, value: undefined }) };
}

async function* rest(start: Uint8Array, iterator: AsyncIterator<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  yield start;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield typeof next.value === "string" ? Buffer.from(next.value, "utf8") : next.value;
  }
}
