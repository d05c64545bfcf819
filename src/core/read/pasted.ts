/** A pasted fragment of plain text (no header block): kept as the body, nothing else assumed. */
import type { ParsedMessage } from "../types.js";
import { newMessage } from "./message.js";
import { problem } from "./problems.js";
import { toLf } from "./text-decoding.js";

export function readPastedText(text: string): ParsedMessage {
  const body = toLf(text);
  const message = newMessage({
    headers: [],
    subject: "",
    from: "",
    to: [],
    contentType: "text/plain",
    text: body,
    parts: [],
    source: "text",
    problems: [],
  });
  if (body.trim() === "") message.problems.push(problem("empty", "the input is empty"));
  return message;
}
