/**
 * The CLI explains messages in batches (explainBounces), yet each input keeps its own answer, in the
 * order named, and an input the core cannot explain is named on stderr while the others of its batch
 * are still printed. The core is made to fail here on purpose, for any message whose name holds
 * "unexplainable": the core promises never to throw, so this is the only way to see the fallback.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import type { BounceInput } from "../../src/core/index.js";
import { runCli } from "./helpers.js";

const failsHere = (input: BounceInput) => input.kind === "bytes" && (input.name ?? "").includes("unexplainable");

vi.mock("../../src/core/index.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/index.js")>();
  return {
    ...actual,
    explainBounces: async (...args: Parameters<typeof actual.explainBounces>) => {
      if (args[0].some(failsHere)) throw new Error("the core failed on purpose");
      return actual.explainBounces(...args);
    },
    explainBounce: async (...args: Parameters<typeof actual.explainBounce>) => {
      if (failsHere(args[0])) throw new Error("the core failed on purpose");
      return actual.explainBounce(...args);
    },
  };
});

const seed = (name: string) => fileURLToPath(new URL(`../fixtures/seed/${name}`, import.meta.url));

describe("batches in the CLI", () => {
  it("names the one input the core cannot explain and prints the rest of its batch, in order", async () => {
    const folder = mkdtempSync(join(tmpdir(), "ndr-batch-"));
    copyFileSync(seed("s1-en.eml"), join(folder, "a.eml"));
    copyFileSync(seed("s1-en.eml"), join(folder, "b-unexplainable.eml"));
    copyFileSync(seed("s2-en.eml"), join(folder, "c.eml"));
    const run = await runCli(["--format", "jsonl", "-j", "1", folder]);
    const files = run.stdout
      .trim()
      .split("\n")
      .filter((line) => line.startsWith('{"file"'))
      .map((line) => (JSON.parse(line) as { file: string }).file.split("/").pop());
    expect(files).toEqual(["a.eml", "c.eml"]);
    expect(run.stderr).toMatch(/b-unexplainable\.eml: could not be explained \(the core failed on purpose\)/);
    expect(run.code).toBe(1);
  });
});
