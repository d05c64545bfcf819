// The compiled CLI as a user runs it (node bin/ndr-explain.js, which `npx ndr-explain` runs):
// real pipes, so stdout is not a terminal and must carry no colour; real exit codes.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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
  expect(existsSync(join(projectRoot, "lib/cli/main.js"))).toBe(true);
}, 120_000);

describe("bin/ndr-explain.js", () => {
  it("loads as one bundled module per entry point (main, worker), not the ~150 files tsc writes", () => {
    for (const entry of ["lib/cli/main.js", "lib/cli/worker.js"]) {
      const code = readFileSync(join(projectRoot, entry), "utf8");
      expect(code, entry).not.toMatch(/^import[^;]*from\s*["']\.{1,2}\//m);
      expect(code, entry).toContain("postal-mime");
    }
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
