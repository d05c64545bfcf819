/**
 * A cheap guess, from the envelope alone, whether the selected item *is* a bounce or merely
 * *carries* one. It decides which raw material to read first: a bounce's own item attachment is
 * the original message (not a bounce), while a user's "FW:" wrapper carries the bounce as its
 * attachment. The core still decides what the material really is.
 */
import { isReportClass } from "./office-context.js";

const systemSender =
  /(^|[<\s"])(postmaster|mailer-daemon|mail-daemon|microsoftexchange[0-9a-f]*|maildelivery|mail\.delivery)@/i;

const bounceSubject =
  /^\s*(undeliverable|undelivered|not delivered|delivery (status notification|failure|has failed|failed|notification)|mail delivery (failed|failure|subsystem)|failure notice|returned mail|returned to sender|non[- ]?delivery|message not delivered|ikke levert|kunne ikke leveres|kan ikke leveres|levering mislyktes|returnert e-post|unzustellbar|onbestelbaar|non remis|no entregado)/i;

export function itemLooksLikeBounce(
  itemClass: string | undefined,
  subject: string | undefined,
  from: string | undefined,
): boolean {
  if (isReportClass(itemClass)) return true;
  if (from && systemSender.test(from)) return true;
  return subject !== undefined && bounceSubject.test(subject);
}

/** Attachments that hold a whole message: Outlook item attachments and .eml/.msg files. */
export function isMessageAttachment(attachment: {
  name?: string;
  contentType?: string;
  attachmentType?: string;
}): boolean {
  const type = (attachment.attachmentType ?? "").toLowerCase();
  if (type === "item") return true;
  if (type !== "file" && type !== "") return false; // cloud attachments carry a link, not content
  const name = (attachment.name ?? "").toLowerCase();
  const contentType = (attachment.contentType ?? "").toLowerCase().split(";")[0]?.trim() ?? "";
  return (
    name.endsWith(".eml") ||
    name.endsWith(".msg") ||
    contentType === "message/rfc822" ||
    contentType === "message/global" ||
    contentType === "application/vnd.ms-outlook" ||
    contentType === "application/x-msg"
  );
}
