/**
 * The language of a bounce's own words when no decoder, Content-Language or Exchange heading says
 * it: by script for the languages that have their own (Korean, Japanese, Chinese, Greek, Hebrew,
 * Thai; Arabic script is Urdu or Persian when their own letters stand in it; Cyrillic is Ukrainian or
 * Serbian by their own letters, Bulgarian by its many hard signs without Russian's ы/э, Ukrainian by
 * its own words without Russian's ы э ё ъ, else Russian), else by the short words every sentence of a language is full of. Only the NDR's own
 * text is read, so the returned original (often in the sender's language) does not decide it.
 */

/** Scripts that name their language: [language, first and last code point]. */
const SCRIPTS: readonly (readonly [string, number, number])[] = [
  ["ko", 0xac00, 0xd7af],
  ["ja", 0x3040, 0x30ff],
  ["zh", 0x4e00, 0x9fff],
  ["ru", 0x0430, 0x045f],
  ["el", 0x03ac, 0x03ce],
  ["he", 0x05d0, 0x05ea],
  ["ar", 0x0620, 0x06d3],
  ["th", 0x0e01, 0x0e4e],
];
const KANA = SCRIPTS.findIndex(([language]) => language === "ja");
const HAN = SCRIPTS.findIndex(([language]) => language === "zh");
/** Letters of a script a text needs before the script names its language (not a stray name). */
const SCRIPT_LETTERS = 4;
/** The lowest code point of any script above: Latin text below it costs one comparison a character. */
const FIRST_SCRIPT_CODE = 0x03ac;

/** Letters only one language of a shared script writes, with how many name it. */
const OWN_LETTERS: Readonly<Record<string, readonly (readonly [string, RegExp, number])[]>> = {
  ru: [
    ["uk", /[іїєґ]/g, 2],
    ["sr", /[јљњћђџ]/g, 2],
  ],
  // Urdu writes Persian's letters too, and letters of its own besides
  ar: [
    ["ur", /[ٹڈڑںےہھ]/g, 2],
    ["fa", /[پچژگکی]/g, 2],
  ],
};
/** Letters Russian writes and Ukrainian never does. */
const RUSSIAN_ONLY_LETTERS = /[ыэёъ]/;
/**
 * Ukrainian words Russian does not write (Russian: может, быть, письмо, ящик, ошибка, или, что,
 * это, получателя), for a short Ukrainian notice that happens to hold none of і ї є ґ.
 */
const UKRAINIAN_WORDS = new Set([
  "може",
  "бути",
  "лист",
  "листа",
  "скринька",
  "скриньки",
  "скриньку",
  "помилка",
  "помилки",
  "або",
  "що",
  "це",
  "цей",
  "ця",
  "одержувача",
  "отримувача",
  "спробуйте",
]);
/** Ukrainian words a Cyrillic text without Russian's own letters needs before it is named Ukrainian. */
const UKRAINIAN_WORD_HITS = 2;
const CYRILLIC_WORD = /[а-яґєії']+/g;

function hasUkrainianWords(lowerText: string): boolean {
  let hits = 0;
  CYRILLIC_WORD.lastIndex = 0;
  for (let match = CYRILLIC_WORD.exec(lowerText); match; match = CYRILLIC_WORD.exec(lowerText)) {
    if (UKRAINIAN_WORDS.has(match[0]) && ++hits >= UKRAINIAN_WORD_HITS) return true;
  }
  return false;
}
/** Bulgarian writes ъ in many words and has no ы or э, which Russian sentences are full of. */
const BULGARIAN_HARD_SIGNS = 3;

/** Which language of a shared script the text is, by the letters only one of them writes. */
function refineByOwnLetters(script: string, lowerText: string): string {
  for (const [language, letters, needed] of OWN_LETTERS[script] ?? []) {
    if ((lowerText.match(letters)?.length ?? 0) >= needed) return language;
  }
  if (script !== "ru") return script;
  if (!/[ыэ]/.test(lowerText) && (lowerText.match(/ъ/g)?.length ?? 0) >= BULGARIAN_HARD_SIGNS) return "bg";
  if (!RUSSIAN_ONLY_LETTERS.test(lowerText) && hasUkrainianWords(lowerText)) return "uk";
  return script;
}

/**
 * Words frequent in a language's sentences and rare in the others' ("ikke" is both Danish and
 * Norwegian: "af", "blev", "modtager" are Danish; "av", "ble", "mottaker" Norwegian). On a tie the
 * language listed first wins, so Norwegian comes before its neighbours.
 */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "to", "is", "was", "not", "be", "your", "of", "and", "this", "could", "has", "you", "following"],
  de: ["der", "die", "das", "und", "nicht", "ist", "wurde", "werden", "konnte", "ihre", "empfänger", "nachricht"],
  fr: ["le", "la", "les", "des", "est", "pas", "été", "votre", "destinataire", "n'a", "ne", "une"],
  // Spanish's most frequent word, "de", is Dutch's too (listed there): words only Spanish writes carry it
  es: [
    "el",
    "los",
    "las",
    "del",
    "no",
    "se",
    "pudo",
    "su",
    "mensaje",
    "destinatario",
    "una",
    "ha",
    "y",
    "este",
    "esta",
    "hasta",
    "por",
  ],
  pt: ["não", "foi", "para", "sua", "mensagem", "destinatário", "uma", "os", "ao", "do", "da", "seu"],
  it: ["il", "non", "è", "stato", "della", "messaggio", "destinatario", "di", "per", "al", "gli", "essere"],
  nl: ["het", "niet", "kon", "worden", "van", "de", "een", "uw", "bericht", "ontvanger", "zijn", "wordt"],
  pl: ["nie", "został", "została", "do", "się", "wiadomość", "adresat", "na", "jest", "może", "odbiorca", "być"],
  cs: ["zpráva", "zprávu", "příjemce", "nebyla", "byla", "není", "nelze", "doručit", "doručena", "že", "je", "se"],
  tr: ["ve", "bir", "bu", "için", "mesajınız", "mesaj", "alıcı", "teslim", "edilemedi", "ile", "değil", "adresine"],
  // Bokmål, then Nynorsk ("ikkje", "vart", "meldinga"): both are Norwegian, "nb" to the guidance
  nb: [
    "ikke",
    "kunne",
    "til",
    "og",
    "av",
    "ble",
    "meldingen",
    "mottakeren",
    "mottaker",
    "følgende",
    "det",
    "fikk",
    "ikkje",
    "vart",
    "meldinga",
    "mottakaren",
    "desse",
    "finnes",
    "mottakere",
    "jeg",
    "denne",
    "blir",
    "lenger",
    "inntil",
    "vennlig",
  ],
  sv: [
    "inte",
    "kunde",
    "till",
    "och",
    "meddelandet",
    "mottagaren",
    "av",
    "att",
    "det",
    "har",
    "som",
    "för",
    "finns",
    "mottagare",
    "jag",
    "denna",
    "blir",
    "tills",
    "vänlig",
  ],
  da: [
    "ikke",
    "kunne",
    "til",
    "og",
    "af",
    "blev",
    "meddelelsen",
    "beskeden",
    "modtageren",
    "modtager",
    "følgende",
    "det",
    "findes",
    "modtagere",
    "besked",
    "jeg",
    "denne",
    "bliver",
    "længere",
    "indtil",
    "venlig",
    "tak",
  ],
  fi: [
    "ei",
    "ja",
    "tai",
    "on",
    "viesti",
    "viestin",
    "viestisi",
    "viestiä",
    "vastaanottaja",
    "voitu",
    "toimittaa",
    "vain",
    "toimitettu",
    "seuraaville",
    "vastaanottajille",
  ],
  is: ["ekki", "og", "að", "til", "er", "þú", "þínu", "þessum", "bréfinu", "viðtakandi", "vinsamlegast", "villa"],
  et: ["ei", "ja", "või", "on", "sõnum", "sõnumi", "teie", "ning", "nurjus", "adressaat", "adressaadi", "leitud"],
  lv: ["jūsu", "vēstuli", "vēstule", "nevarēja", "adresāts", "adresātam", "un", "ir", "vai", "šis", "šī", "kļūda"],
  lt: [
    "jūsų",
    "ar",
    "ir",
    "šis",
    "pranešimas",
    "pranešimą",
    "nepavyko",
    "pristatyti",
    "gavėjas",
    "gavėjams",
    "bus",
    "dar",
  ],
  hu: [
    "az",
    "nem",
    "és",
    "hogy",
    "egy",
    "ez",
    "ön",
    "levelet",
    "címzett",
    "sikerült",
    "kézbesíteni",
    "üzenet",
    "következő",
    "sikeresen",
    "címzetteknek",
  ],
  ro: ["nu", "să", "și", "către", "fost", "putut", "mesajul", "dumneavoastră", "vă", "acest", "sau", "este"],
  sk: ["správu", "správa", "nebolo", "možné", "doručiť", "pre", "sa", "toto", "dôvod", "nie", "na", "je"],
  sl: [
    "vašega",
    "sporočila",
    "sporočilo",
    "ni",
    "bilo",
    "mogoče",
    "dostaviti",
    "prejemnik",
    "prejemnikom",
    "razlog",
    "je",
    "to",
  ],
  hr: [
    "vaša",
    "poruka",
    "nije",
    "još",
    "je",
    "ovo",
    "samo",
    "primatelj",
    "primateljima",
    "poslužitelj",
    "pogreška",
    "isporuke",
  ],
  sr: ["vaša", "poruka", "nije", "je", "ovo", "mogla", "biti", "primaoca", "primalac", "sanduče", "molimo", "greška"],
  vi: ["của", "bạn", "không", "thể", "được", "người", "nhận", "thư", "gửi", "tới", "lòng", "này"],
  id: ["pesan", "anda", "tidak", "dapat", "ke", "yang", "dan", "ini", "akan", "untuk", "penerima", "dikirim"],
  ca: [
    "vostre",
    "missatge",
    "s'ha",
    "pogut",
    "lliurar",
    "als",
    "aquest",
    "és",
    "següents",
    "destinatari",
    "destinataris",
    "amb",
  ],
};
/** Function words a text needs before they name its language. */
const FUNCTION_WORD_HITS = 3;

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Each function word with the languages (indexes into LANGUAGES) it counts for. */
const WORD_LANGUAGES = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of FUNCTION_WORDS[language]!) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), index]);
});

/** The longest function word: a longer run of letters is no function word and is not looked up. */
const LONGEST_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((word) => word.length));

/** A word's length and first two code units, hashed to 16 bits. */
function wordHash(text: string, start: number, length: number): number {
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  return (text.charCodeAt(start) * 961 + second * 31 + length) & 0xffff;
}

/**
 * The hashes of the function words: most words of a text have none of them and are passed over
 * without being cut out of the line and looked up (the lookup was most of the language test's time).
 */
const FUNCTION_WORD_HASHES = new Uint8Array(0x10000);
for (const word of WORD_LANGUAGES.keys()) FUNCTION_WORD_HASHES[wordHash(word, 0, word.length)] = 1;

const LETTER = /\p{L}/u;
/** Per UTF-16 code unit, whether it is a letter on its own: 0 not asked yet, 1 yes, 2 no. */
const letterCodes = new Uint8Array(0x10000);

/**
 * How many code units of `line` at `at` belong to a word (letters and "'", as /[\p{L}']+/u reads
 * them): 1, 2 for a letter outside the Basic Multilingual Plane, 0 for none. (A regex match per word
 * made an array and a string for every word of the text.)
 */
function wordCharWidth(line: string, at: number): number {
  const code = line.charCodeAt(at);
  if (code < 0x80) return code === 0x27 || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = line.charCodeAt(at + 1);
    // a surrogate pair is one code point; a lone surrogate is none of a word
    return next >= 0xdc00 && next <= 0xdfff && LETTER.test(line.slice(at, at + 2)) ? 2 : 0;
  }
  let known = letterCodes[code]!;
  if (known === 0) letterCodes[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Counts the function word at [start, end) of the line, if it is one, for each of its languages. */
function countWord(line: string, start: number, end: number, hits: number[]): void {
  if (end - start > LONGEST_WORD || FUNCTION_WORD_HASHES[wordHash(line, start, end - start)] === 0) return;
  const languages = WORD_LANGUAGES.get(line.slice(start, end));
  if (!languages || isPartOfName(line, start, end)) return;
  for (const index of languages) hits[index]! += 1;
}

/** The language whose script has enough letters in the text, if one has. */
function languageOfScript(lowerText: string): string | undefined {
  const letters = SCRIPTS.map(() => 0);
  for (let i = 0; i < lowerText.length; i++) {
    const code = lowerText.charCodeAt(i);
    if (code < FIRST_SCRIPT_CODE) continue; // Latin text: one comparison per character
    for (let s = 0; s < SCRIPTS.length; s++) {
      const [language, first, last] = SCRIPTS[s]!;
      if (code >= first && code <= last && ++letters[s]! >= SCRIPT_LETTERS && s !== HAN)
        return refineByOwnLetters(language, lowerText);
    }
  }
  // Japanese is written in Chinese characters too: a sentence may hold four of them before its first
  // kana, so Han letters name Chinese only when no kana stands among them.
  if (letters[HAN]! >= SCRIPT_LETTERS) return letters[KANA]! > 0 ? "ja" : "zh";
  return undefined;
}

const NAME_CHAR = /[\p{L}\d]/u;

/**
 * Whether the letters at [start, end) are a piece of an address or host name ("kunde" in
 * "mx.kunde.example.org", "post" in "post@…"), which is no word of the sentence around it.
 */
function isPartOfName(line: string, start: number, end: number): boolean {
  const before = line[start - 1];
  const after = line[end];
  if (before === "." || before === "@" || after === "@") return true;
  // "word." ends a sentence; "word.example" goes on as a name
  return after === "." && NAME_CHAR.test(line[end + 1] ?? "");
}

/** The language of the lower-cased text by its script or its function words; undefined if unclear. */
export function languageOfWords(lowerText: string): string | undefined {
  const byScript = languageOfScript(lowerText);
  if (byScript) return byScript;
  const hits = LANGUAGES.map(() => 0);
  for (const line of lowerText.split("\n")) {
    // a line without a space is no sentence (base64, a header, a URL): its letter runs are no words
    if (!line.includes(" ")) continue;
    let start = -1;
    for (let at = 0; at < line.length;) {
      const width = wordCharWidth(line, at);
      if (width > 0) {
        if (start < 0) start = at;
        at += width;
        continue;
      }
      if (start >= 0) countWord(line, start, at, hits);
      start = -1;
      at += 1;
    }
    if (start >= 0) countWord(line, start, line.length, hits);
  }
  let best: string | undefined;
  let bestHits = FUNCTION_WORD_HITS - 1;
  // on a tie the language listed first keeps it
  hits.forEach((count, index) => {
    if (count > bestHits) [best, bestHits] = [LANGUAGES[index], count];
  });
  return best;
}
