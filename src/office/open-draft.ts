/**
 * Carries a core-built Draft out in Outlook: a new message form (Mailbox 1.9 async, 1.6 sync),
 * a reply form when replying to the bounce is right, or — in compose mode on a forward of the
 * bounce — the recipients set on the open draft itself. Where the client has none of these
 * (older Mac, mobile) the outcome says "unsupported" so the pane offers copy buttons.
 */
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

const maxItemIdLength = 100;
const maxAttachmentNameLength = 255;

/** REST ids use the URL-safe base64 alphabet; EWS ids use "+" and "/". */
function looksLikeRestId(itemId: string): boolean {
  return /[-_]/.test(itemId);
}

/** The EWS id ≤ 100 chars that MessageForm attachments need, or why there is none. */
export function ewsItemId(itemId: string | undefined): { id?: string; problem?: string } {
  if (!itemId) return { problem: "the item has no id (unsaved or not available)" };
  if (itemId.length <= maxItemIdLength && !looksLikeRestId(itemId)) return { id: itemId };
  const converted = callSync<string>("convertToEwsId", mailbox(), "convertToEwsId", [itemId, "v2.0"]);
  if (!converted.ok) return { problem: `convertToEwsId ${converted.kind}: ${converted.detail}` };
  if (typeof converted.value !== "string" || !converted.value) return { problem: "convertToEwsId returned nothing" };
  if (converted.value.length > maxItemIdLength)
    return { problem: `item id is ${converted.value.length} characters (limit ${maxItemIdLength})` };
  return { id: converted.value };
}

function attachmentName(subject: string | undefined, bounceIsItem: boolean): string {
  const fallback = bounceIsItem ? "bounce" : "forwarded bounce";
  const cleaned =
    (subject ?? "")
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim() || fallback;
  return `${cleaned.slice(0, maxAttachmentNameLength - 4)}.msg`;
}

/** The item attachment for "attach the NDR (or the message that carries it)", when possible. */
function ndrAttachment(
  item: ItemLike | null,
  draft: Draft,
  source: DraftSource,
): { attachment?: MessageFormItemAttachment; problem?: string } {
  if (!draft.attachNdrItem) return {};
  if (source.mode !== "read" || !source.fromCurrentItem || !item) {
    return { problem: "the bounce is not the selected message, so its text is in the body instead" };
  }
  const { id, problem } = ewsItemId(plainString(item.itemId));
  if (!id) return { problem };
  return {
    attachment: { type: "item", itemId: id, name: attachmentName(plainString(item.subject), source.bounceIsItem) },
  };
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

async function openNewMessageForm(
  draft: Draft,
  attachment: MessageFormItemAttachment | undefined,
  note: string | undefined,
  tuning: CallTuning,
): Promise<DraftOutcome> {
  const box = mailbox();
  if (canUse(box, "displayNewMessageFormAsync", "Mailbox", "1.9")) {
    const opened = await callAsync<void>(
      "displayNewMessageFormAsync",
      box,
      "displayNewMessageFormAsync",
      [messageFormFor(draft, attachment)],
      { ...tuning, retries: 0 },
    );
    if (opened.ok) return { opened: true, via: withNote("displayNewMessageFormAsync", note) };
    if (attachment && opened.kind !== "timeout") {
      // The attachment is the likeliest part to be refused; the body still carries the facts.
      const plain = await callAsync<void>(
        "displayNewMessageFormAsync",
        box,
        "displayNewMessageFormAsync",
        [messageFormFor(draft)],
        { ...tuning, retries: 0 },
      );
      if (plain.ok)
        return {
          opened: true,
          via: `displayNewMessageFormAsync (without the bounce attached: ${failureText(opened)})`,
        };
    }
    return { opened: false, reason: "failed", detail: failureText(opened) };
  }
  if (canUse(box, "displayNewMessageForm", "Mailbox", "1.6")) {
    const opened = callSync<void>("displayNewMessageForm", box, "displayNewMessageForm", [
      messageFormFor(draft, attachment),
    ]);
    if (opened.ok) return { opened: true, via: withNote("displayNewMessageForm", note) };
    if (attachment) {
      const plain = callSync<void>("displayNewMessageForm", box, "displayNewMessageForm", [messageFormFor(draft)]);
      if (plain.ok)
        return { opened: true, via: `displayNewMessageForm (without the bounce attached: ${failureText(opened)})` };
    }
    return { opened: false, reason: "failed", detail: failureText(opened) };
  }
  return {
    opened: false,
    reason: "unsupported",
    detail: withNote("this Outlook cannot open a new message form", note),
  };
}

export interface ReplyFormParameters {
  htmlBody: string;
}

async function openReplyForm(item: ItemLike, draft: Draft, tuning: CallTuning): Promise<DraftOutcome | undefined> {
  const form: ReplyFormParameters = { htmlBody: draft.htmlBody };
  if (canUse(item, "displayReplyFormAsync", "Mailbox", "1.9")) {
    const opened = await callAsync<void>("displayReplyFormAsync", item, "displayReplyFormAsync", [form], {
      ...tuning,
      retries: 0,
    });
    return opened.ok
      ? { opened: true, via: "displayReplyFormAsync" }
      : { opened: false, reason: "failed", detail: failureText(opened) };
  }
  if (canUse(item, "displayReplyForm", "Mailbox", "1.1")) {
    const opened = callSync<void>("displayReplyForm", item, "displayReplyForm", [form]);
    return opened.ok
      ? { opened: true, via: "displayReplyForm" }
      : { opened: false, reason: "failed", detail: failureText(opened) };
  }
  return undefined; // no reply form here: a new message to the same people will do
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
  if (draft.cc.length > 0) {
    const cc = item.cc as Record<string, unknown> | undefined;
    const setCc = await callAsync<void>("cc.setAsync", cc, "setAsync", [[...draft.cc]], tuning);
    if (!setCc.ok) return { outcome: { opened: true, via: `to.setAsync (cc not set: ${failureText(setCc)})` } };
    return { outcome: { opened: true, via: "to.setAsync + cc.setAsync" } };
  }
  return { outcome: { opened: true, via: "to.setAsync" } };
}

function isForwardDraft(draft: Draft): boolean {
  return draft.kind === "forward-to-delist" || draft.attachNdrItem === true;
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

    if (source.mode === "compose" && item) {
      if (
        isForwardDraft(draft) &&
        source.fromCurrentItem &&
        (source.composeType === undefined || source.composeType === "forward")
      ) {
        const addressed = await addressOpenDraft(item, draft, tuning);
        if (addressed.outcome) return addressed.outcome;
        const fallback = await openNewMessageForm(draft, undefined, addressed.problem, tuning);
        return fallback.opened
          ? fallback
          : { ...fallback, detail: [addressed.problem, fallback.detail].filter(Boolean).join("; ") };
      }
      return openNewMessageForm(draft, undefined, undefined, tuning);
    }

    if (draft.replyToNdr && source.mode === "read" && source.bounceIsItem && source.fromCurrentItem && item) {
      const replied = await openReplyForm(item, draft, tuning);
      if (replied) return replied;
    }

    const { attachment, problem } = ndrAttachment(item, draft, source);
    return await openNewMessageForm(draft, attachment, problem, tuning);
  } catch (thrown) {
    return { opened: false, reason: "failed", detail: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}
