/**
 * Ipswitch IMail (X-Mailer "SMTP32"/"IMail"): one line per recipient, the reason first and
 * the address last ("Unknown user: a@b", "User mailbox exceeds allowed size: a@b"), then
 * "Original message follows.".
 */
import { isItselfAReport } from "../../read/signals.js";
import { makeFacts } from "../facts.js";
import type { RecipientFacts } from "../../types.js";
import { introducesNonRecipient } from "../prose.js";
import { FAILURE_REASON } from "../failure-reason.js";
import { labelledAddress } from "./mta-text.js";
import type { FormatDecoder } from "./types.js";

/** "undeliverable to a@b" (IMail's header-echo layout), the reply on the lines below. */
function undeliverableTo(line: string): [string, string] | undefined {
  const t = line.trim();
  if (!t.toLowerCase().startsWith("undeliverable to ")) return undefined;
  const address = t.slice("undeliverable to ".length).trim();
  return address.indexOf(" ") < 0 && address.includes("@") ? [address, ""] : undefined;
}

/**
 * "Unknown user: a@b", "Delivery failed 3 attempts: a@b": IMail's label says what failed. "To: a@b"
 * echoes the bounce's own header, "Questions: help@…" or "E-Mail: a@b" hands over a contact.
 */
function failureLabelled(line: string): [string, string] | undefined {
  const found = labelledAddress(line);
  return found && FAILURE_REASON.test(found[1]) && !introducesNonRecipient(`${found[1]}:`) ? found : undefined;
}

export const imail: FormatDecoder = {
  name: "imail",
  source: "body",
  detect(ctx) {
    const mailer = (ctx.header("x-mailer") ?? "").toLowerCase();
    // the mailer header names the software, not the kind of message: a welcome or a list post says it too,
    // and may quote a bounce; the message itself must present itself as one
    return (mailer.includes("smtp32") || mailer.includes("imail")) && isItselfAReport(ctx.message);
  },
  decode(ctx) {
    // IMail echoes the bounce's own header fields above the recipients: the copy begins at its marker only
    const end = ctx.lower.indexOf("original message follows");
    const body = end >= 0 ? ctx.text.slice(0, end) : ctx.text;
    const recipients: RecipientFacts[] = [];
    const lines = body.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const found = failureLabelled(lines[i]!) ?? undeliverableTo(lines[i]!);
      if (!found) continue;
      const detail: string[] = found[1] ? [found[1]] : [];
      for (let j = i + 1; j < lines.length && j < i + 12 && !labelledAddress(lines[j]!); j++) {
        if (lines[j]!.trim() === "") {
          if (detail.length > 0) break;
          continue;
        }
        detail.push(lines[j]!.trim());
      }
      const replyAt = detail.findIndex((d) => /^[45]\d\d[ -]/.test(d));
      recipients.push(
        makeFacts(
          { address: found[0], diagnostic: (replyAt >= 0 ? detail.slice(replyAt) : detail).join("\n") },
          "imail",
        ),
      );
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
