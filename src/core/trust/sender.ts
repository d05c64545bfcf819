/**
 * Who sent the "NDR": real reports come from a system mailbox (postmaster, MAILER-DAEMON,
 * Exchange's MicrosoftExchange<32 hex> arbitration mailbox) or from the null sender, on an
 * ordinary domain. The display name is free text anyone can set, so it never vouches for a
 * sender — it only counts against one when it borrows a brand the address does not back.
 */
import { hasPunycode, hasNonAscii, imitation, isIpLiteral, isMicrosoftHost } from "./domains.js";

export interface SenderFacts {
  address: string;
  localPart: string;
  domain: string;
  displayName: string;
}

/** System mailboxes that write bounces (compared without case, dots, dashes, underscores). */
const SYSTEM_LOCAL_PARTS = new Set([
  "postmaster",
  "mailerdaemon",
  "maildaemon",
  "maildeliverysystem",
  "maildeliverysubsystem",
  "mdaemon",
  "smtpdaemon",
  "opendmarcpostmaster",
]);

/** Exchange's arbitration mailbox, the usual From of Exchange Online NDRs. */
const EXCHANGE_SYSTEM_LOCAL = /^microsoftexchange[0-9a-f]{32}$/i;

const BRAND_IN_DISPLAY_NAME =
  /\b(?:microsoft|office\s*365|outlook|exchange|o365|microsoft\s*365|it\s*(?:help\s*desk|support|department)|e-?mail\s*(?:admin|administrator|support|security|team)|mail\s*(?:admin|administrator|support|security|team))\b/i;

export function parseSender(from: string): SenderFacts {
  const trimmed = from.trim().slice(0, 1000);
  const angle = /<([^<>]*)>/.exec(trimmed);
  let address = angle ? angle[1].trim() : "";
  let displayName = angle ? trimmed.slice(0, angle.index).trim() : "";
  if (!angle) {
    // "addr (Comment)" or a bare address / a bare token like MAILER-DAEMON
    address = addressAround(trimmed) ?? trimmed.split(/[\s(]/)[0] ?? "";
    const comment = /\(([^()]*)\)/.exec(trimmed);
    displayName = comment ? comment[1].trim() : "";
  }
  displayName = displayName.replace(/^"|"$/g, "").trim();
  const at = address.lastIndexOf("@");
  const localPart = (at >= 0 ? address.slice(0, at) : address).toLowerCase();
  const domain = (at >= 0 ? address.slice(at + 1) : "").toLowerCase();
  return { address, localPart, domain, displayName };
}

const NOT_IN_ADDRESS = new Set([" ", "\t", "\r", "\n", "(", ")", "<", ">", '"']);

/** The word around the first "@" (written as a scan, not a regex, so it stays linear). */
function addressAround(text: string): string | undefined {
  const at = text.indexOf("@");
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !NOT_IN_ADDRESS.has(text[start - 1])) start--;
  let end = at + 1;
  while (end < text.length && !NOT_IN_ADDRESS.has(text[end])) end++;
  return end > at + 1 && start < at ? text.slice(start, end) : undefined;
}

export function isSystemSender(sender: SenderFacts): boolean {
  if (sender.address === "" || sender.address === "<>") return true; // the null sender of RFC 5321 bounces
  const squashed = sender.localPart.replace(/[-_.]/g, "");
  if (EXCHANGE_SYSTEM_LOCAL.test(squashed)) return true;
  return SYSTEM_LOCAL_PARTS.has(squashed);
}

/** Automated but not bounce mailboxes (no-reply@, bounces@): less telling than a person's address. */
const AUTOMATED_LOCAL_PARTS = new Set([
  "noreply",
  "donotreply",
  "bounce",
  "bounces",
  "mailer",
  "daemon",
  "notification",
  "notifications",
  "notify",
]);

export function isAutomatedSender(sender: SenderFacts): boolean {
  return AUTOMATED_LOCAL_PARTS.has(sender.localPart.replace(/[-_.]/g, ""));
}

export type SenderDomainProblem = "ip-literal" | "punycode" | "digits-for-letters" | "brand-elsewhere";

/** Only the domain's own shape counts: relay names like mail.outlook.example.com are real. */
export function senderDomainProblem(sender: SenderFacts): SenderDomainProblem | undefined {
  const domain = sender.domain;
  if (domain === "") return undefined;
  if (isIpLiteral(domain)) return "ip-literal";
  if (hasPunycode(domain) || hasNonAscii(domain)) return "punycode";
  return imitation(domain, "registrant");
}

/** The display name claims Microsoft / IT support, but the address is neither a system one nor Microsoft's. */
export function borrowsBrand(sender: SenderFacts): boolean {
  if (!BRAND_IN_DISPLAY_NAME.test(sender.displayName)) return false;
  if (isSystemSender(sender)) return false;
  return !isMicrosoftHost(sender.domain);
}
