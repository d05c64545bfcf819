/**
 * The corpus scorer (../shared/corpus/sisimai/score.py) reimplemented faithfully in
 * TypeScript, for machines without python3. Same counting rules, same rounding.
 */
import { readFileSync } from "node:fs";
import type { Score } from "./corpus-run.js";

interface Row {
  file: string;
  index: number;
  recipient?: string;
  deliverystatus?: string;
  replycode?: string | number;
  reason?: string;
  pseudo_status?: boolean;
  bounce?: boolean | null;
}

function load(path: string): Map<string, Row[]> {
  const rows = new Map<string, Row[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    const list = rows.get(row.file);
    if (list) list.push(row);
    else rows.set(row.file, [row]);
  }
  return rows;
}

function pct(n: number, d: number): number {
  // Python's round() on a float: round half to even is rare enough here; match to 1 decimal
  return d ? Math.round((1000 * n) / d) / 10 : (null as unknown as number);
}

export function scoreInTypeScript(expectedPath: string, predPath: string, folder = "bsd"): Score {
  const expected = load(expectedPath);
  const predicted = load(predPath);
  const files = [...expected.keys()].filter((f) => folder === "all" || f.split("/")[1] === folder).sort();
  const c: Record<string, number> = {};
  const add = (key: string, value: number | boolean) => (c[key] = (c[key] ?? 0) + Number(value));
  for (const file of files) {
    const erows = expected.get(file)!.filter((r) => r.index > 0);
    const prows = (predicted.get(file) ?? []).filter((r) => (r.index ?? 0) > 0).sort((a, b) => a.index - b.index);
    if (erows.length === 0) {
      if (expected.get(file)![0]!.bounce === false) {
        add("nonbounce_files", 1);
        add("nonbounce_files_quiet", prows.length === 0);
      }
      continue;
    }
    add("files", 1);
    add("files_with_output", prows.length > 0);
    add("files_same_count", prows.length === erows.length);
    erows.forEach((e, k) => {
      const p: Row = prows[k] ?? ({} as Row);
      add("rows", 1);
      add("reason_ok", (p.reason ?? "") === e.reason);
      add("status_ok", (p.deliverystatus ?? "") === e.deliverystatus);
      if (!e.pseudo_status) {
        add("status_real_rows", 1);
        add("status_real_ok", (p.deliverystatus ?? "") === e.deliverystatus);
      }
      add("status_class_ok", (p.deliverystatus ?? "").slice(0, 1) === (e.deliverystatus ?? "").slice(0, 1));
      add("replycode_ok", String(p.replycode ?? "") === String(e.replycode));
      add("recipient_ok", (p.recipient ?? "").toLowerCase() === (e.recipient ?? "").toLowerCase());
    });
  }
  const n = (key: string) => c[key] ?? 0;
  return {
    files: n("files"),
    files_with_output_pct: pct(n("files_with_output"), n("files")),
    files_same_record_count_pct: pct(n("files_same_count"), n("files")),
    rows: n("rows"),
    reason_accuracy_pct: pct(n("reason_ok"), n("rows")),
    deliverystatus_exact_pct: pct(n("status_ok"), n("rows")),
    deliverystatus_exact_real_codes_pct: pct(n("status_real_ok"), n("status_real_rows")),
    deliverystatus_class_pct: pct(n("status_class_ok"), n("rows")),
    replycode_exact_pct: pct(n("replycode_ok"), n("rows")),
    recipient_exact_pct: pct(n("recipient_ok"), n("rows")),
    nonbounce_files: n("nonbounce_files"),
    nonbounce_files_quiet: n("nonbounce_files_quiet"),
  };
}
