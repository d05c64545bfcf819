/**
 * ndr-explain: the command-line adapter over the same core the add-in uses. main() takes the
 * arguments and injected streams and returns the exit code, so tests run it in-process;
 * run() is what bin/ndr-explain.js calls.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { CommanderError } from "commander";
import { explainBounce } from "../core/index.js";
import type { Language } from "../core/types.js";
import { makeColors, wantColor } from "./color.js";
import { csvFormatter } from "./format/csv.js";
import { jsonFormatter, jsonlFormatter } from "./format/json.js";
import { sisimaiFormatter } from "./format/sisimai.js";
import { tableFormatter } from "./format/table.js";
import { textFormatter } from "./format/text.js";
import type { FormatContext, Formatter } from "./format/types.js";
import { walkInputs } from "./inputs/walk.js";
import { OutputClosed, OutputWriter, processIo, type CliIo } from "./io.js";
import { buildProgram, type CliOptions, type OutputFormat } from "./options.js";
import { makeProgress } from "./progress.js";
import { ExplainPool, workersAvailable } from "./pool.js";
import { runInputs, type Explain } from "./run.js";
import { Summary } from "./summary.js";

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

function makeFormatter(format: OutputFormat, context: FormatContext): Formatter {
  switch (format) {
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

/** Messages seen before worker threads are started: a run of a few files is quicker without them. */
const WORKERS_AFTER = 16;

/**
 * Explains with `jobs` explainers: this thread plus jobs − 1 worker threads, started once the run
 * proves long (more than WORKERS_AFTER messages). A message goes to the workers while they have
 * fewer than two each in hand, otherwise this thread explains it itself, so every core is busy
 * and no worker queue grows.
 */
function makeExplainer(jobs: number, language: Language): { explain: Explain; close(): Promise<void> } {
  let pool: ExplainPool | undefined;
  let seen = 0;
  const workers = workersAvailable() ? jobs - 1 : 0;
  const nameOf = (file: string) => basename(file.replace(/#\d+$/, ""));
  return {
    explain(bytes, file) {
      seen += 1;
      if (workers > 0 && seen > WORKERS_AFTER) {
        pool ??= new ExplainPool(workers);
        if (pool.inHand < workers * 2) return pool.explain(bytes, nameOf(file), language);
      }
      return explainBounce({ kind: "bytes", data: bytes, name: nameOf(file) }, { language });
    },
    close: async () => pool?.close(),
  };
}

/** Parses argv (without node and script) and returns options and inputs, or an exit code. */
function parse(argv: string[], io: CliIo): { options: CliOptions; inputs: string[] } | number {
  const program = buildProgram(packageVersion(), io.env)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help";
      return ok ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  const inputs = program.args;
  if (inputs.length === 0) {
    if (io.stdinIsTTY) {
      io.stderr.write("ndr-explain: name a file, folder or mbox, or pipe a message in (see --help)\n");
      return EXIT_USAGE;
    }
    inputs.push("-");
  }
  return { options: program.opts<CliOptions>(), inputs };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parse(argv, io);
  if (typeof parsed === "number") return parsed;
  const { options, inputs } = parsed;

  const colors = makeColors(wantColor(io.stdoutIsTTY, io.env, options.color));
  const context: FormatContext = {
    language: options.lang,
    audiences: options.audience,
    onlyFailed: options.only === "failed",
    colors,
    columns: io.columns,
  };
  const formatter = options.summary ? undefined : makeFormatter(options.format, context);
  // The scorer needs every record, so --only does not apply to the sisimai format.
  const onlyFailed = context.onlyFailed && options.format !== "sisimai";
  const summary = new Summary();
  const out = new OutputWriter(io.stdout);
  const progress = makeProgress(io.stderr, io.stderrIsTTY, options.lang);
  let unreadable = 0;

  const explainer = makeExplainer(options.jobs, options.lang);

  try {
    if (formatter) await out.write(formatter.header());
    await runInputs(
      walkInputs(inputs),
      io.stdin,
      explainer.explain,
      {
        async result(result) {
          progress.tick();
          summary.add(result);
          if (!formatter) return;
          if (onlyFailed && result.explanation.report.kind !== "failed") return;
          await out.write(formatter.input(result));
        },
        async unreadable(label, reason) {
          unreadable += 1;
          summary.addUnreadable();
          // Start at column 0 so a progress line being drawn does not garble the message.
          io.stderr.write(`${io.stderrIsTTY ? "\r\u001b[K" : ""}ndr-explain: cannot read ${label}: ${reason}\n`);
        },
      },
      Math.max(8, options.jobs * 4),
    );
    progress.done();
    if (formatter) await out.write(formatter.footer());
    else if (options.format === "json" || options.format === "jsonl") {
      await out.write(JSON.stringify(summary.toJSON(), null, options.format === "json" ? 2 : undefined) + "\n");
    } else {
      await out.write(summary.render(options.lang, colors));
    }
    await out.flush();
  } catch (error) {
    progress.done();
    if (error instanceof OutputClosed) return unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
    throw error;
  } finally {
    await explainer.close();
  }
  return unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
}

/** Entry point for bin/ndr-explain.js. */
export async function run(): Promise<void> {
  const code = await main(process.argv.slice(2), processIo());
  process.exitCode = code;
}
