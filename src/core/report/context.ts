/**
 * What every format decoder reads from: the parsed message plus views of it computed once
 * (header lookup, body text, report parts), so each decoder does not redo the work.
 */
import { looksLikeNdr } from "../read/signals.js";
import { DSN_PART_TYPES, attachedDsnDocument } from "../read/dsn-document.js";
import type { HeaderField, MessagePart, ParsedMessage } from "../types.js";
import { originalHeaders } from "./original.js";
import { originalMarkerAt, ownTextOf } from "./own-text.js";

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
  /** whether the message reads like an NDR (looksLikeNdr on its own text), asked by several decoders */
  looksLikeNdr: boolean;
  /** the original message's header fields (originalHeaders), read by decoders and the report */
  originalFields: HeaderField[];
  /** the bounce's own words, before the copy of the original message (own-text.ts) */
  ownText: string;
  /** ownText lower-cased */
  ownLower: string;
}

/**
 * A class rather than an object literal with getters: one allocation with a fixed shape per
 * message (the literal built five closures and its accessors each time, and decoders read it
 * in dozens of places).
 */
class MessageContext implements DecodeContext {
  readonly text: string;
  readonly dsnParts: MessagePart[];
  readonly subject: string;
  readonly from: string;
  private readonly byName = new Map<string, string[]>();
  private lowerText: string | undefined;
  private ndrLike: boolean | undefined;
  private fields: HeaderField[] | undefined;
  private marker: number | undefined;
  private own: string | undefined;
  private ownLowerText: string | undefined;

  constructor(readonly message: ParsedMessage) {
    for (const field of message.headers as HeaderField[]) {
      const list = this.byName.get(field.name);
      if (list) list.push(field.value);
      else this.byName.set(field.name, [field.value]);
    }
    this.text = message.text;
    this.dsnParts = message.parts.filter((p) => DSN_PART_TYPES.has(p.contentType) && p.text !== undefined);
    this.subject = message.subject.trim();
    this.from = this.byName.get("from")?.[0] ?? message.from;
    if (this.dsnParts.length === 0) this.dsnParts = this.attachedDsnDocuments();
  }

  /** Attached delivery-status documents, read as report parts when the message is a report itself. */
  private attachedDsnDocuments(): MessagePart[] {
    const documents: MessagePart[] = [];
    for (const part of this.message.parts) {
      const document = attachedDsnDocument(part);
      if (document) documents.push(document);
    }
    // a user's own message with such a file attached does not become a bounce
    return documents.length > 0 && this.looksLikeNdr ? documents : [];
  }

  get lower(): string {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText;
  }

  get looksLikeNdr(): boolean {
    // a bounce's words in a copy the message quotes (a list post, a reply) do not make it a bounce
    this.ndrLike ??= looksLikeNdr(this.message, this.ownLower);
    return this.ndrLike;
  }

  /** where the copy of the original begins in `lower`: both the own text and the original's fields need it */
  private originalMarker(): number {
    this.marker ??= originalMarkerAt(this.lower);
    return this.marker;
  }

  get ownText(): string {
    this.own ??= ownTextOf(this.text, this.lower, this.originalMarker(), this.subject);
    return this.own;
  }

  get ownLower(): string {
    // the own text is a prefix of the text, so its lower-case form is a prefix of `lower`
    this.ownLowerText ??= this.lower.slice(0, this.ownText.length);
    return this.ownLowerText;
  }

  get originalFields(): HeaderField[] {
    this.fields ??= originalHeaders(
      this.message,
      this.lower,
      () => this.originalMarker(),
      () => this.ownText.length,
    );
    return this.fields;
  }

  header(name: string): string | undefined {
    return this.byName.get(name)?.[0];
  }

  headers(name: string): string[] {
    return this.byName.get(name) ?? [];
  }
}

export function buildContext(message: ParsedMessage): DecodeContext {
  return new MessageContext(message);
}
