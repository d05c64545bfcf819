/**
 * Ipswitch IMail (X-Mailer "SMTP32"/"IMail"): one line per recipient, the reason first and
 * the address last ("Unknown user: a@b", "User mailbox exceeds allowed size: a@b"), then
 * "Original message follows.".
 */
import { makeFacts } from "../facts.js";
import type { RecipientFacts } from "../../types.js";
import { labelledAddress } from "./mta-text.js";
import type { FormatDecoder } from "./types.js";

export const imail: FormatDecoder = {
  name: "imail",
  source: "body",
  detect(ctx) {
    const mailer = (ctx.header("x-mailer") ?? "").toLowerCase();
    return mailer.includes("smtp32") || mailer.includes("imail");
  },
  decode(ctx) {
    const end = ctx.lower.indexOf("original message follows");
    const body = end >= 0 ? ctx.text.slice(0, end) : ctx.text;
    const recipients: RecipientFacts[] = [];
    const lines = body.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const found = labelledAddress(lines[i]!);
      if (!found) continue;
      const detail: string[] = [found[1]];
      for (let j = i + 1; j < lines.length && lines[j]!.trim() !== "" && !labelledAddress(lines[j]!); j++) detail.push(lines[j]!.trim());
      recipients.push(makeFacts({ address: found[0], diagnostic: detail.join("\n") }, "imail"));
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
