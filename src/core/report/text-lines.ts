/** Small line-oriented helpers shared by the body-text decoders. No regex backtracking traps. */
import { scanAddresses } from "../read/address-scan.js";
import { cleanAddress, isAddress } from "./smtp-reply.js";

/**
 * The address when the whole line is one recipient: "a@b", "<a@b>", "a@b<mailto:a@b>",
 * "Name (a@b)", "Name <a@b>", optionally followed by a colon. Undefined otherwise.
 */
const SENTENCE_BEFORE_ADDRESS = /\b(?:to|at|from|via|by|contact|email|e-mail|write|reply)$/i;

export function addressLine(line: string): string | undefined {
  let t = line.trim();
  if (t.length === 0 || t.length > 320 || t.indexOf("@") < 0) return undefined;
  const mailto = t.toLowerCase().indexOf("<mailto:");
  if (mailto > 0) t = t.slice(0, mailto).trim();
  if (t.endsWith(":")) t = t.slice(0, -1).trim();
  if (t.indexOf(" ") < 0 && t.indexOf("\t") < 0) {
    // only the address itself, bare or in <>; "FROM:<a@b>" is a command, not a recipient line
    const address = cleanAddress(t);
    return isAddress(address) && (t === address || t === `<${address}>` || t === `"${address}"`) ? address : undefined;
  }
  const last = t[t.length - 1];
  if (last === ">" || last === ")") {
    const open = t.lastIndexOf(last === ">" ? "<" : "(");
    if (open < 0) return undefined;
    // "From: Name <a@b>" is a header line and "please contact <a@b>", "Please reply to <a@b>" sentences,
    // not recipient lines: a name does not end in a preposition or a verb that hands over to the address
    const name = t.slice(0, open).trim();
    if (name.indexOf(":") >= 0 || name.length > 60 || name.split(/\s+/).length > 4) return undefined;
    if (SENTENCE_BEFORE_ADDRESS.test(name)) return undefined;
    const inside = t.slice(open + 1, -1).trim();
    if (/\s/.test(inside)) return undefined;
    const address = cleanAddress(inside);
    return isAddress(address) ? address : undefined;
  }
  return undefined;
}

/** Index of the first line at or after `from` for which `test` holds, or -1. */
export function findLine(lines: string[], test: (line: string) => boolean, from = 0, to = lines.length): number {
  for (let i = from; i < to; i++) if (test(lines[i]!)) return i;
  return -1;
}

/** addressesIn of each value, one list after the other (values.flatMap(addressesIn) without its copies). */
export function addressesInEach(values: readonly string[]): string[] {
  const found: string[] = [];
  for (const value of values) for (const address of addressesIn(value)) found.push(address);
  return found;
}

/** Every distinct address in a text, in order (bounded). */
export function addressesIn(text: string, limit = 50): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const hit of scanAddresses(text, limit * 2)) {
    const key = hit.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(hit.address);
    if (found.length >= limit) break;
  }
  return found;
}

/** The line of `text` that holds position `at`, without its line break. */
export function lineAround(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, end < 0 ? undefined : end);
}

/** The text of the line that holds position `at`, up to `at`: at most its last `max` characters. */
export function lineBefore(text: string, at: number, max = Infinity): string {
  return text.slice(Math.max(text.lastIndexOf("\n", at - 1) + 1, at - max), at);
}
