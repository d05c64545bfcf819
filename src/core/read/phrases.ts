/**
 * "Does the text contain any of these phrases?" as one regular-expression pass. Decoders ask
 * this of the whole body for dozens of localized headings; one alternation of literal phrases
 * scans the text once, where a search per phrase scans it once per phrase (several times
 * faster on the corpus). The phrases are literal text, so the pattern cannot backtrack badly.
 *
 * Most of these questions are asked of the same few texts (the lower-cased body, its first
 * kilobytes) and most answers are "no": a text asked about again gets a trigram signature (see
 * below), and a phrase list none of whose phrases can be in the text is answered without a scan.
 */
export function containsAnyOf(phrases: readonly string[]): (text: string) => boolean {
  if (phrases.length === 0) return () => false;
  const pattern = alternation(phrases);
  const trigrams = phraseTrigrams(phrases);
  return (text) => mayContainAny(text, trigrams) && pattern.test(text);
}

/**
 * Where the first of these phrases begins in the text, or -1: the smallest index any of them is
 * found at (the regex tries every phrase at each position before moving on).
 */
export function firstIndexOfAny(phrases: readonly string[]): (text: string) => number {
  if (phrases.length === 0) return () => -1;
  const pattern = alternation(phrases);
  const trigrams = phraseTrigrams(phrases);
  return (text) => (mayContainAny(text, trigrams) ? text.search(pattern) : -1);
}

function alternation(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(escapeRegExp).join("|"));
}

function escapeRegExp(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/*
 * Trigram signatures: the runs of three characters a text holds, hashed into 16384 bits. A phrase
 * can only occur in a text that holds every trigram of the phrase, so when each phrase lacks one
 * the answer is "no" without running the regex. (Pairs of characters, tried first, filled a small
 * signature on long texts, where a scan costs most.) A signature costs about one scan, so it is
 * built only for a text seen before (among the last few), and kept for the next questions.
 */
const SIGNATURE_WORDS = 512;
/** Shorter texts are scanned directly: their regex pass is cheaper than any bookkeeping. */
const MIN_SIGNED_LENGTH = 256;
const RECENT_TEXTS = 4;

function trigramHash(first: number, second: number, third: number): number {
  return ((first * 0x9e5) ^ (second * 0x1f3) ^ third) & (SIGNATURE_WORDS * 32 - 1);
}

/** Each phrase's distinct trigram hashes; undefined when a phrase is too short to have one. */
function phraseTrigrams(phrases: readonly string[]): Int32Array[] | undefined {
  const all: Int32Array[] = [];
  for (const phrase of phrases) {
    if (phrase.length < 3) return undefined;
    const hashes = new Set<number>();
    for (let i = 2; i < phrase.length; i++)
      hashes.add(trigramHash(phrase.charCodeAt(i - 2), phrase.charCodeAt(i - 1), phrase.charCodeAt(i)));
    all.push(Int32Array.from(hashes));
  }
  return all;
}

interface RecentText {
  text: string;
  signature: Uint32Array | undefined;
}

/** The last texts asked about, newest last; a fixed few, so nothing grows. */
const recent: RecentText[] = [];

/** The text's signature when it was asked about before (built now on its second question), else undefined. */
function signatureOf(text: string): Uint32Array | undefined {
  for (let i = recent.length - 1; i >= 0; i--) {
    const entry = recent[i]!;
    if (entry.text !== text) continue;
    entry.signature ??= sign(text);
    return entry.signature;
  }
  if (recent.length >= RECENT_TEXTS) recent.shift();
  recent.push({ text, signature: undefined });
  return undefined;
}

function sign(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_WORDS);
  let first = text.charCodeAt(0);
  let second = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const third = text.charCodeAt(i);
    const hash = trigramHash(first, second, third);
    signature[hash >>> 5]! |= 1 << (hash & 31);
    first = second;
    second = third;
  }
  return signature;
}

/** False only when no phrase can be in the text (some trigram of each is missing from it). */
function mayContainAny(text: string, trigrams: Int32Array[] | undefined): boolean {
  if (trigrams === undefined || text.length < MIN_SIGNED_LENGTH) return true;
  const signature = signatureOf(text);
  if (signature === undefined) return true;
  for (const hashes of trigrams) {
    let all = true;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      if ((signature[hash >>> 5]! & (1 << (hash & 31))) === 0) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
