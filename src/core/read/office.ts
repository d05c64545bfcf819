/**
 * Office-supplied pieces (body text or HTML, the internet-headers string, subject, sender)
 * when the client cannot hand over full MIME. The NDR's report part is not available this way,
 * so the report stage reads the human text.
 */
import type { OfficePieces, ParsedMessage } from "../types.js";
import { bareAddress, headerValue, headerValues, parseHeaderBlock } from "./header-fields.js";
import { htmlToText } from "./html-text.js";
import { newMessage } from "./message.js";
import { problem } from "./problems.js";
import { toLf } from "./text-decoding.js";

export function readOfficePieces(pieces: OfficePieces): ParsedMessage {
  const headers = pieces.internetHeaders
    ? parseHeaderBlock(toLf(pieces.internetHeaders), { stopAtGarbage: false })
    : [];
  const plain = pieces.bodyText ? toLf(pieces.bodyText) : "";
  const text = plain.trim() !== "" ? plain : pieces.bodyHtml ? htmlToText(pieces.bodyHtml) : "";
  const contentType = (headerValue(headers, "content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
  const date = pieces.dateTimeCreated ?? headerValue(headers, "date");
  const messageId = headerValue(headers, "message-id");
  const message = newMessage({
    headers,
    subject: pieces.subject ?? headerValue(headers, "subject") ?? "",
    from: bareAddress(pieces.from ?? headerValue(headers, "from") ?? ""),
    to: headerValues(headers, "to")
      .flatMap((value) => value.split(",").map(bareAddress))
      .filter((a) => a.includes("@")),
    date: date || undefined,
    messageId: messageId || undefined,
    contentType,
    text,
    parts: [],
    source: "office",
    problems: [],
  });
  if (pieces.itemClass) message.headers.push({ name: "x-ms-message-class", value: pieces.itemClass });
  if (text.trim() === "" && headers.length === 0)
    message.problems.push(problem("empty", "Outlook gave no body text and no headers for this item"));
  else if (text.trim() === "")
    message.problems.push(problem("header-only", "Outlook gave the headers but no body text for this item"));
  return message;
}
