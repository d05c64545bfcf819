/**
 * What every format decoder reads from: the parsed message plus views of it computed once
 * (header lookup, body text, report parts), so each decoder does not redo the work.
 */
import { looksLikeNdr } from "../read/signals.js";
import type { HeaderField, MessagePart, ParsedMessage } from "../types.js";
import { originalHeaders } from "./original.js";
import { ownTextOf } from "./own-text.js";

export interface DecodeContext {
  message: ParsedMessage;
  /** the body text, LF line ends */
  text: string;
  /** lower-cased body text, for cheap substring tests */
  lower: string;
  /** message/delivery-status and message/global-delivery-status parts */
  dsnParts: MessagePart[];
  /** the first value of a header of the NDR itself, by lower-case name */
  header(name: string): string | undefined;
  headers(name: string): string[];
  /** the subject, trimmed */
  subject: string;
  /** the From header, raw */
  from: string;
  /** whether the message reads like an NDR (looksLikeNdr), asked by several decoders */
  looksLikeNdr: boolean;
  /** the original message's header fields (originalHeaders), read by decoders and the report */
  originalFields: HeaderField[];
  /** the bounce's own words, before the copy of the original message (own-text.ts) */
  ownText: string;
  /** ownText lower-cased */
  ownLower: string;
}

const DSN_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);

export function buildContext(message: ParsedMessage): DecodeContext {
  const byName = new Map<string, string[]>();
  for (const field of message.headers as HeaderField[]) {
    const list = byName.get(field.name);
    if (list) list.push(field.value);
    else byName.set(field.name, [field.value]);
  }
  const text = message.text;
  let lower: string | undefined;
  let ndrLike: boolean | undefined;
  let originalFields: HeaderField[] | undefined;
  let own: string | undefined;
  let ownLower: string | undefined;
  return {
    message,
    text,
    get lower() {
      lower ??= text.toLowerCase();
      return lower;
    },
    get looksLikeNdr() {
      ndrLike ??= looksLikeNdr(message);
      return ndrLike;
    },
    get ownText() {
      own ??= ownTextOf(text, this.lower);
      return own;
    },
    get ownLower() {
      // the own text is a prefix of the text, so its lower-case form is a prefix of `lower`
      ownLower ??= this.lower.slice(0, this.ownText.length);
      return ownLower;
    },
    get originalFields() {
      originalFields ??= originalHeaders(message, this.lower);
      return originalFields;
    },
    dsnParts: message.parts.filter((p) => DSN_TYPES.has(p.contentType) && p.text !== undefined),
    header: (name) => byName.get(name)?.[0],
    headers: (name) => byName.get(name) ?? [],
    subject: message.subject.trim(),
    from: byName.get("from")?.[0] ?? message.from,
  };
}
