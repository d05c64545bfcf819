import type { Audience, Explanation, Language } from "../../core/types.js";
import type { Colors } from "../color.js";

/** One message the run explained, with the name it is reported under. */
export interface InputResult {
  /** the file as given on the command line (a folder's files under it; `<mbox>#<n>` for mbox messages) */
  file: string;
  explanation: Explanation;
}

export interface FormatContext {
  language: Language;
  audiences: Audience[];
  onlyFailed: boolean;
  colors: Colors;
  /** terminal width, when known */
  columns?: number;
}

/**
 * An output format: text before the first input, per input, and after the last. An input's text
 * does not depend on where it falls in the run (so worker threads can write it); what goes between
 * two inputs is `separator`.
 */
export interface Formatter {
  header(): string;
  input(result: InputResult): string;
  separator: string;
  /** `count`: how many inputs printed text */
  footer(count: number): string;
}
