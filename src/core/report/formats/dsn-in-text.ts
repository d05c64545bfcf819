/**
 * RFC 3464 fields printed in the body instead of a message/delivery-status part (Amazon
 * WorkMail's "Technical report:", some gateways, a DSN pasted as text).
 */
import type { FormatDecoder } from "./types.js";
import { replyCodeInText } from "../smtp-reply.js";
import type { RecipientFacts } from "../../types.js";
import { bounceBody, factsFromBlocks, firstReply, recipientBlocks } from "./mta-text.js";
import { decodeDsnText } from "./rfc3464.js";
import { groupStatement } from "../warning.js";
import { parseHeaderBlock } from "../../read/header-fields.js";
import { headerBlockOfReport } from "../../read/signals.js";

function hasDsnFields(lower: string): boolean {
  // asked of every message: both recipient fields end in "recipient:", so one search rules most out
  return (
    lower.includes("recipient:") &&
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

/**
 * The text past the own words is a report: it holds a report's MIME part (a bounce read as flat text),
 * or it opens with a header block that is a bounce's.
 */
function copyIsReport(rest: string): boolean {
  const lower = rest.toLowerCase();
  if (lower.includes("content-type: message/delivery-status") || lower.includes("content-type: multipart/report"))
    return true;
  let block = rest.replace(/^\s*\n/, "");
  if (block.startsWith("From ")) block = block.slice(block.indexOf("\n") + 1);
  return headerBlockOfReport(parseHeaderBlock(block.slice(0, 8000)));
}

export const dsnInText: FormatDecoder = {
  name: "rfc3464-text",
  source: "body",
  detect: (ctx) => hasDsnFields(ctx.lower),
  decode(ctx) {
    // past the bounce's own words the fields count only when what follows is itself a bounce (a wrapped
    // or attached one), not a message the author wrote (a DSN pasted into the returned copy)
    const ownFields = hasDsnFields(ctx.ownLower);
    const wrapsReport = copyIsReport(ctx.text.slice(ctx.ownText.length));
    if (!ownFields && !wrapsReport) return undefined;
    const decoded = decodeDsnText(wrapsReport ? ctx.text : ctx.ownText, "rfc3464-text", () => groupStatement(ctx));
    if (!decoded) return undefined;
    decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
    // a wrapped bounce's fields are this one's only when its own words name no other failed recipient
    if (!ownFields && namesOtherFailures(ctx.ownText, decoded.recipients)) return undefined;
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
