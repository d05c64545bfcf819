/**
 * The path the message took: Exchange's "Message Hops" table when the NDR has one, else the
 * Received headers of the original (oldest first).
 */
import { headerValues } from "../read/header-fields.js";
import { containsAnyOf } from "../read/phrases.js";
import type { HeaderField, Hop } from "../types.js";
import { allHeadings, isHeadingLine } from "./headings.js";
import { packedMap } from "../packed-map.js";

const HOP_HEADINGS = allHeadings("messageHops");
const ORIGINAL_HEADINGS = allHeadings("originalHeaders");
const HAS_HOP_HEADING = containsAnyOf(HOP_HEADINGS);

/** One Received header → a hop: "from X ... by Y ... with Z ...; date". */
export function hopFromReceived(value: string): Hop {
  const hop: Hop = {};
  const from = /\bfrom\s+([^\s;()]+)/i.exec(value);
  const by = /\bby\s+([^\s;()]+)/i.exec(value);
  const withProtocol = /\bwith\s+([^\s;()]+)/i.exec(value);
  const semicolon = value.lastIndexOf(";");
  if (from) hop.from = from[1]!;
  if (by) hop.by = by[1]!;
  if (withProtocol) hop.with = withProtocol[1]!;
  if (semicolon >= 0) {
    const time = value.slice(semicolon + 1).trim();
    if (time) hop.time = time;
  }
  return hop;
}

/**
 * Rows of the enhanced NDR's hop table: "HOP  TIME (UTC)  FROM  TO  WITH  RELAY TIME", where
 * Outlook often wraps the time onto a second line. Rows start with the hop number.
 */
export function hopsFromTable(text: string, lower = text.toLowerCase()): Hop[] {
  if (!HAS_HOP_HEADING(lower)) return [];
  const lines = text.split("\n");
  const at = lines.findIndex((line) => isHeadingLine(line, HOP_HEADINGS));
  if (at < 0) return [];
  const rows: string[] = [];
  for (let i = at + 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeadingLine(line, ORIGINAL_HEADINGS)) break;
    if (/^\s*\d{1,3}\s/.test(line)) rows.push(line.trim());
    else if (line.trim() !== "" && rows.length > 0) rows[rows.length - 1] += ` ${line.trim()}`;
    else if (line.trim() === "" && rows.length > 0 && lines[i + 1]?.trim() === "") break;
  }
  return packedMap(rows, (row) => {
    const cells = row
      .split(/\t+| {2,}/)
      .map((c) => c.trim())
      .filter((c) => c !== "");
    // cells: hop, date[, time], from?, to, with?, relay — keep the host-looking cells in order
    const hosts = cells.filter((c) => /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(c) && !/^\d+(?:\.\d+)*$/.test(c));
    const time = cells
      .slice(1)
      .filter((c) => /\d{1,2}[/.:]\d{1,2}/.test(c) || /\b(?:AM|PM)\b/.test(c))
      .join(" ");
    const withCell = cells.find((c) => /^(?:E?SMTPS?A?|Microsoft SMTP Server.*|mapi|HTTP|SMTP)$/i.test(c));
    const hop: Hop = {};
    if (hosts.length >= 2) {
      hop.from = hosts[0]!;
      hop.by = hosts[1]!;
    } else if (hosts.length === 1) hop.by = hosts[0]!;
    if (withCell) hop.with = withCell;
    if (time) hop.time = time;
    return hop;
  });
}

/** `lower` is the text lower-cased, when the caller has it already. */
export function readHops(text: string, originalFields: HeaderField[], lower?: string): Hop[] {
  const table = hopsFromTable(text, lower);
  if (table.length > 0) return table;
  return packedMap(headerValues(originalFields, "received"), hopFromReceived).reverse();
}
