/**
 * Carries a core-built Draft out in Outlook: a new message form in read mode (Mailbox 1.9 async,
 * 1.6 sync), or — in compose mode on a forward of the bounce — the recipients set on the open draft
 * itself. Where neither applies (compose mode otherwise, older Mac, mobile) the outcome says
 * "unsupported" so the pane offers copy buttons.
 */
import { withoutAttachment } from "../core/drafts/without-attachment.js";
import type { Draft } from "../core/types.js";
import type { DraftOutcome } from "../host/types.js";
import type { ItemMode } from "./read-item.js";
import { callAsync, callSync, isPermissionDenied, type CallOutcome, type CallTuning } from "./office-call.js";
import { canUse, mailbox, plainString, type ItemLike } from "./office-context.js";

/** Where the bounce behind the draft came from, as far as the host knows. */
export interface DraftSource {
  mode: ItemMode;
  /** the bounce is the selected item or one of its attachments (not pasted, not a previous item) */
  fromCurrentItem: boolean;
  /** the bounce is the selected item itself, not a message attached to it */
  bounceIsItem: boolean;
  /** compose mode: "forward", "reply", "newMail", or undefined when the client cannot say */
  composeType?: string;
}

export interface MessageFormItemAttachment {
  type: "item";
  itemId: string;
  name: string;
}

export interface MessageFormParameters {
  toRecipients: string[];
  ccRecipients?: string[];
  subject: string;
  htmlBody: string;
  attachments?: MessageFormItemAttachment[];
}

const maxAttachmentNameLength = 255;

function attachmentName(subject: string | undefined, bounceIsItem: boolean): string {
  const fallback = bounceIsItem ? "bounce" : "forwarded bounce";
  const cleaned =
    (subject ?? "")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim() || fallback;
  return `${cleaned.slice(0, maxAttachmentNameLength - 4)}.msg`;
}

/**
 * The item attachment for "attach the NDR (or the message that carries it)", when possible. In read
 * mode `item.itemId` is already the EWS id a MessageForm attachment takes: it goes as it is. (The
 * reference says "up to 100 characters", but real EWS ids are about 150; Office.js itself accepts up
 * to 200 and converts the id for each client. Whatever it refuses, the form opens without it.)
 */
function ndrAttachment(
  item: ItemLike | null,
  draft: Draft,
  source: DraftSource,
): { attachment?: MessageFormItemAttachment; problem?: string } {
  if (!draft.attachNdrItem) return {};
  if (source.mode !== "read" || !source.fromCurrentItem || !item) {
    return { problem: "the bounce is not the selected message, so its text is in the body instead" };
  }
  const itemId = plainString(item.itemId);
  if (!itemId) return { problem: "the item has no id (unsaved or not available)" };
  return { attachment: { type: "item", itemId, name: attachmentName(plainString(item.subject), source.bounceIsItem) } };
}

export function messageFormFor(draft: Draft, attachment?: MessageFormItemAttachment): MessageFormParameters {
  const form: MessageFormParameters = { toRecipients: [...draft.to], subject: draft.subject, htmlBody: draft.htmlBody };
  if (draft.cc.length > 0) form.ccRecipients = [...draft.cc];
  if (attachment) form.attachments = [attachment];
  return form;
}

function failureText(outcome: CallOutcome<unknown>): string {
  return outcome.ok ? "" : `${outcome.api} ${outcome.kind}: ${outcome.detail}`;
}

function withNote(via: string, note: string | undefined): string {
  return note ? `${via} (${note})` : via;
}

/** One way to open a form: the async one (Mailbox 1.9) or the sync one (1.6). */
type OpenForm = (form: MessageFormParameters) => Promise<CallOutcome<void>>;

function formOpener(tuning: CallTuning): { api: string; open: OpenForm } | undefined {
  const box = mailbox();
  if (canUse(box, "displayNewMessageFormAsync", "Mailbox", "1.9")) {
    const api = "displayNewMessageFormAsync";
    return { api, open: (form) => callAsync<void>(api, box, api, [form], { ...tuning, retries: 0 }) };
  }
  if (canUse(box, "displayNewMessageForm", "Mailbox", "1.6")) {
    const api = "displayNewMessageForm";
    return { api, open: async (form) => callSync<void>(api, box, api, [form]) };
  }
  return undefined;
}

/**
 * A new message form with the bounce attached where it can be; without the attachment (the body
 * then carries the bounce's text, and the notes say so) where it cannot, or where Outlook refuses
 * the form with it. A lost callback is not retried: the form may have opened after all.
 */
async function openNewMessageForm(
  draft: Draft,
  attachment: MessageFormItemAttachment | undefined,
  note: string | undefined,
  tuning: CallTuning,
): Promise<DraftOutcome> {
  const opener = formOpener(tuning);
  if (!opener) {
    return {
      opened: false,
      reason: "unsupported",
      detail: withNote("this Outlook cannot open a new message form", note),
    };
  }
  const plain = withoutAttachment(draft);
  if (attachment) {
    const opened = await opener.open(messageFormFor(draft, attachment));
    if (opened.ok) return { opened: true, via: opener.api, carriesBounce: true };
    if (opened.kind === "timeout") return { opened: false, reason: "failed", detail: failureText(opened) };
    note = `without the bounce attached: ${failureText(opened)}`;
  }
  const opened = await opener.open(messageFormFor(plain));
  if (opened.ok) return { opened: true, via: withNote(opener.api, note) };
  return { opened: false, reason: "failed", detail: failureText(opened) };
}

/** Compose mode on a forward of the bounce: address the open draft instead of opening another. */
async function addressOpenDraft(
  item: ItemLike,
  draft: Draft,
  tuning: CallTuning,
): Promise<{ outcome?: DraftOutcome; problem?: string }> {
  const to = item.to as Record<string, unknown> | undefined;
  if (!canUse(to, "setAsync", "Mailbox", "1.1")) return { problem: "to.setAsync is not available" };
  const setTo = await callAsync<void>("to.setAsync", to, "setAsync", [[...draft.to]], tuning);
  if (!setTo.ok) {
    const why = isPermissionDenied(setTo)
      ? `to.setAsync was refused: the add-in has read-only permission (${setTo.detail})`
      : failureText(setTo);
    return { problem: why };
  }
  // The open draft is the forward: it carries the bounce already.
  if (draft.cc.length > 0) {
    const cc = item.cc as Record<string, unknown> | undefined;
    const setCc = await callAsync<void>("cc.setAsync", cc, "setAsync", [[...draft.cc]], tuning);
    if (!setCc.ok)
      return { outcome: { opened: true, via: `to.setAsync (cc not set: ${failureText(setCc)})`, carriesBounce: true } };
    return { outcome: { opened: true, via: "to.setAsync + cc.setAsync", carriesBounce: true } };
  }
  return { outcome: { opened: true, via: "to.setAsync", carriesBounce: true } };
}

function isForwardDraft(draft: Draft): boolean {
  return draft.kind === "forward-to-delist" || draft.attachNdrItem === true;
}

/**
 * Compose mode: displayNewMessageForm(Async) is documented for read mode only, so it is not relied
 * on there. A draft that forwards the bounce is addressed on the open forward; anything else goes
 * to the copy buttons.
 */
async function openFromCompose(
  item: ItemLike,
  draft: Draft,
  source: DraftSource,
  tuning: CallTuning,
): Promise<DraftOutcome> {
  const forward = source.composeType === undefined || source.composeType === "forward";
  let problem = "new message forms are documented for read mode only";
  if (isForwardDraft(draft) && source.fromCurrentItem && forward) {
    const addressed = await addressOpenDraft(item, draft, tuning);
    if (addressed.outcome) return addressed.outcome;
    problem = `${addressed.problem}; ${problem}`;
  }
  return { opened: false, reason: "unsupported", detail: `compose mode: ${problem}` };
}

/** Never rejects: every path ends in an outcome the pane can act on. */
export async function openDraft(
  item: ItemLike | null,
  draft: Draft,
  source: DraftSource,
  tuning: CallTuning,
): Promise<DraftOutcome> {
  try {
    if (!mailbox()) return { opened: false, reason: "unsupported", detail: "not running in Outlook" };
    if (source.mode === "compose" && item) return await openFromCompose(item, draft, source, tuning);
    const { attachment, problem } = ndrAttachment(item, draft, source);
    return await openNewMessageForm(draft, attachment, problem, tuning);
  } catch (thrown) {
    return { opened: false, reason: "failed", detail: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}
