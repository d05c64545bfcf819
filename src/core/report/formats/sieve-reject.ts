/**
 * A Sieve "reject" sent as a disposition notification (RFC 5429 section 2.1.2, Cyrus lmtpd, Dovecot
 * Pigeonhole): the recipient's filter refused the message, so it was not delivered, although the
 * report has the shape of a read notice (Disposition "…; deleted"). Told from a "deleted without
 * being read" notice by what the notice says about itself: Auto-Submitted "auto-replied (rejected)"
 * or its own words "was (automatically) rejected"; the refusing recipient is its Final-Recipient.
 */
import { bareAddress, headerValues, parseHeaderBlock } from "../../read/header-fields.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { isHeaderEcho } from "../prose.js";
import type { FormatDecoder } from "./types.js";

const DELETED = /;\s*deleted\b/i;
const REJECTED_SENTENCE = /\b(?:was|been|is) (?:automatically )?rejected\b/i;
const READ_WORDS = /without being read|without reading|\bnot read\b/i;

function dispositionPart(ctx: DecodeContext) {
  return ctx.message.parts.find((part) => part.contentType === "message/disposition-notification");
}

/** The notice's own lines (not its echo of the original's To or Subject) say it was rejected. */
function saysRejected(ctx: DecodeContext): boolean {
  if (/\(rejected\)/i.test(ctx.header("auto-submitted") ?? "")) return true;
  const own = ctx.ownText.slice(0, 2000);
  if (READ_WORDS.test(own)) return false;
  return own.split("\n").some((line) => !isHeaderEcho(line) && REJECTED_SENTENCE.test(line));
}

/** The notice's own words, which carry the reason the script gave. */
function reason(ctx: DecodeContext): string {
  return ctx.ownText.replace(/\s+/g, " ").trim().slice(0, 500);
}

export const sieveReject: FormatDecoder = {
  name: "sieve-reject",
  source: "report-part",
  detect: (ctx) => ctx.message.contentType === "multipart/report" && dispositionPart(ctx) !== undefined,
  decode(ctx) {
    const fields = parseHeaderBlock(dispositionPart(ctx)?.text ?? "", { stopAtGarbage: false });
    const disposition = headerValues(fields, "disposition")[0] ?? "";
    if (!DELETED.test(disposition) || !saysRejected(ctx)) return undefined;
    const recipient = headerValues(fields, "final-recipient")[0] ?? headerValues(fields, "original-recipient")[0];
    const address = recipient ? bareAddress(recipient.replace(/^\s*rfc822\s*;/i, "")) : "";
    if (!address.includes("@")) return undefined;
    // the refusal is the filter's words, not an SMTP reply: no code is read from them
    const facts = makeFacts({ address, action: "failed", diagnostic: reason(ctx), proseOnly: true }, "sieve-reject");
    return { recipients: [facts], kind: "failed" };
  },
};
