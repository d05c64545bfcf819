/** Text on one line: every run of white space (line breaks, tabs, folded lines) as one space, trimmed. */
export function oneLine(text: string): string {
  // a single space is left as it is, so text that needs no change is not copied
  return text.replace(WHITESPACE_TO_COLLAPSE, " ").trim();
}
/** Runs of two or more whitespace characters, or one that is not a space. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
