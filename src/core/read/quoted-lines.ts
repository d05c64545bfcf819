/**
 * A reply's quoted lines ("> …"): another message's words, which do not make the message that quotes
 * them a bounce.
 */

/** The text without its "> "-quoted lines (the same text when it has none). */
export function withoutQuotedLines(text: string): string {
  if (!text.startsWith(">") && !text.includes("\n>")) return text;
  const kept: string[] = [];
  for (const line of text.split("\n")) if (!line.startsWith(">")) kept.push(line);
  return kept.join("\n");
}
