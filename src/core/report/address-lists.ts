/**
 * A line that lists several addresses and nothing else ("a@b, c@d", "Failed addresses: a@b; <c@d>")
 * becomes one line per address, at the line's indentation, under its label as a heading. A list then
 * names each of its recipients the way one address per line does. A labelled list is split only when its label
 * says the addresses failed: under a plain label ("收件人：a@b; c@d", "To: a@b, c@d") a list is a
 * summary of the original's addressees, and stays one line.
 *
 * A list that opens its line and ends in one reply for all of its addresses ("a@b, c@d: 550 5.1.1 user
 * unknown", "<a@b>, <c@d>... Deferred: Connection timed out", as mailers summarise a refused RCPT batch and
 * Sendmail groups one host's recipients) becomes one line per address, each with that reply.
 */
import { reasonStatesFailure } from "./failure-reason.js";

/**
 * One item of a list: an address, bracketed or bare, and nothing else; in ASCII, so that a label
 * in another script glued to the first address ("收件人：a@b") is no item.
 */
const LIST_ITEM = /^<?[^\s<>,;"@\u0080-\uffff]+@[^\s<>,;"@\u0080-\uffff]+>?$/;
/** A label before the list ("Failed addresses: "): no address in it, and short. */
const LABEL_MAX = 60;

/** The lines with every address list split into one line per address; the same array when none is. */
export function splitAddressLists(lines: string[], labelSaysFailed: (label: string) => boolean): string[] {
  let split: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const items = listedAddresses(lines[i]!, labelSaysFailed) ?? listSharingReply(lines[i]!);
    if (items && !split) split = lines.slice(0, i);
    if (split) split.push(...(items ?? [lines[i]!]));
  }
  return split ?? lines;
}

function listedAddresses(line: string, labelSaysFailed: (label: string) => boolean): string[] | undefined {
  // a list needs two "@" and a separator: most lines are ruled out by three searches
  const first = line.indexOf("@");
  if (first < 0 || line.indexOf("@", first + 1) < 0) return undefined;
  if (line.indexOf(",") < 0 && line.indexOf(";") < 0) return undefined;
  const trimmed = line.trim();
  const indent = line.slice(0, line.length - line.trimStart().length);
  const colon = trimmed.search(/: |：/);
  const labelled = colon > 0 && colon <= LABEL_MAX && trimmed.lastIndexOf("@", colon) < 0;
  if (labelled && !labelSaysFailed(trimmed.slice(0, colon))) return undefined;
  const label = labelled ? trimmed.slice(0, colon + (trimmed[colon] === "：" ? 1 : 2)) : "";
  const items = trimmed
    .slice(label.length)
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length < 2 || !items.every((item) => LIST_ITEM.test(item))) return undefined;
  // the label becomes the list's heading, the addresses its lines: a list the way notices write one
  const lines = items.map((item) => indent + item);
  return label ? [indent + label.trimEnd(), ...lines] : lines;
}

/**
 * "a@b, c@d: 550 …", "<a@b>; <c@d>... User unknown" → "a@b: 550 …", "c@d: 550 …" (at the line's
 * indentation), when the reply states a failure or a deferral; undefined for any other line. Parsed by
 * hand, item by item: linear on any line.
 */
function listSharingReply(line: string): string[] | undefined {
  const first = line.indexOf("@");
  if (first < 0 || line.indexOf("@", first + 1) < 0) return undefined;
  const indent = line.slice(0, line.length - line.trimStart().length);
  const items: string[] = [];
  let at = indent.length;
  while (items.length < 50) {
    const token = itemAt(line, at);
    if (!token) return undefined;
    items.push(token.item);
    at = token.end;
    while (line[at] === " ") at++;
    if (token.dots || line[at] === ":" || line.startsWith("...", at)) {
      const separator = token.dots || line[at] !== ":" ? "..." : ":";
      if (!token.dots) at += separator.length;
      const reply = line.slice(at).trim();
      if (items.length < 2 || !reply || !reasonStatesFailure(reply)) return undefined;
      return items.map((item) => `${indent}${item}${separator} ${reply}`);
    }
    if (line[at] !== "," && line[at] !== ";") return undefined;
    at++;
    while (line[at] === " ") at++;
  }
  return undefined;
}

/** The list item (an address, bare or in <>) at `at`: its text, where it ends, and whether "..." closed it. */
function itemAt(line: string, at: number): { item: string; end: number; dots: boolean } | undefined {
  let end = at;
  while (end < line.length && !" ,;:".includes(line[end]!)) end++;
  let item = line.slice(at, end);
  const dots = item.endsWith("...");
  if (dots) item = item.slice(0, -3);
  return LIST_ITEM.test(item) ? { item, end, dots } : undefined;
}
