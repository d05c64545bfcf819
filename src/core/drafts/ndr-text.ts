/**
 * The NDR's own full text (headers, body, report parts) for a draft when it cannot be attached,
 * without any line that carries the original message's Message-ID: whoever acts finds the message
 * by sender, recipient and time, and the ID names the sender's internal hosts.
 */
import type { DeliveryReport } from "../types.js";

/** Parts whose text the human body does not already carry. */
const REPORT_PARTS = new Set(["message/delivery-status", "message/global-delivery-status", "text/rfc822-headers"]);

export function ndrFullText(report: DeliveryReport): string {
  const message = report.message;
  const sections: string[] = [];
  if (message.headers.length > 0)
    sections.push(message.headers.map((h) => `${displayName(h.name)}: ${h.value}`).join("\n"));
  if (message.text.trim() !== "") sections.push(message.text.trimEnd());
  for (const part of message.parts) {
    if (
      REPORT_PARTS.has(part.contentType) &&
      part.text &&
      part.text.trim() !== "" &&
      !message.text.includes(part.text.trim())
    ) {
      sections.push(part.text.trimEnd());
    }
  }
  const text = sections.join("\n\n");
  // The bare ID also finds a folded header's continuation line; a very short one only with its brackets.
  const id = report.original?.messageId?.trim() ?? "";
  const bare = id.replace(/^<|>$/g, "");
  const needle = bare.length >= 8 ? bare : id;
  if (needle === "") return text;
  return text
    .split("\n")
    .filter((line) => !line.includes(needle))
    .join("\n");
}

/** "content-type" → "Content-Type", "message-id" → "Message-ID" (headers are stored lower-case). */
function displayName(name: string): string {
  if (name === "message-id") return "Message-ID";
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase());
}
