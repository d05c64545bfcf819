/**
 * Auto-replies (RFC 3834 and the common vendor headers): out-of-office and "I have moved"
 * notices. Not bounces; the message was delivered and its recipient answered automatically.
 */
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { bareAddress } from "../../read/header-fields.js";
import type { FormatDecoder } from "./types.js";

const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar|réponse|respuesta)|auto:|autoreply|out of (?:the )?office|abwesenheit|fravær|frånvaro|fraværende|afwezig|absence|réponse automatique|respuesta automática|automatisk svar|automatisch antwoord|away until|on vacation|vacation)/i;

export function autoReplySignals(ctx: DecodeContext): boolean {
  const autoSubmitted = (ctx.header("auto-submitted") ?? "").toLowerCase();
  if (autoSubmitted.startsWith("auto-replied")) return true;
  if (
    ctx.header("x-autoreply") !== undefined ||
    ctx.header("x-autorespond") !== undefined ||
    ctx.header("x-autoresponder") !== undefined
  )
    return true;
  if (/^auto[_-]?reply$/i.test((ctx.header("precedence") ?? "").trim())) return true;
  if ((ctx.header("x-auto-response-suppress") ?? "") !== "" && AUTO_SUBJECT.test(ctx.subject)) return true;
  return AUTO_SUBJECT.test(ctx.subject);
}

export const autoReply: FormatDecoder = {
  name: "auto-reply",
  source: "body",
  detect(ctx) {
    return autoReplySignals(ctx) && !ctx.looksLikeNdr;
  },
  decode(ctx) {
    const address = bareAddress(ctx.from);
    if (!address.includes("@")) return undefined;
    const summary = ctx.text.trim().slice(0, 500);
    return {
      recipients: [makeFacts({ address, action: "delivered", diagnostic: summary }, "auto-reply")],
      kind: "auto-reply",
    };
  },
};
