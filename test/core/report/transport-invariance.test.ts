/**
 * How a bounce was stored must not change what it says. Every engine fixture (test/fixtures/engine) and every
 * message of the dev corpus (../shared/corpus/sisimai/maildir, skipped with a message when absent) is read as it
 * is and after each benign transformation below; the kind, each recipient's address, display name, action and
 * status, and whether its failure is permanent or worth retrying later must stay the same. Each transformation
 * is one a mail tool really applies and that a reader following the RFCs undoes or ignores:
 *  - line ends to CRLF, and to LF: SMTP and Windows tools store CRLF, Unix mailboxes LF (RFC 5322 lines end in
 *    CRLF; a stored LF is the local convention for the same line end);
 *  - an mbox postmark ("From MAILER-DAEMON <date>") put before the message, with the lines that begin "From "
 *    (or ">From ", mboxrd) escaped by one ">": how mbox stores a message; a reader of mbox removes both. A message
 *    already stored as mbox (one message) is read without its postmark and with its escapes removed instead;
 *  - the trace and delivery fields of the top-level header (Return-Path, Delivered-To, X-Original-To,
 *    Envelope-To, Received, X-Received, DKIM/DomainKey signatures, ARC, Authentication-Results, Received-SPF)
 *    removed, or moved after the other fields: they record the way the bounce travelled to the mailbox it was
 *    saved from, which a save or a forward may drop, and none of them says what failed. Other X- fields stay:
 *    some carry the report itself (X-Failed-Recipients) or say what the message is (X-Autoreply). The other
 *    way, the fields the reader's mail store adds on delivery (Delivered-To and X-Original-To with the
 *    address the message is to, a Received) put on top; not a Return-Path, which would say who sent it;
 *  - every text/plain and text/html body in 7bit or 8bit (of a single-part message, or a leaf of its multipart
 *    tree) re-encoded as quoted-printable, and as base64, with the Content-Transfer-Encoding set to say so:
 *    what an MTA's 8bit-to-7bit downgrade or a gateway does; the decoded bytes are the same;
 *    The same for a delivery-status part and a text/rfc822-headers part: MIME's transfer encodings apply to
 *    them as to any part that is not multipart or message/rfc822, and decoding gives back the same fields;
 *  - a charset label unknown to us on those text parts whose body is printable ASCII only (no escape
 *    byte) and not labelled ISO-2022-*, UTF-7 or HZ (which spell other characters in ASCII bytes): every
 *    other charset a mail system labels text with reads ASCII the same, so the label cannot change the text;
 *  - a space and a tab after the text of every non-empty line: transports add such padding (RFC 2045 tells a
 *    quoted-printable decoder to delete it; RFC 2046 allows it after a boundary line) and it means nothing
 *    in text. Messages with format=flowed text are left out: there a trailing space joins lines;
 *  - the top-level header fields unfolded to one line each, and folded before every blank after the 20th
 *    character: RFC 5322 folding only ever inserts a line break before a blank, which unfolding removes;
 *    the same folding of the delivery-status fields and of a text/rfc822-headers part (RFC 3464 fields
 *    follow RFC 5322's syntax, and MTAs fold a long Diagnostic-Code where they like);
 *  - the Subject in RFC 2047 encoded words when it is raw UTF-8 (RFC 6532), and raw UTF-8 when it is encoded:
 *    mailers and gateways convert between the two, the decoded subject is the same;
 *  - field names in lower case (the message's header, its parts', the delivery-status fields, the
 *    returned header): RFC 5322 and RFC 3464 field names are case-insensitive;
 *  - a text body labelled with a charset other than UTF-8 transcoded to UTF-8 and labelled so (when its
 *    bytes are valid in its label): what a gateway or a client that saves in UTF-8 does; the characters
 *    are the same. The other way, a UTF-8 text whose characters all have a place in Windows-1252, in it.
 *  - the Content-Type fields written with blanks around their ";" and "=" (a structured field: blanks may
 *    stand between its tokens), and the delivery-status fields' address and MTA name types ("rfc822",
 *    "dns", "smtp") in upper case with no blank after their ";" (names compared without case);
 *  - the same folding of every MIME part's header fields, and its boundary parameter quoted when it is bare
 *    and bare when it is quoted (RFC 2045: a token value means the same either way);
 *  - what a file's saving adds around a message: a UTF-8 byte-order mark, an empty line before the header,
 *    the last line end of a whole message dropped (doubled when its multipart is not closed). None of it is
 *    the message's; the reader takes a header block after a mark or empty lines as the message's own, and
 *    an empty line or a missing line end at the end of a whole body says nothing. (A message that ends
 *    without a line end inside an unclosed multipart was cut: the missing line end is what tells.)
 * The transformations run over the raw bytes read as Latin-1 (one character a byte), so nothing else changes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeWords } from "postal-mime";
import { describe, expect, it } from "vitest";
import { explainBounces, type Explanation } from "../../../src/core/index.js";
import { engineFixtureFiles } from "../../support/engine-fixtures.js";
import { sharedPath, sharedSkipReason } from "../../support/shared.js";

interface Sample {
  name: string;
  /** the message's bytes, one Latin-1 character a byte */
  text: string;
}

interface Transformation {
  name: string;
  /** the transformed message, or undefined when the transformation does not apply to it */
  apply(text: string): string | undefined;
}

// ───────────────────────── message structure ─────────────────────────

/** The line end the message mostly uses (CRLF, LF, the bare CR of old Mac files, or CR CR LF). */
function lineEnd(text: string): string {
  if (text.includes("\r\r\n")) return "\r\r\n";
  if (text.includes("\r\n")) return "\r\n";
  return text.includes("\n") || !text.includes("\r") ? "\n" : "\r";
}

/** Lines with their own line ends ("" for a last line without one; CR CR LF, a file converted twice, is one). */
function splitLines(text: string): { line: string; end: string }[] {
  const lines: { line: string; end: string }[] = [];
  const pattern = /([^\r\n]*)(\r\r\n|\r\n|\r|\n|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === "") break;
    lines.push({ line: match[1]!, end: match[2]! });
  }
  return lines;
}

interface Split {
  /** an mbox postmark line, with its line end ("" when none) */
  postmark: string;
  /** the top-level header fields, each with its continuation lines and line ends */
  fields: string[];
  /** the empty line and everything after it ("" when the message has no body) */
  rest: string;
}

const POSTMARK = /^From [^\r\n]*(?:\r\n|\r|\n)/;

function splitMessage(text: string): Split | undefined {
  const postmark = POSTMARK.exec(text)?.[0] ?? "";
  const fields: string[] = [];
  let at = postmark.length;
  for (const { line, end } of splitLines(text.slice(postmark.length))) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (fields.length === 0) return undefined;
      fields[fields.length - 1] += line + end;
    } else if (/^[!-9;-~]+[ \t]*:/.test(line)) fields.push(line + end);
    else return undefined;
    at += line.length + end.length;
  }
  return fields.length >= 2 ? { postmark, fields, rest: text.slice(at) } : undefined;
}

function joinMessage({ postmark, fields, rest }: Split): string {
  return postmark + fields.join("") + rest;
}

function fieldName(field: string): string {
  return field.slice(0, field.indexOf(":")).trim().toLowerCase();
}

function fieldValue(fields: string[], name: string): string | undefined {
  const field = fields.find((f) => fieldName(f) === name);
  return field === undefined ? undefined : field.slice(field.indexOf(":") + 1).replace(/\r\n|\r|\n/g, "");
}

// ───────────────────────── transformations ─────────────────────────

const toCrlf = (text: string) => (text.includes("\n") ? text.replace(/\r\r\n|\r\n|\r|\n/g, "\r\n") : undefined);
const toLf = (text: string) => (text.includes("\r") ? text.replace(/\r\r\n|\r\n|\r/g, "\n") : undefined);

const MBOX_POSTMARK = "From MAILER-DAEMON Mon Jan  1 00:00:00 2024";

function asMbox(text: string): string | undefined {
  if (POSTMARK.test(text)) return fromMbox(text);
  const nl = lineEnd(text);
  return `${MBOX_POSTMARK}${nl}${text.replace(/^(>*From )/gm, ">$1")}`;
}

/** A message stored as mbox, back as the message itself; undefined when the file holds more than one. */
function fromMbox(text: string): string | undefined {
  const body = text.replace(POSTMARK, "");
  if (/^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} /m.test(body)) return undefined;
  return body.replace(/^>(>*From )/gm, "$1");
}

const TRACE_FIELDS = new Set([
  "return-path",
  "delivered-to",
  "x-original-to",
  "envelope-to",
  "received",
  "x-received",
  "dkim-signature",
  "x-google-dkim-signature",
  "domainkey-signature",
  "authentication-results",
  "received-spf",
]);

function isTrace(field: string): boolean {
  const name = fieldName(field);
  return TRACE_FIELDS.has(name) || name.startsWith("arc-");
}

function withoutTrace(text: string): string | undefined {
  const split = splitMessage(text);
  if (!split || !split.fields.some(isTrace)) return undefined;
  return joinMessage({ ...split, fields: split.fields.filter((f) => !isTrace(f)) });
}

/**
 * The fields the reader's mailbox adds on delivery (Delivered-To its address, X-Original-To, the last
 * Received) put before the message's own, as a message saved from a server's mail store has them.
 */
function withDeliveryFields(text: string): string | undefined {
  const split = splitMessage(text);
  if (!split) return undefined;
  const nl = lineEnd(split.fields.join(""));
  const to = fieldValue(split.fields, "to") ?? "";
  const reader = /[^\s<>"(),;:]+@[^\s<>"(),;:]+/.exec(to)?.[0] ?? "reader@example.net";
  const added = [
    `Delivered-To: ${reader}${nl}`,
    `X-Original-To: ${reader}${nl}`,
    `Received: from mx.example.net (mx.example.net [192.0.2.25])${nl}\tby store.example.net with LMTP id 3F1A;${nl}\tMon, 1 Jan 2024 00:00:05 +0000${nl}`,
  ];
  return joinMessage({ ...split, fields: [...added, ...split.fields] });
}

function traceLast(text: string): string | undefined {
  const split = splitMessage(text);
  if (!split || !split.fields.some(isTrace)) return undefined;
  const moved = [...split.fields.filter((f) => !isTrace(f)), ...split.fields.filter(isTrace)];
  // the last field keeps the line end before the empty line: every field has one, so the order is free
  return moved.join("") === split.fields.join("") ? undefined : joinMessage({ ...split, fields: moved });
}

/** A leaf of the MIME tree: its media type and transfer encoding, header fields, the empty line after them, and body. */
interface Leaf {
  type: string;
  encoding: string;
  fields: string[];
  blank: string;
  body: string;
  /** the top-level header (a MIME-Version field belongs there, never in a part's) */
  top: boolean;
}

const BOUNDARY = /boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))/i;

/** The header block of a part (or of the message when `top`), undefined when it is not one. */
function splitEntity(text: string, top: boolean): Split | undefined {
  if (top) return splitMessage(text);
  const split = splitMessage(`X-Part: 1\nX-Part: 2\n${text}`);
  return split && { ...split, fields: split.fields.slice(2) };
}

/**
 * The message with `change` applied to every leaf of its MIME tree (the message itself when it is single-part;
 * attached messages are leaves, left whole); undefined when no leaf changes.
 */
function withLeaves(text: string, change: (leaf: Leaf) => string | undefined, top = true): string | undefined {
  const split = splitEntity(text, top);
  if (!split) return undefined;
  const type = (fieldValue(split.fields, "content-type") ?? "text/plain").trim().toLowerCase();
  if (type.startsWith("multipart/")) {
    const match = BOUNDARY.exec(fieldValue(split.fields, "content-type")!);
    if (!match) return undefined;
    const delimiter = `--${match[1] ?? match[2]}`;
    // each part runs from after its delimiter line to the line end before the next delimiter line
    let out = "";
    let partStart = -1;
    let changed = false;
    let at = 0;
    for (const { line, end } of splitLines(split.rest)) {
      if (line.startsWith(delimiter)) {
        if (partStart >= 0) {
          const part = split.rest.slice(partStart, at);
          const lastEnd = /(?:\r\n|\r|\n)$/.exec(part)?.[0] ?? "";
          const content = part.slice(0, part.length - lastEnd.length);
          const replaced = withLeaves(content, change, false);
          if (replaced !== undefined) changed = true;
          out += (replaced ?? content) + lastEnd;
        } else out += split.rest.slice(0, at);
        out += line + end;
        partStart = line.startsWith(`${delimiter}--`) ? -1 : at + line.length + end.length;
        if (partStart < 0) {
          out += split.rest.slice(at + line.length + end.length);
          break;
        }
      }
      at += line.length + end.length;
    }
    return changed && partStart < 0 ? joinMessage({ ...split, rest: out }) : undefined;
  }
  const encoding = (fieldValue(split.fields, "content-transfer-encoding") ?? "7bit").trim().toLowerCase();
  const blank = /^(?:\r\n|\r|\n)/.exec(split.rest)?.[0];
  if (!blank) return undefined;
  const replaced = change({ type, encoding, fields: split.fields, blank, body: split.rest.slice(blank.length), top });
  return replaced === undefined ? undefined : split.postmark + replaced;
}

/** withLeaves for the text/plain and text/html leaves in 7bit or 8bit. */
function withTextLeaves(text: string, change: (leaf: Leaf) => string | undefined): string | undefined {
  return withLeaves(text, (leaf) => {
    const readable = leaf.type.startsWith("text/plain") || leaf.type.startsWith("text/html");
    return readable && (leaf.encoding === "7bit" || leaf.encoding === "8bit") ? change(leaf) : undefined;
  });
}

/** A leaf's header fields, empty line and body, with `fields` in place of its own. */
function leafText(leaf: Leaf, fields: string[], body: string): string {
  return fields.join("") + leaf.blank + body;
}

function withEncoding(leaf: Leaf, encoding: string, body: string): string {
  const nl = leaf.blank;
  const fields = leaf.fields.filter((f) => fieldName(f) !== "content-transfer-encoding");
  if (leaf.top && !fields.some((f) => fieldName(f) === "mime-version")) fields.push(`MIME-Version: 1.0${nl}`);
  fields.push(`Content-Transfer-Encoding: ${encoding}${nl}`);
  return leafText(leaf, fields, body);
}

/** RFC 2045 quoted-printable of the body's bytes, line ends kept as line ends. */
function quotedPrintable(body: string, nl: string): string {
  return splitLines(body)
    .map(({ line, end }) => {
      let encoded = "";
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        const last = i === line.length - 1;
        const literal = (code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last);
        encoded += literal ? line[i] : `=${code.toString(16).toUpperCase().padStart(2, "0")}`;
      }
      // soft line breaks keep every encoded line within 76 characters
      const pieces: string[] = [];
      while (encoded.length > 75) {
        let cut = 75;
        if (encoded[cut - 1] === "=") cut -= 1;
        else if (encoded[cut - 2] === "=") cut -= 2;
        pieces.push(`${encoded.slice(0, cut)}=`);
        encoded = encoded.slice(cut);
      }
      pieces.push(encoded);
      return pieces.join(nl) + (end === "" ? "" : nl);
    })
    .join("");
}

function base64Lines(body: string, nl: string): string {
  return (
    (
      Buffer.from(body, "latin1")
        .toString("base64")
        .match(/.{1,76}/g) ?? []
    ).join(nl) + nl
  );
}

const asQuotedPrintable = (text: string) =>
  withTextLeaves(text, (leaf) => withEncoding(leaf, "quoted-printable", quotedPrintable(leaf.body, leaf.blank)));

const asBase64 = (text: string) =>
  withTextLeaves(text, (leaf) => withEncoding(leaf, "base64", base64Lines(leaf.body, leaf.blank)));

const withUnknownCharset = (text: string) =>
  withTextLeaves(text, (leaf) => {
    if (!/^[\t\n\r -~]*$/.test(leaf.body)) return undefined;
    const type = fieldValue(leaf.fields, "content-type")?.trim() ?? "text/plain";
    // these write other characters in ASCII bytes: there the label decides what the text says
    if (/charset\s*=\s*"?(?:iso-2022|utf-7|hz-)/i.test(type)) return undefined;
    const relabelled = /charset\s*=/i.test(type)
      ? type.replace(/charset\s*=\s*(?:"[^"]*"|[^\s;]+)/i, 'charset="x-ndr-unknown"')
      : `${type}; charset="x-ndr-unknown"`;
    const fields = leaf.fields.filter((f) => fieldName(f) !== "content-type");
    fields.push(`Content-Type: ${relabelled}${leaf.blank}`);
    return leafText(leaf, fields, leaf.body);
  });

function withTrailingBlanks(text: string): string | undefined {
  if (/format\s*=\s*"?flowed/i.test(text)) return undefined;
  return splitLines(text)
    .map(({ line, end }) => (line === "" ? end : `${line} \t${end}`))
    .join("");
}

/**
 * The Subject written the other way: raw UTF-8 (RFC 6532) as RFC 2047 encoded words, encoded words as raw
 * UTF-8. Mailers and gateways convert between the two; the decoded subject is the same.
 */
function subjectRewritten(text: string): string | undefined {
  const split = splitMessage(text);
  const index = split?.fields.findIndex((f) => fieldName(f) === "subject") ?? -1;
  if (!split || index < 0) return undefined;
  const nl = lineEnd(split.fields.join(""));
  const raw = fieldValue(split.fields, "subject")!.trim();
  let value: string;
  if (raw.includes("=?")) {
    const decoded = decodeWords(raw);
    if (decoded === raw || /[\r\n]/.test(decoded)) return undefined;
    value = Buffer.from(UTF8.encode(decoded)).toString("latin1");
  } else {
    let subject: string;
    try {
      subject = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(raw, "latin1"));
    } catch {
      return undefined; // raw bytes in another charset: no one subject to encode
    }
    if (subject === "") return undefined;
    // one encoded word per run of at most 30 characters, folded apart (blanks between words are dropped)
    const words = (subject.match(/[\s\S]{1,30}/gu) ?? []).map(
      (piece) => `=?utf-8?B?${Buffer.from(piece, "utf8").toString("base64")}?=`,
    );
    value = words.join(`${nl} `);
  }
  const fields = [...split.fields];
  fields[index] = `Subject: ${value}${nl}`;
  return joinMessage({ ...split, fields });
}

function unfolded(text: string): string | undefined {
  const split = splitMessage(text);
  if (!split || !split.fields.some((f) => /(?:\r\n|\r|\n)[ \t]/.test(f))) return undefined;
  return joinMessage({ ...split, fields: split.fields.map((f) => f.replace(/(?:\r\n|\r|\n)(?=[ \t])/g, "")) });
}

/** A field (its continuation lines unfolded) folded before every blank after its 20th character. */
function foldNarrow(field: string, nl: string): string {
  const line = field.replace(/(?:\r\n|\r|\n)(?=[ \t])/g, "").replace(/(?:\r\n|\r|\n)$/, "");
  const lastText = line.search(/\S\s*$/);
  const lines = [line.slice(0, 20)];
  for (let i = 20; i < line.length; i++) {
    const current = lines[lines.length - 1]!;
    // never a line of blanks only: it would read as the empty line that ends the header
    if ((line[i] === " " || line[i] === "\t") && /\S/.test(current) && i < lastText) lines.push(line[i]!);
    else lines[lines.length - 1] = current + line[i];
  }
  return lines.join(nl) + nl;
}

function foldedNarrow(text: string): string | undefined {
  const split = splitMessage(text);
  if (!split) return undefined;
  const changed = joinMessage({ ...split, fields: split.fields.map((f) => foldNarrow(f, lineEnd(text))) });
  return changed === text ? undefined : changed;
}

/** The header fields of a delivery-status document (or of the original's header), field by field. */
function documentFields(body: string): string[] | undefined {
  const fields: string[] = [];
  for (const { line, end } of splitLines(body)) {
    if (/^[ \t]/.test(line) && fields.length > 0 && !fields[fields.length - 1]!.match(/^(?:\r\n|\r|\n)$/))
      fields[fields.length - 1] += line + end;
    else if (line === "" || /^[!-9;-~]+[ \t]*:/.test(line)) fields.push(line + end);
    else return undefined;
  }
  return fields;
}

const isDocumentLeaf = (leaf: Leaf) =>
  (leaf.type.startsWith("message/delivery-status") || leaf.type.startsWith("text/rfc822-headers")) &&
  (leaf.encoding === "7bit" || leaf.encoding === "8bit");

/** Field names in lower case: in the message's header, every part's, the delivery-status fields, the original's. */
function lowerCaseNames(text: string): string | undefined {
  const lower = (field: string) => field.replace(/^[^:]*:/, (name) => name.toLowerCase());
  const split = splitMessage(text);
  if (!split) return undefined;
  const top = joinMessage({ ...split, fields: split.fields.map(lower) });
  const changed =
    withLeaves(top, (leaf) => {
      const body = isDocumentLeaf(leaf) ? documentFields(leaf.body)?.map(lower).join("") : undefined;
      return leafText(leaf, leaf.fields.map(lower), body ?? leaf.body);
    }) ?? top;
  return changed === text ? undefined : changed;
}

/** The delivery-status fields (and the original's header fields in a text/rfc822-headers part) folded narrow. */
const documentFolded = (text: string) =>
  withLeaves(text, (leaf) => {
    const fields = isDocumentLeaf(leaf) ? documentFields(leaf.body) : undefined;
    if (!fields) return undefined;
    const body = fields.map((f) => (/^(?:\r\n|\r|\n)$/.test(f) ? f : foldNarrow(f, leaf.blank))).join("");
    return body === leaf.body ? undefined : leafText(leaf, leaf.fields, body);
  });

const documentsAsBase64 = (text: string) =>
  withLeaves(text, (leaf) =>
    isDocumentLeaf(leaf) ? withEncoding(leaf, "base64", base64Lines(leaf.body, leaf.blank)) : undefined,
  );

const documentsAsQuotedPrintable = (text: string) =>
  withLeaves(text, (leaf) =>
    isDocumentLeaf(leaf) ? withEncoding(leaf, "quoted-printable", quotedPrintable(leaf.body, leaf.blank)) : undefined,
  );

/** Every part's header fields folded narrow (the message's own are foldedNarrow's). */
const partFieldsFolded = (text: string) =>
  withLeaves(text, (leaf) =>
    leaf.top
      ? undefined
      : leafText(
          leaf,
          leaf.fields.map((f) => foldNarrow(f, leaf.blank)),
          leaf.body,
        ),
  );

/** RFC 2045: a parameter value that is a token may be written quoted or not; the value is the same. */
function boundaryRequoted(text: string): string | undefined {
  const token = "[A-Za-z0-9'+_.-]+";
  const changed = text.replace(
    new RegExp(`boundary="(${token})"|boundary=(${token})(?=[\\s;]|$)`, "gi"),
    (_whole, quoted: string | undefined, bare: string | undefined) =>
      quoted !== undefined ? `boundary=${quoted}` : `boundary="${bare}"`,
  );
  return changed === text ? undefined : changed;
}

/**
 * A whole message without the line end after its last line (a file an editor saved so), or with one more.
 * A message that ends without one while its multipart is not closed was cut short: there the missing line
 * end is the evidence that the last line is half a line, so neither adding one to it nor taking one from a
 * multipart that was never closed is benign.
 */
function lastLineEnds(text: string): string | undefined {
  const last = /(?:\r\n|\r|\n)$/.exec(text)?.[0];
  if (!last) return undefined;
  const split = splitMessage(text);
  const boundary = BOUNDARY.exec(split ? (fieldValue(split.fields, "content-type") ?? "") : "");
  const unclosed = boundary !== null && !text.includes(`--${boundary[1] ?? boundary[2]}--`);
  return unclosed ? text + last : text.slice(0, -last.length);
}

/** RFC 2045's Content-Type is a structured field: blanks may stand around its ";" and "=". */
function spacedContentTypes(text: string): string | undefined {
  const changed = text
    .replace(/^(content-type:[ \t]*)([^;\r\n]+);[ \t]*/gim, "$1$2 ; ")
    .replace(/^(content-type:[^\r\n]*?)(charset|boundary|report-type)=/gim, "$1$2 = ");
  return changed === text ? undefined : changed;
}

/** RFC 3464's address and MTA name types ("rfc822", "dns", "smtp") are names, compared without case. */
const upperCaseTypes = (text: string) =>
  withLeaves(text, (leaf) => {
    if (!isDocumentLeaf(leaf) || !leaf.type.startsWith("message/")) return undefined;
    const body = leaf.body.replace(
      /^((?:final|original)-recipient|remote-mta|reporting-mta|diagnostic-code)([ \t]*:[ \t]*)([a-z0-9-]+)[ \t]*;[ \t]*/gim,
      (_whole, name: string, colon: string, type: string) => `${name}${colon}${type.toUpperCase()};`,
    );
    return body === leaf.body ? undefined : leafText(leaf, leaf.fields, body);
  });

const UTF8 = new TextEncoder();

/** A text body in a charset other than UTF-8 transcoded to UTF-8, and labelled so: the same characters. */
const asUtf8 = (text: string) =>
  withTextLeaves(text, (leaf) => {
    const label = /charset\s*=\s*"?([^\s";]+)/i.exec(fieldValue(leaf.fields, "content-type") ?? "")?.[1]?.toLowerCase();
    if (!label || /^(?:utf-?8|us-ascii|ascii)$/.test(label) || /^[\t\n\r -~]*$/.test(leaf.body)) return undefined;
    let decoded: string;
    try {
      decoded = new TextDecoder(label, { fatal: true }).decode(Buffer.from(leaf.body, "latin1"));
    } catch {
      return undefined; // a label we cannot decode, or bytes that are not in it: no transcoding to compare
    }
    return relabelled(leaf, "utf-8", Buffer.from(UTF8.encode(decoded)).toString("latin1"));
  });

/** The leaf with its body in `charset`, in 8bit, and labelled so. */
function relabelled(leaf: Leaf, charset: string, body: string): string {
  const type = fieldValue(leaf.fields, "content-type")?.trim() ?? "text/plain";
  const fields = leaf.fields.filter((f) => !/^content-(?:type|transfer-encoding)$/.test(fieldName(f)));
  const label = `charset=${charset}`;
  fields.push(
    `Content-Type: ${/charset\s*=/i.test(type) ? type.replace(/charset\s*=\s*(?:"[^"]*"|[^\s;]+)/i, label) : `${type}; ${label}`}${leaf.blank}`,
  );
  fields.push(`Content-Transfer-Encoding: 8bit${leaf.blank}`);
  return leafText(leaf, fields, body);
}

/** Windows-1252's byte for each character it has (Latin-1's, with its own letters in 0x80-0x9F). */
const WINDOWS_1252 = new Map<string, number>();
const windows1252 = new TextDecoder("windows-1252");
for (let byte = 0; byte < 256; byte++) WINDOWS_1252.set(windows1252.decode(Uint8Array.of(byte)), byte);

/** A UTF-8 text body whose characters all have a place in Windows-1252 transcoded to it, and labelled so. */
const asWindows1252 = (text: string) =>
  withTextLeaves(text, (leaf) => {
    const label = /charset\s*=\s*"?([^\s";]+)/i.exec(fieldValue(leaf.fields, "content-type") ?? "")?.[1];
    if (!label || !/^utf-?8$/i.test(label) || /^[\t\n\r -~]*$/.test(leaf.body)) return undefined;
    let decoded: string;
    try {
      decoded = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(leaf.body, "latin1"));
    } catch {
      return undefined;
    }
    const bytes = [...decoded].map((c) => WINDOWS_1252.get(c));
    if (bytes.some((b) => b === undefined)) return undefined;
    return relabelled(leaf, "windows-1252", String.fromCharCode(...(bytes as number[])));
  });

const TRANSFORMATIONS: Transformation[] = [
  { name: "line ends as CRLF", apply: toCrlf },
  { name: "line ends as LF", apply: toLf },
  { name: "stored as mbox (or taken out of it)", apply: asMbox },
  { name: "without trace fields", apply: withoutTrace },
  { name: "trace fields moved last", apply: traceLast },
  { name: "delivery fields added", apply: withDeliveryFields },
  { name: "body as quoted-printable", apply: asQuotedPrintable },
  { name: "body as base64", apply: asBase64 },
  { name: "ASCII body labelled with an unknown charset", apply: withUnknownCharset },
  { name: "blanks after every line", apply: withTrailingBlanks },
  { name: "header fields unfolded", apply: unfolded },
  { name: "header fields folded at every blank", apply: foldedNarrow },
  { name: "field names in lower case", apply: lowerCaseNames },
  { name: "Subject as encoded words, or as raw UTF-8", apply: subjectRewritten },
  { name: "delivery-status fields folded at every blank", apply: documentFolded },
  { name: "text transcoded to UTF-8", apply: asUtf8 },
  { name: "UTF-8 text transcoded to Windows-1252", apply: asWindows1252 },
  { name: "delivery-status and returned header parts as base64", apply: documentsAsBase64 },
  { name: "delivery-status and returned header parts as quoted-printable", apply: documentsAsQuotedPrintable },
  { name: "part header fields folded at every blank", apply: partFieldsFolded },
  { name: "boundary parameters quoted, or unquoted", apply: boundaryRequoted },
  { name: "a byte-order mark before the message", apply: (text: string) => `\xef\xbb\xbf${text}` },
  { name: "an empty line before the message", apply: (text: string) => lineEnd(text) + text },
  { name: "the last line end dropped, or doubled", apply: lastLineEnds },
  { name: "Content-Type written with blanks around its ';' and '='", apply: spacedContentTypes },
  { name: "delivery-status address types in upper case, no blank after ';'", apply: upperCaseTypes },
];

// ───────────────────────── answers ─────────────────────────

/** What must not change: the kind, and per recipient who, how, with which status, and whether it is final. */
function answer(explanation: Explanation): string[] {
  return [
    explanation.report.kind,
    ...explanation.recipients.map(
      ({ facts, diagnosis }) =>
        `${facts.address} [${facts.displayName ?? ""}] ${facts.action} ${facts.status ?? "-"}` +
        `${diagnosis.permanent ? " permanent" : ""}${diagnosis.retryLater ? " retry-later" : ""}`,
    ),
  ];
}

const BATCH = 32;

async function answers(texts: { name: string; text: string }[]): Promise<string[][]> {
  const found: string[][] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const batch = texts.slice(i, i + BATCH);
    const explained = await explainBounces(
      batch.map(({ name, text }) => ({ kind: "bytes", data: new Uint8Array(Buffer.from(text, "latin1")), name })),
    );
    found.push(...explained.map(answer));
  }
  return found;
}

/** The samples whose answer changes under the transformation, each with both answers. */
async function changedAnswers(samples: Sample[], originals: string[][], transformation: Transformation) {
  const variants: { index: number; name: string; text: string }[] = [];
  samples.forEach((sample, index) => {
    const text = transformation.apply(sample.text);
    if (text !== undefined && text !== sample.text) variants.push({ index, name: sample.name, text });
  });
  const found = await answers(variants);
  const changed = variants
    .map((v, i) => ({ name: v.name, before: originals[v.index]!.join(" | "), after: found[i]!.join(" | ") }))
    .filter(({ before, after }) => before !== after)
    .map(({ name, before, after }) => `${name}: ${before} -> ${after}`);
  return { applied: variants.length, changed };
}

/** Each transformation must apply to at least `minimumApplied` of the samples: none may pass by doing nothing. */
function checkSamples(title: string, load: () => Sample[], minimumApplied: number): void {
  describe(title, () => {
    let samples: Sample[] | undefined;
    let originals: Promise<string[][]> | undefined;
    const prepared = () => {
      samples ??= load();
      originals ??= answers(samples);
      return { samples, originals };
    };
    for (const transformation of TRANSFORMATIONS) {
      it(transformation.name, { timeout: 60_000 }, async () => {
        const { samples, originals } = prepared();
        const { applied, changed } = await changedAnswers(samples, await originals, transformation);
        expect(applied, "messages the transformation applies to").toBeGreaterThanOrEqual(minimumApplied);
        expect(changed).toEqual([]);
      });
    }
  });
}

checkSamples(
  "engine fixtures read the same however they were stored",
  () => engineFixtureFiles().map((f) => ({ name: `${f.cls}/${f.name}.eml`, text: readFileSync(f.eml, "latin1") })),
  10,
);

const CORPUS = "corpus/sisimai/maildir";
const corpusSkip = sharedSkipReason(CORPUS);
if (corpusSkip) console.warn(`transport-invariance: the dev corpus is ${corpusSkip}`);

/**
 * maildir/dos and maildir/mac hold CRLF and CR copies of 80 bsd messages: the line-end transformations of
 * their bsd twins cover them (and engine-accuracy compares the twins), so they are left out to keep the run short.
 */
const LINE_END_COPIES = new Set(["dos", "mac"]);

function corpusSamples(): Sample[] {
  const root = sharedPath(CORPUS);
  const found: Sample[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (LINE_END_COPIES.has(folder)) continue;
    for (const file of readdirSync(join(root, folder)).sort())
      found.push({ name: `${folder}/${file}`, text: readFileSync(join(root, folder, file), "latin1") });
  }
  return found;
}

describe.skipIf(corpusSkip)("dev corpus", () => {
  // the corpus has few UTF-8 text parts beyond ASCII (3 that Windows-1252 can hold)
  checkSamples("dev corpus messages read the same however they were stored", corpusSamples, 3);
});
