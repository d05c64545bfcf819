// The compiled CLI as a user runs it (node bin/ndr-explain.js, which `npx ndr-explain` runs):
// real pipes, so stdout is not a terminal and must carry no colour; real exit codes.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
  spawnSync(process.execPath, [join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: projectRoot,
  });
  expect(existsSync(join(projectRoot, "lib/cli/main.js"))).toBe(true);
}, 120_000);

describe("bin/ndr-explain.js", () => {
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
