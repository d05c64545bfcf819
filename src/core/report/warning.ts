/**
 * Delay warnings: the sending server says it keeps trying ("THIS IS A WARNING MESSAGE ONLY",
 * "Delivery attempts will continue to be made for 5 day(s)", "Will keep trying until message is
 * 5 days old"). A warning is not a failure, whatever code the last attempt got. Read from the
 * bounce's own words, and only when it does not also say that it gave up: never from the returned
 * original (cut off before the own text) nor from lines the notice quotes ("> Delivery attempts will
 * continue": a final notice recalling its earlier warning).
 */
import { allHeadings } from "./headings.js";
import { headerValue } from "../read/header-fields.js";
import { containsAnyOf } from "../read/phrases.js";
import type { DecodeContext } from "./context.js";

const DELAY_SUBJECT =
  /\bdelay|warning: could not send|still being retried|not yet been delivered|verzögert|forsinket|retardé|retrasad|vertraagd|försenad|fördröjd|ritard|atrasad|opóźni|задерж|遅延|延迟|延遲|지연|viivästy|viibib|aizkavēt|atidėt|vėluoja|késleltetett|késik|întârzi|oneskoren|zakasn|odgođen|odložen|закъсн|затрим|καθυστέρ|מתעכב|تأخر|تاخیر|trì hoãn|ล่าช้า|tertunda|retardat|gecikt|gecikme/i;
const HAS_DELAY_HEADING = containsAnyOf(allHeadings("delayed"));
/** Subject words saying the message failed: a delay word after one is the original's ("Undeliverable: Delayed order"). */
const FAILURE_FIRST = /undeliver|returned|fail|non-?deliver|not delivered|bounce/i;

/** The server states that it keeps trying: a warning, even beside a 5xx from the last attempt. */
const SAYS_IT_KEEPS_TRYING = containsAnyOf([
  "this is a warning message only",
  "this is a warning only",
  "you do not need to resend",
  "no action is required on your part",
  "will continue to be made",
  "delivery attempts will continue",
  "will keep trying",
  "keep retrying",
  "will continue trying",
  "delivery will continue to be attempted",
  "will be retried",
  "has not yet been delivered",
  // MMDF's "has not yet been fully delivered. Attempts to deliver the message will continue for 4 more
  // days" (its final notice says the same first sentence, then "… will not continue")
  "attempts to deliver the message will continue",
  "hasn't been delivered yet",
  "this is just a warning",
  "will continue to try",
  "will continue to attempt",
  "will retry",
  "being retried",
  // the server's ("We are still trying."), not the reader's ("If you are still trying to reach …")
  "we are still trying",
  "we're still trying",
  "is still trying",
  "i'm still trying",
  "still trying to deliver",
  "queued for later delivery",
  "queued for retry",
  "has been deferred",
  "was deferred",
  "has been temporarily deferred",
  "was temporarily deferred",
  "is temporarily deferred",
  // a present delay ("Your message is delayed", "Delivery is delayed to these recipients or groups:",
  // Gmail's "Delivery to the following recipient has been delayed:"): the server has not given up
  "is delayed",
  "has been delayed",
  "is being delayed",
  // the same in Exchange's delay heading ("Leveringen til disse modtagere eller grupper er forsinket:")
  "er forsinket",
  "är försenad",
  "ist verzögert",
  "est retardée",
  "se ha retrasado",
  "is vertraagd",
  "retrying for",
  "i'll keep trying",
  "i will keep trying",
  "continue retrying",
  "further delivery attempts",
  "need to re-send",
  "will try again",
  "continue attempting",
  "will be attempted again",
  "attempt redelivery",
  "will attempt delivery",
  "will attempt to deliver",
  "this is only a warning",
  "will be tried again",
  "further attempts will be made",
  "further delivery attempts will be made",
  "technical details of temporary failure",
  "you will be notified if delivery fails permanently",
  // the same in the templates of providers that localise them
  "dies ist nur eine warnung",
  "weitere zustellversuche",
  "ceci est un avertissement seulement",
  "vous n'avez pas besoin de renvoyer",
  "continuera d'essayer",
  "nous continuerons à essayer",
  "nous continuerons d'essayer",
  "vous ne devez pas renvoyer",
  "n'a pas encore pu être remis",
  "n'a pas encore été remis",
  "este es solo un aviso",
  "no es necesario que vuelva a enviar",
  "questo è solo un avviso",
  "non è necessario inviare di nuovo",
  "non è ancora stato recapitato",
  "continuerà a tentare",
  "dit is slechts een waarschuwing",
  "dit is alleen een waarschuwing",
  "esta é apenas uma advertência",
  "este é apenas um aviso",
  "dette er bare en advarsel",
  "detta är endast en varning",
  "dette er kun en advarsel",
  "dette er kun et varsel",
  "dette er bare et varsel",
  "detta är bara en varning",
  "du trenger ikke sende meldingen på nytt",
  "du behöver inte skicka meddelandet igen",
  "du behøver ikke at sende meddelelsen igen",
  "du behøver ikke sende meddelelsen igen",
  "wird weiterhin versucht",
  "seguirá intentando",
  "seguirá intentándolo",
  "continuará intentándolo",
  "seguiremos intentando",
  "aún no se ha podido entregar",
  "todavía no se ha podido entregar",
  "continue d'essayer",
  "continue à essayer",
  "continuerà a provare",
  "continuerà a riprovare",
  "versucht es weiter",
  "wird weiter versucht",
  "müssen die nachricht nicht erneut senden",
  "continuará tentando",
  "wordt opnieuw geprobeerd",
  "we blijven proberen",
  "wij blijven proberen",
  "hoeft het bericht niet opnieuw te versturen",
  "vil fortsette å prøve",
  "fortsätter att försöka",
  "fortsætter med at forsøge",
  // "not delivered yet", "new attempts will be made" (nb, sv, da, de, es, nl; fr above)
  "ennå ikke levert",
  "er ikke levert ennå",
  "leveringsforsøk vil fortsette",
  "nye forsøk vil bli gjort",
  "ännu inte levererats",
  "har inte levererats än",
  "leveransförsöken fortsätter",
  "nya försök kommer att göras",
  "nya försök görs",
  "nye leveringsforsøk vil bli gjort",
  "endnu ikke leveret",
  "er ikke leveret endnu",
  "der vil blive gjort nye forsøg",
  "leveringsforsøg fortsætter",
  "noch nicht zugestellt",
  "weitere tage versucht",
  "aún no se ha entregado",
  "todavía no se ha entregado",
  "se realizarán nuevos intentos",
  "se seguirá intentando",
  "nog niet bezorgd",
  "er worden nieuwe pogingen gedaan",
  "er wordt opnieuw geprobeerd",
  "de nouvelles tentatives seront effectuées",
  "d'autres tentatives seront effectuées",
  "toto je pouze upozornění",
  "není třeba posílat znovu",
  "bude o doručení pokoušet",
  "pokusy o doručení budou pokračovat",
  // ru, pl, ja, zh, ko
  "это только предупреждение",
  "попытки доставки будут продолжены",
  "продолжим попытки доставки",
  "пока не доставлено",
  "повторно отправлять письмо не нужно",
  "to jest tylko ostrzeżenie",
  "nie musisz ponownie wysyłać",
  "引き続き配信を試み",
  "配信を継続",
  "再送を試み",
  "系统将继续尝试",
  "将继续尝试投递",
  "系統將繼續嘗試",
  "계속 재시도",
  "재전송을 시도",
  // fi, is, et, lv, lt, hu, ro, sk, sl, hr, sr, bg, uk, el, he, ar, fa, vi, th, id, ca
  "tämä on vain varoitus",
  "yrittää toimittaa viestiä vielä",
  "þetta er aðeins viðvörun",
  "see on ainult hoiatus",
  "šis ir tikai brīdinājums",
  "tai tik įspėjimas",
  "pristatymo bandymai bus tęsiami",
  "ez csak egy figyelmeztetés",
  "továbbra is megpróbálja",
  "acesta este doar un avertisment",
  "vom continua să încercăm",
  "toto je iba upozornenie",
  "to je samo opozorilo",
  "ovo je samo upozorenje",
  "nastaviti s pokušajima isporuke",
  "nastaviće sa pokušajima isporuke",
  "това е само предупреждение",
  "це лише попередження",
  "спроби доставки триватимуть",
  "αυτή είναι μόνο μια προειδοποίηση",
  "זוהי אזהרה בלבד",
  "هذا مجرد تحذير",
  "این فقط یک هشدار است",
  "đây chỉ là cảnh báo",
  "นี่เป็นเพียงคำเตือน",
  "ini hanya peringatan",
  "akan terus mencoba",
  "això és només un avís",
  "bu yalnızca bir uyarıdır",
  "bu sadece bir uyarıdır",
  "denemeye devam edecek",
  "continuarà intentant",
  // "it will be tried again" and its horizon ("until 12 Dec", "for another 4 days", "next attempt in
  // 30 minutes"), in English and in the languages our users receive bounces in; never the reader's
  // "before you try again" ("før du prøver igjen", "innan du försöker igen")
  "will be attempted until",
  "retries will continue",
  "will remain in the queue",
  "and be retried",
  "we'll try again",
  "will try to deliver",
  "next attempt in",
  "next attempt at",
  "next attempt will",
  "next delivery attempt will",
  "next retry in",
  "next retry at",
  "wird erneut versucht",
  "weiter versuchen",
  "erneuter zustellversuch",
  "nouvelle tentative sera",
  "nouvelles tentatives seront",
  "réessaiera",
  "sera réessayé",
  "va réessayer",
  // the future only: "har blitt forsøkt på nytt i 2 døgn" / "er blevet forsøgt igen" says how long it tried
  "vil bli forsøkt på nytt",
  "vil bli forsøkt levert på nytt",
  "blir forsøkt på nytt",
  "blir forsøkt levert på nytt",
  "forsøkes på nytt",
  "forsøkes levert på nytt",
  "serveren prøver igjen",
  "vi prøver igjen",
  "kommer att försöka igen",
  "kommer att försökas igen",
  "försöks igen",
  "fortsätter försöka",
  "servern försöker igen",
  "vi försöker igen",
  "vil blive forsøgt igen",
  "bliver forsøgt igen",
  "vil forsøge igen",
  "forsøges igen",
  "serveren prøver igen",
  "vi prøver igen",
  "se volverá a intentar",
  "volveremos a intentar",
  "reintentará",
  "se intentará de nuevo",
  "se intentará nuevamente",
]);

/** The server states that it stopped: then the recipients' own codes decide. */
const SAYS_IT_GAVE_UP = containsAnyOf([
  "permanent error",
  "failed permanently",
  "permanently failed",
  "permanent fatal",
  "i've given up",
  "not going to try again",
  "will not be retried",
  "no further attempts",
  "no further delivery attempts",
  "has been removed from the mail queue",
  "will no longer",
  "will not continue",
  "has been abandoned",
  "have been abandoned",
  "gave up",
  "has given up",
  "have given up",
  "giving up after",
  // of the message ("Giving up.", "giving up on it"), not of one host ("Giving up on 192.0.2.1.")
  "giving up.",
  "giving up on it",
  "giving up on this message",
  "giving up on the message",
  "giving up on delivery",
  "i'm giving up",
  "is giving up",
  "now expired",
  "expired after",
  "stopped trying",
  "has expired",
  "have expired",
  "now being returned",
  "in the queue too long",
  "retry timeout exceeded",
  "will be deleted from queue",
  "will be deleted from the queue",
  "too many retries",
  "exceeded the maximum time",
  "after a long failure period",
  "har gitt opp",
  "har gett upp",
  "har opgivet",
  "aufgegeben",
  "a abandonné",
  "dejado de intentar",
  "heeft het opgegeven",
  "dagen opgegeven",
  "uur opgegeven",
  "dauerhafter fehler",
  "erreur permanente",
  "error permanente",
  "errore permanente",
  "erro permanente",
  "permanente fout",
  "permanent feil",
  "permanent fel",
  "permanent fejl",
  // "no more attempts will be made" (nb, sv, da, de, fr, es, nl)
  "ikke bli gjort flere",
  "ingen flere forsøk",
  "inga fler försök",
  "inga fler leveransförsök",
  "ikke blive gjort flere",
  "keine weiteren zustellversuche",
  "aucune autre tentative",
  "aucune nouvelle tentative",
  "no se realizarán más intentos",
  "geen verdere pogingen",
  "geen verdere bezorgpogingen",
  "постоянная ошибка",
  "trwały błąd",
  "błąd trwały",
  "恒久的なエラー",
  "永久性错误",
  "영구적인 오류",
]);

const HEAD_CHARS = 3000;

export type WarningStrength = "none" | "hinted" | "stated";

/** A line quoted from another message ("> …"); a transcript's ">>> RCPT TO:" is the notice's own. */
const QUOTED_LINE = /^>(?!>>).*$/gm;

const isBlank = (char: string | undefined) => char === " " || char === "\t";

/**
 * The text with each line break, and the blanks around it, made one space: a statement may be
 * wrapped anywhere ("We will keep\ntrying"). Written as a scan: a pattern with blanks on both sides
 * of the break backtracks quadratically over a long run of blanks.
 */
function flowing(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      let start = 0;
      let end = line.length;
      if (i > 0) while (start < end && isBlank(line[start])) start++;
      if (i < last) while (end > start && isBlank(line[end - 1])) end--;
      return line.slice(start, end);
    })
    .join(" ");
}

/** The text without the lines it quotes; most notices quote none, so they are returned as they are. */
function withoutQuotedLines(text: string): string {
  return text.startsWith(">") || text.includes("\n>") ? text.replace(QUOTED_LINE, "") : text;
}

/**
 * Whether the Subject's own words say delayed: not the returned original's Subject that it repeats
 * ("Undelivered Mail Returned to Sender (Re: Delay in payment)"), nor a delay word after one saying
 * the message failed.
 */
function subjectSaysDelayed(ctx: DecodeContext): boolean {
  const subject = subjectsOwnWords(ctx);
  const delay = DELAY_SUBJECT.exec(subject);
  if (!delay) return false;
  const failure = FAILURE_FIRST.exec(subject);
  return !failure || failure.index > delay.index;
}

/** Whether the Subject's own words say the message failed ("Undeliverable: …", "Mail delivery failed"), and not delayed. */
function subjectSaysFailed(ctx: DecodeContext): boolean {
  return FAILURE_FIRST.test(subjectsOwnWords(ctx)) && !subjectSaysDelayed(ctx);
}

/** The Subject without the returned original's Subject that it repeats. */
function subjectsOwnWords(ctx: DecodeContext): string {
  const subject = ctx.subject;
  const original = headerValue(ctx.originalFields, "subject")?.trim();
  if (!original || original.length < 3) return subject;
  const at = subject.toLowerCase().lastIndexOf(original.toLowerCase());
  return at < 0 ? subject : subject.slice(0, at) + subject.slice(at + original.length);
}

/** Where a server's reply begins: its reply code or enhanced status ("<<< 451 4.7.1 …", "said: 554 5.7.1 …"). */
const REPLY_START = /\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;
const SENTENCE_END = /[.!?](?:\s|$)/;

/**
 * The text without the servers' replies it quotes ("554 5.7.1 Permanent error: …", "421 Messages
 * temporarily deferred"): what a server answered one attempt says neither that this notice gave up
 * nor that it keeps trying. A reply runs from its code to the end of its sentence, over the lines
 * indented under it when it fills its line (a wrapped reply); the notice's own words after it stay
 * ("421 4.4.2 connection dropped. Will retry.", a next line "Message will be deleted from queue").
 */
function withoutReplies(text: string): string {
  if (!REPLY_START.test(text)) return text;
  const kept: string[] = [];
  let replyIndent = -1;
  for (const line of text.split("\n")) {
    const indent = line.length - line.trimStart().length;
    if (replyIndent >= 0 && line.trim() !== "" && indent >= Math.max(1, replyIndent)) continue;
    replyIndent = -1;
    const code = REPLY_START.exec(line);
    if (!code) {
      kept.push(line);
      continue;
    }
    const end = SENTENCE_END.exec(line.slice(code.index));
    const after = end ? line.slice(code.index + end.index + 1).trim() : "";
    if (!after) replyIndent = indent;
    kept.push(`${line.slice(0, code.index)} ${after}`);
  }
  return kept.join("\n");
}

/** A sentence about what would happen later ("After that, the message will be deleted from the queue"). */
const CONDITIONAL = /\b(?:if|unless|otherwise|eventually)\b|\bafter (?:that|which|this)\b/;

/**
 * The sentences that state something, without those saying what would happen later: a warning may say
 * when it would give up ("If it still cannot be delivered, it will be deleted from the queue").
 */
function withoutConditionals(text: string): string {
  return text
    .split(/[.!?](?:\s|$)/)
    .filter((sentence) => !CONDITIONAL.test(sentence))
    .join(". ");
}

/**
 * What the notice's own words say of the server's retrying, outside the lines and replies it quotes.
 *
 * Who says what decides. The mail system's own words about what it did ("will be retried", "was
 * temporarily deferred", "no further attempts will be made") outrank its Subject and headings: a
 * notice says "Undeliverable" in its Subject by template, but a sentence is said of this message. A
 * remote server's reply that the notice quotes ("421 4.7.0 … temporarily deferred", "451 … will be
 * retried") is that server speaking of its own side at one attempt: it says nothing of whether the
 * notice's server goes on, so it is left out (withoutReplies), and the Subject or status decides. A
 * failure Subject over such a reply reads failed, retryLater true (the reply is transient): the
 * sender can act on that by sending again later, where "delayed" would have them wait for a message
 * that no server may still be trying.
 */
export type OwnStatement = "keeps-trying" | "gave-up" | undefined;

/**
 * How long the server tried, said without what it does next ("Delivery has been attempted for 2
 * days", "has been queued for 48 hours", "could not be delivered for 3 days"). A warning says that it
 * goes on (every MTA's template does: "will be retried until", "Will keep trying until", "Delivery
 * attempts will continue"); a notice that only gives the time it took reports an attempt that ended.
 */
const SAYS_HOW_LONG = new RegExp(
  [
    /\b(?:attempted|queued|in (?:the )?queue|(?:could not|couldn't|cannot|can't) be delivered|undeliverable|not been delivered) for (?:the )?(?:past |last |more than |over )?\d{1,4} ?(?:minute|hour|day|h\b|d\b)/
      .source,
    // "ble forsøkt levert på nytt i 2 døgn", "er blevet forsøgt igen i 3 dage", "har försökts i 2 dagar"
    /\b(?:forsøkt|forsøgt|försökt|försökts)(?: levert| leveret| levererat)?(?: på nytt| igen)? i (?:over |mer enn |mere end |mer än )?\d{1,4} ?(?:min|time|døgn|dag|dygn|timm)/
      .source,
  ].join("|"),
);

/**
 * What a DSN recipient group without its Action field (RFC 3464 requires one) is told by the notice:
 * its own words first; when they say neither, it reads as final ("reads-final") when its Subject
 * calls it a failure or it says only how long it tried, and no delay Subject or heading says
 * otherwise. Then a 4.x.x group failed, as a text notice under such a Subject does.
 */
export type GroupStatement = OwnStatement | "reads-final";

export function groupStatement(ctx: DecodeContext): GroupStatement {
  const own = withoutQuotedLines(ctx.ownLower);
  const asItFlows = flowing(own);
  const said = statementOf(own, asItFlows);
  if (said) return said;
  if (!subjectSaysFailed(ctx) && !SAYS_HOW_LONG.test(flowing(withoutReplies(own)))) return undefined;
  const delayHinted = subjectSaysDelayed(ctx) || HAS_DELAY_HEADING(own.slice(0, HEAD_CHARS));
  return delayHinted ? undefined : "reads-final";
}

/** What the own words without their quoted lines (`own`) say, given them as they flow (`asItFlows`). */
function statementOf(own: string, asItFlows: string): OwnStatement {
  if (!SAYS_IT_KEEPS_TRYING(asItFlows) && !SAYS_IT_GAVE_UP(asItFlows)) return undefined;
  const ownWords = flowing(withoutReplies(own));
  const keeps = SAYS_IT_KEEPS_TRYING(ownWords);
  if (!SAYS_IT_GAVE_UP(ownWords)) return keeps ? "keeps-trying" : undefined;
  // both: it gave up (the later state), unless its giving up is only said as what would happen later
  return keeps && !SAYS_IT_GAVE_UP(withoutConditionals(ownWords)) ? "keeps-trying" : "gave-up";
}

/**
 * "stated": the own text says the server keeps trying (and not that it gave up); "hinted": a delay
 * Subject or heading only.
 */
export function delayWarning(ctx: DecodeContext): WarningStrength {
  // the own text is a prefix of the text, so it alone is asked (cut out already: looksLikeNdr reads it)
  const own = withoutQuotedLines(ctx.ownLower);
  const said = statementOf(own, flowing(own));
  if (said === "keeps-trying") return "stated";
  // its own words that it gave up outrank a delay Subject or heading ("Delayed Mail" over "has now expired")
  if (said === "gave-up") return "none";
  if (DELAY_SUBJECT.test(ctx.subject) && subjectSaysDelayed(ctx)) return "hinted";
  // a delay heading in the returned original (a forwarded "Delivery is delayed" notice) is not the notice's own
  return HAS_DELAY_HEADING(own.slice(0, HEAD_CHARS)) ? "hinted" : "none";
}
