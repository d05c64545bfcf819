/**
 * Last resorts for a bounce whose own text names no recipient:
 *  - returned-dsn: the message it returns is itself a delivery-status report (a bounce of a
 *    bounce, or a gateway that wraps the real DSN): read the DSN fields inside it;
 *  - returned-original: the returned original is evidence of what was sent, not of what failed, so
 *    its addressee counts only when it cannot be anyone else: the original went to exactly one
 *    address (no Cc), it was no list post, and the bounce came straight back to its author (a list,
 *    a forwarder or a bulk sender's bounce address in between would have received it instead);
 *    or when the bounce names its local part in a recipient position ("550 tove... User unknown",
 *    "Receiver not found: tove") and exactly one of the original's addressees has that local part.
 *    A display name alone under a failure heading is reported as a name, with no address: which of
 *    the original's addressees bears it is a guess the bounce does not make.
 */
import { headerValue, headerValues } from "../../read/header-fields.js";
import type { HeaderField } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { isHeaderEcho, statesFailure } from "../prose.js";
import { addressesInEach } from "../text-lines.js";
import { FAILURE_REASON } from "../failure-reason.js";
import { bounceBody, factsWithBodyReply } from "./mta-text.js";
import { decodeDsnText } from "./rfc3464.js";
import type { FormatDecoder } from "./types.js";

const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

export const returnedDsn: FormatDecoder = {
  name: "returned-dsn",
  source: "body",
  detect: (ctx) =>
    ctx.message.parts.some(
      (p) => MESSAGE_TYPES.has(p.contentType) && (p.text ?? "").toLowerCase().includes("final-recipient:"),
    ),
  decode(ctx) {
    for (const part of ctx.message.parts) {
      if (!MESSAGE_TYPES.has(part.contentType) || !part.text) continue;
      const decoded = decodeDsnText(part.text, "returned-dsn");
      if (decoded && decoded.recipients.some((r) => r.address.includes("@"))) {
        decoded.recipients = decoded.recipients.filter((r) => r.address.includes("@"));
        return decoded;
      }
    }
    return undefined;
  },
};

/** Header fields a list manager adds to a post (RFC 2369, RFC 2919 and the common X- forms). */
const LIST_FIELDS = ["list-id", "list-post", "list-unsubscribe", "x-beenthere", "x-mailman-version", "mailing-list"];

/** The distinct addresses of a header field, as written. */
function distinctAddresses(fields: HeaderField[], name: string): string[] {
  const seen = new Set<string>();
  return addressesInEach(headerValues(fields, name)).filter(
    (a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()),
  );
}

/** The original's only addressee, when the bounce went straight back to its author; else undefined. */
function soleAddresseeOfDirectMessage(ctx: DecodeContext): string | undefined {
  const fields = ctx.originalFields;
  if (LIST_FIELDS.some((name) => headerValue(fields, name) !== undefined)) return undefined;
  if (/^\s*list\b/i.test(headerValue(fields, "precedence") ?? "")) return undefined;
  const to = distinctAddresses(fields, "to");
  if (to.length !== 1 || distinctAddresses(fields, "cc").length > 0) return undefined;
  const author = distinctAddresses(fields, "from");
  const bouncedTo = new Set(addressesInEach(ctx.headers("to")).map((a) => a.toLowerCase()));
  return author.length === 1 && bouncedTo.has(author[0]!.toLowerCase()) ? to[0] : undefined;
}

/** Sendmail's summary for a local recipient: "550 tove... User unknown", "550 5.1.1 <tove>... User unknown". */
const LOCAL_SUMMARY = /^\s*[45]\d\d(?: [45]\.\d{1,3}\.\d{1,3})? <?([^\s<>@"]{1,64}?)>?\.\.\./;
/** A label whose value, at the end of the line, is one word: "Receiver not found: tove". */
const LABELLED_WORD = /^[^:]{3,60}: +([^\s<>@":]{1,64})$/;

/** A line that is one user name alone: "    tove". */
const LONE_WORD = /^[a-z0-9][a-z0-9._+-]{0,63}$/i;
/** A line that is a person's name alone, two to four words: "Solveig Dahl", "Dahl, Solveig". */
const LONE_NAME = /^\p{L}[\p{L}'.-]*(?:,? \p{L}[\p{L}'.-]*){1,3}$/u;

/** A heading framed by rules: "----- The following addresses had permanent fatal errors -----". */
function framedByRules(line: string): boolean {
  return line.startsWith("---") && line.endsWith("---") && /[a-z]/i.test(line);
}

/**
 * A heading that says the names below it failed: it ends with ":" or is framed by rules, and states a
 * failure ("The following user name is not known at …:", "Your message could not be delivered to:",
 * Sendmail's "----- The following addresses had permanent fatal errors -----").
 */
function headsFailedNames(line: string): boolean {
  return (line.endsWith(":") || framedByRules(line)) && (statesFailure(line) || FAILURE_REASON.test(line));
}

/** Who the bounce's own text names where a recipient stands, without an address. */
interface NamedWithoutAddress {
  /** local parts, lower-cased: "550 tove... User unknown", "Receiver not found: tove", a user name under a failure heading */
  localParts: Set<string>;
  /** display names as written, alone under a failure heading */
  displayNames: string[];
}

function namedWithoutAddress(text: string): NamedWithoutAddress {
  const named: NamedWithoutAddress = { localParts: new Set(), displayNames: [] };
  let heading = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const underHeading = heading;
    heading = line;
    if (headsFailedNames(underHeading)) {
      if (LONE_WORD.test(line)) {
        named.localParts.add(line.toLowerCase());
        continue;
      }
      if (LONE_NAME.test(line)) {
        if (!named.displayNames.includes(line)) named.displayNames.push(line);
        continue;
      }
    }
    if (line.indexOf(":") < 0 && line.indexOf("...") < 0) continue;
    if (isHeaderEcho(line)) continue;
    const m = LOCAL_SUMMARY.exec(line) ?? LABELLED_WORD.exec(line);
    if (m) named.localParts.add(m[1]!.toLowerCase());
  }
  return named;
}

/** The original's addressees (To, Cc) whose local part the bounce names, each the only one with it. */
function addresseesNamedByLocalPart(ctx: DecodeContext, localParts: Set<string>): string[] {
  if (localParts.size === 0) return [];
  const fields = ctx.originalFields;
  const byLocalPart = new Map<string, string[]>();
  for (const address of [...distinctAddresses(fields, "to"), ...distinctAddresses(fields, "cc")]) {
    const local = address.slice(0, address.lastIndexOf("@")).toLowerCase();
    byLocalPart.set(local, [...(byLocalPart.get(local) ?? []), address]);
  }
  const found: string[] = [];
  for (const local of localParts) {
    const addresses = byLocalPart.get(local);
    if (addresses?.length === 1) found.push(addresses[0]!);
  }
  return found;
}

const FORMAT = "returned-original";

export const returnedOriginal: FormatDecoder = {
  name: FORMAT,
  source: "body",
  detect: (ctx) => ctx.originalFields.length > 0,
  decode(ctx) {
    const body = bounceBody(ctx);
    const sole = soleAddresseeOfDirectMessage(ctx);
    if (sole) return { recipients: factsWithBodyReply([sole], body, FORMAT) };
    const named = namedWithoutAddress(body);
    const addressees = addresseesNamedByLocalPart(ctx, named.localParts);
    // A display name is reported as the bounce gives it: a name says who, not which address (issue 12).
    const byName = factsWithBodyReply(
      named.displayNames.map(() => ""),
      body,
      FORMAT,
    ).map((facts, i) => ({
      ...facts,
      displayName: named.displayNames[i],
    }));
    const recipients = [...factsWithBodyReply(addressees, body, FORMAT), ...byName];
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
