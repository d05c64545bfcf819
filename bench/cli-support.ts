/**
 * Shared by the CLI benches: build lib/ (scripts/build-cli.mjs) so the bench runs the same bundled CLI `npx ndr-explain`
 * runs, and run a command under /usr/bin/time -v for its wall time and peak RSS.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../", import.meta.url));
export const cliBin = fileURLToPath(new URL("../bin/ndr-explain.js", import.meta.url));
const TIME = "/usr/bin/time";

export function buildCli(): void {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL("../scripts/build-cli.mjs", import.meta.url))], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  // tsc still emits when others' in-progress files have type errors; only a missing lib/ is fatal.
  if (!existsSync(fileURLToPath(new URL("../lib/cli/main.js", import.meta.url)))) {
    throw new Error(`could not build lib/: ${result.stdout}${result.stderr}`);
  }
}

export interface Measured {
  seconds: number;
  /** peak resident set size in MB, undefined when /usr/bin/time is missing */
  peakRssMb?: number;
  /** user + system CPU seconds (steadier than wall time on a busy machine) */
  cpuSeconds?: number;
  exitCode: number;
  stderr: string;
  stdoutBytes: number;
}

/** Runs a command with stdout counted and thrown away; peak RSS comes from GNU time's -v report. */
export function measure(command: string, args: string[], cwd = projectRoot): Promise<Measured> {
  const timed = existsSync(TIME);
  const [file, argv] = timed ? [TIME, ["-v", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdoutBytes = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        seconds,
        peakRssMb: rss ? Number(rss[1]) / 1024 : undefined,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
        exitCode: code ?? -1,
        stderr: timed ? stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, "") : stderr,
        stdoutBytes,
      });
    });
  });
}

export function mb(value: number | undefined): string {
  return value === undefined ? "n/a (no /usr/bin/time)" : `${value.toFixed(1)} MB`;
}

export function perlHasSisimai(): string | undefined {
  const result = spawnSync("perl", ["-MSisimai", "-e", "print $Sisimai::VERSION"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** "12.3 s wall, 1234 messages/s; 10.1 s CPU, 1500 messages per CPU-second; peak RSS 99.0 MB" */
export function describeRun(run: Measured, messages: number): string {
  const wall = `${run.seconds.toFixed(2)} s wall, ${(messages / run.seconds).toFixed(0)} messages/s`;
  const cpu = run.cpuSeconds
    ? `; ${run.cpuSeconds.toFixed(2)} s CPU, ${(messages / run.cpuSeconds).toFixed(0)} messages/CPU-s`
    : "";
  return `${wall}${cpu}; peak RSS ${mb(run.peakRssMb)}`;
}
