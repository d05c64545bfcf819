/**
 * Auto-replies (RFC 3834 and the common vendor headers): out-of-office and "I have moved"
 * notices. Not bounces; the message was delivered and its recipient answered automatically.
 */
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { bareAddress } from "../../read/header-fields.js";
import { isItselfAReport } from "../../read/signals.js";
import type { FormatDecoder } from "./types.js";

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar|réponse|respuesta)|auto:|autoreply|out of (?:the )?office|abwesenheit|fravær|frånvaro|fraværende|afwezig|absence|réponse automatique|respuesta automática|automatisk svar|automatiskt svar|automatische antwort|automatisch antwoord|risposta automatica|resposta automática|automaattinen vastaus|automatyczna odpowiedź|away until|on vacation|vacation)/i;

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

export function autoReplySignals(ctx: DecodeContext): boolean {
  return autoResponderHeaders(ctx) || AUTO_SUBJECT.test(ctx.subject);
}

/**
 * An auto-reply may say what a bounce says ("could not be delivered to me personally"): when an
 * auto-responder's header or subject says what it is, only a message that presents itself as a
 * report (a report part, a daemon sender, a bounce Subject) is a bounce; without either, words that
 * read like a bounce win.
 */
function isAutoReply(ctx: DecodeContext): boolean {
  if (autoResponderHeaders(ctx) && AUTO_SUBJECT.test(ctx.subject)) return !isItselfAReport(ctx.message);
  return autoReplySignals(ctx) && !ctx.looksLikeNdr;
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
    const facts = makeFacts({ address, action: "delivered", diagnostic: summary }, "auto-reply");
    delete facts.status;
    delete facts.replyCode;
    return { recipients: [facts], kind: "auto-reply" };
  },
};
