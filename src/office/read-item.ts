/**
 * Turns the selected Outlook item into raw material for the core: one Candidate per bounce
 * found (the item itself, or each attached message), plus a HostNotice for every Office call
 * that was missing or failed. Never throws; whatever could be read is returned.
 */
import { t } from "../core/i18n/index.js";
import { readMessage } from "../core/read/index.js";
import { extractReport } from "../core/report/index.js";
import type { BounceInput, Language, OfficePieces } from "../core/types.js";
import type { Candidate, HostNotice, HostReadResult, ItemSummary, WayIn } from "../host/types.js";
import { base64ToBytes } from "./base64.js";
import { isMessageAttachment, itemLooksLikeBounce } from "./bounce-hint.js";
import { callAsync, itemChangedCode, type CallOutcome, type CallTuning, type Failure } from "./office-call.js";
import {
  canUse,
  isComposeItem,
  isReportClass,
  plainAddress,
  plainSenderName,
  plainString,
  type AttachmentLike,
  type ItemLike,
} from "./office-context.js";

export type ItemMode = "read" | "compose" | "none";

export interface ItemRead extends HostReadResult {
  way: WayIn;
  mode: ItemMode;
  itemClass?: string;
  itemId?: string;
  /** "newMail" | "reply" | "forward" in compose mode, where getComposeTypeAsync exists */
  composeType?: string;
  /** the item itself looked like the bounce (not a wrapper that carries one) */
  itemIsBounce: boolean;
  /** true when an Office call reported that the item changed under us (9030) */
  itemChangedWhileReading: boolean;
}

export interface ReadTuning {
  /** body, headers, compose type */
  quick: CallTuning;
  /** whole-message and attachment content, which can be large */
  slow: CallTuning;
  /** language of the fallback labels for bounces with no subject or file name */
  language?: Language;
}

/** Turns a failed call into the notice the pane shows. */
export function noticeFor(failure: Failure, code?: HostNotice["code"]): HostNotice {
  const chosen = code ?? (failure.kind === "missing" ? "api-missing" : "api-failed");
  return {
    code: chosen,
    api: failure.api,
    detail: failure.kind === "missing" ? failure.detail : `${failure.kind}: ${failure.detail}`,
  };
}

class ReadLog {
  readonly notices: HostNotice[] = [];
  itemChanged = false;

  note(outcome: CallOutcome<unknown>, code?: HostNotice["code"]): void {
    if (outcome.ok) return;
    if (outcome.code === itemChangedCode) this.itemChanged = true;
    this.notices.push(noticeFor(outcome, code));
  }
}

function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return typeof value === "string" ? value : undefined;
}

/** Reads one attached message: Eml text for item attachments, Base64 bytes for .eml/.msg files. */
async function readAttachment(
  item: ItemLike,
  attachment: AttachmentLike,
  index: number,
  idPrefix: string,
  way: WayIn,
  tuning: CallTuning,
  language: Language,
  log: ReadLog,
): Promise<Candidate | undefined> {
  const name = attachment.name?.trim() || t(language, "office.label.attachment", { number: index + 1 });
  if (!attachment.id) {
    log.notices.push({ code: "attachment-unreadable", api: "attachments", detail: `${name}: no attachment id` });
    return undefined;
  }
  const outcome = await callAsync<{ format?: string; content?: string }>(
    "getAttachmentContentAsync",
    item,
    "getAttachmentContentAsync",
    [attachment.id],
    tuning,
  );
  if (!outcome.ok) {
    if (outcome.code === itemChangedCode) log.itemChanged = true;
    log.notices.push({
      code: "attachment-unreadable",
      api: outcome.api,
      detail: `${name}: ${outcome.kind}: ${outcome.detail}`,
    });
    return undefined;
  }
  const format = (outcome.value?.format ?? "").toLowerCase();
  const content = outcome.value?.content ?? "";
  let input: BounceInput | undefined;
  // Trust the format Outlook reports, not the attachment type: OWA has been seen returning
  // an attached .msg as Eml or as Base64 (OfficeDev/office-js#6876).
  if (format === "eml") input = { kind: "text", text: content, name };
  else if (format === "base64") {
    const data = base64ToBytes(content);
    if (data) input = { kind: "bytes", data, name };
  }
  if (!input || content.length === 0) {
    log.notices.push({
      code: "attachment-unreadable",
      api: "getAttachmentContentAsync",
      detail: `${name}: ${content.length === 0 ? "empty content" : `unusable format "${format || "none"}"`}`,
    });
    return undefined;
  }
  return { id: `${idPrefix}:attachment:${index}`, label: name, way, input, attachmentIndex: index };
}

async function readMessageAttachments(
  item: ItemLike,
  attachments: AttachmentLike[],
  idPrefix: string,
  way: WayIn,
  tuning: ReadTuning,
  log: ReadLog,
): Promise<Candidate[]> {
  const messages = attachments
    .map((attachment, index) => ({ attachment, index }))
    .filter(({ attachment }) => isMessageAttachment(attachment));
  if (messages.length === 0) return [];
  if (!canUse(item, "getAttachmentContentAsync", "Mailbox", "1.8")) {
    log.notices.push({
      code: "api-missing",
      api: "getAttachmentContentAsync",
      detail: `${messages.length} attached message(s) cannot be opened in this Outlook (needs Mailbox 1.8)`,
    });
    return [];
  }
  // The call limiter keeps at most three of these in flight.
  const read = await Promise.all(
    messages.map(({ attachment, index }) =>
      readAttachment(item, attachment, index, idPrefix, way, tuning.slow, tuning.language ?? "en", log),
    ),
  );
  return read.filter((candidate): candidate is Candidate => candidate !== undefined);
}

interface BodyRead {
  text?: string;
  html?: string;
}

async function readBody(item: ItemLike, tuning: CallTuning, log: ReadLog): Promise<BodyRead> {
  const body = item.body;
  if (!canUse(body, "getAsync", "Mailbox", "1.3")) {
    log.notices.push({
      code: "api-missing",
      api: "body.getAsync",
      detail: "body.getAsync is not available in this Outlook",
    });
    return {};
  }
  const [text, html] = await Promise.all([
    callAsync<string>("body.getAsync(text)", body, "getAsync", ["text"], tuning),
    callAsync<string>("body.getAsync(html)", body, "getAsync", ["html"], tuning),
  ]);
  log.note(text);
  log.note(html);
  return {
    text: text.ok && typeof text.value === "string" ? text.value : undefined,
    html: html.ok && typeof html.value === "string" ? html.value : undefined,
  };
}

/**
 * Does the body show any text outside tags and spaces? One pass, no regular expression: bodies
 * are untrusted and can be megabytes of unclosed "<" (a tag-stripping regex goes quadratic there).
 */
export function htmlHasWords(value: string | undefined): boolean {
  if (value === undefined) return false;
  let inTag = false;
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index]!;
    if (inTag) {
      if (char === ">") inTag = false;
    } else if (char === "<") {
      inTag = true;
    } else if (char === "&" && value.startsWith("&nbsp;", index)) {
      index += 5;
    } else if (char.trim() !== "") {
      return true;
    }
  }
  return false;
}

function textHasWords(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}

/** Outlook's text rendering is the judge of "empty" (HTML carries styles even when blank); HTML only when text failed. */
function bodyHasWords(body: BodyRead): boolean {
  return body.text !== undefined ? textHasWords(body.text) : htmlHasWords(body.html);
}

interface ItemEnvelope {
  itemClass?: string;
  subject?: string;
  from?: string;
  dateTimeCreated?: string;
}

function envelopeOf(item: ItemLike): ItemEnvelope {
  return {
    itemClass: plainString(item.itemClass),
    subject: plainString(item.subject),
    from: plainAddress(item.from) ?? plainAddress(item.sender),
    dateTimeCreated: dateText(item.dateTimeCreated),
  };
}

/** What the pane names at its top: the subject, who it is from (their name, else the address), when. */
function summaryOf(item: ItemLike, envelope: ItemEnvelope): ItemSummary {
  return {
    subject: envelope.subject,
    from: plainSenderName(item.from) ?? plainSenderName(item.sender),
    date: envelope.dateTimeCreated,
  };
}

/** Does the core read this candidate as a report (a bounce, a delay, a receipt…)? Never throws. */
async function isReport(candidate: Candidate): Promise<boolean> {
  try {
    return extractReport(await readMessage(candidate.input)).kind !== "not-a-report";
  } catch {
    return false;
  }
}

/**
 * The item's own text competes with its attachments: an inline forward of a bounce that still
 * carries the original message as an attachment holds the bounce in its body, while a forward as
 * attachment holds it in the attachment (and a signature in its body). Only when both offer
 * something does the core decide which are reports; if none is, the attachments stay as before.
 */
async function reportsFirst(fromAttachments: Candidate[], fromBody: Candidate | undefined): Promise<Candidate[]> {
  if (!fromBody) return fromAttachments;
  if (fromAttachments.length === 0) return [fromBody];
  const all = [...fromAttachments, fromBody];
  const reports = await Promise.all(all.map(isReport));
  const kept = all.filter((_, index) => reports[index]);
  return kept.length > 0 ? kept : fromAttachments;
}

/** The selected message itself: full MIME where Mailbox 1.14 allows, else its pieces. */
async function readWholeItem(
  item: ItemLike,
  envelope: ItemEnvelope,
  idPrefix: string,
  tuning: ReadTuning,
  log: ReadLog,
): Promise<{ candidate?: Candidate; blank: boolean; emptyFile?: boolean }> {
  const label = envelope.subject?.trim() || t(tuning.language ?? "en", "office.label.thisMessage");
  let emptyFile = false;
  if (canUse(item, "getAsFileAsync", "Mailbox", "1.14")) {
    const file = await callAsync<string>("getAsFileAsync", item, "getAsFileAsync", [], tuning.slow);
    log.note(file);
    const data = file.ok && typeof file.value === "string" ? base64ToBytes(file.value) : undefined;
    if (data && data.length > 0) {
      return {
        candidate: { id: `${idPrefix}:item`, label, way: "item-mime", input: { kind: "bytes", data, name: label } },
        blank: false,
      };
    }
    emptyFile = file.ok;
  }

  const [body, headers] = await Promise.all([
    readBody(item, tuning.quick, log),
    canUse(item, "getAllInternetHeadersAsync", "Mailbox", "1.8")
      ? callAsync<string>("getAllInternetHeadersAsync", item, "getAllInternetHeadersAsync", [], tuning.quick)
      : Promise.resolve<CallOutcome<string>>({
          ok: false,
          kind: "missing",
          api: "getAllInternetHeadersAsync",
          detail: "internet headers are not available in this Outlook (needs Mailbox 1.8)",
        }),
  ]);
  log.note(headers);
  const internetHeaders =
    headers.ok && typeof headers.value === "string" && headers.value.trim() ? headers.value : undefined;
  const pieces: OfficePieces = {
    bodyText: body.text,
    bodyHtml: body.html,
    internetHeaders,
    subject: envelope.subject,
    from: envelope.from,
    itemClass: envelope.itemClass,
    dateTimeCreated: envelope.dateTimeCreated,
  };
  const blank = body.text !== undefined && !textHasWords(body.text);
  if (!bodyHasWords(body) && !internetHeaders) return { blank, emptyFile };
  return {
    candidate: { id: `${idPrefix}:item`, label, way: "item-pieces", input: { kind: "office", pieces, name: label } },
    blank,
    emptyFile,
  };
}

async function readComposeItem(item: ItemLike, idPrefix: string, tuning: ReadTuning, log: ReadLog): Promise<ItemRead> {
  const [composeType, attachmentList] = await Promise.all([
    canUse(item, "getComposeTypeAsync", "Mailbox", "1.10")
      ? callAsync<{ composeType?: string }>("getComposeTypeAsync", item, "getComposeTypeAsync", [], tuning.quick)
      : Promise.resolve(undefined),
    canUse(item, "getAttachmentsAsync", "Mailbox", "1.8")
      ? callAsync<AttachmentLike[]>("getAttachmentsAsync", item, "getAttachmentsAsync", [], tuning.quick)
      : Promise.resolve<CallOutcome<AttachmentLike[]>>({
          ok: false,
          kind: "missing",
          api: "getAttachmentsAsync",
          detail: "a draft's attachments cannot be listed in this Outlook (needs Mailbox 1.8)",
        }),
  ]);
  if (composeType) log.note(composeType);
  log.note(attachmentList);
  const attachments = attachmentList.ok && Array.isArray(attachmentList.value) ? attachmentList.value : [];
  // An inline forward carries the bounce's text in the draft's own body, whatever it has attached.
  const [fromAttachments, body] = await Promise.all([
    readMessageAttachments(item, attachments, idPrefix, "compose", tuning, log),
    readBody(item, tuning.quick, log),
  ]);
  const label = t(tuning.language ?? "en", "office.label.draft");
  const fromBody: Candidate | undefined = bodyHasWords(body)
    ? {
        id: `${idPrefix}:draft`,
        label,
        way: "compose",
        input: { kind: "office", pieces: { bodyText: body.text, bodyHtml: body.html }, name: label },
      }
    : undefined;
  const candidates = await reportsFirst(fromAttachments, fromBody);
  return {
    candidates,
    notices: log.notices,
    way: candidates.length > 0 ? "compose" : "none",
    mode: "compose",
    composeType: composeType?.ok ? composeType.value?.composeType : undefined,
    itemIsBounce: false,
    itemChangedWhileReading: log.itemChanged,
  };
}

async function readReadItem(item: ItemLike, idPrefix: string, tuning: ReadTuning, log: ReadLog): Promise<ItemRead> {
  const envelope = envelopeOf(item);
  const itemId = plainString(item.itemId);
  const reportItem = isReportClass(envelope.itemClass);
  if (reportItem) {
    log.notices.push({ code: "report-item-blocked", api: "itemClass", detail: `report item (${envelope.itemClass})` });
  }
  const attachments = Array.isArray(item.attachments) ? item.attachments : [];
  const itemIsBounce = itemLooksLikeBounce(envelope.itemClass, envelope.subject, envelope.from);

  // A bounce's own attached message is the original mail, not another bounce.
  const fromAttachments = itemIsBounce
    ? []
    : await readMessageAttachments(item, attachments, idPrefix, "attachment", tuning, log);
  const candidates: Candidate[] = [];
  if (fromAttachments.length > 0) {
    // Its body too (not the whole message, which holds the attached messages a second time).
    const body = await readBody(item, tuning.quick, log);
    const label = envelope.subject?.trim() || t(tuning.language ?? "en", "office.label.thisMessage");
    const pieces: OfficePieces = { bodyText: body.text, bodyHtml: body.html, ...envelope };
    const fromBody: Candidate | undefined = bodyHasWords(body)
      ? { id: `${idPrefix}:item`, label, way: "item-pieces", input: { kind: "office", pieces, name: label } }
      : undefined;
    candidates.push(...(await reportsFirst(fromAttachments, fromBody)));
  } else {
    const whole = await readWholeItem(item, envelope, idPrefix, tuning, log);
    if (whole.candidate) candidates.push(whole.candidate);
    const emptyShell = whole.blank && attachments.length === 0;
    if (emptyShell && !reportItem) {
      // Outlook shows report items to add-ins as empty shells on some clients.
      log.notices.push({
        code: "report-item-blocked",
        api: "body.getAsync",
        detail: "blank item: empty body and no attachments",
      });
    }
    // An empty file is what a blocked report item or an empty shell gives: the notice above says why.
    if (whole.emptyFile && !reportItem && !emptyShell) {
      log.notices.push({ code: "api-failed", api: "getAsFileAsync", detail: "returned no usable content" });
    }
  }
  return {
    candidates,
    notices: log.notices,
    way: candidates[0]?.way ?? "none",
    mode: "read",
    item: summaryOf(item, envelope),
    itemClass: envelope.itemClass,
    itemId,
    itemIsBounce,
    itemChangedWhileReading: log.itemChanged,
  };
}

/** Reads whatever the item offers. `idPrefix` makes candidate ids unique per item and per read. */
export async function readItem(item: ItemLike | null, idPrefix: string, tuning: ReadTuning): Promise<ItemRead> {
  const log = new ReadLog();
  if (!item) {
    return {
      candidates: [],
      notices: [{ code: "no-item", detail: "no item is selected" }],
      way: "none",
      mode: "none",
      itemIsBounce: false,
      itemChangedWhileReading: false,
    };
  }
  let result: ItemRead;
  try {
    result = isComposeItem(item)
      ? await readComposeItem(item, idPrefix, tuning, log)
      : await readReadItem(item, idPrefix, tuning, log);
  } catch (thrown) {
    // A property getter on a half-loaded item can throw; keep what we have and say so.
    log.notices.push({
      code: "api-failed",
      api: "item",
      detail: thrown instanceof Error ? thrown.message : String(thrown),
    });
    result = {
      candidates: [],
      notices: log.notices,
      way: "none",
      mode: "read",
      itemIsBounce: false,
      itemChangedWhileReading: log.itemChanged,
    };
  }
  const explained = result.notices.some((notice) => notice.code === "report-item-blocked" || notice.code === "no-item");
  if (result.candidates.length === 0 && !explained) {
    result.notices.push({ code: "nothing-to-read", detail: "the item holds no text or attached message to read" });
  }
  return result;
}
