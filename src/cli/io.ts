/**
 * The streams and environment the CLI runs against. main() gets them injected so tests can run
 * the whole CLI in-process; bin/ndr-explain.js passes the real process streams.
 */
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** whether stdout / stderr are terminals (decides colour and the progress bar) */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** terminal width for the table (undefined when not a terminal) */
  columns?: number;
  /** the CLI is the whole process (bin/ndr-explain.js), so it may tune V8's heap; not in tests */
  ownProcess?: boolean;
}

export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    ownProcess: true,
  };
}

/** Raised when the reader of stdout went away (`ndr-explain … | head`): stop quietly. */
export class OutputClosed extends Error {}

/**
 * Writes to a stream and waits for it to drain when its buffer is full, so a slow reader
 * (a pipe, a terminal) holds the run back instead of letting output pile up in memory.
 * Small writes are gathered into one chunk to keep system calls few on big runs.
 */
export class OutputWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") this.closed = true;
    });
  }

  async write(text: string): Promise<void> {
    if (text === "") return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 16 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed) throw new OutputClosed();
    if (this.pending.length === 0) return;
    const chunk = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    const ok = this.stream.write(chunk);
    if (!ok && !this.closed) await drained(this.stream);
    if (this.closed) throw new OutputClosed();
  }
}

/** Resolves when the stream drains, closes or fails, and leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}
