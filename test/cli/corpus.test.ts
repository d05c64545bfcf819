// The CLI over the Sisimai corpus (../shared/corpus/sisimai), when it is there: every file gets
// records in the scorer's shape, and --summary accounts for every file.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedSkipReason, sisimaiCorpus } from "../support/shared.js";
import { runCli } from "./helpers.js";

const why = sharedSkipReason("corpus/sisimai/maildir/bsd");
if (why) console.warn(`test/cli/corpus.test.ts ${why}`);

describe.skipIf(why)("ndr-explain over the Sisimai corpus", () => {
  const bsd = join(sisimaiCorpus, "maildir", "bsd");

  it("gives every bsd file sisimai lines named as on the command line, indexed from 1 (or one index 0 line)", async () => {
    const run = await runCli(["--format", "sisimai", bsd]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; index: number; recipient?: string });
    const byFile = new Map<string, number[]>();
    for (const line of lines) byFile.set(line.file, [...(byFile.get(line.file) ?? []), line.index]);
    const expected = readdirSync(bsd)
      .sort()
      .map((name) => `${bsd}/${name}`);
    expect([...byFile.keys()]).toEqual(expected);
    for (const [file, indexes] of byFile) {
      const ok = (indexes.length === 1 && indexes[0] === 0) || indexes.every((index, i) => index === i + 1);
      expect(ok, `${file}: ${indexes.join(",")}`).toBe(true);
    }
  }, 120_000);

  // Issue 12 item 6, the contract in docs/cli.md: `permanent` is the sending server's decision.
  it("marks every failed recipient permanent and every delayed one not, in every maildir folder's jsonl", async () => {
    const run = await runCli(["--format", "jsonl", join(sisimaiCorpus, "maildir")]);
    const recipients = run.stdout
      .trim()
      .split("\n")
      .flatMap((line) => {
        const record = JSON.parse(line) as { file: string; recipients: { action: string; permanent: boolean }[] };
        return record.recipients.map((r) => ({ file: record.file, ...r }));
      });
    const wrong = recipients.filter(
      (r) => (r.action === "failed" && r.permanent !== true) || (r.action === "delayed" && r.permanent !== false),
    );
    expect(wrong.map((r) => `${r.file}: ${r.action}, permanent ${r.permanent}`)).toEqual([]);
    // The corpus has both kinds, so the check above covers each side of the contract.
    expect(recipients.filter((r) => r.action === "failed").length).toBeGreaterThan(500);
    expect(recipients.filter((r) => r.action === "delayed").length).toBeGreaterThan(5);
  }, 240_000);

  it("accounts for every file in --summary", async () => {
    const run = await runCli(["--summary", "--format", "json", bsd]);
    const summary = JSON.parse(run.stdout);
    expect(summary.inputs).toBe(readdirSync(bsd).length);
    expect(summary.unreadable).toBe(0);
    // Every message is counted once: by its kind, or as a possibly fake bounce.
    const kinds = Object.values(summary.kinds as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(kinds + summary.suspicious).toBe(summary.inputs);
    const causeTotal = (summary.byCause as { count: number }[]).reduce((a, b) => a + b.count, 0);
    expect(causeTotal).toBe(summary.failedRecipients);
  }, 120_000);
});
