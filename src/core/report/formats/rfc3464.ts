/**
 * RFC 3464 message/delivery-status (and RFC 6533 message/global-delivery-status): one
 * per-message field group, then one group per recipient. Tolerates DSNs that forget the
 * blank line between recipient groups.
 */
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, replyCodeInText, stripTypePrefix, statusField, statusInText } from "../smtp-reply.js";
import type { DecodedReport, FormatDecoder } from "./types.js";
import { groupStatement, type GroupStatement } from "../warning.js";

type Fields = Map<string, string>;

const REPEAT_STARTS_RECIPIENT = new Set(["final-recipient", "original-recipient", "action", "status"]);

const PER_MESSAGE = new Set([
  "reporting-mta",
  "dsn-gateway",
  "received-from-mta",
  "arrival-date",
  "original-envelope-id",
  "x-postfix-queue-id",
  "x-postfix-sender",
  "x-original-message-id",
]);

/**
 * Field groups of a delivery-status text: unfolded, lower-case names; first value wins. `anonymous`: the
 * groups that name no recipient (no Final-, Original- or X-Actual-Recipient field) instead of those that do.
 */
export function parseDsnGroups(text: string, anonymous = false): { message: Fields; recipients: Fields[] } {
  const message: Fields = new Map();
  const recipients: Fields[] = [];
  let current: Fields | undefined;
  let lastName: string | undefined;
  let lastTarget: Fields | undefined;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === "") {
      current = undefined;
      lastName = undefined;
      continue;
    }
    if ((line[0] === " " || line[0] === "\t") && lastName && lastTarget) {
      lastTarget.set(lastName, `${lastTarget.get(lastName)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[a-z0-9-]+$/.test(name)) continue;
    const value = line.slice(colon + 1).trim();
    let target: Fields;
    if (PER_MESSAGE.has(name) && !current) {
      target = message;
    } else {
      // a field seen twice means the next recipient began without a blank line
      const newGroup = !current || (REPEAT_STARTS_RECIPIENT.has(name) && current.has(name));
      if (newGroup || !current) {
        current = new Map();
        recipients.push(current);
      }
      target = current;
    }
    if (!target.has(name)) target.set(name, value);
    lastName = name;
    lastTarget = target;
  }
  return {
    message,
    recipients: recipients.filter(
      (r) => (r.has("final-recipient") || r.has("original-recipient") || r.has("x-actual-recipient")) !== anonymous,
    ),
  };
}

/**
 * The status to report: the code in the server's own reply (Diagnostic-Code) when it names
 * one, since the Status field is the reporting MTA's summary (Google Workspace writes
 * "Status: 5.0.0" beside "550 5.1.1 ...", Sendmail "4.4.7" beside "450 4.7.1 ..."); the
 * field's value is then kept as a disagreement. A bare x.0.0 in the reply does not win.
 */
function chooseStatus(field: string | undefined, diagnostic: string): { status?: string; overridden?: string } {
  const fromField = statusField(field);
  const inner = innerReply(diagnostic);
  const fromReply = statusInText(inner ?? diagnostic);
  if (!fromField) return fromReply ? { status: fromReply } : {};
  if (!fromReply || fromReply === fromField) return { status: fromField };
  // the server's own reply names the code; a bare x.0.0 there says less than the field
  if (/\.0\.0$/.test(fromReply) && !/\.0\.0$/.test(fromField)) return { status: fromField };
  return { status: fromReply, overridden: fromField };
}

/**
 * RFC 6533's utf-8 address type in a 7-bit report writes each non-ASCII character as an
 * embedded-unicode-char, "\\x{HHHH}" ("bj\\x{00F8}rn@example.org").
 */
function decodeUnicodeEscapes(value: string): string {
  if (!value.includes("\\x{")) return value;
  return value.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (whole, hex: string) => {
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** local@domain, both parts present (a dotless domain such as "mailhub0" counts). */
function isMailbox(value: string): boolean {
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 && !/[\s:;]/.test(value);
}

/**
 * The remote server's own reply when the reporting MTA quotes it inside its summary:
 * "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>".
 */
export function innerReply(diagnostic: string): string | undefined {
  const close = diagnostic.lastIndexOf(">");
  if (close < 0) return undefined;
  const open = diagnostic.lastIndexOf("<", close);
  if (open <= 0) return undefined;
  // a fold of the field may fall anywhere inside it: its line break is a blank
  const inside = diagnostic
    .slice(open + 1, close)
    .trim()
    .replace(/\s+/g, " ");
  return /^[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/.test(inside) ? inside : undefined;
}

/**
 * What happened to a recipient whose group lacks the Action field RFC 3464 requires: Will-Retry-Until
 * is given only while the MTA still retries (2.3.7); then the notice's own words, when they say that
 * the server keeps trying or gave up; otherwise the status class says it (2 delivered, 4 delayed, 5
 * failed), except that a 4.x.x ends in failure when the reply quoted is permanent (5xx) or the time
 * to deliver ran out (X.4.7, "expired": the MTA gave up). (A notice that reads as final: decodeDsnText.)
 */
function actionWithoutField(
  fields: Fields,
  status: string | undefined,
  diagnostic: string,
  said: () => GroupStatement,
): string | undefined {
  if (fields.has("will-retry-until")) return "delayed";
  if (status?.[0] === "4" || status?.[0] === "5") {
    const statement = said();
    if (statement === "keeps-trying" || statement === "gave-up") return statement === "gave-up" ? "failed" : "delayed";
  }
  if (status?.[0] !== "4") return undefined;
  const gaveUp = status.endsWith(".4.7") || replyCodeInText(diagnostic)?.[0] === "5" || /expired/i.test(diagnostic);
  return gaveUp ? "failed" : "delayed";
}

/** A recipient group's facts, for `address` (its recipient field, or one the caller knows otherwise). */
function factsOfGroup(fields: Fields, address: string, format: string, said: () => GroupStatement): RecipientFacts {
  const original = fields.get("original-recipient");
  const diagnosticField = fields.get("diagnostic-code");
  const diagnostic = diagnosticField ? stripTypePrefix(diagnosticField) : "";
  const chosen = chooseStatus(fields.get("status"), diagnostic);
  const remote = fields.get("remote-mta");
  const inner = innerReply(diagnostic);
  const facts = makeFacts(
    {
      address,
      replyCode: inner ? replyCodeInText(inner) : undefined,
      originalAddress: original === undefined ? undefined : decodeUnicodeEscapes(original),
      action:
        fields.get("action") ??
        actionWithoutField(fields, statusField(fields.get("status")) ?? chosen.status, diagnostic, said),
      status: chosen.status,
      diagnostic,
      remoteMta: remote ? stripTypePrefix(remote).split(/\s/)[0] : undefined,
      lastAttempt: fields.get("last-attempt-date"),
    },
    format,
  );
  if (chosen.overridden) facts.disagreements = { status: chosen.overridden, format: `${format}-status-field` };
  return facts;
}

/**
 * The one recipient group of a delivery-status text that names no recipient (a gateway dropped its
 * Final-Recipient), read as `address`'s, when the text has no other recipient group; undefined otherwise.
 */
export function anonymousGroupFacts(text: string, address: string, format: string): RecipientFacts | undefined {
  const groups = parseDsnGroups(text, true).recipients.filter((g) => g.has("status") || g.has("action"));
  if (groups.length !== 1 || parseDsnGroups(text).recipients.length > 0) return undefined;
  return factsOfGroup(groups[0]!, address, format, () => undefined);
}

/**
 * One recipient is one entry: a group saying an address is delayed beside another saying the same
 * address failed (a relay that appends its final group to the report of its earlier attempts) is an
 * earlier state of that recipient, superseded by the failure.
 */
function withoutSupersededDelays(recipients: RecipientFacts[]): RecipientFacts[] {
  const failed = new Set(recipients.filter((r) => r.action === "failed").map((r) => r.address.toLowerCase()));
  if (failed.size === 0) return recipients;
  const kept = recipients.filter((r) => r.action !== "delayed" || !failed.has(r.address.toLowerCase()));
  return kept.length === recipients.length ? recipients : kept;
}

/**
 * `said`: what the notice says of the retrying (groupStatement), asked for a group without an Action
 * field, and when every group says delayed (nothing, when the DSN text stands apart from a notice).
 */
export function decodeDsnText(
  text: string,
  format: string,
  said: () => GroupStatement = () => undefined,
): DecodedReport | undefined {
  const groups = parseDsnGroups(text);
  if (groups.recipients.length === 0) return undefined;
  const recipients: RecipientFacts[] = [];
  /** groups without Action or Will-Retry-Until that came out delayed */
  const unlabelledDelays: RecipientFacts[] = [];
  for (const fields of groups.recipients) {
    // the first of the recipient fields that holds an address (Final-Recipient may be a
    // mailbox path, or a source route such as "@relay:"), else Final-Recipient as given
    const candidates = [
      fields.get("final-recipient"),
      fields.get("x-actual-recipient"),
      fields.get("original-recipient"),
    ]
      .filter((v): v is string => v !== undefined)
      .map(decodeUnicodeEscapes);
    const address = candidates.find((v) => isMailbox(cleanAddress(v))) ?? candidates[0]!;
    const facts = factsOfGroup(fields, address, format, said);
    if (!facts.address) continue;
    recipients.push(facts);
    if (facts.action === "delayed" && !fields.has("action") && !fields.has("will-retry-until"))
      unlabelledDelays.push(facts);
  }
  // a notice that reads as final (its Subject calls it a failure, or it says only how long it tried)
  // speaks of the groups that failed; when none did by their own fields, of those that say nothing
  if (unlabelledDelays.length > 0 && !recipients.some((r) => r.action === "failed") && said() === "reads-final")
    for (const facts of unlabelledDelays) facts.action = "failed";
  // Action and the notice's own words disagree only in gateways' mistakes, and the answer the sender
  // can act on decides. Every group "delayed" beside own words that it gave up ("Delivery to this
  // recipient has permanently failed"): failed, since reading "delayed" has the sender wait for a
  // message no server still tries (with groups that failed too, the words may be about those). A
  // group "failed" beside "will be retried" stays failed: sending again later (retryLater, for a
  // passing reason) at worst delivers a second copy.
  if (recipients.length > 0 && recipients.every((r) => r.action === "delayed") && said() === "gave-up")
    for (const facts of recipients) facts.action = "failed";
  const report: DecodedReport = { recipients: withoutSupersededDelays(recipients) };
  const reporting = groups.message.get("reporting-mta");
  if (reporting) report.reportingMta = stripTypePrefix(reporting);
  const arrival = groups.message.get("arrival-date");
  if (arrival) report.arrivalDate = arrival;
  return report;
}

export const rfc3464: FormatDecoder = {
  name: "rfc3464",
  source: "report-part",
  detect: (ctx: DecodeContext) => ctx.dsnParts.length > 0,
  decode(ctx: DecodeContext) {
    let merged: DecodedReport | undefined;
    let statement: { said: GroupStatement } | undefined;
    const said = () => (statement ??= { said: groupStatement(ctx) }).said;
    for (const part of ctx.dsnParts) {
      const decoded = decodeDsnText(part.text ?? "", "rfc3464", said);
      if (!decoded) continue;
      if (!merged) merged = decoded;
      else merged.recipients.push(...decoded.recipients);
    }
    return merged;
  },
};
