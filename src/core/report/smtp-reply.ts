import { preferredAddress, trimChars } from "../read/address-scan.js";
import { oneLine } from "../text/one-line.js";

/**
 * Reading codes out of an SMTP reply or a diagnostic line: the 3-digit reply code, the
 * enhanced status code (RFC 3463), and a normalised one-line reply text. All patterns are
 * linear (no nested quantifiers), since reply text is untrusted and can be long.
 */

/** An enhanced status code anywhere in a text, not inside an IP address or a longer number. */
const STATUS_IN_TEXT = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;
const STATUS_EXACT = /^\s*([245])\.(\d{1,3})\.(\d{1,3})(?!\d)/;
/** A reply code at the start of a reply ("550 ", "550-", "550:" or "#550"). */
const REPLY_CODE_LEADING = /^\s*[#([]?([2-5][0-5]\d)(?:[\s\-:;)\],.]|$)/;
/** A reply code followed by an enhanced code or by the usual separator, anywhere in the text. */
const REPLY_CODE_BEFORE_STATUS = /(?:^|[^\d.])([2-5][0-5]\d)[ -]#?[245]\.\d{1,3}\.\d{1,3}(?!\d)/;
const REPLY_CODE_AFTER_SAID =
  /(?:said|returned|reply|response|error|says|status):?[\s'(<[#]{0,4}([2-5][0-5]\d)(?![\d.])/i;

/** A reply code directly followed by an enhanced code: "550 5.7.1", "550-5.7.1", "550-'5.7.1", "550 #5.1.0". */
const REPLY_WITH_STATUS = /(?:^|[^\d.])([2-5][0-5]\d)[ -]['"]?#?([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;

/**
 * The enhanced status code of a reply text. The code that comes with the server's reply
 * code ("550 5.7.1") is preferred over a bare one elsewhere (a gateway's own "5.1.0 -"
 * classification in front of the remote reply), and a failure's pair over a success's: a step
 * that succeeded on the way ("250 2.0.0 OK, then 554 5.7.1 …") is not the outcome.
 */
export function statusInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let success: string | undefined;
  REPLY_WITH_STATUS.lastIndex = 0;
  for (let paired = REPLY_WITH_STATUS.exec(text); paired; paired = REPLY_WITH_STATUS.exec(text)) {
    const status = `${paired[2]}.${Number(paired[3])}.${Number(paired[4])}`;
    if (paired[2] !== "2") return status;
    success ??= status;
  }
  if (success) return success;
  // a bare "2.x.x" is far more often a version ("Mailman 2.0.12") than a success status: only a
  // 2xx reply ("250 2.0.0", paired above) or a Status: field (statusField) makes one
  STATUS_IN_TEXT.lastIndex = 0;
  for (let m = STATUS_IN_TEXT.exec(text); m; m = STATUS_IN_TEXT.exec(text)) {
    if (m[1] !== "2") return `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
  }
  return undefined;
}

/** A failure status that opens a diagnostic line ("-- 5.4.1 Recipient address rejected", "#5.1.1 ..."). */
const STATUS_OPENING_LINE = /^[ \t>*#(-]{0,8}([45])\.(\d{1,3})\.(\d{1,3})(?![\d.])/m;

export function statusOpeningLine(text: string | undefined): string | undefined {
  const m = text ? STATUS_OPENING_LINE.exec(text) : null;
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : undefined;
}

/** The status code a Status: field holds (ignores comments after it). */
export function statusField(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = STATUS_EXACT.exec(value);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : statusInText(value);
}

/**
 * Reply codes that SMTP servers actually send (RFC 5321, RFC 3463's companions, AUTH,
 * STARTTLS and the common extensions). Anything else ("426", "542") is not read as one.
 */
const SMTP_REPLY_CODES = new Set([
  "211",
  "214",
  "220",
  "221",
  "235",
  "250",
  "251",
  "252",
  "253",
  "334",
  "354",
  "421",
  "432",
  "450",
  "451",
  "452",
  "453",
  "454",
  "455",
  "458",
  "459",
  "500",
  "501",
  "502",
  "503",
  "504",
  "521",
  "523",
  "524",
  "525",
  "530",
  "533",
  "534",
  "535",
  "538",
  "550",
  "551",
  "552",
  "553",
  "554",
  "555",
  "556",
  "557",
]);

export function isSmtpReplyCode(code: string | undefined): boolean {
  return code !== undefined && SMTP_REPLY_CODES.has(code);
}

/**
 * Any 3-digit token that stands alone ("550 ", "550-", "'550", "<421 "), in order; not one a bare
 * number follows ("+1 555 0100", "(555) 123-4567", "555-0100"): that is a phone number, while a
 * reply's code is followed by words or an enhanced code ("550 5.1.1", "550-5.1.1").
 */
const REPLY_TOKEN = /(?:^|[\s'"<([:;#=])([2-5]\d\d)(?=[\s\-:;,.)\]'">]|$)(?!\)?[\s-]+(?![245]\.\d{1,3}\.\d)\d)/g;

/**
 * The SMTP reply code of a reply text. In order of preference: a code at the very start, a
 * code paired with an enhanced code ("550 5.7.1"), one after "said:"/"returned", then the
 * first standalone one. Only real SMTP codes count, and a failure code (4xx/5xx) is
 * preferred over a greeting or success code found earlier ("220-host 421 ...").
 */
export function replyCodeInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const candidates: string[] = [];
  const leading = REPLY_CODE_LEADING.exec(text);
  if (leading) candidates.push(leading[1]!);
  const beforeStatus = REPLY_CODE_BEFORE_STATUS.exec(text);
  if (beforeStatus) candidates.push(beforeStatus[1]!);
  const afterSaid = REPLY_CODE_AFTER_SAID.exec(text);
  if (afterSaid) candidates.push(afterSaid[1]!);
  REPLY_TOKEN.lastIndex = 0;
  let scanned = 0;
  for (let m = REPLY_TOKEN.exec(text); m && scanned < 40; m = REPLY_TOKEN.exec(text)) {
    candidates.push(m[1]!);
    scanned++;
  }
  const valid = candidates.filter(isSmtpReplyCode);
  return valid.find((code) => code[0] === "4" || code[0] === "5") ?? valid[0];
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
  // most values (every bare address) have no prefix: no ";", no regex
  if (value.indexOf(";") < 0) return value.trim();
  const m = /^\s*[A-Za-z0-9-]{2,20}\s*;\s*/.exec(value);
  return m ? value.slice(m[0].length).trim() : value.trim();
}

/** The address in a recipient field: type prefix, angle brackets, quotes and trailing dots removed. */
export function cleanAddress(value: string): string {
  const v = stripTypePrefix(value);
  const found = preferredAddress(v);
  if (found) return found.startsWith('"') ? found : trimChars(found, "'<([", closers(found, ">')].:,;"));
  return trimChars(v, "\"'<([", closers(v, ">\"')].:,;")).trim();
}

/** The trailing characters to trim, keeping the "]" that closes an address literal ("a@[192.0.2.5]"). */
function closers(address: string, chars: string): string {
  return address.includes("@[") ? chars.replace("]", "") : chars;
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
