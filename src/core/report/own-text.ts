/**
 * Where the bounce's own words end and the copy of the original message begins. The returned
 * original is evidence of what was sent, never of what failed: statuses, recipients, causes and
 * "is this a challenge or a warning?" are read from the own text only.
 */
import { firstIndexOfAny } from "../read/phrases.js";

/** Where MTAs start the copy of the original message (lower-case, anywhere in a line). */
export const ORIGINAL_MARKERS = [
  "------ this is a copy of the message",
  "------ this is a copy of your message",
  "--- below this line is a copy of the message",
  "--- below this line is the original message",
  "--- below is a copy of the message",
  "--- enclosed are the original headers of the message",
  "a copy of the original message below this line",
  "----- original message follows -----",
  "------ original message follows ------",
  "-----original message-----",
  "----- original message -----",
  "--- original message ---",
  "----- unsent message follows -----",
  "- message text follows: -",
  "--- returned message ---",
  "--- the header of the original message is following. ---",
  "---------- original message header ----------",
  "original message headers:",
  "------ the header of the original message ------",
  "-- the original message header --",
  "content-type: message/rfc822",
  "----- message header follows -----",
  "original message:",
  "original message follows",
];
/** Where the copy of the original begins in the lower-cased text (the first marker), or -1. */
export const originalMarkerAt = firstIndexOfAny(ORIGINAL_MARKERS);

/** Header fields that only a copied message starts with (the bounce text ends there). */
const HEADER_BLOCK_START =
  /^(?:Received|Return-Path|X-Originating-IP|DKIM-Signature|ARC-Seal|X-Received|Delivered-To)\s?:/i;
/** Fields of an ordinary message header; three in a row mean a copied original. */
const ORDINARY_FIELD =
  /^(?:Date|From|To|Cc|Subject|Message-ID|MIME-Version|Content-Type|Reply-To|Sender|In-Reply-To|References)\s?:/i;

/**
 * A line as the copied message wrote it: without the "> " of a quoted copy ("> From: …"). A
 * transcript's ">>> RCPT TO:" is the bounce's own and keeps its marks.
 */
function unquoted(line: string | undefined): string {
  if (line === undefined) return "";
  return line.startsWith(">") && !line.startsWith(">>") ? line.slice(line.startsWith("> ") ? 2 : 1) : line;
}

/** `following(n)`: the n-th line after `line`, undefined past the end of the text. */
function startsQuotedHeaders(line: string, following: (count: number) => string | undefined): boolean {
  line = unquoted(line);
  if (line.startsWith("From ") && following(1) !== undefined && ORDINARY_FIELD.test(unquoted(following(1))))
    return true;
  // both field patterns need a colon: most lines of prose are ruled out without a regex
  if (line.indexOf(":") < 0) return false;
  if (HEADER_BLOCK_START.test(line)) return true;
  return (
    ORDINARY_FIELD.test(line) &&
    ORDINARY_FIELD.test(unquoted(following(1))) &&
    ORDINARY_FIELD.test(unquoted(following(2)))
  );
}

/** Where the marker's line starts when only rule characters stand before it ("|----- Message text follows"). */
function markerLineStart(text: string, markerAt: number): number {
  const lineStart = text.lastIndexOf("\n", markerAt - 1) + 1;
  return /^[^a-z0-9]*$/i.test(text.slice(lineStart, markerAt)) ? lineStart : markerAt;
}

/**
 * A line that introduces the returned text: "The text you sent follows:", "Your message reads (in
 * part):", MMDF's "Your message begins as follows:".
 */
const COPY_INTRO =
  /\b(?:(?:text|copy|body|start) of (?:the |your )?(?:returned |original |undelivered )?(?:message|mail)|(?:your|the) (?:original |returned )?(?:message|mail) (?:reads|follows|as follows|begins as follows)|(?:text|message) (?:that )?you sent (?:follows|reads|is)|(?:returned|original|unsent|undelivered) (?:message|mail|text)(?: text)? (?:follows|below))\b/i;
/** A framing line ("===== … =====", "|---- … ----|") about the message and its copy, not about errors or a transcript. */
const FRAMED = /^[-=*_|]{3,}/;
const MESSAGE_WORD = /\bmessage\b/i;
const COPY_WORD = /\b(?:original|returned|unsent|copy|follows|below|attached|text|header)\b/i;
const NOT_COPY_WORD = /transcript|error|fail|address|recipient|diagnostic|session|reason|report/i;

/**
 * The line starts the copy of the message by what it says, in a shape no marker list holds: a framing
 * line about the message's text or copy, or a sentence ending in ":" that introduces it.
 */
function startsCopy(line: string): boolean {
  const t = line.trim();
  if (FRAMED.test(t))
    return (COPY_INTRO.test(t) || (MESSAGE_WORD.test(t) && COPY_WORD.test(t))) && !NOT_COPY_WORD.test(t);
  return t.endsWith(":") && COPY_INTRO.test(t);
}

/**
 * Whether a line may start the copy, told by its first character and whether it holds a colon: the
 * lines startsCopy and startsQuotedHeaders take open with a rule character, a blank, ">" or "From ",
 * or hold a colon.
 */
function mayStartCopy(first: number, hasColon: boolean): boolean {
  return (
    hasColon ||
    first <= 0x20 ||
    first >= 0x80 ||
    first === 0x2d || // -
    first === 0x3d || // =
    first === 0x2a || // *
    first === 0x5f || // _
    first === 0x7c || // |
    first === 0x3e || // >
    first === 0x46 // F
  );
}

/**
 * Where the body's opening header block ends when it echoes the bounce's own header (IMail prints the
 * bounce's Date, To, From and Subject above its recipients): the copy cannot start inside it. 0 when
 * the body opens otherwise, or with another message's header (its Subject is not the bounce's).
 */
function ownHeaderEchoEnd(text: string, ownSubject: string): number {
  if (ownSubject === "" || !ORDINARY_FIELD.test(text.slice(0, 20))) return 0;
  const blank = text.indexOf("\n\n");
  const end = blank < 0 ? text.length : blank;
  if (end > 2000) return 0;
  const subject = /^subject\s?:(.*)$/im.exec(text.slice(0, end));
  return subject && subject[1]!.trim().toLowerCase() === ownSubject.toLowerCase() ? end : 0;
}

/**
 * The bounce's own text: up to the first original marker, the first line that introduces the copy, or
 * the first copied header block at a line start. `markerAt` is originalMarkerAt(lower), when the
 * caller has it; `ownSubject` the bounce's own Subject, which an echo of its header repeats. The lines
 * are walked in place, not split: most are prose, ruled out by mayStartCopy.
 */
export function ownTextOf(text: string, lower: string, markerAt = originalMarkerAt(lower), ownSubject = ""): string {
  const cut = markerAt < 0 ? text : text.slice(0, markerLineStart(text, markerAt));
  const lineAfter = (end: number) => (end < 0 ? undefined : cut.slice(end + 1, lineEndAt(cut, end + 1)));
  // the first line is never the copy's start, nor is a line of an echo of the bounce's own header
  for (let end = cut.indexOf("\n", ownHeaderEchoEnd(cut, ownSubject)); end >= 0;) {
    const start = end + 1;
    end = cut.indexOf("\n", start);
    const stop = end < 0 ? cut.length : end;
    const colon = cut.indexOf(":", start);
    if (start === stop || !mayStartCopy(cut.charCodeAt(start), colon >= 0 && colon < stop)) continue;
    const line = cut.slice(start, stop);
    const following = (count: number) => {
      let at = end;
      for (let k = 1; k < count && at >= 0; k++) at = cut.indexOf("\n", at + 1);
      return lineAfter(at);
    };
    if (startsCopy(line) || startsQuotedHeaders(line, following)) return cut.slice(0, start - 1);
  }
  return cut;
}

function lineEndAt(text: string, start: number): number {
  const end = text.indexOf("\n", start);
  return end < 0 ? text.length : end;
}
