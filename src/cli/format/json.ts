/**
 * `--format json` (one JSON array holding an object per input, streamed element by element so
 * memory stays flat) and `--format jsonl` (one object per line). The object is the public contract
 * of record.ts.
 */
import { inputRecord } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";

export function jsonFormatter(context: FormatContext): Formatter {
  return {
    header: () => "[",
    input({ file, explanation }: InputResult): string {
      const record = inputRecord(file, explanation, context);
      return "\n  " + JSON.stringify(record, null, 2).replace(/\n/g, "\n  ");
    },
    separator: ",",
    footer: (count) => (count === 0 ? "]\n" : "\n]\n"),
  };
}

export function jsonlFormatter(context: FormatContext): Formatter {
  return {
    header: () => "",
    input: ({ file, explanation }: InputResult) => JSON.stringify(inputRecord(file, explanation, context)) + "\n",
    separator: "",
    footer: () => "",
  };
}
