import type { Evidence } from "../core/types.js";

export interface HighlightedLine {
  before: string;
  match: string;
  after: string;
}

/** Splits the decisive line around the evidence span; trusts `start` only when it really points at the span. */
export function highlight(evidence: Evidence): HighlightedLine {
  const { line, text } = evidence;
  let start = line.slice(evidence.start, evidence.start + text.length) === text ? evidence.start : line.indexOf(text);
  if (start < 0 || text === "") start = -1;
  if (start < 0) return { before: line, match: "", after: "" };
  return { before: line.slice(0, start), match: text, after: line.slice(start + text.length) };
}
