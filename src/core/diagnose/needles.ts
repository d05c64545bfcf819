/**
 * Words a rule's pattern cannot match without, read once from its source: the matcher runs the
 * regular expression only when one of them is in the lower-cased text. Most rules are alternations
 * of phrases, and a reply contains few of them, so most patterns need not run at all.
 *
 * Only what is certain is kept. Words are ASCII (under the `i` flag an ASCII letter matches only
 * ASCII letters, so lower-casing the text finds it; other letters fold differently in
 * toLowerCase and in the regex engine), and a source this reader does not follow gives no words:
 * that pattern is simply always run.
 */

/** Any of these words (lower case) is in every text the pattern matches; undefined: none known. */
export type Words = readonly string[] | undefined;

class Unsupported extends Error {}

type Element = { char: string } | { words: Words };

/** The shortest word decides how telling a choice is; three-letter words are the least kept (WordIndex files words by three). */
const MIN_WORD = 3;

export function requiredWords(pattern: RegExp): Words {
  if (/[uv]/.test(pattern.flags)) return undefined;
  const reader = new SourceReader(pattern.source);
  try {
    const words = reader.alternation();
    return reader.atEnd() ? words : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const flagsOf = (chars: string) => {
  const flags = new Uint8Array(128);
  for (const c of chars) flags[c.charCodeAt(0)] = 1;
  return flags;
};
/** Characters with a meaning of their own in a pattern, and those that quantify what precedes them. */
const special = flagsOf("\\()[]{}|*+?.^$");
const quantifiers = flagsOf("?*+{");

class SourceReader {
  private at = 0;
  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at === this.source.length;
  }

  /** a|b|c: one of the branches' words (every branch must have some). */
  alternation(): Words {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((words) => words === undefined)) return undefined;
    return withoutImplied([...new Set(branches.flat() as string[])]);
  }

  /** The most telling run of literal characters or group in a sequence. */
  private sequence(): Words {
    let best: Words;
    let run = "";
    const consider = (words: Words) => {
      if (words && better(words, best)) best = words;
    };
    while (!this.atEnd() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const plain = this.plainStretch();
      if (plain) {
        run += plain;
        continue;
      }
      const element = this.atom();
      const least = this.quantifier();
      if ("char" in element && least === undefined) {
        run += element.char;
        continue;
      }
      consider(run ? [run] : undefined);
      run = "";
      // a group repeated at least once still needs its words; anything optional needs none
      if ("words" in element && (least === undefined || least > 0)) consider(element.words);
    }
    consider(run ? [run] : undefined);
    return best;
  }

  /**
   * Plain characters from here on, lower-cased, up to one a quantifier follows (read one by one:
   * most of a catalogue pattern is such stretches, and this is read as every program starts).
   */
  private plainStretch(): string {
    const { source } = this;
    let end = this.at;
    while (end < source.length) {
      const c = source.charCodeAt(end);
      if (c >= 128 || special[c]) break;
      end++;
    }
    if (end < source.length && quantifiers[source.charCodeAt(end)]) end--;
    if (end <= this.at) return "";
    const stretch = source.slice(this.at, end).toLowerCase();
    this.at = end;
    return stretch;
  }

  private atom(): Element {
    const c = this.source[this.at++]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    if (c === "." || c === "^" || c === "$") return { words: undefined };
    if ("*+?{}]".includes(c)) throw new Unsupported();
    return c.charCodeAt(0) < 128 ? { char: c.toLowerCase() } : { words: undefined };
  }

  private group(): Element {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at, this.at + 3));
    if (lookaround) this.at += lookaround[0].length;
    else if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (this.source.startsWith("?<", this.at)) {
      const close = this.source.indexOf(">", this.at);
      if (close < 0) throw new Unsupported();
      this.at = close + 1;
    } else if (this.source[this.at] === "?") throw new Unsupported();
    const words = this.alternation();
    if (this.source[this.at++] !== ")") throw new Unsupported();
    // a lookaround matches no characters of its own
    return { words: lookaround ? undefined : words };
  }

  private characterClass(): Element {
    while (!this.atEnd() && this.source[this.at] !== "]") this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.source[this.at++] !== "]") throw new Unsupported();
    return { words: undefined };
  }

  private escape(): Element {
    const e = this.source[this.at++];
    if (e === undefined || /[cxukpP]/.test(e)) throw new Unsupported();
    // classes, assertions, back-references and control characters
    if (/[dDwWsSbB0-9nrtfv]/.test(e)) return { words: undefined };
    if (/[A-Za-z]/.test(e) || e.charCodeAt(0) >= 128) throw new Unsupported();
    return { char: e };
  }

  /** After an atom: the least number of times it must match, or undefined when not quantified. */
  private quantifier(): number | undefined {
    const c = this.source[this.at];
    let least: number;
    if (c === "?" || c === "*" || c === "+") {
      this.at++;
      least = c === "+" ? 1 : 0;
    } else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at, this.at + 24));
      if (!m) throw new Unsupported();
      this.at += m[0].length;
      least = Number(m[1]);
    } else return undefined;
    if (this.source[this.at] === "?") this.at++; // lazy
    return least;
  }
}

function better(words: readonly string[], than: Words): boolean {
  const shortest = Math.min(...words.map((w) => w.length));
  if (shortest < MIN_WORD) return false;
  if (!than) return true;
  const thanShortest = Math.min(...than.map((w) => w.length));
  return shortest > thanShortest || (shortest === thanShortest && words.length < than.length);
}

/** A word containing another is implied by it: finding the shorter one is enough. */
function withoutImplied(words: string[]): string[] {
  return words.filter((w) => !words.some((other) => other !== w && w.includes(other)));
}

/** Slots of the table of words by their first three characters (a power of two). */
const SLOTS = 4096;

function slotOf(text: string, at: number): number {
  return (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & (SLOTS - 1);
}

/**
 * Which of many things (rules) a short text may concern, by the words each needs: the words are
 * filed by their first three characters and all found in one pass over the text.
 */
export class WordIndex {
  private readonly filed = new Map<string, number[]>();
  private readonly always: number[] = [];
  private size = 0;
  private packed: Packed | undefined;

  /** Thing `thing` (a number from 0) may be concerned when any of `words` is in the text; with none, always. */
  add(thing: number, words: readonly string[] | undefined): void {
    this.size = Math.max(this.size, thing + 1);
    this.packed = undefined;
    // a word shorter than a slot's three characters cannot be filed
    if (!words || words.some((word) => word.length < 3)) {
      this.always.push(thing);
      return;
    }
    for (const word of words) {
      const things = this.filed.get(word);
      if (things) things.push(thing);
      else this.filed.set(word, [thing]);
    }
  }

  private found = new Uint8Array(0);

  /**
   * The things `lower` (a lower-cased text) may concern: flag 1 at each one's number. The flags are
   * the index's own, good until its next call (one array, not one per text).
   */
  candidates(lower: string): Uint8Array {
    if (this.found.length !== this.size) this.found = new Uint8Array(this.size);
    const found = this.found.fill(0);
    for (const thing of this.always) found[thing] = 1;
    const { slotStart, text, wordStart, wordEnd, fourths, thingStart, things } = (this.packed ??= pack(this.filed));
    // the three characters at `at`, moved along one character at a time
    let first = lower.charCodeAt(0);
    let second = lower.charCodeAt(1);
    for (let at = 0; at + 2 < lower.length; at++) {
      const third = lower.charCodeAt(at + 2);
      const slot = (first * 961 + second * 31 + third) & (SLOTS - 1);
      first = second;
      second = third;
      const from = slotStart[slot]!;
      const to = slotStart[slot + 1]!;
      if (from === to) continue;
      // the fourth character rules out most words filed together ("not a…", "not b…") before a full comparison
      const fourth = lower.charCodeAt(at + 3);
      for (let entry = from; entry < to; entry++) {
        if (fourths[entry] !== fourth && fourths[entry]! >= 0) continue;
        const start = wordStart[entry]!;
        const length = wordEnd[entry]! - start;
        if (at + length > lower.length) continue;
        let i = 0;
        while (i < length && lower.charCodeAt(at + i) === text.charCodeAt(start + i)) i++;
        if (i === length) for (let t = thingStart[entry]!; t < thingStart[entry + 1]!; t++) found[things[t]!] = 1;
      }
    }
    return found;
  }
}

/**
 * The words in a few flat arrays, ordered by slot: a scan of a text then reads a handful of small
 * typed arrays and one string, not objects spread over the heap (it runs between other stages, whose
 * data push these out of the processor's cache).
 */
interface Packed {
  /** the words of slot s are entries slotStart[s] … slotStart[s + 1] - 1 */
  slotStart: Uint16Array;
  /** every word, one after another */
  text: string;
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** a word's fourth character, or -1 for a three-letter word */
  fourths: Int32Array;
  /** the things of entry e are things[thingStart[e]] … things[thingStart[e + 1] - 1] */
  thingStart: Int32Array;
  things: Int32Array;
}

function pack(filed: ReadonlyMap<string, readonly number[]>): Packed {
  const entries = [...filed].map(([word, things]) => ({ word, things, slot: slotOf(word, 0) }));
  entries.sort((a, b) => a.slot - b.slot);
  const slotStart = new Uint16Array(SLOTS + 1);
  for (const { slot } of entries) slotStart[slot + 1]!++;
  for (let s = 0; s < SLOTS; s++) slotStart[s + 1]! += slotStart[s]!;
  const wordStart = new Int32Array(entries.length);
  const wordEnd = new Int32Array(entries.length);
  const fourths = new Int32Array(entries.length);
  const thingStart = new Int32Array(entries.length + 1);
  let text = "";
  entries.forEach(({ word, things }, e) => {
    wordStart[e] = text.length;
    text += word;
    wordEnd[e] = text.length;
    fourths[e] = word.length > 3 ? word.charCodeAt(3) : -1;
    thingStart[e + 1] = thingStart[e]! + things.length;
  });
  return {
    slotStart,
    text,
    wordStart,
    wordEnd,
    fourths,
    thingStart,
    things: Int32Array.from(entries.flatMap((entry) => entry.things)),
  };
}
