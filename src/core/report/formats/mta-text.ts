/**
 * The common shape of MTA-written bounce text (Postfix, Exim, Sendmail, qmail, Courier,
 * OpenSMTPD, Yahoo, most appliances): a recipient address on a line of its own or at the
 * start of a line, followed by the reason and the remote server's reply. Used after the
 * vendor decoders, and by them for the recipient blocks.
 */
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress, replyCodeInText, statusInText } from "../smtp-reply.js";
import { addressLine, addressesIn, cutAtFirst } from "../text-lines.js";
import type { FormatDecoder } from "./types.js";

/** Where MTAs start the copy of the original message (the bounce text ends there). */
export const ORIGINAL_MARKERS = [
  "------ this is a copy of the message",
  "------ this is a copy of your message",
  "--- below this line is a copy of the message",
  "--- below this line is the original message",
  "--- below is a copy of the message",
  "----- original message follows -----",
  "------ original message follows ------",
  "-----original message-----",
  "----- unsent message follows -----",
  "------- returned message --------",
  "----- returned message -----",
  "--- the header of the original message is following. ---",
  "---------- original message header ----------",
  "original message headers:",
  "------ the header of the original message ------",
  "-- the original message header --",
  "content-type: message/rfc822",
  "----- message header follows -----",
];

/** "<a@b>: text", "<a@b> (expanded from <c@d>): text", "<a@b>... text", "a@b: text". */
const LEADING_ADDRESS = /^\s*<([^<>\s]{1,254}@[^<>\s]{1,254})>(\s*\(expanded from[^)\n]{0,300}\))?\s*(?::|\.\.\.|\s-)\s*(.*)$/i;
const LEADING_BARE_ADDRESS = /^\s*([^\s<>:"()]{1,64}@[A-Za-z0-9.\-\[\]]{1,253})(?::|\.\.\.)\s+(.+)$/;
const LINE_REPLY = /^\s*(?:<<<\s*)?([2-5][0-5]\d)(?:[\s-]|$)/;

export interface RecipientBlock {
  address: string;
  lines: string[];
}

/** Splits bounce text into recipient blocks. */
export function recipientBlocks(text: string, maxLines = 25): RecipientBlock[] {
  const lines = text.split("\n");
  const blocks: RecipientBlock[] = [];
  let current: RecipientBlock | undefined;
  let blankRun = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      blankRun++;
      if (current && (blankRun >= 2 || current.lines.length > 0)) current = undefined;
      continue;
    }
    blankRun = 0;
    const leading = LEADING_ADDRESS.exec(line);
    const bare = leading ? null : LEADING_BARE_ADDRESS.exec(line);
    const whole = leading || bare ? undefined : addressLine(line);
    const address = leading?.[1] ?? bare?.[1] ?? whole;
    if (address && isAddress(cleanAddress(address))) {
      current = { address: cleanAddress(address), lines: [] };
      const rest = (leading?.[3] ?? bare?.[2] ?? "").trim();
      if (rest) current.lines.push(rest);
      blocks.push(current);
      continue;
    }
    if (current && current.lines.length < maxLines) current.lines.push(line.trim());
  }
  return blocks;
}

/** The reply code of a block: a line that starts with one, else one found in the joined text. */
export function blockReplyCode(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = LINE_REPLY.exec(line);
    if (m) return m[1];
  }
  return replyCodeInText(lines.join(" "));
}

/** The server reply within a block: from the first line that starts with a reply code, else the whole block. */
export function blockReply(lines: string[]): string {
  const at = lines.findIndex((line) => LINE_REPLY.test(line));
  return (at >= 0 ? lines.slice(at) : lines).join("\n").replace(/^<<<\s*/gm, "");
}

export function hasDeliveryCode(text: string): boolean {
  return statusInText(text) !== undefined || replyCodeInText(text) !== undefined;
}

export function factsFromBlocks(blocks: RecipientBlock[], format: string, requireCode: boolean): RecipientFacts[] {
  const byAddress = new Map<string, RecipientFacts>();
  for (const block of blocks) {
    const joined = block.lines.join("\n");
    const coded = hasDeliveryCode(joined);
    if (requireCode && !coded) continue;
    const key = block.address.toLowerCase();
    const existing = byAddress.get(key);
    if (existing && (existing.status || existing.replyCode || !coded)) continue;
    const reply = blockReply(block.lines);
    const facts = makeFacts(
      {
        address: block.address,
        diagnostic: coded ? reply : joined,
        replyCode: blockReplyCode(block.lines),
        status: statusInText(joined),
      },
      format,
    );
    byAddress.set(key, facts);
  }
  return [...byAddress.values()];
}

export function bounceBody(ctx: DecodeContext): string {
  return cutAtFirst(ctx.text, ctx.lower, ORIGINAL_MARKERS);
}

export const mtaText: FormatDecoder = {
  name: "mta-text",
  source: "body",
  detect: () => true,
  decode(ctx) {
    const body = bounceBody(ctx);
    let recipients = factsFromBlocks(recipientBlocks(body), "mta-text", true);
    if (recipients.length === 0) {
      const failed = ctx.headers("x-failed-recipients").flatMap((v) => addressesIn(v));
      if (failed.length > 0) {
        const reply = body.trim();
        recipients = failed.map((address) => makeFacts({ address, diagnostic: reply.slice(0, 2000) }, "mta-text"));
      }
    }
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
