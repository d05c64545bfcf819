/**
 * qmail's bounce format, QSBMF (D. J. Bernstein, cr.yp.to/proto/qsbmf.txt; catalog §1.10): "Hi.
 * This is the qmail-send program at …", then paragraphs separated by blank lines. A recipient
 * paragraph begins with "<address>:" (look-alikes drop the brackets) and says what happened; the
 * break paragraph begins with "-" and the original follows. qmail-send bounces only what it gave up
 * on, so every recipient paragraph is a failure, with or without a code: its status is qmail's own
 * "(#5.1.1)" or the remote reply's ("Remote host said: 550 5.1.1 …").
 */
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { statusInText } from "../smtp-reply.js";
import { decodeMtaText, leadingAddress } from "./mta-text.js";
import { textFormat } from "./text-format.js";

const REMOTE_SAID = "remote host said:";

/** The recipient paragraphs of a QSBMF body (or of a look-alike that keeps its paragraphs). */
export function qsbmfRecipients(ownText: string, format: string): RecipientFacts[] {
  const recipients: RecipientFacts[] = [];
  for (const paragraph of ownText.split(/\n[ \t]*\n/)) {
    const lines = paragraph.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0 || lines[0]!.trimStart().startsWith("-")) continue;
    const lead = leadingAddress(lines[0]!);
    if (!lead) continue;
    const reason = [lead[1], ...lines.slice(1).map((l) => l.trim())].filter(Boolean);
    const saidAt = reason.findIndex((l) => l.toLowerCase().startsWith(REMOTE_SAID));
    const reply =
      saidAt >= 0
        ? [reason[saidAt]!.slice(REMOTE_SAID.length).trim(), ...reason.slice(saidAt + 1)]
            .filter((l) => !/^giving up on /i.test(l))
            .join("\n")
        : reason.join("\n");
    recipients.push(makeFacts({ address: lead[0], diagnostic: reply, status: statusInText(reason.join(" ")) }, format));
  }
  return recipients;
}

/** QSBMF paragraphs when there are any, else the common MTA reading. */
export function readQsbmf(ctx: DecodeContext, format: string): RecipientFacts[] {
  const paragraphs = qsbmfRecipients(ctx.ownText, format);
  return paragraphs.length > 0 ? paragraphs : decodeMtaText(ctx, format);
}

export const qmail = textFormat(
  "qmail",
  {
    body: [
      "this is the qmail-send program",
      "i'm afraid i wasn't able to deliver your message to the following addresses",
      "--- below this line is a copy of the message",
      "--- enclosed are the original headers of the message",
    ],
  },
  readQsbmf,
);
