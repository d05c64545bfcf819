/** The entries of a list that follows a heading line: its indented (or bulleted) lines, up to the first blank line. */
export function indentedListAfter(text: string, lowerText: string, heading: string, limit = 200): string[] {
  const at = lowerText.indexOf(heading);
  if (at < 0) return [];
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) return [];
  const entries: string[] = [];
  for (const line of text.slice(lineEnd + 1).split("\n")) {
    if (line.trim() === "") {
      if (entries.length > 0) break;
      continue;
    }
    if (!/^[ \t]/.test(line) || entries.length >= limit) break;
    entries.push(line.trim());
  }
  return entries;
}
