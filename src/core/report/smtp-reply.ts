/**
 * Reading codes out of an SMTP reply or a diagnostic line: the 3-digit reply code, the
 * enhanced status code (RFC 3463), and a normalised one-line reply text. All patterns are
 * linear (no nested quantifiers), since reply text is untrusted and can be long.
 */

/** An enhanced status code anywhere in a text, not inside an IP address or a longer number. */
const STATUS_IN_TEXT = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/;
const STATUS_EXACT = /^\s*([245])\.(\d{1,3})\.(\d{1,3})(?!\d)/;
/** A reply code at the start of a reply ("550 ", "550-", "550:" or "#550"). */
const REPLY_CODE_LEADING = /^\s*[#(\[]?([2-5][0-5]\d)(?:[\s\-:;)\],.]|$)/;
/** A reply code followed by an enhanced code or by the usual separator, anywhere in the text. */
const REPLY_CODE_BEFORE_STATUS = /(?:^|[^\d.])([2-5][0-5]\d)[ \-]#?[245]\.\d{1,3}\.\d{1,3}(?!\d)/;
const REPLY_CODE_AFTER_SAID = /(?:said|returned|reply|response|error|host said|says|status):?\s*'?[(<\[]?\s*#?([2-5][0-5]\d)(?![\d.])/i;

export function statusInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = STATUS_IN_TEXT.exec(text);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : undefined;
}

/** The status code a Status: field holds (ignores comments after it). */
export function statusField(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = STATUS_EXACT.exec(value);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : statusInText(value);
}

/** The SMTP reply code of a reply text: at its start, or before an enhanced code, or after "said:". */
export function replyCodeInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const leading = REPLY_CODE_LEADING.exec(text);
  if (leading) return leading[1];
  const beforeStatus = REPLY_CODE_BEFORE_STATUS.exec(text);
  if (beforeStatus) return beforeStatus[1];
  const afterSaid = REPLY_CODE_AFTER_SAID.exec(text);
  return afterSaid ? afterSaid[1] : undefined;
}

/** Collapses runs of whitespace (folded lines) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A multi-line SMTP reply as one line: "550-5.7.1 a\n550-5.7.1 b\n550 5.7.1 c" → "550 5.7.1 a b c".
 * The first line keeps its codes; continuation prefixes of the same code are removed.
 */
export function joinMultilineReply(text: string): string {
  const lines = text.split("\n");
  if (lines.length === 1) return oneLine(text);
  const first = /^\s*([2-5]\d\d)[- ]/.exec(lines[0]!);
  if (!first) return oneLine(text);
  const code = first[1]!;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line.startsWith(code) && (line[3] === "-" || line[3] === " ")) {
      if (i === 0) line = `${code} ${line.slice(4)}`;
      else line = line.slice(4).replace(/^[245]\.\d{1,3}\.\d{1,3}\s+/, "");
    }
    if (line) out.push(line);
  }
  return oneLine(out.join(" "));
}

/** Strips the type prefix of a DSN field ("rfc822; a@b", "dns; mx", "smtp; 550 ..."). */
export function stripTypePrefix(value: string): string {
  const m = /^\s*[A-Za-z0-9-]{2,20}\s*;\s*/.exec(value);
  return m ? value.slice(m[0].length).trim() : value.trim();
}

/** The address in a recipient field: type prefix, angle brackets, quotes and trailing dots removed. */
export function cleanAddress(value: string): string {
  let v = stripTypePrefix(value);
  const angle = /<([^<>]*@[^<>]*)>/.exec(v);
  if (angle) v = angle[1]!;
  else {
    const plain = /[^\s<>()"',;:]+@[^\s<>()"',;:]+/.exec(v);
    if (plain) v = plain[0];
  }
  return v.replace(/^["'<(\[]+|[>"')\].:,;]+$/g, "").trim();
}

/** A plausible e-mail address (local@domain with a dot, or a bracketed IP). */
export function isAddress(value: string | undefined): value is string {
  if (!value) return false;
  return /^[^\s@<>()]{1,200}@[^\s@<>()]{1,253}$/.test(value) && (value.includes(".") || value.endsWith("]"));
}

/** Reply code and status class agree (a 5xx with 5.x.x, a 4xx with 4.x.x). */
export function sameClass(replyCode: string | undefined, status: string | undefined): boolean {
  return !replyCode || !status || replyCode[0] === status[0];
}
