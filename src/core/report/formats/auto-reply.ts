/**
 * Auto-replies (RFC 3834 and the common vendor headers): out-of-office and "I have moved"
 * notices. Not bounces; the message was delivered and its recipient answered automatically.
 */
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { bareAddress } from "../../read/header-fields.js";
import { containsAnyOf } from "../../read/phrases.js";
import { isItselfAReport } from "../../read/signals.js";
import type { FormatDecoder } from "./types.js";
import { attachesAMessageOfItsAddressee } from "../returned-copy.js";

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar|réponse|respuesta)|auto:|autoreply|out of (?:the )?office|abwesenheit|fravær|frånvaro|fraværende|afwezig|absence|réponse automatique|respuesta automática|automatisk svar|automatiskt svar|automatische antwort|automatisch antwoord|risposta automatica|resposta automática|automaattinen vastaus|automatyczna odpowiedź|away until|away from my (?:e-?)?mail|on vacation|vacation)/i;

/**
 * RFC 3834's "Auto-Submitted: auto-replied" says the message answers another automatically: a bounce
 * says so too (Postfix, Exchange), but a bounce also presents itself as one (a report part, a daemon
 * sender, a bounce Subject). A help desk's acknowledgement of a forwarded bounce quotes its words.
 */
function autoReplied(ctx: DecodeContext): boolean {
  return (ctx.header("auto-submitted") ?? "").toLowerCase().startsWith("auto-replied");
}

/** Header fields that only auto-responders set: RFC 3834's "auto-replied" and the vendors' X-Autoreply family. */
function autoResponderHeaders(ctx: DecodeContext): boolean {
  const autoSubmitted = (ctx.header("auto-submitted") ?? "").toLowerCase();
  if (autoSubmitted.startsWith("auto-replied")) return true;
  if (
    ctx.header("x-autoreply") !== undefined ||
    ctx.header("x-autorespond") !== undefined ||
    ctx.header("x-autoresponder") !== undefined
  )
    return true;
  return /^auto[_-]?reply$/i.test((ctx.header("precedence") ?? "").trim());
}

/**
 * How an auto-responder without a telling header or Subject opens its text: it says that it is one
 * ("This is an automatic reply", "Dies ist eine automatische Antwort") or that the person is away.
 * Lower case; looked for only in the first OPENING_CHARS of the message's own text.
 */
const SAYS_AUTOMATIC = containsAnyOf([
  "this is an automatic reply",
  "this is an automated reply",
  "this is an automatic response",
  "this is an automated response",
  "this is an auto-reply",
  "i am out of the office",
  "i am currently out of the office",
  "i'm out of the office",
  // vacation(1)'s own template ("I will not be reading my mail for a while") and people's versions of it
  "i will not be reading my mail",
  "i am away from my mail",
  "dies ist eine automatische antwort",
  "dies ist eine automatische nachricht",
  "ich bin nicht im büro",
  "ceci est une réponse automatique",
  "ceci est un message automatique",
  "je suis absent",
  "esta es una respuesta automática",
  "este es un mensaje automático",
  "estoy fuera de la oficina",
  "questo è un messaggio automatico",
  "questa è una risposta automatica",
  "sono fuori ufficio",
  "dit is een automatisch antwoord",
  "dit is een automatisch bericht",
  "ik ben afwezig",
  "esta é uma resposta automática",
  "esta é uma mensagem automática",
  "estou fora do escritório",
  "dette er et automatisk svar",
  "detta är ett automatiskt svar",
  "jeg er ikke på kontoret",
  "jag är inte på kontoret",
  "自動応答",
  "自動返信",
  "不在にしております",
]);

/** How much of the own text is looked at: the reply's own words come first, a quoted message may follow. */
const OPENING_CHARS = 2000;

export function autoReplySignals(ctx: DecodeContext): boolean {
  return autoResponderHeaders(ctx) || AUTO_SUBJECT.test(ctx.subject);
}

/**
 * An auto-reply may say what a bounce says ("could not be delivered to me personally"): when an
 * auto-responder's header or subject says what it is, only a message that presents itself as a
 * report (a report part, a daemon sender, a bounce Subject) is a bounce; without either, words that
 * read like a bounce win. Without a header or Subject, the reply's opening words may say what it is.
 */
function isAutoReply(ctx: DecodeContext): boolean {
  if (autoResponderHeaders(ctx) && AUTO_SUBJECT.test(ctx.subject)) return !isItselfAReport(ctx.message);
  // Postfix and small hosts mark their bounces "auto-replied" too, and return the message as a part (a
  // multipart/report is its report part's to read)
  if (autoReplied(ctx))
    return (
      !isItselfAReport(ctx.message) &&
      (ctx.message.contentType === "multipart/report" || !attachesAMessageOfItsAddressee(ctx))
    );
  if (autoReplySignals(ctx)) return !ctx.looksLikeNdr;
  // only its words say so (a mail client's rule sends no header): then nothing may read like a bounce
  return SAYS_AUTOMATIC(ctx.ownLower.slice(0, OPENING_CHARS)) && !ctx.looksLikeNdr;
}

export const autoReply: FormatDecoder = {
  name: "auto-reply",
  source: "body",
  detect: isAutoReply,
  decode(ctx) {
    const address = bareAddress(ctx.from);
    if (!address.includes("@")) return undefined;
    // the reply's own words, not the message it quotes; they are prose, so no code is read from them
    const summary = ctx.ownText.trim().slice(0, 500);
    const facts = makeFacts({ address, action: "delivered", diagnostic: summary, proseOnly: true }, "auto-reply");
    return { recipients: [facts], kind: "auto-reply" };
  },
};
