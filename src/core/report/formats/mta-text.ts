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
import { addressAt } from "../../read/address-scan.js";
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

/**
 * "<a@b>: text", "<a@b> (expanded from <c@d>): text", "<a@b>... text", "<a@b> - text",
 * "a@b: text", "a@b... text" → [address, text after it]. Parsed by hand: linear on any line.
 */
export function leadingAddress(line: string): [string, string] | undefined {
  const t = line.trimStart();
  let address: string;
  let rest: string;
  if (t.startsWith("<")) {
    const close = t.indexOf(">");
    if (close < 0 || close > 512) return undefined;
    address = t.slice(1, close);
    if (address.indexOf("@") <= 0 || /\s/.test(address)) return undefined;
    rest = t.slice(close + 1).trimStart();
    if (rest.toLowerCase().startsWith("(expanded from")) {
      const end = rest.indexOf(")");
      if (end < 0) return undefined;
      rest = rest.slice(end + 1).trimStart();
    }
  } else {
    const at = t.indexOf("@");
    if (at <= 0 || at > 64) return undefined;
    const found = addressAt(t, at);
    if (!found || found.start !== 0) return undefined;
    address = found.address;
    rest = t.slice(found.end);
    if (!(rest.startsWith(":") || rest.startsWith("..."))) return undefined;
  }
  if (rest.startsWith("...")) rest = rest.slice(3);
  else if (rest.startsWith(":")) rest = rest.slice(1);
  else if (rest.startsWith("- ")) rest = rest.slice(2);
  else return undefined;
  return [address, rest.trim()];
}
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
    const leading = leadingAddress(line);
    const whole = leading ? undefined : addressLine(line);
    const address = leading?.[0] ?? whole;
    if (address && isAddress(cleanAddress(address))) {
      current = { address: cleanAddress(address), lines: [] };
      const rest = leading?.[1] ?? "";
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

/** A line that starts the copy of the original's header block (the bounce text ends there). */
const HEADER_BLOCK_START = /^(?:Received|Return-Path|X-Originating-IP|DKIM-Signature|ARC-Seal|X-Received|Delivered-To)\s?:/i;

/** The bounce's own text: up to the copy of the original message. */
export function bounceBody(ctx: DecodeContext): string {
  const cut = cutAtFirst(ctx.text, ctx.lower, ORIGINAL_MARKERS);
  const lines = cut.split("\n");
  const headerAt = lines.findIndex((line, i) => i > 0 && HEADER_BLOCK_START.test(line));
  return headerAt > 0 ? lines.slice(0, headerAt).join("\n") : cut;
}

const DAEMON_LOCAL_PART = /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|root|abuse|noreply|no-reply|bounce|bounces|daemon|double-bounce)$/i;

/** Addresses that are not failed recipients: the NDR's own sender and addressee, and daemon mailboxes. */
export function ownAddresses(ctx: DecodeContext): (address: string) => boolean {
  const own = new Set<string>();
  for (const name of ["from", "to", "return-path", "reply-to", "sender", "delivered-to"]) {
    for (const value of ctx.headers(name)) for (const a of addressesIn(value)) own.add(a.toLowerCase());
  }
  return (address: string) => {
    const lower = address.toLowerCase();
    return own.has(lower) || DAEMON_LOCAL_PART.test(lower.slice(0, lower.indexOf("@")));
  };
}

function bareAddressOf(value: string): string {
  return (addressesIn(value)[0] ?? "").toLowerCase();
}

/** Addresses given as the SMTP envelope recipient in a transcript or summary ("RCPT TO: <a@b>"). */
export function rcptToAddresses(text: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  while (found.length < 20) {
    const at = lower.indexOf("rcpt to:", from);
    if (at < 0) break;
    from = at + 8;
    const token = text.slice(from, from + 300).trimStart().split(/[\s>]/, 1)[0] ?? "";
    const address = cleanAddress(token.startsWith("<") ? token.slice(1) : token);
    if (isAddress(address)) found.push(address);
  }
  return found;
}

export function isDaemonAddress(address: string): boolean {
  const at = address.indexOf("@");
  return at > 0 && DAEMON_LOCAL_PART.test(address.slice(0, at));
}

/** The first server reply in a text: a line that starts with a reply code, with its continuation lines. */
export function firstReply(text: string): string | undefined {
  const lines = text.split("\n");
  const at = lines.findIndex((line) => LINE_REPLY.test(line));
  if (at < 0) return undefined;
  const code = LINE_REPLY.exec(lines[at]!)![1]!;
  const reply = [lines[at]!.trim()];
  for (let i = at + 1; i < lines.length && i < at + 10; i++) {
    const line = lines[i]!;
    if (line.trim() === "") break;
    if (line.trim().startsWith(code) || /^\s/.test(line)) reply.push(line.trim());
    else break;
  }
  return reply.join("\n").replace(/^<<<\s*/gm, "");
}

/** Facts for recipients found without their own reply block: the body's first reply (or code) applies. */
export function factsWithBodyReply(addresses: string[], body: string, format: string): RecipientFacts[] {
  const reply = firstReply(body);
  return addresses.map((address) =>
    makeFacts({ address, diagnostic: reply ?? "", status: statusInText(reply ?? body), replyCode: reply ? replyCodeInText(reply) : undefined }, format),
  );
}

function unique(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Recipients and replies from MTA bounce text, most specific evidence first: recipient
 * blocks with a reply code; X-Failed-Recipients; recipient blocks without one; an address
 * named in the bounce text; the To of the returned original.
 */
export function decodeMtaText(ctx: DecodeContext, format = "mta-text"): RecipientFacts[] {
  const body = bounceBody(ctx);
  const isOwn = ownAddresses(ctx);
  // an address in a recipient position counts even when it is also the NDR's addressee (mail to oneself)
  const sender = bareAddressOf(ctx.from);
  const blocks = recipientBlocks(body).filter((b) => b.address.toLowerCase() !== sender);
  const coded = factsFromBlocks(blocks, format, true);
  const failedHeader = unique(ctx.headers("x-failed-recipients").flatMap((v) => addressesIn(v)));
  if (failedHeader.length > 0) {
    const byAddress = new Map(coded.map((f) => [f.address.toLowerCase(), f]));
    const missing = failedHeader.filter((a) => !byAddress.has(a.toLowerCase()));
    const filled = factsWithBodyReply(missing, body, format);
    return failedHeader.map((a) => byAddress.get(a.toLowerCase()) ?? filled.find((f) => f.address.toLowerCase() === a.toLowerCase())!);
  }
  if (coded.length > 0) return coded;
  const uncoded = unique(blocks.map((b) => b.address));
  if (uncoded.length > 0) {
    const facts = factsFromBlocks(blocks, format, false);
    if (facts.length === 1 && !facts[0]!.replyCode && !facts[0]!.status) return factsWithBodyReply([facts[0]!.address], body, format).map((f) => ({ ...f, diagnostic: facts[0]!.diagnostic || f.diagnostic }));
    return facts;
  }
  const rcptTo = unique(rcptToAddresses(body));
  if (rcptTo.length > 0) return factsWithBodyReply(rcptTo, body, format);
  const named = unique(addressesIn(body)).filter((a) => !isOwn(a));
  if (named.length > 0) return factsWithBodyReply([named[0]!], body, format);
  return [];
}

export const mtaText: FormatDecoder = {
  name: "mta-text",
  source: "body",
  detect: () => true,
  decode(ctx) {
    const recipients = decodeMtaText(ctx);
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
