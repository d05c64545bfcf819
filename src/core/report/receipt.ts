/**
 * Notices that look like bounces and are none: a receipt or a relay notice whose recipients could not
 * be read (named by display name only), and a read notice (RFC 8098) that lost its disposition part.
 */
import { isBounceSubject } from "../read/signals.js";
import type { DecodeContext } from "./context.js";
import { statesAnyFailure, statesDelivery } from "./prose.js";

/** A DSN Subject naming a success ("Delivery Status Notification (Expanded)", "(Relay)", "(Success)"). */
const SUCCESS_SUBJECT = /\((?:success|relay(?:ed)?|expanded|delivered)\)\s*$/i;

/** The notice's own text says it was delivered, and neither it nor the Subject says anything failed. */
export function isReceiptText(ctx: DecodeContext): boolean {
  const successSubject = SUCCESS_SUBJECT.test(ctx.subject);
  if ((isBounceSubject(ctx.subject) && !successSubject) || statesAnyFailure(ctx.subject)) return false;
  let delivered = false;
  for (const line of ctx.ownText.split("\n")) {
    if (statesAnyFailure(line)) return false;
    delivered ||= statesDelivery(line);
  }
  return delivered;
}

/**
 * The Subject of a read notice, as mail clients and servers write it (RFC 8098 "displayed" and
 * "deleted"): "Read:", "Not read:", "Gelesen:", "Nicht gelesen:", "Lu :", "Non lu :", "Leído:",
 * "Letto:", "Gelezen:", "Lest:", "Läst:", "Læst:", "開封済み:", "已读:", "읽음:", "Přečteno:", "Okundu:".
 */
const READ_NOTICE_SUBJECT =
  /^(?:(?:not|nicht|non|no|niet|ikke|inte) )?(?:read|gelesen|lu|le(?:í|i)do|letto|gelezen|lest|l(?:ä|a)st|l(?:æ|ae)st)\s*:|^(?:開封済み|未開封|已读|已讀|未读|未讀)\s*[:：]|^(?:읽음|읽지 않음|(?:ne)?přečteno|okundu|okunmadı)\s*:/i;

/** A read notice that names no recipient: it says the message was read (or deleted unread), so it arrived. */
export function isReadNotice(ctx: DecodeContext): boolean {
  return READ_NOTICE_SUBJECT.test(ctx.subject);
}
