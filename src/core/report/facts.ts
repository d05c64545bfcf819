/**
 * Building RecipientFacts the same way in every decoder: codes are read from the reply
 * text when the format has no field for them, and the action follows the status class
 * when the format does not say.
 */
import type { RecipientAction, RecipientFacts } from "../types.js";
import { capText, MAX_REPLY_CHARS } from "../limits.js";
import { cleanAddress, joinMultilineReply, replyCodeInText, statusField, statusInText } from "./smtp-reply.js";

export interface RawRecipient {
  /** "" when the report gives only a display name */
  address: string;
  displayName?: string | undefined;
  originalAddress?: string | undefined;
  action?: string | undefined;
  status?: string | undefined;
  replyCode?: string | undefined;
  diagnostic?: string | undefined;
  remoteMta?: string | undefined;
  lastAttempt?: string | undefined;
  /** the diagnostic is prose (an auto-reply's words, a filter's reason), not an SMTP reply: no code is read from it */
  proseOnly?: boolean | undefined;
}

const ACTIONS: ReadonlySet<string> = new Set(["failed", "delayed", "delivered", "relayed", "expanded"]);
const SUCCESS_ACTIONS: ReadonlySet<string> = new Set(["delivered", "relayed", "expanded"]);

export function actionFrom(
  action: string | undefined,
  status: string | undefined,
  fallback: RecipientAction = "failed",
): RecipientAction {
  const word = (action ?? "").trim().toLowerCase().split(/[\s(]/)[0] ?? "";
  // a success word beside a failure status (RFC 3464 gives a delivered recipient a 2.X.X status): the
  // status says what happened, so a bounce is not read as a delivery
  if (SUCCESS_ACTIONS.has(word) && (status?.[0] === "5" || status?.[0] === "4"))
    return status[0] === "5" ? "failed" : "delayed";
  if (ACTIONS.has(word)) return word as RecipientAction;
  if (word === "failure" || word === "fail" || word === "bounced") return "failed";
  if (word === "delay" || word === "deferred") return "delayed";
  if (status?.startsWith("2")) return "delivered";
  if (status?.startsWith("4") && fallback !== "failed") return "delayed";
  return fallback;
}

export function makeFacts(
  raw: RawRecipient,
  format: string,
  fallbackAction: RecipientAction = "failed",
): RecipientFacts {
  const diagnostic = raw.diagnostic
    ? capText(joinMultilineReply(capText(raw.diagnostic, 2 * MAX_REPLY_CHARS)), MAX_REPLY_CHARS)
    : "";
  const given = statusField(raw.status);
  let status = given ?? (raw.proseOnly ? undefined : statusInText(diagnostic));
  const action = actionFrom(raw.action, status, fallbackAction);
  // a success code quoted in the text of a recipient the report says failed or waits ("accepted by the
  // relay, 250 2.0.0, then refused") is a step on the way, not its status
  if (given === undefined && status?.[0] === "2" && (action === "failed" || action === "delayed")) status = undefined;
  const replyCode = raw.replyCode ?? (raw.proseOnly ? undefined : replyCodeInText(diagnostic));
  const facts: RecipientFacts = {
    address: cleanAddress(raw.address),
    action,
    diagnostic,
    format,
  };
  if (raw.displayName) facts.displayName = raw.displayName;
  if (raw.originalAddress) {
    const original = cleanAddress(raw.originalAddress);
    if (original && original.toLowerCase() !== facts.address.toLowerCase()) facts.originalAddress = original;
  }
  if (status) facts.status = status;
  if (replyCode) facts.replyCode = replyCode;
  if (raw.remoteMta) facts.remoteMta = raw.remoteMta;
  if (raw.lastAttempt) facts.lastAttempt = raw.lastAttempt;
  return facts;
}
