/**
 * VMS MAIL's error text, as VMS sites' mailers return it: "%MAIL-E-SENDERR, error sending to user
 * SMTP%"a@b"" and the reason on the continuation lines that open with "-" ("-MAIL-F-NOSUCHUSR, no
 * such user VIDAR at node VAX"). VMS MAIL writes an Internet address in its foreign-protocol form,
 * PROTOCOL%"address" (SMTP%, IN%, MX%), which no other reading takes for a recipient.
 */
import type { RecipientFacts } from "../../types.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress } from "../smtp-reply.js";
import type { FormatDecoder } from "./types.js";

const SEND_ERROR = "error sending to user ";
const FOREIGN_ADDRESS = /^[a-z]{1,10}%"([^"\s]{3,254})"/i;

export const vmsMail: FormatDecoder = {
  name: "vms-mail",
  source: "body",
  detect: (ctx) => ctx.ownLower.includes(SEND_ERROR),
  decode(ctx) {
    const recipients: RecipientFacts[] = [];
    const lines = ctx.ownText.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const at = lines[i]!.toLowerCase().indexOf(SEND_ERROR);
      if (at < 0) continue;
      const m = FOREIGN_ADDRESS.exec(lines[i]!.slice(at + SEND_ERROR.length));
      const address = m ? cleanAddress(m[1]!) : "";
      if (!isAddress(address)) continue;
      const reason = [lines[i]!.trim()];
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith("-") && reason.length < 6; j++)
        reason.push(lines[j]!.trim());
      recipients.push(makeFacts({ address, diagnostic: reason.join("\n") }, "vms-mail"));
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
