/**
 * `--format sisimai`: one JSON line per bounce record in Sisimai's shape (the engine's
 * src/core/output/sisimai.ts builds the records), so the corpus scorer
 * (../shared/corpus/sisimai/score.py) reads the output directly. A message with no record gets
 * one line with "index": 0. Not filtered by --only: the scorer needs every record.
 */
import { sisimaiRecords } from "../../core/output/sisimai.js";
import type { Formatter, InputResult } from "./types.js";

export function sisimaiFormatter(): Formatter {
  return {
    header: () => "",
    input: ({ file, explanation }: InputResult) =>
      sisimaiRecords(file, explanation)
        .map((record) => JSON.stringify(record) + "\n")
        .join(""),
    separator: "",
    footer: () => "",
  };
}
