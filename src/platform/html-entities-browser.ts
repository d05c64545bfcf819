/**
 * Browser stand-in for postal-mime's table of HTML named character references, wired in by
 * webpack.config.js. That table is the WHATWG list (2,231 names, ~12 KB of gzip JavaScript on the
 * pane's first load); every browser already carries the same list in its HTML parser. postal-mime
 * only asks `typeof htmlEntities[match] === "string"` and reads the value, so a lookup that
 * decodes one name at a time in a detached <textarea> answers the same. A textarea's content is
 * plain text to the parser (RCDATA): no element is ever created, nothing loads or runs, and only
 * strings of letters, digits, "&" and ";" get there. Node keeps postal-mime's own table.
 */

/**
 * The value of the named reference `name` ("&amp;", "&AElig"), or undefined when the table has no
 * such name, given a decoder that works like the HTML parser on text.
 */
export function namedReference(name: string, decode: (text: string) => string): string | undefined {
  if (!/^&[A-Za-z]+\d*;?$/.test(name)) return undefined; // numeric ones postal-mime decodes itself
  const decoded = decode(name);
  if (decoded === name) return undefined;
  // Not a name of the table but one that starts with an old semicolon-less one ("&notit;" → "¬it;"):
  // the parser decodes only that start and keeps the rest, so the output ends as the input does.
  // A real name's value never ends with the name's last character, except for "&semi;" (";").
  if (name !== "&semi;" && decoded.endsWith(name.charAt(name.length - 1))) return undefined;
  return decoded;
}

let textarea: HTMLTextAreaElement | undefined;
const known = new Map<string, string | undefined>();

function decodeAsHtmlText(text: string): string {
  textarea ??= document.createElement("textarea");
  textarea.innerHTML = text;
  return textarea.value;
}

function lookup(name: string): string | undefined {
  if (typeof document === "undefined") return undefined; // no parser here: the reference stays as written
  if (!known.has(name)) known.set(name, namedReference(name, decodeAsHtmlText));
  return known.get(name);
}

export const htmlEntities: Record<string, string | undefined> = new Proxy(
  {},
  { get: (_table, key) => (typeof key === "string" ? lookup(key) : undefined) },
);
