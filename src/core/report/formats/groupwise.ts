/**
 * Novell GroupWise Internet Agent (GWIA): "The message that you sent was undeliverable to the
 * following:", one tab-indented line per recipient with the reason in parentheses ("jdoe (user not
 * found)", "a@b (host not found)"), then "Possibly truncated original message follows:". A
 * recipient given as a GroupWise user ID, not an address, is reported by that name.
 */
import type { RecipientFacts } from "../../types.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress } from "../smtp-reply.js";
import { indentedListAfter } from "./indented-list.js";
import type { FormatDecoder } from "./types.js";

const HEADING = "was undeliverable to the following";

export const groupwise: FormatDecoder = {
  name: "groupwise",
  source: "body",
  detect: (ctx) => ctx.lower.includes(HEADING),
  decode(ctx) {
    const recipients: RecipientFacts[] = [];
    for (const entry of indentedListAfter(ctx.ownText, ctx.ownLower, HEADING)) {
      // "who (reason)": the reason is the last parenthesised part
      const open = entry.endsWith(")") ? entry.lastIndexOf("(") : -1;
      const who = (open > 0 ? entry.slice(0, open) : entry).trim();
      const reason = open > 0 ? entry.slice(open + 1, -1).trim() : "";
      if (!who || who.length > 200) continue;
      const address = cleanAddress(who);
      const named = isAddress(address) ? { address } : { address: "", displayName: who };
      recipients.push(makeFacts({ ...named, diagnostic: reason }, "groupwise"));
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
