/**
 * Who sent the message a bounce is about: the bounce's addressee and the original's author. A bounce
 * quotes them ("Your message from <alice@…> to <bob@…>"), but they are whom it reports to, not whom
 * the message failed to reach.
 */
import { headerValues } from "../read/header-fields.js";
import type { DecodeContext } from "./context.js";
import { addressesInEach } from "./text-lines.js";

/** The bounce's To and the original's From, lower-cased. */
export function senderAddresses(ctx: DecodeContext): Set<string> {
  const values = [...ctx.headers("to"), ...headerValues(ctx.originalFields, "from")];
  return new Set(addressesInEach(values).map((a) => a.toLowerCase()));
}

/** `addresses` without the senders', unless nothing else is left (a message to oneself). */
export function withoutSenders(addresses: string[], ctx: DecodeContext): string[] {
  const senders = senderAddresses(ctx);
  const others = addresses.filter((a) => !senders.has(a.toLowerCase()));
  return others.length > 0 ? others : addresses;
}
