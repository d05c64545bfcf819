/**
 * How far a message that looks like a bounce can be trusted. Fake NDRs ("3 messages held —
 * click to release") are a common lure; real ones come from a system mailbox, carry a report,
 * pass authentication, link only to their own domain, Microsoft or a blocklist's page, and never
 * ask you to sign in. Each sign against the message is a reason with a stable code and a weight
 * (see reasons.ts); the message is suspicious when the weights reach SUSPICIOUS_AT and at least
 * one sign is active (a link trick, a lure, failed authentication, an imitated name) — an odd
 * sender with no report part alone is mail that simply is not a bounce.
 *
 * For a forwarded NDR, `report.message` is the inner NDR, so that is what gets judged.
 */
import type { DeliveryReport, NdrLink, ParsedMessage, TrustFinding, TrustVerdict } from "../types.js";
import { headerValue } from "../read/header-fields.js";
import { isListRobotAddress } from "../read/list-robots.js";
import { extractHtmlLinks, extractTextLinks } from "../text/links.js";
import { authFailures, authWeight } from "./auth.js";
import {
  hasNonAscii,
  hasPunycode,
  imitation,
  isBounceReferenceHost,
  isIpLiteral,
  isMicrosoftHost,
  isUrlShortener,
  registrableDomain,
} from "./domains.js";
import { SUSPICIOUS_AT, TRUST_REASONS, type TrustReasonCode } from "./reasons.js";
import {
  borrowsBrand,
  isAutomatedSender,
  isSystemSender,
  parseSender,
  senderDomainProblem,
  type SenderDomainProblem,
  type SenderFacts,
} from "./sender.js";
import { findUrgency } from "./urgency.js";
import { ownText } from "./own-text.js";
import { packedMap } from "../packed-map.js";

export { SUSPICIOUS_AT, TRUST_REASONS, TRUST_REASON_CODES, trustReasonText, type TrustReasonCode } from "./reasons.js";

const PASSIVE = new Set<string>(["sender-not-system", "no-report-part", "reply-to-elsewhere"]);

/** Kinds written on behalf of a person (an auto-reply, a challenge): their sender is a person, and they carry no report. */
const WRITTEN_FOR_A_PERSON: ReadonlySet<string> = new Set(["auto-reply", "challenge"]);

const REPORT_PARTS = new Set(["message/delivery-status", "message/global-delivery-status", "message/feedback-report"]);

/** Paths that ask for credentials or "release" mail: no bounce needs one. */
const CREDENTIAL_PATH =
  /(?:log-?in|sign-?in|log-?on|sign-?on|passw(?:or)?d|verif(?:y|ication)|validat|credential|\/owa\b|webmail|releas|quarantin|unlock|reactivat|wp-(?:admin|includes|content)|account-?(?:verify|update|confirm|recovery))/i;

export function assessTrust(report: DeliveryReport): TrustVerdict {
  try {
    return judge(report);
  } catch (error) {
    // Trust scoring must never take the pipeline down; an internal failure says so plainly.
    return {
      suspicious: false,
      reasons: [],
      score: 1,
      findings: [{ code: "internal-error", text: `Trust check failed: ${String(error)}`, weight: 0 }],
      links: [],
    };
  }
}

function judge(report: DeliveryReport): TrustVerdict {
  const message = report.message;
  const findings: TrustFinding[] = [];
  const add = (code: TrustReasonCode, evidence?: string, weight: number = TRUST_REASONS[code].weight) => {
    if (findings.some((finding) => finding.code === code)) return;
    findings.push({ code, text: TRUST_REASONS[code].text, evidence: evidence?.slice(0, 300), weight });
  };

  // The From header keeps the display name (message.from may hold the bare address only).
  const sender = parseSender(headerValue(message.headers, "from") || message.from || "");
  const domainProblem = senderDomainProblem(sender);
  judgeSender(report, sender, domainProblem, headerValue(message.headers, "reply-to"), add);

  if (claimsAReport(report) && !hasReport(report, message)) add("no-report-part");

  const failures = authFailures(message.headers);
  if (failures.length > 0) {
    add("auth-failed", packedMap(failures, (f) => `${f.mechanism}=${f.result}`).join(" "), authWeight(failures));
  }

  const text = ownText(message.text);
  const html = ownHtml(message);
  const htmlText = html ? ownText(html) : undefined;
  const links = collectLinks(text, htmlText);
  // The sender's own domain, when it is a plain one: links there are the sender's own.
  const senderHome = sender.domain && !domainProblem ? registrableDomain(sender.domain) : "";
  for (const link of links) {
    const warning = judgeLink(link, senderHome);
    if (warning) {
      link.warning = warning;
      add(warning, link.url);
    }
  }
  if (htmlText !== undefined && hasFormOrPasswordField(htmlText)) add("html-form");

  const urgency = findUrgency(`${message.subject}\n${text}`);
  if (urgency.length > 0) {
    // One lure phrase is a hint; several together ("held", "click", "release") is the classic shape.
    const weight = Math.min(0.6, TRUST_REASONS["urgent-call-to-action"].weight + 0.15 * (urgency.length - 1));
    add("urgent-call-to-action", packedMap(urgency, (hit) => `"${hit.phrase}"`).join(", "), weight);
  }

  const penalty = findings.reduce((sum, finding) => sum + finding.weight, 0);
  const score = Math.round(Math.max(0, 1 - penalty) * 100) / 100;
  // Passive signs alone (an odd sender, no report part, a Reply-To) describe mail that is simply
  // not a bounce; a fake one also tries to make you do something, or fails to prove its origin.
  const active = findings.some((finding) => !PASSIVE.has(finding.code));
  return {
    suspicious: active && penalty >= SUSPICIOUS_AT - 1e-9,
    reasons: packedMap(findings, (finding) => finding.code),
    score,
    findings,
    links,
  };
}

type AddFinding = (code: TrustReasonCode, evidence?: string, weight?: number) => void;

function judgeSender(
  report: DeliveryReport,
  sender: SenderFacts,
  domainProblem: SenderDomainProblem | undefined,
  replyToHeader: string | undefined,
  add: AddFinding,
): void {
  if (!WRITTEN_FOR_A_PERSON.has(report.kind) && !isSystemSender(sender)) {
    const automated = isAutomatedSender(sender) || isListRobotAddress(sender.address);
    add("sender-not-system", sender.address, automated ? 0.1 : undefined);
  }
  if (domainProblem) add("sender-lookalike-domain", `${sender.domain} (${domainProblem})`);
  if (borrowsBrand(sender)) add("sender-brand-name", `${sender.displayName} <${sender.address}>`);
  const replyTo = parseSender(replyToHeader ?? "");
  if (replyTo.domain && sender.domain && registrableDomain(replyTo.domain) !== registrableDomain(sender.domain)) {
    add("reply-to-elsewhere", replyTo.address);
  }
}

/** Auto-replies, challenges and list notices carry no delivery report by nature: its absence says nothing. */
function claimsAReport(report: DeliveryReport): boolean {
  return !WRITTEN_FOR_A_PERSON.has(report.kind) && report.format !== "list-notice";
}

function hasReport(report: DeliveryReport, message: ParsedMessage): boolean {
  if (message.parts.some((part) => REPORT_PARTS.has(part.contentType))) return true;
  if (/^multipart\/report\b/i.test(message.contentType)) return true;
  return report.kind !== "not-a-report" && report.recipients.length > 0;
}

/** Links in the NDR's own text and its own HTML (`htmlText`, already cut at the quoted original). */
function collectLinks(text: string, htmlText: string | undefined): NdrLink[] {
  const links = extractTextLinks(text);
  if (htmlText !== undefined) {
    const seen = new Set(links.map((link) => link.url));
    for (const link of extractHtmlLinks(htmlText)) {
      if (!seen.has(link.url) || link.shownHost || link.from === "html-form") links.push(link);
    }
  }
  return links;
}

function judgeLink(link: NdrLink, senderHome: string): TrustReasonCode | undefined {
  if (link.scheme === "javascript" || link.scheme === "data" || link.scheme === "vbscript" || link.scheme === "file") {
    return "link-script";
  }
  if (link.scheme === "mailto") return mismatch(link);
  if (link.host === "") return undefined;
  if (link.hasUserInfo) return "link-userinfo";
  if (isIpLiteral(link.host)) return "link-ip-literal";
  const ownDomain = senderHome !== "" && registrableDomain(link.host) === senderHome;
  if (!ownDomain && (hasPunycode(link.host) || hasNonAscii(link.host) || imitation(link.host, "host")))
    return "link-lookalike";
  // visible text naming another host is the stronger sign, so it is judged before the shortener
  const textMismatch = mismatch(link);
  if (textMismatch) return textMismatch;
  if (!isMicrosoftHost(link.host) && isUrlShortener(link.host)) return "link-shortener";
  if (!isMicrosoftHost(link.host) && !isBounceReferenceHost(link.host) && CREDENTIAL_PATH.test(pathOf(link.url))) {
    return "link-credential-page";
  }
  return undefined;
}

/** An anchor whose visible text names another host than where it goes. */
function mismatch(link: NdrLink): TrustReasonCode | undefined {
  if (!link.shownHost || !link.host) return undefined;
  return registrableDomain(link.shownHost) === registrableDomain(link.host) ? undefined : "link-text-mismatch";
}

function pathOf(url: string): string {
  const afterScheme = url.indexOf("//");
  if (afterScheme < 0) return url;
  const slash = url.indexOf("/", afterScheme + 2);
  return slash < 0 ? "" : url.slice(slash);
}

// Two simple patterns rather than one tag-spanning one, so neither can backtrack across a body.
const FORM_TAG = /<form\b/i;
const PASSWORD_FIELD = /\btype\s*=\s*["']?password\b/i;

function hasFormOrPasswordField(htmlText: string): boolean {
  return FORM_TAG.test(htmlText) || PASSWORD_FIELD.test(htmlText);
}

/**
 * The NDR's own HTML: `message.html` when the reader kept it, else the first text/html part that
 * is not a named attachment. Later ones belong to the quoted original, whose links are the
 * original sender's business.
 */
function ownHtml(message: ParsedMessage): string | undefined {
  if (message.html) return message.html;
  return message.parts.find((part) => part.contentType === "text/html" && !part.filename && part.text)?.text;
}
