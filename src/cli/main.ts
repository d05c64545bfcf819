/**
 * ndr-explain: the command-line adapter over the same core the add-in uses. main() takes the
 * arguments and injected streams and returns the exit code, so tests run it in-process;
 * run() is what bin/ndr-explain.js calls.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { CommanderError } from "commander";
import { t } from "../core/i18n/index.js";
import { makeColors, wantColor } from "./color.js";
import { parseOrgDefaults } from "../core/settings.js";
import type { SituationContext } from "../core/types.js";
import { withHeapCap } from "./heap.js";
import { inHandPerWorker, makeDispatcher, type Dispatcher } from "./dispatch.js";
import { compileRegExpsOnce, limitInlining, optimiseLessForThreads } from "./optimiser.js";
import { describeError, walkInputs } from "./inputs/walk.js";
import { OutputClosed, OutputWriter, processIo, type CliIo } from "./io.js";
import { buildProgram, defaultJobs, type CliOptions } from "./options.js";
import { makeProgress } from "./progress.js";
import { RenderPool, workersAvailable } from "./pool.js";
import { BATCH_MESSAGES, makeFormatter, makeRenderer, type RenderPlan } from "./render.js";
import { runInputs } from "./run.js";
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

/** This thread and jobs − 1 worker threads render; the workers start once the run proves long. */
function dispatcherFor(jobs: number, plan: RenderPlan, ownProcess: boolean): Dispatcher {
  const local = ownProcess ? withHeapCap(makeRenderer(plan)) : makeRenderer(plan);
  const workers = workersAvailable() ? jobs - 1 : 0;
  const startPool = () => {
    if (ownProcess) optimiseLessForThreads();
    return new RenderPool(workers, plan);
  };
  return makeDispatcher(local, workers, startPool, BATCH_MESSAGES);
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

/**
 * Who reads and which domains are the organisation's: --me, --org-domain and the `domains` of the
 * file --config names. A --config file that cannot be read is a usage error (exit 2); one with
 * entries we cannot use is read for what it can give, and each problem is named on stderr.
 */
function situationContext(options: CliOptions, io: CliIo): SituationContext | undefined | number {
  const domains = [...options.orgDomain];
  if (options.config !== undefined) {
    let text: string;
    try {
      text = readFileSync(options.config, "utf8");
    } catch (error) {
      io.stderr.write(`ndr-explain: cannot read --config ${options.config}: ${describeError(error)}\n`);
      return EXIT_USAGE;
    }
    const parsed = parseOrgDefaults(text);
    for (const problem of parsed.problems) io.stderr.write(`ndr-explain: ${options.config}: ${problem}\n`);
    for (const domain of parsed.domains ?? []) if (!domains.includes(domain)) domains.push(domain);
  }
  const context: SituationContext = {
    ...(options.me && { readerAddress: options.me }),
    ...(domains.length > 0 && { orgDomains: domains }),
  };
  return Object.keys(context).length > 0 ? context : undefined;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parse(argv, io);
  if (typeof parsed === "number") return parsed;
  const { options, inputs } = parsed;
  const context = situationContext(options, io);
  if (typeof context === "number") return context;

  const color = wantColor(io.stdoutIsTTY, io.env, options.color);
  const plan: RenderPlan = {
    format: options.format,
    summary: options.summary,
    language: options.lang,
    audiences: options.audience,
    // The scorer needs every record, so --only does not apply to the sisimai format.
    onlyFailed: options.only === "failed" && options.format !== "sisimai",
    color,
    columns: io.columns,
    context,
  };
  const jobs = options.jobs ?? defaultJobs();
  if (options.verbose) {
    const why = options.jobs === undefined ? "cli.verbose.jobsDefault" : "cli.verbose.jobsGiven";
    io.stderr.write(`ndr-explain: ${t(plan.language, why, { jobs, cpus: availableParallelism() })}\n`);
  }
  const formatter = options.summary ? undefined : makeFormatter(plan);
  const summary = new Summary(options.top);
  const out = new OutputWriter(io.stdout);
  const progress = makeProgress(io.stderr, io.stderrIsTTY, options.lang);
  const dispatcher = dispatcherFor(jobs, plan, io.ownProcess === true);
  let unreadable = 0;
  let explained = 0;
  let printed = 0;

  try {
    if (formatter) await out.write(formatter.header());
    await runInputs(
      walkInputs(inputs, (label) => {
        if (options.verbose) io.stderr.write(`ndr-explain: ${t(plan.language, "cli.verbose.skipped", { label })}\n`);
      }),
      io.stdin,
      dispatcher.render,
      async (rendered) => {
        if (rendered.type === "unreadable") {
          unreadable += 1;
          summary.addUnreadable();
          // Start at column 0 so a progress line being drawn does not garble the message.
          io.stderr.write(
            `${io.stderrIsTTY ? "\r\u001b[K" : ""}ndr-explain: cannot read ${rendered.label}: ${rendered.reason}\n`,
          );
          return;
        }
        explained += 1;
        progress.tick();
        if (rendered.entry) summary.add(rendered.entry);
        if (!formatter || rendered.text === "") return;
        await out.write(printed++ === 0 ? rendered.text : formatter.separator + rendered.text);
      },
      BATCH_MESSAGES + (jobs - 1) * inHandPerWorker(BATCH_MESSAGES) + 8,
    );
    progress.done();
    // An empty folder is not an error (exit 0), but silence would look like one.
    if (explained === 0) io.stderr.write(`ndr-explain: ${t(plan.language, "cli.noMessages")}\n`);
    if (formatter) await out.write(formatter.footer(printed));
    else if (options.format === "json" || options.format === "jsonl") {
      await out.write(JSON.stringify(summary.toJSON(), null, options.format === "json" ? 2 : undefined) + "\n");
    } else {
      await out.write(summary.render(options.lang, makeColors(color)));
    }
    await out.flush();
  } catch (error) {
    progress.done();
    if (error instanceof OutputClosed) return unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
    throw error;
  } finally {
    await dispatcher.close();
  }
  return unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
}

/** Entry point for bin/ndr-explain.js. */
export async function run(): Promise<void> {
  limitInlining();
  compileRegExpsOnce();
  const code = await main(process.argv.slice(2), processIo());
  process.exitCode = code;
}
