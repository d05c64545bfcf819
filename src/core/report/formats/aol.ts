/**
 * AOL's notice for recipients who refuse the sender: "Your mail to the following recipients could
 * not be delivered because they are not accepting mail from <sender>:" and one screen name per
 * indented line. A screen name is the local part of its aol.com address (spaces dropped, case
 * ignored), so the address comes from the reporting system itself, never from the original.
 */
import type { RecipientFacts } from "../../types.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress } from "../smtp-reply.js";
import { indentedListAfter } from "./indented-list.js";
import type { FormatDecoder } from "./types.js";

const HEADING = "are not accepting mail from";

function fromAol(from: string): boolean {
  return /@(?:[a-z0-9-]+\.)*aol\.com\b/i.test(from);
}

export const aol: FormatDecoder = {
  name: "aol",
  source: "body",
  detect: (ctx) => fromAol(ctx.from) && ctx.ownLower.includes(HEADING),
  decode(ctx) {
    const recipients: RecipientFacts[] = [];
    const at = ctx.ownLower.indexOf(HEADING);
    const sentence = ctx.ownText.slice(ctx.ownText.lastIndexOf("\n", at) + 1).split("\n")[0] ?? "";
    for (const entry of indentedListAfter(ctx.ownText, ctx.ownLower, HEADING)) {
      const written = cleanAddress(entry);
      const address = isAddress(written) ? written : `${entry.replace(/\s+/g, "").toLowerCase()}@aol.com`;
      if (isAddress(address)) recipients.push(makeFacts({ address, diagnostic: sentence.trim() }, "aol"));
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
