/**
 * RFC 3464 fields printed in the body instead of a message/delivery-status part (Amazon
 * WorkMail's "Technical report:", some gateways, a DSN pasted as text).
 */
import type { FormatDecoder } from "./types.js";
import { replyCodeInText } from "../smtp-reply.js";
import type { RecipientFacts } from "../../types.js";
import { bounceBody, factsFromBlocks, firstReply, recipientBlocks } from "./mta-text.js";
import { decodeDsnText } from "./rfc3464.js";

function hasDsnFields(lower: string): boolean {
  return (
    (lower.includes("final-recipient:") || lower.includes("original-recipient:")) &&
    (lower.includes("status:") || lower.includes("action:"))
  );
}

/** The bounce's own text has a recipient with a failure code that the fields do not name. */
function namesOtherFailures(ownText: string, named: RecipientFacts[]): boolean {
  const coded = factsFromBlocks(recipientBlocks(ownText), "rfc3464-text", true);
  const addresses = new Set(named.map((r) => r.address.toLowerCase()));
  return coded.length > 0 && !coded.some((f) => addresses.has(f.address.toLowerCase()));
}

export const dsnInText: FormatDecoder = {
  name: "rfc3464-text",
  source: "body",
  detect: (ctx) => hasDsnFields(ctx.lower),
  decode(ctx) {
    const decoded = decodeDsnText(ctx.text, "rfc3464-text");
    if (!decoded) return undefined;
    decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
    // fields only past the bounce's own words (a wrapped bounce, or a DSN the author pasted into the returned
    // message) are this bounce's only when its own words name no other failed recipient
    if (!hasDsnFields(ctx.ownLower) && namesOtherFailures(ctx.ownText, decoded.recipients)) return undefined;
    // a lone recipient without a reply: the bounce text's own reply (e.g. a Sendmail transcript) applies
    if (decoded.recipients.length === 1 && !decoded.recipients[0]!.replyCode) {
      const reply = firstReply(bounceBody(ctx));
      const code = reply ? replyCodeInText(reply) : undefined;
      if (reply && code)
        decoded.recipients[0] = {
          ...decoded.recipients[0]!,
          replyCode: code,
          diagnostic: decoded.recipients[0]!.diagnostic || reply.replace(/\s+/g, " "),
        };
    }
    return decoded.recipients.length > 0 ? decoded : undefined;
  },
};
