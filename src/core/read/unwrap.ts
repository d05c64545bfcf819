/**
 * Finding the NDR inside a message that carries it: a message/rfc822 part, an attached .eml
 * or .msg file, or an inline-forwarded quote. The wrapper (who forwarded it, when) is kept.
 */
import type { MessagePart, ParsedMessage, Wrapper } from "../types.js";
import { DSN_PART_TYPES, attachedDsnDocument } from "./dsn-document.js";
import { findInlineForward } from "./forward.js";
import { bareAddress, headerValue, parseHeaderBlock } from "./header-fields.js";
import { newMessage } from "./message.js";
import { readMime } from "./mime.js";
import { isOleCompoundFile, readMsg } from "./msg.js";
import {
  FORWARD_SUBJECT,
  headerBlockOfReport,
  isItselfAReport,
  looksLikeNdr,
  presentsAsReport,
  writesAsABounce,
} from "./signals.js";
import { isListBounceNoticeToMember } from "./list-bounce-notice.js";

const MAX_DEPTH = 3;

function isMessageAttachment(part: MessagePart): boolean {
  const name = (part.filename ?? "").toLowerCase();
  return (
    part.contentType === "message/rfc822" ||
    part.contentType === "message/global" ||
    part.contentType === "application/vnd.ms-outlook" ||
    name.endsWith(".eml") ||
    name.endsWith(".msg")
  );
}

/**
 * A bounce saved as a text file and attached ("bounce.txt", a raw copy or the From/Sent/Subject text a
 * mail program saves): the file opens with the bounce's own header block.
 */
function isSavedReport(part: MessagePart): boolean {
  if (part.contentType !== "text/plain" || !part.filename || !part.text) return false;
  return headerBlockOfReport(parseHeaderBlock(part.text.slice(0, 8000).trimStart()));
}

async function readAttachedMessage(part: MessagePart): Promise<ParsedMessage | undefined> {
  if (part.bytes && isOleCompoundFile(part.bytes)) return readMsg(part.bytes);
  if (part.bytes) return readMime(part.bytes);
  if (part.text) return readMime(part.text);
  return undefined;
}

function wrapperOf(outer: ParsedMessage, how: Wrapper["how"]): Wrapper {
  const wrapper: Wrapper = { how };
  if (outer.from) wrapper.from = outer.from;
  if (outer.date) wrapper.date = outer.date;
  if (outer.subject) wrapper.subject = outer.subject;
  return wrapper;
}

/**
 * An auto-responder's answer (RFC 3834 "auto-replied", the X-Autoreply family): what it quotes or
 * attaches is the message it answered, not a bounce someone forwarded to have it explained.
 */
function isAutoResponse(message: ParsedMessage): boolean {
  const header = (name: string) => headerValue(message.headers, name);
  return (
    (header("auto-submitted") ?? "").trim().toLowerCase().startsWith("auto-replied") ||
    header("x-autoreply") !== undefined ||
    header("x-autorespond") !== undefined
  );
}

/**
 * A bounce of a bounce (the bounce sent to a@b failed too, and its notice returns it) names that bounce's
 * addressee in its own words about the failure; a forward of a bounce carries the forwarder's words, which
 * do not say that the bounce's addressee failed. The outer notice is then the bounce, whoever sent it.
 */
function bouncesTheAttachedBounce(outer: ParsedMessage, inner: ParsedMessage): boolean {
  const addressee = inner.to[0]?.toLowerCase();
  if (!addressee) return false;
  const lower = outer.text.toLowerCase();
  return lower.includes(addressee) && writesAsABounce(lower);
}

export async function unwrapForwardedNdr(outer: ParsedMessage, depth = 0): Promise<ParsedMessage> {
  // A person may give the message carrying a bounce a bounce's Subject in their own words: then
  // only an attached message that is itself made as a report is the bounce.
  const presents = presentsAsReport(outer);
  if (depth >= MAX_DEPTH || presents === "made") return outer;
  const bySubjectOnly = presents === "subject";
  if (isAutoResponse(outer) || isListBounceNoticeToMember(outer)) return outer;

  for (let index = 0; index < outer.parts.length; index++) {
    const part = outer.parts[index]!;
    if (!isMessageAttachment(part) && !isSavedReport(part)) continue;
    const inner = await readAttachedMessage(part);
    if (!inner || !looksLikeNdr(inner)) continue;
    if (bySubjectOnly && !isItselfAReport(inner)) continue;
    if (isItselfAReport(inner) && bouncesTheAttachedBounce(outer, inner)) continue;
    const found = await unwrapForwardedNdr(inner, depth + 1);
    const wrapper = wrapperOf(outer, "attachment");
    wrapper.attachmentIndex = index;
    if (part.filename) wrapper.attachmentName = part.filename;
    return newMessage({ ...found, wrapper, problems: [...outer.problems, ...found.problems] });
  }

  if (bySubjectOnly) return outer;
  const inline = findInlineForward(outer.text);
  if (inline && inline.body.trim() !== "") {
    const headers = [
      ...(inline.from ? [{ name: "from", value: inline.from }] : []),
      ...(inline.date ? [{ name: "date", value: inline.date }] : []),
      ...(inline.to ? [{ name: "to", value: inline.to }] : []),
      ...(inline.subject ? [{ name: "subject", value: inline.subject }] : []),
    ];
    const inner = newMessage({
      headers,
      subject: inline.subject ?? "",
      from: inline.from ? bareAddress(inline.from) : "",
      to: inline.to
        ? inline.to
            .split(/[,;]/)
            .map(bareAddress)
            .filter((a) => a.includes("@"))
        : [],
      date: inline.date || undefined,
      contentType: "text/plain",
      text: inline.body,
      // a bounce forwarded inline sends its report part along as the forward's attachment
      parts: outer.parts.filter((p) => DSN_PART_TYPES.has(p.contentType) || attachedDsnDocument(p) !== undefined),
      source: "text",
      problems: [],
    });
    // any quoted header block looks like a forward: it is a forwarded bounce when its own header says how
    // it was made (a daemon sender, a report's type), the outer message is a forward, or pasted text with
    // no header of its own; not when a notice, a receipt or a reply quotes a message that only talks like
    // one, nor when a mail that is no forward quotes a bounce with "> " (a reply about it: "RE:
    // Undeliverable: …"), nor a person's post a digest or archive copies under a bounce-like Subject
    // ("Subject: Undeliverable mail to a@b", with the list's address in its To)
    const forward = FORWARD_SUBJECT.test(outer.subject);
    const forwarded =
      outer.source === "text" ||
      forward ||
      (presentsAsReport(inner) === "made" && !(inline.quoted && outer.headers.length > 0));
    if (forwarded && looksLikeNdr(inner))
      return newMessage({ ...inner, wrapper: wrapperOf(outer, "inline"), problems: [...outer.problems] });
  }
  return outer;
}
