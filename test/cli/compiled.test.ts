// The compiled CLI as a user runs it (node bin/ndr-explain.js, which `npx ndr-explain` runs):
// real pipes, so stdout is not a terminal and must carry no colour; real exit codes.
import { spawnSync } from "node:child_process";
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtures, projectRoot } from "./helpers.js";

const bin = join(projectRoot, "bin", "ndr-explain.js");
const dsn = join(fixtures, "postfix-dsn-two-recipients.eml");

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH, LANG: "C" },
  });
}

beforeAll(() => {
  // What `npm install` does through the "prepare" script; tsc still emits if others' files have type errors.
  spawnSync(process.execPath, [join(projectRoot, "scripts/build-cli.mjs")], { cwd: projectRoot });
  expect(existsSync(join(projectRoot, "lib/cli/bundle.cjs"))).toBe(true);
}, 120_000);

describe("bin/ndr-explain.js", () => {
  it("loads as one bundled script (main thread and workers), not the ~150 files tsc writes", () => {
    const code = readFileSync(join(projectRoot, "lib/cli/bundle.cjs"), "utf8");
    expect(code).not.toMatch(/\brequire\(["']\.{1,2}\//);
    expect(code).toContain("postal-mime");
    // A vm.Script has no module loader for import() (load.ts): the bundle must not use it.
    expect(code).not.toMatch(/\bimport\(/);
  });

  it("prints its version and help", () => {
    expect(cli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: ndr-explain");
  });

  it("explains a file into a pipe without colour and exits 0", () => {
    const run = cli([dsn]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("postfix-dsn-two-recipients.eml");
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).toBe("");
  });

  it("reads stdin", () => {
    const run = cli(["--format", "jsonl", "-"], "From: a@example.org\nSubject: hi\n\nhello\n");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).file).toBe("-");
  });

  it("gives the same output, in the same order, on worker threads as in one thread", () => {
    const dir = mkdtempSync(join(tmpdir(), "ndr-cli-jobs-"));
    try {
      // More messages than the CLI explains before it starts workers (16).
      for (let i = 0; i < 40; i++) {
        const source = i % 3 === 0 ? join(fixtures, "not-a-bounce.eml") : dsn;
        copyFileSync(source, join(dir, `m${String(i).padStart(2, "0")}.eml`));
      }
      const single = cli(["--format", "jsonl", "-j", "1", dir]);
      const pooled = cli(["--format", "jsonl", "-j", "2", dir]);
      expect(single.status).toBe(0);
      expect(pooled.status).toBe(0);
      expect(pooled.stdout.trim().split("\n")).toHaveLength(40);
      expect(pooled.stdout).toBe(single.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000); // two runs of 40 messages each, with worker start-up: slow on a busy machine

  it("exits 1 naming an unreadable input, 2 on wrong usage", () => {
    const missing = cli(["--format", "jsonl", "/nonexistent/bounce.eml", dsn]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("cannot read /nonexistent/bounce.eml");
    expect(missing.stdout).toContain(dsn);
    const usage = cli(["--only", "some", dsn]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/invalid|allowed/i);
  });
});

/**
 * The code cache (src/cli/load.ts): a copy of bin/ and lib/ in a folder of its own (under
 * node_modules, so the bundle's package imports still resolve), with its cache removed, spoilt or
 * made for another build, must print what the CLI prints with the cache it was built with.
 */
describe("the bundle's V8 code cache", () => {
  const inputs = [dsn, join(fixtures, "not-a-bounce.eml")];
  // Says on stderr how load.ts compiled the CLI, then runs it as bin/ndr-explain.js does.
  const probe = [
    'const { loadCli } = await import("./lib/cli/load.js");',
    "const { cli, codeCache } = await loadCli();",
    "process.stderr.write(`code cache: ${codeCache}\\n`);",
    "await cli.run();",
  ].join("\n");

  function copyOfTheCli() {
    const cache = join(projectRoot, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, "ndr-code-cache-"));
    cpSync(join(projectRoot, "lib"), join(dir, "lib"), { recursive: true });
    copyFileSync(join(projectRoot, "package.json"), join(dir, "package.json"));
    writeFileSync(join(dir, "probe.mjs"), probe);
    const cacheFile = join(dir, "lib", "cli", "bundle.v8cache");
    const run = (nodeFlags: string[] = []) => {
      const result = spawnSync(
        process.execPath,
        [...nodeFlags, join(dir, "probe.mjs"), "--format", "jsonl", ...inputs],
        {
          encoding: "utf8",
          env: { PATH: process.env.PATH, LANG: "C" },
        },
      );
      return { status: result.status, stdout: result.stdout, codeCache: /code cache: (\w+)/.exec(result.stderr)?.[1] };
    };
    return { dir, cacheFile, run };
  }

  it("is used, and a missing, spoilt, foreign or refused cache changes nothing but the start-up", () => {
    const expected = cli(["--format", "jsonl", ...inputs]).stdout;
    expect(expected).toContain("postfix-dsn-two-recipients.eml");
    const { dir, cacheFile, run } = copyOfTheCli();
    try {
      const built = readFileSync(cacheFile);
      expect(run()).toEqual({ status: 0, stdout: expected, codeCache: "used" });
      // Other V8 flags than the cache was made under (as another Node version would differ): V8 refuses it.
      expect(run(["--max-old-space-size=300"])).toEqual({ status: 0, stdout: expected, codeCache: "refused" });
      // The right build id, then bytes that are not a V8 code cache.
      writeFileSync(cacheFile, Buffer.concat([built.subarray(0, 16), Buffer.alloc(4096, 7)]));
      expect(run()).toEqual({ status: 0, stdout: expected, codeCache: "refused" });
      // A cache made for another build of the bundle is not even offered to V8.
      writeFileSync(cacheFile, Buffer.concat([Buffer.from("0123456789abcdef"), built.subarray(16)]));
      expect(run()).toEqual({ status: 0, stdout: expected, codeCache: "missing" });
      rmSync(cacheFile);
      expect(run()).toEqual({ status: 0, stdout: expected, codeCache: "missing" });
      // Without the bundle, the modules tsc wrote.
      rmSync(join(dir, "lib", "cli", "bundle.cjs"));
      expect(run()).toEqual({ status: 0, stdout: expected, codeCache: "unbundled" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
