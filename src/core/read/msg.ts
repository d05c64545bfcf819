/**
 * Outlook .msg files (OLE compound documents) through @kenjiuno/msgreader. A .msg NDR keeps
 * the transport headers as one string, the body as text and/or HTML, and attachments
 * (an embedded original message shows up as an inner message).
 */
import type { AttachmentData, FieldsData } from "@kenjiuno/msgreader";
import type { HeaderField, MessagePart, ParsedMessage } from "../types.js";
import { bareAddress, headerValue, parseHeaderBlock } from "./header-fields.js";
import { htmlToText } from "./html-text.js";
import { emptyMessage, newMessage, newPart } from "./message.js";
import { describeError, problem } from "./problems.js";
import { toLf } from "./text-decoding.js";

interface MsgReaderInstance {
  getFileData(): FieldsData;
  getAttachment(attach: number | FieldsData): AttachmentData;
}
type MsgReaderClass = new (buffer: ArrayBuffer) => MsgReaderInstance;

// Loaded on first use: .msg input is rare and the reader (with its charset tables) is large.
// The package is CommonJS: under Node's ESM loader the class sits one `default` deeper than
// under a bundler. Accept both.
async function msgReaderClass(): Promise<MsgReaderClass> {
  const loaded = (await import("@kenjiuno/msgreader")) as unknown as { default: unknown };
  const candidate = loaded.default;
  const inner = (candidate as { default?: unknown } | undefined)?.default;
  return (typeof inner === "function" ? inner : candidate) as MsgReaderClass;
}

/** The OLE compound-file signature every .msg starts with. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export async function readMsg(bytes: Uint8Array): Promise<ParsedMessage> {
  try {
    const Reader = await msgReaderClass();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const reader = new Reader(buffer);
    const data = reader.getFileData();
    if ((data as { error?: string }).error) throw new Error((data as { error?: string }).error);
    const message = fromFields(data, (attachment) => reader.getAttachment(attachment).content);
    if (
      message.headers.length === 0 &&
      message.text.trim() === "" &&
      message.subject === "" &&
      message.parts.length === 0
    ) {
      message.problems.push(
        problem("unreadable-msg", "the .msg file holds no subject, headers, body or attachments that could be read"),
      );
    }
    return message;
  } catch (error) {
    const message = emptyMessage("msg", "application/vnd.ms-outlook");
    message.problems.push(problem("unreadable-msg", `the .msg file could not be read: ${describeError(error)}`));
    return message;
  }
}

function fromFields(data: FieldsData, contentOf: (attachment: FieldsData) => Uint8Array): ParsedMessage {
  const headers: HeaderField[] = data.headers ? parseHeaderBlock(toLf(data.headers), { stopAtGarbage: false }) : [];
  const bodyText = data.body ? toLf(data.body) : "";
  const text = bodyText.trim() !== "" ? bodyText : data.bodyHtml ? htmlToText(data.bodyHtml) : "";
  const parts: MessagePart[] = [];
  for (const attachment of data.attachments ?? []) {
    const name = attachment.fileName ?? attachment.fileNameShort;
    if (attachment.innerMsgContent) {
      // an embedded message (the original, or a forwarded NDR): keep its summary as text
      const inner = attachment.innerMsgContentFields;
      const innerHeaders = inner?.headers ? toLf(inner.headers) : "";
      const text = innerHeaders + "\n" + (inner?.body ? toLf(inner.body) : "");
      parts.push(newPart("application/vnd.ms-outlook", name || undefined, text, undefined));
      continue;
    }
    let content: Uint8Array | undefined;
    try {
      content = contentOf(attachment);
    } catch {
      content = undefined;
    }
    parts.push(newPart(guessType(name), name || undefined, undefined, content || undefined));
  }
  const subject = data.subject ?? headerValue(headers, "subject") ?? "";
  const from = data.senderEmail ?? bareAddress(headerValue(headers, "from") ?? "");
  const to = (data.recipients ?? []).flatMap((r) => (r.email ? [r.email] : r.smtpAddress ? [r.smtpAddress] : []));
  const date = data.messageDeliveryTime ?? data.clientSubmitTime ?? headerValue(headers, "date");
  const messageId = headerValue(headers, "message-id");
  const message = newMessage({
    headers,
    subject,
    from,
    to,
    date: date || undefined,
    messageId: messageId || undefined,
    contentType: "application/vnd.ms-outlook",
    text,
    parts,
    source: "msg",
    problems: [],
  });
  if (data.messageClass) message.headers.push({ name: "x-ms-message-class", value: data.messageClass });
  return message;
}

function guessType(name: string | undefined): string {
  const lower = (name ?? "").toLowerCase();
  if (lower.endsWith(".eml")) return "message/rfc822";
  if (lower.endsWith(".msg")) return "application/vnd.ms-outlook";
  if (lower.endsWith(".txt")) return "text/plain";
  return "application/octet-stream";
}
