/**
 * Microsoft's Junk Mail Reporting Program (JMRP) complaints from Outlook.com/Hotmail: not
 * ARF, but a mail from staff@hotmail.com carrying the complained-about message, whose
 * X-HmXmrOriginalRecipient header names the recipient who complained.
 */
import { headerValue, parseHeaderBlock } from "../../read/header-fields.js";
import { makeFacts } from "../facts.js";
import { addressesIn } from "../text-lines.js";
import type { FormatDecoder } from "./types.js";

export const microsoftJmrp: FormatDecoder = {
  name: "microsoft-jmrp",
  source: "body",
  detect: (ctx) =>
    ctx.message.parts.some(
      (p) => p.contentType === "message/rfc822" && (p.text ?? "").toLowerCase().includes("x-hmxmroriginalrecipient:"),
    ),
  decode(ctx) {
    const part = ctx.message.parts.find(
      (p) => p.contentType === "message/rfc822" && (p.text ?? "").toLowerCase().includes("x-hmxmroriginalrecipient:"),
    );
    const fields = parseHeaderBlock(part?.text ?? "");
    const addresses = addressesIn(headerValue(fields, "x-hmxmroriginalrecipient") ?? "");
    if (addresses.length === 0) return undefined;
    return {
      kind: "feedback",
      recipients: addresses.map((address) =>
        makeFacts({ address, action: "delivered", diagnostic: "Feedback-Type: abuse" }, "microsoft-jmrp"),
      ),
    };
  },
};
