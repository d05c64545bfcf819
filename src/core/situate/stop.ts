/**
 * Where the message stopped, as the sender's side sees it: our own server, a relay or smart host on
 * our way out, the recipient's server (its MX), a filter in front of it, or a list service. Read from
 * the server that refused (or could not be reached) and from who wrote the NDR.
 */
import type { DeliveryReport, RecipientFacts, StopPlace } from "../types.js";
import { belongsTo, belongsToAny, domainOf, protectionHostOf, tenantMatches, tenantOf } from "./domains.js";
import { requiredWords, type Words } from "../diagnose/needles.js";

/** Hosts a refusal names in its own words: Postfix "host X[ip] said", "connect to X[ip]", Exchange's LastAttemptedServerName. */
const namedHost = [
  /\bhost ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\[/i,
  /\bconnect to ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\[/i,
  /LastAttemptedServerName=([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/i,
  /\b(?:read error|TLS error|timeout|error) from ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/i,
  /\bsmart ?host ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/i,
  /\{FQDN=([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\}/i,
];

/** Filters in front of a recipient's server. */
const filterHost =
  /(?:\.pphosted\.com|\.mimecast\.com|\.barracudanetworks\.com|\.iphmx\.com|\.messagelabs\.com|\.trendmicro\.(?:com|eu)|\.mailcontrol\.com|\.spamh?ero\.?es?\.com|\.cloud-sec-av\.com|\.mxthunder\.\w+|\.sophos\.com|\.hornetsecurity\.com)$/i;

/** Mail services that take in mail for their customers' domains. */
const providerInbound =
  /(?:\.mail\.protection\.outlook\.com|(?:^|\.)google\.com|(?:^|\.)googlemail\.com|\.olc\.protection\.outlook\.com|\.yahoodns\.net|(?:^|\.)icloud\.com|\.zoho\.\w+|\.secureserver\.net)$/i;

/** Microsoft's address for mail programs (client submission), never a domain's MX. */
export const clientSubmissionHost = /^(?:smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.outlook\.office365\.com)$/i;

const listNotice =
  /only accepts posts from its members|permission to post (?:messages )?to (?:the|this) group|not allowed to post to this|groups\.google\.com|Google Groups|mailing list|\blist'?s? (?:owner|moderator)s?\b|\bLISTSERV\b|\bSympa\b|\bMailman\b|members-only list|the list moderator|list member|non-member/i;

const relayWords = /relay|smart ?host/i;
const loginWords = /authentication required|proper authentication|authenticat(?:e|ion) first|:587\b|:465\b|submission/i;

/** Gmail names the recipient domain's server: "The server for the recipient domain d, mx.host [ip], rejected it". */
const recipientDomainServer =
  /server for the recipient domain [A-Za-z0-9.-]{1,253}, ([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+) \[/i;

/**
 * A host pattern with the words it cannot match without, read from its source (diagnose/needles.ts):
 * it is run only over a text that holds one of them. Most texts hold "host " or " from " and few the
 * other patterns' words, so most patterns need no pass over the text.
 */
interface HostPattern {
  pattern: RegExp;
  words: Words;
}

const withWords = (pattern: RegExp): HostPattern => ({ pattern, words: requiredWords(pattern) });
const namedHostInText = namedHost.map(withWords);
const recipientDomainServerInText = withWords(recipientDomainServer);

/** The pattern's match in `text` (whose lower-case form is `lower`), when its words are there. */
function execWhereMayMatch({ pattern, words }: HostPattern, text: string, lower: string): RegExpExecArray | null {
  return !words || words.some((word) => lower.includes(word)) ? pattern.exec(text) : null;
}

export interface StoppedHost {
  host: string;
  /** the NDR itself says this host is the recipient domain's server */
  recipients?: boolean;
}

export function stoppedHostOf(facts: RecipientFacts, inText?: StoppedHost): StoppedHost | undefined {
  const own = facts.remoteMta?.replace(/^dns;\s*/i, "").trim();
  if (own && own.includes(".") && !/^\[?\d/.test(own)) return { host: own.toLowerCase() };
  for (const pattern of namedHost) {
    const m = pattern.exec(facts.diagnostic ?? "");
    if (m) return { host: m[1]!.toLowerCase().replace(/\.$/, "") };
  }
  return inText;
}

/** A host the NDR's own text names as where it stopped (read once per report). */
export function stoppedHostInText(text: string): StoppedHost | undefined {
  const own4000 = text.slice(0, 4000).replace(/=\n/g, "");
  const lower = own4000.toLowerCase();
  const named = execWhereMayMatch(recipientDomainServerInText, own4000, lower)?.[1];
  if (named) return { host: named.toLowerCase(), recipients: true };
  for (const hostPattern of namedHostInText) {
    const m = execWhereMayMatch(hostPattern, own4000, lower);
    if (m) return { host: m[1]!.toLowerCase().replace(/\.$/, "") };
  }
  return undefined;
}

export interface StopInput {
  report: DeliveryReport;
  facts: RecipientFacts;
  host?: StoppedHost;
  ourDomains: readonly string[];
  recipientDomain?: string;
  /** the top of the NDR's own text */
  opening: string;
}

/** Who wrote the NDR: our side, the recipient's side, or unknown. */
export function ndrWrittenBy(report: DeliveryReport, ourDomains: readonly string[], recipientDomain?: string) {
  const from = report.message?.from ?? "";
  const fromDomain = domainOf(from);
  const tenant = tenantOf(from);
  if (recipientDomain && (belongsTo(fromDomain, recipientDomain) || tenantMatches(tenant, recipientDomain)))
    return "recipient" as const;
  if (belongsToAny(fromDomain, ourDomains) || ourDomains.some((d) => tenantMatches(tenant, d))) return "us" as const;
  if (recipientDomain && belongsTo(report.reportingMta ?? report.generatingServer, recipientDomain))
    return "recipient" as const;
  if (belongsToAny(report.reportingMta, ourDomains)) return "us" as const;
  return "unknown" as const;
}

const cloudWriter = /(?:\.outlook\.com|\.exchangelabs\.com)$/i;

function writtenInTheCloud(report: DeliveryReport): boolean {
  const writer = (report.generatingServer ?? report.reportingMta ?? "").replace(/^dns;\s*/i, "").trim();
  return writer === "" || cloudWriter.test(writer);
}

export function stopPlaceOf(input: StopInput): StopPlace {
  const { report, facts, ourDomains, recipientDomain } = input;
  const host = input.host?.host;
  const said = `${facts.diagnostic ?? ""}\n${input.opening}`;
  if (report.format === "list-notice" || listNotice.test(facts.diagnostic ?? "")) return "list-service";
  if (host) {
    if (input.host?.recipients) return "recipient-server";
    if (recipientDomain && (belongsTo(host, recipientDomain) || host === protectionHostOf(recipientDomain)))
      return "recipient-server";
    // Exchange Online delivering outbound met Microsoft's client endpoint: the recipient's MX points
    // there; an on-premises server that signs in to smtp.office365.com uses it as its smart host
    if (clientSubmissionHost.test(host)) return writtenInTheCloud(report) ? "recipient-server" : "our-relay";
    if (filterHost.test(host)) return "recipient-filter";
    if (providerInbound.test(host)) return "recipient-server";
    if (belongsToAny(host, ourDomains))
      return belongsToAny(recipientDomain, ourDomains) ? "recipient-server" : "our-relay";
    // someone else's host: a smart host on our way out when it asks for a login or is a submission
    // host; an MX-looking name is the recipient's; otherwise relaying words point at our way out
    if (loginWords.test(said) || /^(?:smtp|relay|smarthost|outbound|out)\d*\./i.test(host)) return "our-relay";
    if (/^(?:mx|mail|inbound|in|mx-in)\d*\./i.test(host)) return "recipient-server";
    return relayWords.test(said) ? "our-relay" : "recipient-server";
  }
  const writer = ndrWrittenBy(report, ourDomains, recipientDomain);
  if (writer === "recipient") return "recipient-server";
  if (writer === "us") return "our-server";
  if (listNotice.test(said)) return "list-service";
  return "unknown";
}
