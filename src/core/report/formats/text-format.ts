/**
 * A vendor's bounce text in the common MTA shape (recipient blocks with the remote reply):
 * what tells them apart is a signature (a sentence, a sender, a header). Each vendor file
 * declares its signature; the reading is shared with mta-text.ts, and the vendor's name is
 * what the report says it was read from.
 */
import { containsAnyOf } from "../../read/phrases.js";
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { decodeMtaText } from "./mta-text.js";
import type { FormatDecoder } from "./types.js";

export interface TextSignature {
  /** lower-case phrases in the first 8 KB of the body */
  body?: string[];
  /** lower-case fragments of the From header */
  from?: string[];
  /** lower-case header names whose presence is telling */
  headers?: string[];
}

function matches(ctx: DecodeContext, signature: TextSignature, hasBodyPhrase: (text: string) => boolean): boolean {
  if (hasBodyPhrase(ctx.lower.slice(0, 8192))) return true;
  const from = ctx.from.toLowerCase();
  if (signature.from?.some((fragment) => from.includes(fragment))) return true;
  return signature.headers?.some((name) => ctx.header(name) !== undefined) ?? false;
}

/**
 * A decoder for a vendor text format. `read` finds the recipients: the common MTA reading unless the
 * format has a structure of its own.
 */
export function textFormat(
  name: string,
  signature: TextSignature,
  read: (ctx: DecodeContext, format: string) => RecipientFacts[] = decodeMtaText,
): FormatDecoder {
  const hasBodyPhrase = containsAnyOf(signature.body ?? []);
  return {
    name,
    source: "body",
    detect: (ctx) => matches(ctx, signature, hasBodyPhrase) && ctx.looksLikeNdr,
    decode(ctx) {
      const recipients = read(ctx, name);
      return recipients.length > 0 ? { recipients } : undefined;
    },
  };
}
