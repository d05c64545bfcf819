/**
 * RFC 3464 message/delivery-status (and RFC 6533 message/global-delivery-status): one
 * per-message field group, then one group per recipient. Tolerates DSNs that forget the
 * blank line between recipient groups.
 */
import type { RecipientFacts } from "../../types.js";
import type { DecodeContext } from "../context.js";
import { makeFacts } from "../facts.js";
import { stripTypePrefix, statusField, statusInText } from "../smtp-reply.js";
import type { DecodedReport, FormatDecoder } from "./types.js";

type Fields = Map<string, string>;

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

/** Field groups of a delivery-status text: unfolded, lower-case names; first value wins. */
export function parseDsnGroups(text: string): { message: Fields; recipients: Fields[] } {
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
      const newGroup =
        !current ||
        (name === "final-recipient" && current.has("final-recipient")) ||
        (name === "original-recipient" && (current.has("original-recipient") || current.has("final-recipient")));
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
  return { message, recipients: recipients.filter((r) => r.has("final-recipient") || r.has("original-recipient") || r.has("x-actual-recipient")) };
}

/**
 * The status to report: the Status field, unless it is a bare x.0.0 and the server's own
 * reply names a more specific code of the same class (Google Workspace writes
 * "Status: 5.0.0" beside "550 5.1.1 ..."); the field's value is then kept as a disagreement.
 */
function chooseStatus(field: string | undefined, diagnostic: string): { status?: string; overridden?: string } {
  const fromField = statusField(field);
  const fromReply = statusInText(diagnostic);
  if (!fromField) return fromReply ? { status: fromReply } : {};
  if (fromReply && fromReply !== fromField && /\.0\.0$/.test(fromField) && fromReply[0] === fromField[0]) {
    return { status: fromReply, overridden: fromField };
  }
  return { status: fromField };
}

export function decodeDsnText(text: string, format: string): DecodedReport | undefined {
  const groups = parseDsnGroups(text);
  if (groups.recipients.length === 0) return undefined;
  const recipients: RecipientFacts[] = [];
  for (const fields of groups.recipients) {
    const address = fields.get("final-recipient") ?? fields.get("x-actual-recipient") ?? fields.get("original-recipient")!;
    const diagnosticField = fields.get("diagnostic-code");
    const diagnostic = diagnosticField ? stripTypePrefix(diagnosticField) : "";
    const chosen = chooseStatus(fields.get("status"), diagnostic);
    const remote = fields.get("remote-mta");
    const facts = makeFacts(
      {
        address,
        originalAddress: fields.get("original-recipient"),
        action: fields.get("action"),
        status: chosen.status,
        diagnostic,
        remoteMta: remote ? stripTypePrefix(remote).split(/\s/)[0] : undefined,
        lastAttempt: fields.get("last-attempt-date"),
      },
      format,
    );
    if (chosen.overridden) facts.disagreements = { status: chosen.overridden, format: `${format}-status-field` };
    if (facts.address) recipients.push(facts);
  }
  const report: DecodedReport = { recipients };
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
    for (const part of ctx.dsnParts) {
      const decoded = decodeDsnText(part.text ?? "", "rfc3464");
      if (!decoded) continue;
      if (!merged) merged = decoded;
      else merged.recipients.push(...decoded.recipients);
    }
    return merged;
  },
};
