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
// A letter or digit in any script (astral ones included), tested one code point at a time.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Words in order, lower-case, hyphens dropped ("e-mail" → "email"), each with its sentence number. */
interface Words {
  words: string[];
  sentence: number[];
  /** where each distinct word stands */
  positions: Map<string, number[]>;
}

/** Distinct lures found (one hit per id) in the first 200,000 characters. */
export function findUrgency(text: string): UrgencyHit[] {
  const words = splitWords(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
  const hits: UrgencyHit[] = [];
  for (const rule of URGENCY_RULES) {
    if (hits.some((hit) => hit.id === rule.id)) continue;
    const span = matchRule(rule, words);
    if (span)
      hits.push({
        id: rule.id,
        phrase: words.words
          .slice(span[0], span[1] + 1)
          .join(" ")
          .slice(0, 120),
      });
  }
  return hits;
}

/** UTF-16 units of the letter or digit at `i` (2 for an astral one), or 0 when none stands there. */
function wordCharAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80)
    return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) ? 1 : 0;
  const size = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

/** The end of the run of letters and digits starting at `i`. */
function endOfRun(text: string, i: number): number {
  let at = i;
  for (let size = wordCharAt(text, at); size > 0; size = wordCharAt(text, at)) at += size;
  return at;
}

/**
 * Words are runs of letters and digits, hyphen-joined runs kept together ("e-mail"); ".", "!", "?"
 * and line breaks end a sentence; everything else separates words. Scanned by hand, once, with no
 * per-word regular expression or match object: this runs on up to 200,000 characters of any text.
 */
export function splitWords(text: string): Words {
  const words: string[] = [];
  const sentence: number[] = [];
  const positions = new Map<string, number[]>();
  const lower = text.toLowerCase();
  let current = 0;
  for (let i = 0; i < lower.length;) {
    const unit = lower.charCodeAt(i);
    if (unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x0a) {
      current++;
      i++;
      continue;
    }
    if (wordCharAt(lower, i) === 0) {
      i++;
      continue;
    }
    let end = endOfRun(lower, i);
    let word = lower.slice(i, end);
    while (lower.charCodeAt(end) === 0x2d && wordCharAt(lower, end + 1) > 0) {
      const next = endOfRun(lower, end + 1);
      word += lower.slice(end + 1, next);
      end = next;
    }
    const list = positions.get(word);
    if (list) list.push(words.length);
    else positions.set(word, [words.length]);
    words.push(word);
    sentence.push(current);
    i = end;
  }
  return { words, sentence, positions };
}

function accepts(step: UrgencyStep, word: string): boolean {
  return step.words.some((candidate) =>
    candidate.endsWith("*") ? word.startsWith(candidate.slice(0, -1)) : word === candidate,
  );
}

/**
 * Where the first step's words stand, in text order: looked up, not scanned. Runs for every rule
 * on every message, and most find nothing, so nothing is allocated or sorted until a word is found.
 */
function startsOf(step: UrgencyStep, words: Words): number[] {
  const starts: number[] = [];
  for (const candidate of step.words) {
    if (candidate.endsWith("*")) {
      const stem = candidate.slice(0, -1);
      words.positions.forEach((at, word) => {
        if (word.startsWith(stem)) starts.push(...at);
      });
    } else {
      const at = words.positions.get(candidate);
      if (at) starts.push(...at);
    }
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/** [first, last] word index of the first match of `rule`, or undefined. */
function matchRule(rule: UrgencyRule, words: Words): [number, number] | undefined {
  for (const start of startsOf(rule.steps[0], words)) {
    const end = matchFrom(rule.steps, 1, words, start + 1, words.sentence[start]);
    if (end === undefined) continue;
    if (rule.inSentence && !sentenceHas(words, words.sentence[start], start, rule.inSentence)) continue;
    return [start, end];
  }
  return undefined;
}

function matchFrom(
  steps: readonly UrgencyStep[],
  index: number,
  words: Words,
  from: number,
  sentence: number,
): number | undefined {
  if (index >= steps.length) return from - 1;
  const step = steps[index];
  const last = Math.min(words.words.length - 1, from + (step.gap ?? 0));
  for (let at = from; at <= last && words.sentence[at] === sentence; at++) {
    if (!accepts(step, words.words[at])) continue;
    const end = matchFrom(steps, index + 1, words, at + 1, sentence);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** True when one of `wanted` stands in the sentence around word `near`. */
function sentenceHas(words: Words, sentence: number, near: number, wanted: readonly string[]): boolean {
  let first = near;
  while (first > 0 && words.sentence[first - 1] === sentence) first--;
  for (let at = first; at < words.words.length && words.sentence[at] === sentence; at++) {
    if (wanted.includes(words.words[at])) return true;
  }
  return false;
}
