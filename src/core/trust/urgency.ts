/**
 * Calls to action that real bounces never make. A genuine NDR tells you what failed; it never
 * asks you to release held mail, sign in, confirm a password or act within hours.
 *
 * Rules are data: a sequence of words, each step with a set of accepted words ("releas*" is a
 * prefix) and how many other words may stand before it. Matching runs on words within one
 * sentence, not on regular expressions, so a crafted text cannot make it backtrack: the cost is
 * words × steps × gap. English and Norwegian Bokmål, plus the commonest German/Swedish/Danish/
 * French/Spanish forms, since lures arrive in the victim's language.
 */

export interface UrgencyStep {
  words: readonly string[];
  /** how many other words may come between the previous step and this one (default 0) */
  gap?: number;
}

export interface UrgencyRule {
  id: string;
  steps: readonly UrgencyStep[];
  /** when set, one of these words must also stand in the same sentence */
  inSentence?: readonly string[];
}

const w = (words: string, gap = 0): UrgencyStep => ({ words: words.split(" "), gap });

const MAIL = "message messages mail mails email emails";
const MAIL_NB = "melding meldinger meldingen meldingene epost eposter eposten epostene beskjeder";

export const URGENCY_RULES: readonly UrgencyRule[] = [
  // held / pending / quarantined mail waiting for the user
  { id: "release-messages", steps: [w("releas* recover retrieve restore unlock"), w(MAIL, 3)] },
  { id: "release-messages", steps: [w(MAIL), w("pending awaiting", 2), w("release", 1)] },
  {
    id: "held-messages",
    steps: [w("held pending queued suspended quarantined blocked stuck incoming undelivered"), w(MAIL, 2)],
    inSentence: ["click", "link", "button", "portal", "release", "releasing", "retrieve", "recover", "login", "sign"],
  },
  { id: "held-messages", steps: [w(MAIL), w("are were have has"), w("held suspended quarantined hold", 2)] },
  // sign in / verify / password
  {
    id: "verify-account",
    steps: [
      w("verify confirm validate revalidate update reactivate reconfirm upgrade"),
      w("your this"),
      w("account mailbox identity credentials login webmail", 2),
    ],
  },
  { id: "password", steps: [w("your enter confirm current reenter reset update change"), w("password", 2)] },
  { id: "password", steps: [w("password"), w("expire expires expired expiring", 1)] },
  { id: "sign-in", steps: [w("log sign"), w("in on into"), w("to into with your", 0)] },
  { id: "sign-in", steps: [w("login signin logon"), w("to into with"), w("your the")] },
  {
    id: "click-here",
    steps: [
      w("click tap"),
      w("here below link button releas* view retrieve recover deliver verify confirm continue restore", 1),
    ],
  },
  { id: "deadline", steps: [w("within"), w("24 48 72 12 2 3 twenty forty", 2), w("hours hour hrs hr four eight", 1)] },
  {
    id: "account-threat",
    steps: [
      w("your"),
      w("account mailbox email", 1),
      w("will may"),
      w("be"),
      w("suspended closed deactivated disabled terminated deleted blocked locked restricted"),
    ],
  },
  { id: "account-threat", steps: [w("failure"), w("to"), w("verify confirm comply act update", 1)] },

  // Norsk (bokmål)
  { id: "release-messages", steps: [w("frigi frigjør frigjøre slipp slippe gjenopprett hent hente"), w(MAIL_NB, 2)] },
  { id: "held-messages", steps: [w("tilbakeholdte ventende stoppede blokkerte"), w(MAIL_NB, 2)] },
  { id: "held-messages", steps: [w(MAIL_NB), w("holdt holdes", 2), w("tilbake")] },
  { id: "held-messages", steps: [w(MAIL_NB), w("venter", 2), w("på"), w("deg godkjenning frigivelse")] },
  {
    id: "verify-account",
    steps: [
      w("bekreft verifiser valider oppdater reaktiver"),
      w("kontoen konto epostkontoen postkassen identiteten epostadressen innloggingen opplysningene", 2),
    ],
  },
  { id: "password", steps: [w("passordet"), w("ditt")] },
  { id: "password", steps: [w("ditt nåværende"), w("passord")] },
  { id: "password", steps: [w("skriv oppgi"), w("inn", 1), w("passord passordet", 2)] },
  { id: "password", steps: [w("bekreft"), w("passord passordet", 1)] },
  { id: "password", steps: [w("passordet"), w("utløper utløpt går", 2)] },
  { id: "sign-in", steps: [w("logg"), w("inn på"), w("kontoen konto postkassen webmail portalen eposten", 2)] },
  { id: "click-here", steps: [w("klikk trykk"), w("her nedenfor lenken knappen")] },
  { id: "click-here", steps: [w("klikk trykk"), w("på"), w("lenken knappen")] },
  { id: "deadline", steps: [w("innen"), w("24 48 72 12"), w("timer")] },
  {
    id: "account-threat",
    steps: [
      w("kontoen postkassen epostkontoen"),
      w("vil blir kan", 1),
      w("stengt deaktivert sperret slettet låst suspendert", 1),
    ],
  },

  // a few neighbours
  { id: "click-here", steps: [w("klicken"), w("sie"), w("hier")] },
  { id: "click-here", steps: [w("klicka klik"), w("här her")] },
  { id: "click-here", steps: [w("cliquez"), w("ici")] },
  { id: "click-here", steps: [w("haga"), w("clic"), w("aquí")] },
  { id: "verify-account", steps: [w("bestätigen"), w("sie"), w("ihr ihre"), w("konto identität")] },
  { id: "verify-account", steps: [w("verifiera bekräfta bekræft"), w("ditt din"), w("konto")] },
  { id: "verify-account", steps: [w("vérifiez confirmez"), w("votre"), w("compte")] },
];

export interface UrgencyHit {
  id: string;
  /** the words that matched, as they stood (lower-case) */
  phrase: string;
}

const MAX_SCAN = 200_000;
// A letter or digit in any script (astral ones included), tested in place at lastIndex.
const WORD_CHAR = /[\p{L}\p{N}]/uy;
const WORD_CHAR_ALONE = /^[\p{L}\p{N}]$/u;
/**
 * Whether each BMP unit outside the surrogates is a letter or digit, learned the first time it is
 * seen (0 not yet, 1 yes, 2 no): text in other scripts tests each character's pattern once, not
 * at every occurrence. 64 KB, fixed.
 */
const BMP_KIND = new Uint8Array(0x10000);

/**
 * The rules compiled once: every word a rule names gets a number, each step the set of numbers
 * it accepts, so matching compares numbers and never looks at the words a rule does not name.
 */
interface CompiledStep {
  /** 1 at the vocabulary numbers of the words this step accepts */
  ids: Uint8Array;
  idList: readonly number[];
  /** bit i set: words starting with STEMS[i] are accepted too ("releas*") */
  stems: number;
  gap: number;
}

interface CompiledRule {
  id: string;
  steps: readonly CompiledStep[];
  inSentence?: ReadonlySet<number>;
}

const VOCABULARY = new Map<string, number>();
const STEMS: string[] = [];

function wordId(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) VOCABULARY.set(word, (id = VOCABULARY.size));
  return id;
}

function compileStep(step: UrgencyStep): CompiledStep {
  const idList: number[] = [];
  let stems = 0;
  for (const word of step.words) {
    if (!word.endsWith("*")) {
      idList.push(wordId(word));
      continue;
    }
    const stem = word.slice(0, -1);
    if (!STEMS.includes(stem)) STEMS.push(stem);
    stems |= 1 << STEMS.indexOf(stem);
  }
  return { ids: new Uint8Array(0), idList, stems, gap: step.gap ?? 0 };
}

const COMPILED: readonly CompiledRule[] = URGENCY_RULES.map((rule) => ({
  id: rule.id,
  steps: rule.steps.map(compileStep),
  ...(rule.inSentence && { inSentence: new Set(rule.inSentence.map(wordId)) }),
}));

// The vocabulary is complete once every rule is compiled: size the steps' tables.
for (const rule of COMPILED) {
  for (const step of rule.steps as CompiledStep[]) {
    step.ids = new Uint8Array(VOCABULARY.size);
    for (const id of step.idList) step.ids[id] = 1;
  }
}

const LONGEST_WORD = Math.max(...[...VOCABULARY.keys()].map((word) => word.length));

/**
 * The vocabulary by a hash of its UTF-16 units (open addressing, linear probing), so a word of the
 * text is looked up where it stands, without cutting it out as a string of its own.
 */
const TABLE_SIZE = 1024; // a power of two, well above the vocabulary's size
const TABLE_IDS = new Int32Array(TABLE_SIZE).fill(-1);
const WORDS_BY_ID: string[] = [];

function hashOf(text: string, start: number, end: number, hash = 0): number {
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

for (const [word, id] of VOCABULARY) {
  WORDS_BY_ID[id] = word;
  let slot = hashOf(word, 0, word.length) & (TABLE_SIZE - 1);
  while (TABLE_IDS[slot] !== -1) slot = (slot + 1) & (TABLE_SIZE - 1);
  TABLE_IDS[slot] = id;
}

/**
 * The words of the text that some rule names (or that start with a rule's stem), in text order:
 * the only ones matching can accept. Every other word only counts as a gap.
 */
interface NamedWords {
  lower: string;
  /** how many words the text has in all */
  count: number;
  /** per named word: its index among all words, its vocabulary number (-1 for a stem only), stem bits, sentence, start in `lower` */
  at: number[];
  id: number[];
  stems: number[];
  sentence: number[];
  start: number[];
}

/** Distinct lures found (one hit per id) in the first 200,000 characters. */
export function findUrgency(text: string): UrgencyHit[] {
  const named = namedWords((text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase());
  const hits: UrgencyHit[] = [];
  if (named.at.length === 0) return hits;
  const starting = rulesStartingIn(named);
  for (let r = 0; r < COMPILED.length; r++) {
    const rule = COMPILED[r]!;
    if (starting[r] === 0 || hits.some((hit) => hit.id === rule.id)) continue;
    const span = matchRule(rule, named);
    if (span) hits.push({ id: rule.id, phrase: phraseOf(named, span) });
  }
  return hits;
}

/** What an ASCII unit is to the scanner: 1 a letter or digit, 2 a sentence end, 0 a separator. */
const ASCII_KIND = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ASCII_KIND[ch.charCodeAt(0)] = 1;
for (const ch of ".!?\n") ASCII_KIND[ch.charCodeAt(0)] = 2;

/** Per vocabulary number and per stem, the rules whose first step accepts it. */
const RULES_BY_FIRST_ID: number[][] = [...VOCABULARY.keys()].map(() => []);
const RULES_BY_FIRST_STEM: number[][] = STEMS.map(() => []);
COMPILED.forEach((rule, r) => {
  const first = rule.steps[0]!;
  for (const id of first.idList) RULES_BY_FIRST_ID[id]!.push(r);
  STEMS.forEach((_, s) => {
    if (first.stems & (1 << s)) RULES_BY_FIRST_STEM[s]!.push(r);
  });
});

/** 1 for each rule whose first step accepts a word of the text: the only rules that can match. */
function rulesStartingIn(named: NamedWords): Uint8Array {
  const starting = new Uint8Array(COMPILED.length);
  for (let entry = 0; entry < named.at.length; entry++) {
    const id = named.id[entry]!;
    if (id >= 0) for (const r of RULES_BY_FIRST_ID[id]!) starting[r] = 1;
    const stems = named.stems[entry]!;
    for (let s = 0; stems !== 0 && s < STEMS.length; s++) {
      if (stems & (1 << s)) for (const r of RULES_BY_FIRST_STEM[s]!) starting[r] = 1;
    }
  }
  return starting;
}

/** UTF-16 units of the letter or digit at `i` (2 for an astral one), or 0 when none stands there. */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return ASCII_KIND[unit] === 1 ? 1 : 0;
  if (unit !== unit) return 0; // past the end
  if (unit < 0xd800 || unit > 0xdfff) {
    let kind = BMP_KIND[unit]!;
    if (kind === 0) BMP_KIND[unit] = kind = WORD_CHAR_ALONE.test(String.fromCharCode(unit)) ? 1 : 2;
    return kind === 1 ? 1 : 0;
  }
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/**
 * Reads the words of `lower` one by one. Words are runs of letters and digits, hyphen-joined runs
 * kept together ("e-mail", with `joined` set); ".", "!", "?" and line breaks end a sentence;
 * everything else separates words. Scanned by hand, once, with no per-word regular expression,
 * match object or string: this runs on up to 200,000 characters of any text.
 */
class WordScanner {
  /** the current word is lower[start, end) */
  start = 0;
  end = 0;
  joined = false;
  sentence = 0;
  /** hashOf the current word's units, hyphens left out */
  hash = 0;

  constructor(
    readonly lower: string,
    private at = 0,
  ) {}

  next(): boolean {
    const lower = this.lower;
    const length = lower.length;
    let sentence = this.sentence;
    for (let i = this.at; i < length;) {
      const unit = lower.charCodeAt(i);
      let size = 1;
      if (unit < 0x80) {
        const kind = ASCII_KIND[unit];
        if (kind !== 1) {
          if (kind === 2) sentence++;
          i++;
          continue;
        }
      } else if ((size = wordCharAt(lower, i)) === 0) {
        i++;
        continue;
      }
      // the run of letters and digits, through hyphens that join two runs
      let hash = hashOf(lower, i, i + size);
      let end = i + size;
      let joined = false;
      while (end < length) {
        const next = lower.charCodeAt(end);
        if (next < 0x80 && ASCII_KIND[next] === 1) {
          hash = (Math.imul(hash, 31) + next) | 0;
          end++;
          continue;
        }
        const hyphen = next === 0x2d ? 1 : 0;
        if (hyphen === 0 && next < 0x80) break;
        const after = wordCharAt(lower, end + hyphen);
        if (after === 0) break;
        joined ||= hyphen === 1;
        hash = hashOf(lower, end + hyphen, end + hyphen + after, hash);
        end += hyphen + after;
      }
      this.start = i;
      this.end = this.at = end;
      this.joined = joined;
      this.hash = hash;
      this.sentence = sentence;
      return true;
    }
    this.at = length;
    this.sentence = sentence;
    return false;
  }

  /** The current word, its hyphens dropped ("e-mail" → "email"). */
  word(): string {
    const word = this.lower.slice(this.start, this.end);
    return this.joined ? word.replace(/-/g, "") : word;
  }

  /** The current word's vocabulary number, or -1: looked up by its hash, without cutting it out. */
  id(): number {
    const length = this.end - this.start;
    if (!this.joined && length > LONGEST_WORD) return -1;
    for (let slot = this.hash & (TABLE_SIZE - 1); ; slot = (slot + 1) & (TABLE_SIZE - 1)) {
      const id = TABLE_IDS[slot]!;
      if (id === -1) return -1;
      const word = WORDS_BY_ID[id]!;
      const same = this.joined
        ? word === this.word()
        : word.length === length && this.lower.startsWith(word, this.start);
      if (same) return id;
    }
  }

  /** Bit i set when the current word starts with STEMS[i]. */
  stems(): number {
    let bits = 0;
    for (let s = 0; s < STEMS.length; s++) {
      const stem = STEMS[s]!;
      if (this.lower.charCodeAt(this.start) !== stem.charCodeAt(0)) continue;
      const has = this.joined
        ? this.word().startsWith(stem)
        : this.end - this.start >= stem.length && this.lower.startsWith(stem, this.start);
      if (has) bits |= 1 << s;
    }
    return bits;
  }
}

/** Words in order, lower-case, hyphens dropped ("e-mail" → "email"), each with its sentence number. */
export function splitWords(text: string): { words: string[]; sentence: number[]; positions: Map<string, number[]> } {
  const words: string[] = [];
  const sentence: number[] = [];
  const positions = new Map<string, number[]>();
  for (const scan = new WordScanner(text.toLowerCase()); scan.next();) {
    const word = scan.word();
    const list = positions.get(word);
    if (list) list.push(words.length);
    else positions.set(word, [words.length]);
    words.push(word);
    sentence.push(scan.sentence);
  }
  return { words, sentence, positions };
}

function namedWords(lower: string): NamedWords {
  const named: NamedWords = {
    lower,
    count: 0,
    at: [],
    id: [],
    stems: [],
    sentence: [],
    start: [],
  };
  for (const scan = new WordScanner(lower); scan.next(); named.count++) {
    const id = scan.id();
    const stems = scan.stems();
    if (id < 0 && stems === 0) continue;
    named.at.push(named.count);
    named.id.push(id);
    named.stems.push(stems);
    named.sentence.push(scan.sentence);
    named.start.push(scan.start);
  }
  return named;
}

function accepts(step: CompiledStep, named: NamedWords, entry: number): boolean {
  return step.ids[named.id[entry]!] === 1 || (step.stems & named.stems[entry]!) !== 0;
}

/** [first, last] word index of the first match of `rule`, or undefined. */
function matchRule(rule: CompiledRule, named: NamedWords): [number, number] | undefined {
  // the named words are few, and only rules with a first word among them get here
  for (let start = 0; start < named.at.length; start++) {
    if (!accepts(rule.steps[0]!, named, start)) continue;
    const sentence = named.sentence[start]!;
    const end = matchFrom(rule.steps, 1, named, start + 1, named.at[start]! + 1, sentence);
    if (end === undefined) continue;
    if (rule.inSentence && !sentenceHas(named, start, rule.inSentence)) continue;
    return [named.at[start]!, end];
  }
  return undefined;
}

/**
 * The last word index of a match of steps[index…] from word `from` (whose first named word is
 * entry `entry`) within `sentence`. Words no rule names are never accepted, so only named ones are
 * tried; sentence numbers only grow, so the first named word of another sentence ends the search.
 */
function matchFrom(
  steps: readonly CompiledStep[],
  index: number,
  named: NamedWords,
  entry: number,
  from: number,
  sentence: number,
): number | undefined {
  if (index >= steps.length) return from - 1;
  const step = steps[index]!;
  const last = Math.min(named.count - 1, from + step.gap);
  for (let e = entry; e < named.at.length && named.at[e]! <= last && named.sentence[e] === sentence; e++) {
    if (!accepts(step, named, e)) continue;
    const end = matchFrom(steps, index + 1, named, e + 1, named.at[e]! + 1, sentence);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** True when one of `wanted` stands in the same sentence as entry `near`. */
function sentenceHas(named: NamedWords, near: number, wanted: ReadonlySet<number>): boolean {
  const sentence = named.sentence[near];
  let first = near;
  while (first > 0 && named.sentence[first - 1] === sentence) first--;
  for (let e = first; e < named.at.length && named.sentence[e] === sentence; e++) {
    if (wanted.has(named.id[e]!)) return true;
  }
  return false;
}

/** The words of a match as they stood, read again from its first word's place in the text. */
function phraseOf(named: NamedWords, [first, last]: [number, number]): string {
  const words: string[] = [];
  const scan = new WordScanner(named.lower, named.start[named.at.indexOf(first)]);
  while (words.length <= last - first && scan.next()) words.push(scan.word());
  return words.join(" ").slice(0, 120);
}
