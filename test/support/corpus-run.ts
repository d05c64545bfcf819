/**
 * Runs the whole pipeline over folders of the Sisimai corpus (../shared/corpus/sisimai) and
 * writes Sisimai-style JSONL that the corpus's score.py reads. Used by
 * test/corpus/engine-accuracy.test.ts and by hand while improving decoders:
 *
 *   npx tsx test/support/corpus-run.ts [--folders bsd,not] [--out FILE] [--score] [--files-from LIST]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { explainBounce } from "../../src/core/index.js";
import { readMessage } from "../../src/core/read/index.js";
import { extractReport } from "../../src/core/report/index.js";
import { sisimaiRecords, sisimaiRecordsFromReport, type SisimaiRecord } from "../../src/core/output/sisimai.js";
import { sisimaiCorpus } from "./shared.js";

export interface CorpusRun {
  jsonlPath: string;
  records: SisimaiRecord[];
  files: number;
  /** files where the full pipeline threw and the engine-only records were used instead */
  pipelineErrors: string[];
}

/** Corpus-relative paths ("maildir/bsd/x.eml") of every .eml in the folders. */
export function corpusFiles(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(sisimaiCorpus, "maildir", folder))
      .filter((name) => name.endsWith(".eml"))
      .sort()
      .map((name) => `maildir/${folder}/${name}`),
  );
}

export async function recordsForFile(relative: string): Promise<{ records: SisimaiRecord[]; pipelineError?: string }> {
  const data = new Uint8Array(readFileSync(join(sisimaiCorpus, relative)));
  try {
    const explanation = await explainBounce({ kind: "bytes", data, name: relative });
    return { records: sisimaiRecords(relative, explanation) };
  } catch (error) {
    const report = extractReport(await readMessage({ kind: "bytes", data, name: relative }));
    return { records: sisimaiRecordsFromReport(relative, report), pipelineError: String(error).slice(0, 200) };
  }
}

export async function runCorpus(relativeFiles: string[], outPath?: string): Promise<CorpusRun> {
  const records: SisimaiRecord[] = [];
  const pipelineErrors: string[] = [];
  for (const relative of relativeFiles) {
    const result = await recordsForFile(relative);
    records.push(...result.records);
    if (result.pipelineError) pipelineErrors.push(`${relative}: ${result.pipelineError}`);
  }
  const jsonlPath = outPath ?? join(mkdtempSync(join(tmpdir(), "ndr-corpus-")), "pred.jsonl");
  writeFileSync(jsonlPath, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return { jsonlPath, records, files: relativeFiles.length, pipelineErrors };
}

export interface Score {
  files: number;
  files_with_output_pct: number;
  files_same_record_count_pct: number;
  rows: number;
  reason_accuracy_pct: number;
  deliverystatus_exact_pct: number;
  deliverystatus_exact_real_codes_pct: number;
  deliverystatus_class_pct: number;
  replycode_exact_pct: number;
  recipient_exact_pct: number;
  nonbounce_files: number;
  nonbounce_files_quiet: number;
}

/** Runs the corpus's own score.py (python3) over a prediction file. */
export function scoreWithPython(predPath: string, folder = "bsd", extra: string[] = []): Score {
  const out = execFileSync(
    "python3",
    ["score.py", "--expected", "expected.jsonl", "--pred", predPath, "--folder", folder, "--json", ...extra],
    { cwd: sisimaiCorpus, encoding: "utf8" },
  );
  return JSON.parse(out) as Score;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const folders = (option("--folders") ?? "bsd,not").split(",");
  let files = corpusFiles(folders);
  const list = option("--files-from");
  if (list) {
    const keep = new Set(
      readFileSync(list, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    );
    files = files.filter((f) => keep.has(f));
  }
  const run = await runCorpus(files, option("--out"));
  console.log(`wrote ${run.records.length} records for ${run.files} files to ${run.jsonlPath}`);
  if (run.pipelineErrors.length > 0)
    console.log(
      `pipeline errors (engine-only records used): ${run.pipelineErrors.length}\n  ${run.pipelineErrors.slice(0, 5).join("\n  ")}`,
    );
  if (args.includes("--score")) {
    for (const folder of folders) {
      console.log(`--- score.py --folder ${folder}`);
      console.log(
        execFileSync(
          "python3",
          ["score.py", "--expected", "expected.jsonl", "--pred", run.jsonlPath, "--folder", folder],
          {
            cwd: sisimaiCorpus,
            encoding: "utf8",
          },
        ),
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
