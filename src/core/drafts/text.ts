/** Small text helpers shared by the draft builders. */
import { t } from "../i18n/index.js";
import type { Language } from "../types.js";
import { oneLine } from "../text/one-line.js";

/** "a", "a and b", "a, b and c" in the given language. */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t(lang, "draft.and")} ${items[items.length - 1]}`;
}

/** The domain of an address, lower-cased; undefined when there is none. */
export function domainOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bare = /<([^<>]*)>/.exec(address)?.[1] ?? address;
  const at = bare.lastIndexOf("@");
  if (at < 0) return undefined;
  const domain = bare
    .slice(at + 1)
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();
  return /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(domain) ? domain : undefined;
}

const MONTH_PAD = (n: number) => String(n).padStart(2, "0");

/** A date as "YYYY-MM-DD HH:MM:SS UTC"; the original text when it cannot be read. */
export function formatUtc(date: string | undefined): string | undefined {
  if (!date || date.trim() === "") return undefined;
  const millis = Date.parse(date.trim());
  if (Number.isNaN(millis)) return date.trim();
  const d = new Date(millis);
  return (
    `${d.getUTCFullYear()}-${MONTH_PAD(d.getUTCMonth() + 1)}-${MONTH_PAD(d.getUTCDate())} ` +
    `${MONTH_PAD(d.getUTCHours())}:${MONTH_PAD(d.getUTCMinutes())}:${MONTH_PAD(d.getUTCSeconds())} UTC`
  );
}

/** `text` without any of `chars` at its end (a loop, not a regex: linear on any input). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` on one line, at most `max` characters: cut at the end with "…" when longer. */
export function clip(text: string, max: number): string {
  const flat = oneLine(text);
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * At most `max` characters of `line` on one line, keeping the span at `start` (of `length`
 * characters) in view: a long line is cut around it, with "…" where text was left out.
 */
export function excerpt(line: string, start: number, length: number, max: number): string {
  if (line.length <= max) return clip(line, max);
  const room = Math.max(1, max - 2); // leaves space for an ellipsis at each end
  const span = Math.min(Math.max(0, length), room);
  const before = Math.floor((room - span) / 2);
  const from = Math.max(0, Math.min(start - before, line.length - room));
  const to = Math.min(line.length, from + room);
  const middle = oneLine(line.slice(from, to));
  return `${from > 0 ? "…" : ""}${middle}${to < line.length ? "…" : ""}`;
}
