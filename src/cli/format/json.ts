/**
 * `--format json` (one JSON array holding an object per input, streamed element by element so
 * memory stays flat) and `--format jsonl` (one object per line). The object is the public contract
 * of record.ts.
 */
import { inputRecord } from "../record.js";
import type { FormatContext, Formatter, InputResult } from "./types.js";

export function jsonFormatter(context: FormatContext): Formatter {
  let count = 0;
  return {
    header: () => "[",
    input({ file, explanation }: InputResult): string {
      const record = inputRecord(file, explanation, context);
      const body = JSON.stringify(record, null, 2).replace(/\n/g, "\n  ");
      return `${count++ === 0 ? "\n  " : ",\n  "}${body}`;
    },
    footer: () => (count === 0 ? "]\n" : "\n]\n"),
  };
}

export function jsonlFormatter(context: FormatContext): Formatter {
  return {
    header: () => "",
    input: ({ file, explanation }: InputResult) => JSON.stringify(inputRecord(file, explanation, context)) + "\n",
    footer: () => "",
  };
}
