// The whole CLI in-process (main() with injected streams) over the fixtures in ./fixtures and
// mbox / Maildir trees built from them in a temporary folder.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultJobs } from "../../src/cli/options.js";
import { fixtures, runCli } from "./helpers.js";
import { twoBounceMbox } from "../core/read/mbox-fixture.js";

const dsn = join(fixtures, "postfix-dsn-two-recipients.eml");
const plain = join(fixtures, "not-a-bounce.eml");
let dir: string;

/** mboxrd-escapes a message and prefixes a separator, as a mail client saving to mbox would. */
function mboxEntry(message: string): string {
  const body = message.replace(/^From [^\n]*\n/, "").replace(/^(>*From )/gm, ">$1");
  return `From MAILER-DAEMON Mon Nov 30 00:10:00 2026\n${body}${body.endsWith("\n") ? "" : "\n"}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ndr-cli-test-"));
  const dsnText = readFileSync(dsn, "latin1");
  const plainText = readFileSync(plain, "latin1").replace("\nFrom the canteen", "\n\nFrom the canteen");
  writeFileSync(join(dir, "bounces.mbox"), mboxEntry(dsnText) + mboxEntry(plainText) + mboxEntry(dsnText), "latin1");
  // Maildir with a Maildir++ subfolder, metadata files and a dotfile that must be skipped.
  const maildir = join(dir, "Maildir");
  for (const part of ["cur", "new", "tmp", ".Bounces/cur", ".Bounces/new", ".Bounces/tmp"])
    mkdirSync(join(maildir, part), { recursive: true });
  writeFileSync(join(maildir, "new", "1764457801.M2P1.host"), dsnText, "latin1");
  writeFileSync(join(maildir, "cur", "1764457800.M1P1.host:2,S"), plainText, "latin1");
  writeFileSync(join(maildir, "cur", ".hidden"), "not mail");
  writeFileSync(join(maildir, "dovecot-uidlist"), "3 V1 N2\n");
  writeFileSync(join(maildir, ".Bounces", "cur", "1764457802.M3P1.host:2,S"), dsnText, "latin1");
  // A one-message file that starts with an envelope line and has an unescaped "From " body line.
  writeFileSync(join(dir, "saved.eml"), "From someone Mon Nov 30 00:00:00 2026\n" + plainText, "latin1");
  // A saved .eml holding a bounce and its Postmaster Copy (the pane and the core read both reports).
  writeFileSync(join(dir, "two-bounces.eml"), twoBounceMbox);
  writeFileSync(join(dir, "locked.eml"), dsnText);
  // The OLE compound-file signature Outlook .msg files start with, followed by nothing usable.
  writeFileSync(join(dir, "broken.msg"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
  chmodSync(join(dir, "locked.eml"), 0o000);
});

afterAll(() => {
  chmodSync(join(dir, "locked.eml"), 0o600);
  rmSync(dir, { recursive: true, force: true });
});

const sisimaiLines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { file: string; index: number });

describe("ndr-explain inputs", () => {
  it("numbers the messages of an mbox as <path>#<n> and unescapes >From", async () => {
    const mbox = join(dir, "bounces.mbox");
    const run = await runCli(["--format", "jsonl", mbox]);
    expect(run.code).toBe(0);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.file)).toEqual([`${mbox}#1`, `${mbox}#2`, `${mbox}#3`]);
  });

  it("reads a Maildir's cur, new and tmp and its Maildir++ subfolders, skipping metadata", async () => {
    const run = await runCli(["--format", "sisimai", join(dir, "Maildir")]);
    expect(run.code).toBe(0);
    const files = [...new Set(sisimaiLines(run.stdout).map((l) => l.file))];
    expect(files).toEqual([
      `${dir}/Maildir/cur/1764457800.M1P1.host:2,S`,
      `${dir}/Maildir/new/1764457801.M2P1.host`,
      `${dir}/Maildir/.Bounces/cur/1764457802.M3P1.host:2,S`,
    ]);
  });

  it("keeps a saved .eml whole even when it starts with an envelope line", async () => {
    const run = await runCli(["--format", "jsonl", join(dir, "saved.eml")]);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0].file).toBe(join(dir, "saved.eml"));
  });

  it("reports both bounces of a saved .eml holding two, as the pane does", async () => {
    const run = await runCli(["--format", "sisimai", join(dir, "two-bounces.eml")]);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.index, r.recipient])).toEqual([
      [1, "kari.nordmann@example.org"],
      [2, "ola.nordmann@example.org"],
    ]);
  });

  it("hands .msg files to the engine as bytes and reports a broken one as a problem, not a failure", async () => {
    const run = await runCli(["--format", "jsonl", join(dir, "broken.msg")]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.file).toBe(join(dir, "broken.msg"));
    expect(record.kind).toBe("not-a-report");
    expect(record.problems.length).toBeGreaterThan(0);
  });

  it("labels files under a folder with the folder as typed", async () => {
    const run = await runCli(["--format", "sisimai", fixtures + "/"]);
    const files = [...new Set(sisimaiLines(run.stdout).map((l) => l.file))];
    const folder = fixtures.replace(/\/+$/, "");
    // Every file that may be mail counts (README.md is passed over by its name), sorted by name.
    expect(files).toEqual([`${folder}/not-a-bounce.eml`, `${folder}/postfix-dsn-two-recipients.eml`]);
  });

  it("reads stdin with - and when nothing is named and stdin is piped", async () => {
    const message = readFileSync(dsn);
    for (const args of [
      ["--format", "jsonl", "-"],
      ["--format", "jsonl"],
    ]) {
      const run = await runCli(args, { stdin: message });
      expect(run.code).toBe(0);
      const records = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(records).toHaveLength(1);
      expect(records[0].file).toBe("-");
    }
  });

  it("reads an mbox from stdin as numbered messages", async () => {
    const run = await runCli(["--format", "jsonl", "-"], { stdin: readFileSync(join(dir, "bounces.mbox")) });
    expect(
      run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).file),
    ).toEqual(["-#1", "-#2", "-#3"]);
  });
});

describe("ndr-explain exit codes", () => {
  it("exits 0 when every input was read", async () => {
    const run = await runCli([dsn, plain]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("exits 1, names each unreadable input on stderr and still explains the rest", async () => {
    const missing = join(dir, "no-such.eml");
    const locked = join(dir, "locked.eml");
    const run = await runCli(["--format", "sisimai", missing, dsn, locked]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot read ${missing}: no such file or folder`);
    if (process.getuid?.() !== 0) expect(run.stderr).toContain(`cannot read ${locked}: permission denied`);
    expect(sisimaiLines(run.stdout).some((l) => l.file === dsn)).toBe(true);
  });

  it("names an unreadable folder met during the walk and goes on with the rest", async () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "a-locked"), { recursive: true });
    writeFileSync(join(tree, "a-locked", "x.eml"), "x");
    writeFileSync(join(tree, "b.eml"), readFileSync(dsn));
    chmodSync(join(tree, "a-locked"), 0o000);
    try {
      const run = await runCli(["--format", "sisimai", tree]);
      if (process.getuid?.() !== 0) {
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`cannot read ${tree}/a-locked: permission denied`);
      }
      expect(sisimaiLines(run.stdout).some((l) => l.file === `${tree}/b.eml`)).toBe(true);
    } finally {
      chmodSync(join(tree, "a-locked"), 0o700);
    }
  });

  it("passes over files in a folder whose names say they are not mail, and reads them when named", async () => {
    const folder = join(dir, "with-notes");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "bounce.eml"), readFileSync(dsn));
    // No extension: may be mail, so it is read (as an mbox, since the saved bounce starts with "From ").
    writeFileSync(join(folder, "bounce"), readFileSync(dsn));
    writeFileSync(join(folder, "answers.json"), '{"kind":"failed"}');
    writeFileSync(join(folder, "NOTES.MD"), "# what these are");
    const run = await runCli(["--format", "sisimai", folder]);
    expect(run.code).toBe(0);
    expect([...new Set(sisimaiLines(run.stdout).map((l) => l.file))].sort()).toEqual([
      `${folder}/bounce#1`,
      `${folder}/bounce.eml`,
    ]);
    expect(run.stderr).toBe("");
    const verbose = await runCli(["--format", "sisimai", "--verbose", folder]);
    expect(verbose.stderr).toContain(`skipped ${folder}/answers.json`);
    expect(verbose.stderr).toContain(`skipped ${folder}/NOTES.MD`);
    const named = await runCli(["--format", "jsonl", join(folder, "answers.json")]);
    expect(named.stdout).toContain('"kind":"not-a-report"');
  });

  it("exits 2 on wrong usage", async () => {
    expect((await runCli(["--format", "yaml", dsn])).code).toBe(2);
    expect((await runCli(["--no-such-option", dsn])).code).toBe(2);
    expect((await runCli(["--audience", "boss", dsn])).code).toBe(2);
    expect((await runCli(["--lang", "de", dsn])).code).toBe(2);
    const noInput = await runCli([], { stdinIsTTY: true });
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain("name a file");
  });

  it("prints help and version and exits 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: ndr-explain");
    for (const option of ["--format", "--summary", "--lang", "--audience", "--only"])
      expect(help.stdout).toContain(option);
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version,
    );
  });
});

describe("ndr-explain threads", () => {
  it("defaults to one explainer per CPU but one, at least 1 and at most 8", () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(3)).toBe(2);
    expect(defaultJobs(9)).toBe(8);
    expect(defaultJobs(64)).toBe(8);
  });

  it("says with --verbose how many threads it picked and why", async () => {
    const picked = await runCli(["--verbose", "--format", "jsonl", dsn]);
    expect(picked.code).toBe(0);
    expect(picked.stderr).toContain(
      `ndr-explain: ${defaultJobs()} thread(s) explain the messages: one per CPU but one`,
    );
    const given = await runCli(["-v", "-j", "3", "--format", "jsonl", dsn]);
    expect(given.stderr).toContain("3 thread(s) explain the messages (--jobs;");
    expect((await runCli(["--format", "jsonl", dsn])).stderr).toBe("");
  });
});

describe("ndr-explain output", () => {
  it("has no colour when piped or with NO_COLOR, and colour on a terminal", async () => {
    expect((await runCli([dsn])).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli([dsn], { stdoutIsTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(["--no-color", dsn], { stdoutIsTTY: true })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli([dsn], { stdoutIsTTY: true, env: {} })).stdout).toMatch(/\u001b\[/);
  });

  it("writes no progress bar when stderr is not a terminal", async () => {
    const run = await runCli(["--format", "sisimai", dir]);
    expect(run.stderr).not.toContain("messages read");
  });

  it("prints --summary as text, or as one JSON object with --format json", async () => {
    const text = await runCli(["--summary", dsn, plain, join(dir, "no-such.eml")]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Messages read\s+2/);
    expect(text.stdout).toMatch(/Unreadable inputs\s+1/);
    expect(text.stdout).toContain("By cause");
    expect(text.stdout).toContain("Recipients' servers with most failures");
    const json = JSON.parse((await runCli(["--summary", "--format", "json", dsn, plain])).stdout);
    expect(json).toMatchObject({ inputs: 2, unreadable: 0 });
    expect(json.kinds["not-a-report"]).toBeGreaterThanOrEqual(1);
    for (const key of ["byCause", "byReason", "byFixOwner", "topRemoteServers"])
      expect(Array.isArray(json[key])).toBe(true);
  });

  it("keeps only failed reports with --only failed, and writes Norwegian with --lang nb", async () => {
    const all = (await runCli(["--format", "jsonl", dsn, plain])).stdout.trim().split("\n");
    expect(all).toHaveLength(2);
    const failed = (await runCli(["--format", "jsonl", "--only", "failed", dsn, plain])).stdout.trim().split("\n");
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0])).toMatchObject({ file: dsn, kind: "failed" });
    const norwegian = await runCli(["--lang", "nb", dsn]);
    expect(norwegian.stdout).toContain("Hvem må gjøre noe");
    const fromLocale = await runCli([dsn], { env: { LANG: "nb_NO.UTF-8" } });
    expect(fromLocale.stdout).toContain("Hvem må gjøre noe");
  });

  it("says 'no messages found' on stderr for an empty folder, and exits 0", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    const jsonl = await runCli(["--format", "jsonl", empty]);
    expect(jsonl).toEqual({ code: 0, stdout: "", stderr: "ndr-explain: no messages found\n" });
    expect((await runCli(["--format", "json", empty])).stdout).toBe("[]\n");
    expect((await runCli(["--lang", "nb", empty])).stderr).toBe("ndr-explain: fant ingen meldinger\n");
    expect((await runCli([dsn])).stderr).toBe("");
  });

  it("takes --top N or all for the summary's lists, and refuses anything else", async () => {
    const top1 = JSON.parse((await runCli(["--summary", "--format", "json", "--top", "1", dsn])).stdout);
    expect(top1.byCause).toHaveLength(1);
    expect((await runCli(["--summary", "--top", "all", dsn])).code).toBe(0);
    for (const bad of ["0", "-3", "1.5", "some"]) expect((await runCli(["--summary", "--top", bad, dsn])).code).toBe(2);
  });

  it("prints the table in Norwegian with --lang nb: heads, the cause's title and who acts", async () => {
    const [record] = (await runCli(["--format", "jsonl", "--lang", "nb", dsn])).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const table = (await runCli(["--format", "table", "--lang", "nb", dsn])).stdout.split("\n");
    expect(table[0]).toMatch(/^FIL\s+MOTTAKER\s+STATUS\s+KODE\s+ÅRSAK\s+HVEM\s/);
    const first = record.recipients[0];
    expect(table[1]).toContain(first.title.slice(0, 20));
    expect(table[1]).not.toContain(first.cause);
  });

  it("writes valid CSV and JSON for real files", async () => {
    const csv = await runCli(["--format", "csv", dsn, plain]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^"file","kind",/);
    const json = JSON.parse((await runCli(["--format", "json", dsn, plain])).stdout);
    expect(json.map((r: { file: string }) => r.file)).toEqual([dsn, plain]);
  });
});
