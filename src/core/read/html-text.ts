/**
 * HTML reduced to plain text for reading, never rendered: tags dropped, block ends become
 * line breaks, the common entities decoded. Linear scans only (HTML bodies can be large).
 */
import { packedMap } from "../packed-map.js";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  aelig: "æ",
  oslash: "ø",
  aring: "å",
  AElig: "Æ",
  Oslash: "Ø",
  Aring: "Å",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  eacute: "é",
  egrave: "è",
  agrave: "à",
  ccedil: "ç",
  ntilde: "ñ",
  copy: "©",
};

const BLOCK_TAGS = new Set([
  "br",
  "p",
  "div",
  "tr",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "pre",
  "blockquote",
  "hr",
]);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const length = html.length;
  let lower: string | undefined;
  while (i < length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const name = /^\/?([A-Za-z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? "";
    if (name === "script" || name === "style" || name === "head") {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, gt);
      i = close < 0 ? length : html.indexOf(">", close) + 1 || length;
      continue;
    }
    if (tag.startsWith("!--")) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? length : end + 3;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push("\n");
    else if (name === "td" || name === "th") out.push(" ");
    i = gt + 1;
  }
  const lines = packedMap(decodeEntities(out.join("")).split("\n"), (line) => line.trimEnd());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" && kept.length > 0 && kept[kept.length - 1] === "") continue;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return safeCodePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith("#")) return safeCodePoint(parseInt(entity.slice(1), 10), whole);
    return NAMED_ENTITIES[entity] ?? NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return fallback;
  return String.fromCodePoint(code);
}
