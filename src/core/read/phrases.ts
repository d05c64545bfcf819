/**
 * "Does the text contain any of these phrases?" as one regular-expression pass. Decoders ask
 * this of the whole body for dozens of localized headings; one alternation of literal phrases
 * scans the text once, where a search per phrase scans it once per phrase (several times
 * faster on the corpus). The phrases are literal text, so the pattern cannot backtrack badly.
 */
export function containsAnyOf(phrases: readonly string[]): (text: string) => boolean {
  if (phrases.length === 0) return () => false;
  const pattern = alternation(phrases);
  return (text) => pattern.test(text);
}

/**
 * Where the first of these phrases begins in the text, or -1: the smallest index any of them is
 * found at (the regex tries every phrase at each position before moving on).
 */
export function firstIndexOfAny(phrases: readonly string[]): (text: string) => number {
  if (phrases.length === 0) return () => -1;
  const pattern = alternation(phrases);
  return (text) => text.search(pattern);
}

function alternation(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(escapeRegExp).join("|"));
}

function escapeRegExp(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
