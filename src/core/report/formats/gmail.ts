/**
 * Gmail / Google Workspace bounce text (catalog §1.6), readable without headers (as Outlook
 * hands the body over): "Your message wasn't delivered to X because ...", or the older
 * "Delivery to the following recipient failed permanently:" list; the server's reply follows
 * "The response from the remote server was:", "The response was:" or "The error that the
 * other server returned was:".
 */
import type { RecipientFacts } from "../../types.js";
import { containsAnyOf } from "../../read/phrases.js";
import { makeFacts } from "../facts.js";
import { addressLine, addressesIn } from "../text-lines.js";
import type { FormatDecoder } from "./types.js";

const REPLY_INTROS = [
  "the response from the remote server was:",
  "the response was:",
  "the error that the other server returned was:",
];
const LIST_INTROS = [
  "delivery to the following recipient failed permanently:",
  "delivery to the following recipients failed permanently:",
  "delivery to the following recipient has been delayed:",
];
const SENTENCES = [
  "your message wasn't delivered to ",
  "your message to ",
  "there was a problem delivering your message to ",
];

const HAS_REPLY_INTRO = containsAnyOf(REPLY_INTROS);
const HAS_SENTENCE_OR_LIST = containsAnyOf([...SENTENCES, ...LIST_INTROS]);

/** The reply quoted after one of the intro lines (on the same line or the lines below). */
function quotedReply(lines: string[], lower: string[]): string {
  for (let i = 0; i < lines.length; i++) {
    const intro = REPLY_INTROS.find((p) => lower[i]!.includes(p));
    if (!intro) continue;
    const sameLine = lines[i]!.slice(lower[i]!.indexOf(intro) + intro.length).trim();
    const reply: string[] = sameLine ? [sameLine] : [];
    for (let j = i + 1; j < lines.length && j < i + 12; j++) {
      const line = lines[j]!.trim();
      if (line === "") {
        if (reply.length > 0) break;
        continue;
      }
      reply.push(line);
    }
    return reply.join("\n");
  }
  return "";
}

export const gmail: FormatDecoder = {
  name: "gmail",
  source: "body",
  // the intro and the sentence must be the bounce's own (the whole text is the cheap gate)
  detect: (ctx) =>
    HAS_REPLY_INTRO(ctx.lower) &&
    HAS_SENTENCE_OR_LIST(ctx.lower) &&
    HAS_REPLY_INTRO(ctx.ownLower) &&
    HAS_SENTENCE_OR_LIST(ctx.ownLower),
  decode(ctx) {
    // the bounce's own words: a returned copy may itself be an earlier bounce for someone else
    const lines = ctx.ownText.split("\n");
    const lower = lines.map((l) => l.toLowerCase());
    const addresses: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const sentence = SENTENCES.find((p) => lower[i]!.includes(p));
      if (sentence) {
        const after = lines[i]!.slice(lower[i]!.indexOf(sentence) + sentence.length);
        const found = addressesIn(after, 1)[0];
        if (found) addresses.push(found);
        continue;
      }
      if (LIST_INTROS.some((p) => lower[i]!.includes(p))) {
        for (let j = i + 1; j < lines.length && j < i + 20; j++) {
          if (lines[j]!.trim() === "") {
            if (addresses.length > 0) break;
            continue;
          }
          const address = addressLine(lines[j]!);
          if (!address) break;
          addresses.push(address);
        }
      }
    }
    const seen = new Set<string>();
    const unique = addresses.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    if (unique.length === 0) return undefined;
    const reply = quotedReply(lines, lower);
    // failed, unless the notice says it keeps trying ("has been delayed", "will be retried"): that,
    // and whether it also says it gave up, is read from its own words for every format (warning.ts)
    const recipients: RecipientFacts[] = unique.map((address) =>
      makeFacts({ address, diagnostic: reply, action: "failed" }, "gmail"),
    );
    return { recipients };
  },
};
