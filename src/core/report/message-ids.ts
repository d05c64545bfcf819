/**
 * Message-IDs are written like addresses ("<CAHx=abc+1@mail.example.com>", "<20250421.GA31@host>"),
 * and bounces quote them in their text: an address that the bounce or its returned original names
 * as a Message-ID is never a failed recipient.
 */
import { headerValues } from "../read/header-fields.js";
import type { RecipientFacts } from "../types.js";
import type { DecodeContext } from "./context.js";
import { addressesInEach } from "./text-lines.js";

const ID_FIELDS = ["message-id", "in-reply-to", "references"] as const;

function knownMessageIds(ctx: DecodeContext): Set<string> {
  const values: string[] = [];
  for (const name of ID_FIELDS) values.push(...ctx.headers(name), ...headerValues(ctx.originalFields, name));
  return new Set(addressesInEach(values).map((id) => id.toLowerCase()));
}

/** `recipients` without those whose address is a Message-ID of the bounce or of its original. */
export function withoutMessageIds(recipients: RecipientFacts[], ctx: DecodeContext): RecipientFacts[] {
  if (recipients.length === 0) return recipients;
  const ids = knownMessageIds(ctx);
  if (ids.size === 0) return recipients;
  const kept = recipients.filter((r) => !ids.has(r.address.toLowerCase()));
  return kept.length === recipients.length ? recipients : kept;
}
