/**
 * One message in, what the run prints for it out: explained, formatted, and counted for --summary.
 * The same code runs on the main thread and on worker threads, so a worker sends back text and a
 * few counts, never the explanation (copying that between threads cost more than explaining it).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { explainBounce, explainBounces } from "../core/index.js";
import type { Audience, Explanation, Language, SituationContext } from "../core/types.js";
import { makeColors } from "./color.js";
import { csvFormatter } from "./format/csv.js";
import { jsonFormatter, jsonlFormatter } from "./format/json.js";
import { sisimaiFormatter } from "./format/sisimai.js";
import { tableFormatter } from "./format/table.js";
import { textFormatter } from "./format/text.js";
import type { FormatContext, Formatter } from "./format/types.js";
import { describeError } from "./inputs/walk.js";
import type { OutputFormat } from "./options.js";
import { summaryEntry, type SummaryEntry } from "./summary.js";

/** Everything that decides an input's output; plain data, so it can be handed to a worker thread. */
export interface RenderPlan {
  format: OutputFormat;
  /** --summary: count only, print nothing per input */
  summary: boolean;
  language: Language;
  audiences: Audience[];
  /** print only failed reports (never for the sisimai format, whose scorer needs every record) */
  onlyFailed: boolean;
  color: boolean;
  columns?: number;
  context?: SituationContext;
}

/** A message to render: bytes already read (mbox, stdin), or a one-message file to read. */
export type Source = { bytes: Uint8Array } | { path: string };

export type Rendered =
  | { type: "done"; label: string; text: string; entry?: SummaryEntry }
  | { type: "unreadable"; label: string; reason: string };

export type Render = (source: Source, label: string) => Promise<Rendered>;

export function formatContext(plan: RenderPlan): FormatContext {
  return {
    language: plan.language,
    audiences: plan.audiences,
    onlyFailed: plan.onlyFailed,
    colors: makeColors(plan.color),
    columns: plan.columns,
  };
}

export function makeFormatter(plan: RenderPlan): Formatter {
  const context = formatContext(plan);
  switch (plan.format) {
    case "text":
      return textFormatter(context);
    case "table":
      return tableFormatter(context);
    case "json":
      return jsonFormatter(context);
    case "jsonl":
      return jsonlFormatter(context);
    case "csv":
      return csvFormatter(context);
    case "sisimai":
      return sisimaiFormatter();
  }
}

/** The name the core sees: the file's own name, without the folder or an mbox's "#n". */
function nameOf(label: string): string {
  return basename(label.replace(/#\d+$/, ""));
}

/**
 * Messages explained together at most, and the bytes a batch may hold. A batch costs less CPU per
 * message (explainBounces), but its results outlive young collections and are promoted: over
 * maildir/bsd x10, 12 took a fifth off the CPU time with peak memory under 100 MB (with heap.ts's
 * limits; 24 and more took a little more off and peaked at 100–107 MB).
 */
export const BATCH_MESSAGES = 12;
const BATCH_BYTES = 4 * 1024 * 1024;

interface Waiting {
  bytes: Uint8Array;
  label: string;
  resolve(rendered: Rendered): void;
}

/**
 * Renders messages in batches: the messages asked for in one turn of the event loop are explained
 * together, up to BATCH_MESSAGES or BATCH_BYTES, and each promise gets its own message's answer.
 */
export function makeRenderer(plan: RenderPlan): Render {
  const formatter = makeFormatter(plan);
  const options = { language: plan.language, context: plan.context };
  let batch: Waiting[] = [];
  let batchBytes = 0;

  const formatted = (label: string, explanation: Explanation): Rendered => {
    const entry = plan.summary ? summaryEntry(explanation) : undefined;
    const shown = !plan.summary && (!plan.onlyFailed || explanation.report.kind === "failed");
    return { type: "done", label, text: shown ? formatter.input({ file: label, explanation }) : "", entry };
  };
  const failed = (label: string, error: unknown): Rendered => ({
    type: "unreadable",
    label,
    reason: `could not be explained (${describeError(error)})`,
  });
  const inputOf = ({ bytes, label }: Waiting) => ({ kind: "bytes" as const, data: bytes, name: nameOf(label) });

  async function renderBatch(messages: Waiting[]): Promise<void> {
    let explanations: Explanation[] | undefined;
    try {
      explanations = await explainBounces(messages.map(inputOf), options);
    } catch {
      // The core promises not to throw; if it ever does, explain them one by one to name the one that fails.
    }
    for (let i = 0; i < messages.length; i++) {
      const { label, resolve } = messages[i]!;
      try {
        resolve(formatted(label, explanations?.[i] ?? (await explainBounce(inputOf(messages[i]!), options))));
      } catch (error) {
        resolve(failed(label, error));
      }
    }
  }

  const flush = () => {
    if (batch.length === 0) return;
    const messages = batch;
    batch = [];
    batchBytes = 0;
    void renderBatch(messages);
  };

  return (source, label) => {
    let bytes: Uint8Array;
    try {
      // One synchronous call: async readFile makes four thread-pool round trips per file, which
      // cost more than reading a bounce.
      bytes = "bytes" in source ? source.bytes : readFileSync(source.path);
    } catch (error) {
      return Promise.resolve({ type: "unreadable", label, reason: describeError(error) });
    }
    return new Promise((resolve) => {
      batch.push({ bytes, label, resolve });
      batchBytes += bytes.length;
      if (batch.length === 1) setImmediate(flush);
      if (batch.length >= BATCH_MESSAGES || batchBytes >= BATCH_BYTES) flush();
    });
  };
}
