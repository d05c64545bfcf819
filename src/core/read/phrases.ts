/**
 * "Does the text contain any of these phrases?" as one regular-expression pass. Decoders ask
 * this of the whole body for dozens of localized headings; one alternation of literal phrases
 * scans the text once, where a search per phrase scans it once per phrase (several times
 * faster on the corpus). The phrases are literal text, so the pattern cannot backtrack badly.
 */
export function containsAnyOf(phrases: readonly string[]): (text: string) => boolean {
  if (phrases.length === 0) return () => false;
  const pattern = new RegExp(phrases.map(escapeRegExp).join("|"));
  return (text) => pattern.test(text);
}

function escapeRegExp(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
