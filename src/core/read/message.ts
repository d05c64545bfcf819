/**
 * Every ParsedMessage and MessagePart the reader makes is made here, each with all its fields in one
 * order (undefined when absent). V8 gives objects built alike one hidden class; a field added later
 * or left out makes another, and optimised code that reads `message.parts` or `part.text` then meets
 * shapes it was not compiled for and is thrown away ("wrong map" deoptimisations).
 */
import type { MessagePart, ParsedMessage } from "../types.js";

export function newMessage(fields: ParsedMessage): ParsedMessage {
  return {
    headers: fields.headers,
    subject: fields.subject,
    from: fields.from,
    to: fields.to,
    date: fields.date,
    messageId: fields.messageId,
    contentType: fields.contentType,
    text: fields.text,
    html: fields.html,
    parts: fields.parts,
    source: fields.source,
    wrapper: fields.wrapper,
    problems: fields.problems,
  };
}

/** A message with nothing read yet: no headers, no text, no parts. */
export function emptyMessage(source: ParsedMessage["source"], contentType = "text/plain"): ParsedMessage {
  return newMessage({
    headers: [],
    subject: "",
    from: "",
    to: [],
    contentType,
    text: "",
    parts: [],
    source,
    problems: [],
  });
}

export function newPart(
  contentType: string,
  filename: string | undefined,
  text: string | undefined,
  bytes: Uint8Array | undefined,
): MessagePart {
  return { contentType, filename, text, bytes };
}
