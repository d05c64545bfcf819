/**
 * Causes beyond the catalogue's rows: the rest of the mail-system trouble a bounce can report
 * (moved mailboxes, full disks, local delivery programs, protocol errors, network trouble,
 * connection-stage refusals), the generic 5.7.x policy bucket, and the code-class fallbacks.
 * They keep the Sisimai reason honest when no specific cause applies.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const none = [o.notAGroup];
const RFC3463 = "https://www.rfc-editor.org/rfc/rfc3463";

/** A server that turns mail away for now: shutting down, overloaded, in maintenance. */
const SYSTEM_UNAVAILABLE =
  /not accepting (?:network )?messages|System not accepting|Service (?:is )?shutting down|(?:system|server) (?:is )?(?:too busy|overloaded)/i;
/**
 * A mailbox or server the reply calls unavailable and, in the same words, says to try later ("550 5.0.0
 * Mailbox unavailable, try later", "Service unavailable, please try again later"): unavailable for now,
 * whatever the code. Without "later", RFC 5321's 550 "mailbox unavailable" is a lookup that failed.
 */
const UNAVAILABLE_FOR_NOW =
  /\b(?:mail ?box|server|service|system|host) (?:is )?(?:temporarily |currently )?(?:unavailable|not available)\b/i;
export const TRY_LATER = /\b(?:please )?(?:try|retry) (?:again )?later\b|\bcome back later\b/i;
/** A mailbox in use for now: another delivery or a mail program holds its lock. */
const MAILBOX_BUSY = /mailbox (?:is )?(?:busy|locked|in use|temporarily unavailable)/i;
/** A server short of memory or disk for now (Exchange's back pressure, Sendmail's low-space refusal). */
const OUT_OF_RESOURCES =
  /Insufficient (?:system )?resources|(?:system )?resources? (?:temporarily )?(?:unavailable|exhausted)/i;

export const genericCauses: Cause[] = [
  {
    id: "MAILBOX_MOVED",
    tier: 6,
    match: [
      {
        text: [
          /no longer on server|mailbox has moved|moved permanently|address has changed|user not local/i,
          /User has moved/i,
        ],
      },
      // "not our customer" says only that the server does not serve the address: moved with 551 ("user
      // not local"), an unknown user with 550 5.1.1
      { text: /not our (?:customer|user)/i, reply: ["551"] },
      { status: ["5.1.6", "4.1.6", "5.7.17", "5.7.18"], tier: 9 },
    ],
    reason: "hasmoved",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.otherChannel, s.checkAddress], owner: none, admin: [a.accountState] },
    source: RFC3463,
  },
  {
    // RFC 3463 X.3.2 ("not accepting messages": shutdown, excessive load, maintenance) and a server out of
    // memory or disk for now (Exchange's back pressure, "452 4.3.1 Insufficient system resources"): with
    // a transient reply the recipient's server is only turning mail away for a while; a 5xx "not
    // accepting" stays DOMAIN_ACCEPTS_NO_MAIL (RFC 7504's 521: the host takes no mail)
    id: "RECEIVING_SYSTEM_UNAVAILABLE",
    tier: 6,
    match: [
      { text: SYSTEM_UNAVAILABLE, reply: ["4*"] },
      { text: SYSTEM_UNAVAILABLE, status: ["4.*"] },
      { text: OUT_OF_RESOURCES, reply: ["4*"], reason: "systemfull" },
      { text: OUT_OF_RESOURCES, status: ["4.*"], reason: "systemfull" },
      // a mailbox busy or locked by another delivery or a mail program for now (RFC 5321's 450 "mailbox busy")
      { text: MAILBOX_BUSY, reply: ["4*"], tier: 5 },
      { text: MAILBOX_BUSY, status: ["4.*"], tier: 5 },
      { text: UNAVAILABLE_FOR_NOW, also: [TRY_LATER], tier: 5 },
      { status: ["4.3.2"], tier: 9 },
      // RFC 5321's own text for 421, the server closing for now; weaker than a refusal at the greeting
      // ("server refused to talk to me: 421 …"), which is our connection refused (CONNECTION_REFUSED_BY_HOST)
      { text: /Service not available, closing transmission channel/i, reply: ["4*"], tier: 9 },
    ],
    reason: "notaccept",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: { sender: [s.resendLater, s.tellRecipientFault], owner: none, admin: [a.systemUnavailable] },
    source: RFC3463,
  },
  {
    id: "DOMAIN_ACCEPTS_NO_MAIL",
    tier: 6,
    match: [
      {
        text: [
          /does not accept mail|doesn't receive email|No MX (?:found|record)|couldn't find a mail exchanger|MX or SRV record indicated no SMTP service/i,
          /not accepting network messages|System not accepting|Malformed or unexpected name server reply/i,
        ],
      },
      { status: ["5.3.2", "5.1.10"], tier: 9 },
    ],
    reason: "notaccept",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: { sender: [s.checkDomain, s.otherChannel], owner: none, admin: [a.recipientDns] },
    source: "https://www.rfc-editor.org/rfc/rfc7505",
  },
  {
    id: "RECEIVING_SYSTEM_FULL",
    tier: 6,
    match: [
      {
        text: /Insufficient (?:disk|system) (?:space|storage)|disk (?:is )?full|mail system full|spool (?:is )?full|out of disk/i,
      },
      { status: ["4.3.1", "5.3.1", "4.4.5"], tier: 9 },
    ],
    reason: "systemfull",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: { sender: [s.resendLater, s.tellRecipientFault], owner: none, admin: [a.systemProblem] },
    source: RFC3463,
  },
  {
    id: "LOCAL_DELIVERY_PROGRAM_FAILED",
    tier: 6,
    match: [
      {
        tier: 5,
        text: [
          /pipe to \||procmail|mailer error|Operating system error|command (?:died|failed)/i,
          /program exited|local delivery failed|Mailer error/i,
        ],
      },
      // the mailbox file a local delivery writes to (Sendmail's "Cannot open /var/mail/jdoe: Permission
      // denied", Postfix local's "cannot update mailbox /var/mail/jdoe for user jdoe", "cannot append
      // message to file /home/jdoe/mbox"); not an X.500 name, which Exchange's "Cannot open mailbox
      // /o=Org/ou=…/cn=…" gives, a store's refusal whose cause is in its own words (QuotaExceeded…)
      {
        tier: 5,
        text: /\b(?:cannot|can't|could not|unable to|failed to) (?:open|create|lock|append (?:message )?to|write to|update)(?: (?:destination |mailbox |the )?(?:file|mailbox))? \/(?![a-z]{1,2}=)[\w.-][\w./-]{0,200}/i,
        reason: "systemerror",
      },
    ],
    reason: "mailererror",
    fixOwner: "recipient-admin",
    permanent: true,
    // the fault is the recipient's server's, not a setting that refuses the sender: nothing to "let through"
    guidance: { sender: [s.deliveryProgramFailed, s.copyReport], owner: none, admin: [a.deliveryProgram] },
    source: RFC3463,
  },
  {
    id: "CONNECTION_REFUSED_BY_HOST",
    tier: 8,
    match: [
      // Sendmail's "Deferred: Connection refused by <mx>": the destination kept refusing our
      // connection; beside "could not be delivered for N hours" that refusal is why the message
      // expired (as a DNS failure named beside the expiry is). A refusal by the loopback is our own
      // relay or filter being down, not the destination.
      { text: /Connection refused by (?!\[?(?:127\.|::1\b|localhost\b))[\w[](?:[\w.:[\]-]{0,252}[\w\]])?/i, tier: 5 },
      // the sending server itself refused, with no list named ("Service unavailable; Client host [192.0.2.10]
      // blocked"): ahead of the generic "Service unavailable" of a system fault
      { text: /Client host (?:\[[^\]\s]{1,64}\] )?(?:is |has been )?blocked\b/i, tier: 7 },
      // a server that answers with a 5xx reply saying "CONNECTION REFUSED" (AOL's "554 (RLY:B1) …
      // CONNECTION REFUSED") refuses us: the connection was made, so it is no network fault
      { text: /\bconnection refused\b/i, reply: ["5*"], tier: 7 },
      {
        text: [
          /refused to talk to me|after initial connection|not accepting connections|Service refused?\b/i,
          /Blocked for abuse|\bblocked by\b|Client host rejected|A problem occurred\. \(Ask your postmaster|cannot send E-Mail to yourself/i,
          /open relay|INVALID IP FOR SENDING/i,
        ],
      },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { sender: [s.forwardToOwnAdmin, s.copyReport], owner: none, admin: [a.reputation, a.readFullReply] },
    source: "https://www.rfc-editor.org/rfc/rfc5321",
  },
  {
    id: "PROTOCOL_SYNTAX_ERROR",
    tier: 8,
    match: [
      {
        text: [
          /Command parameter not implemented|Improper sequence of commands|Bad sequence of commands|malformed address|syntax error/i,
          /command (?:unrecognized|not (?:implemented|recognized))|Invalid command|need RCPT command/i,
        ],
      },
    ],
    reason: "syntaxerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { sender: [s.contactOwnAdmin, s.copyReport], owner: none, admin: [a.readFullReply] },
    source: "https://www.rfc-editor.org/rfc/rfc5321",
  },
  {
    id: "NETWORK_PROBLEM",
    tier: 8,
    match: [
      // a DNS failure named beside "expired" is the cause of the expiry; so is one the resolver gave as
      // passing (its TRY_AGAIN, "Host not found, try again"; SERVFAIL), ahead of "Host or domain name not
      // found", which a missing domain also says
      {
        text: /DNS query failed|DNS lookup timed out|host name lookup failure|Host not found, try again|\bSERVFAIL\b/i,
        tier: 5,
      },
      {
        text: [
          /Network error|Connection (?:refused|timed out|reset|closed|dropped)|lost connection|No route to host|Network is unreachable|DNS (?:lookup )?(?:failure|error)/i,
          /name resolution|host not reachable|unreachable/i,
          // the host between: "connection to mx.example.org timed out"
          /connection to [a-z0-9.-]{1,253} (?:timed out|refused|failed|was refused|was reset)/i,
        ],
      },
      { status: ["5.4.0", "4.4.0", "4.4.2", "4.4.4", "4.4.8", "5.4.2"], tier: 9 },
    ],
    reason: "networkerror",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: {
      sender: [s.resendLater, s.tellRecipientUnreachable],
      owner: none,
      admin: [a.expiredQueue, a.connectivityAnalyzer],
    },
    source: RFC3463,
  },
  {
    id: "RECEIVING_SYSTEM_ERROR",
    tier: 8,
    match: [
      { text: /Unable to contact LDAP server/i, tier: 5 },
      {
        text: [
          /Transaction failed|internal (?:server )?error|system error|local error|server error/i,
          /configuration error|System incorrectly configured|Service (?:currently )?unavailable/i,
          /queue file write error|Upstream error|Unable to contact LDAP server|Could not load|Duplicated Message-ID/i,
        ],
      },
      // a transient fault the receiving system names as its own (Postfix's "451 4.3.0 Temporary lookup failure"
      // when a table or directory lookup fails, "Temporary system failure", "Temporary local problem")
      { text: /Temporary (?:lookup|system|local|server|internal) (?:failure|problem|error)/i, reply: ["4*"] },
      { text: /Temporary (?:lookup|system|local|server|internal) (?:failure|problem|error)/i, status: ["4.*"] },
      { status: ["5.3.0", "5.3.3", "5.3.5", "4.3.5", "5.4.3", "4.4.3", "5.1.9", "5.5.4", "5.5.5", "4.5.3"], tier: 9 },
    ],
    reason: "systemerror",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: { sender: [s.resendLater, s.tellRecipientFault], owner: none, admin: [a.systemProblem] },
    source: RFC3463,
  },
  {
    id: "RECIPIENT_FILTERED",
    tier: 9,
    match: [
      // Facebook's RCP-P2: the recipient's own settings refuse the sender
      { text: /Refused due to recipient preferences/i, tier: 5 },
      // a Sieve "reject" (RFC 5429): the recipient's own mail filter refused it, and says why
      // (Cyrus: "rejected by Sieve"; Pigeonhole: "Your message to <a@b> was automatically rejected:")
      {
        text: /rejected by sieve|sieve[^.\n]{0,40}\breject|message to <?[^\s<>]{1,254}>? was automatically rejected/i,
        tier: 5,
      },
      // the recipient's own settings refuse the sender (Japanese carriers' English notices)
      {
        text: /recipient'?s (?:reception|receiving|mail|spam|filter(?:ing)?) settings? (?:refuse|reject|block)/i,
        tier: 5,
      },
      // the recipient's own choice ("Your message was rejected by this user")
      { text: /rejected by (?:this|the) user\b/i, tier: 5 },
      // a recipient the receiving site's access table refuses (Postfix access(5) REJECT's default words;
      // Exchange Online's directory edge block says the same with 5.4.1, EXO_DBEB_ACCESS_DENIED): a rule
      // about that address, not a missing user. Sisimai counts such a refused address as userunknown.
      { text: /Recipient address rejected: Access denied/i, tier: 8, reason: "userunknown" },
      // a refusal the receiving side gave no reason for (au/KDDI's domain filter words it so)
      { text: /recipients? was rejected by a remote mail server/i, tier: 8 },
      // Orange / Wanadoo: "Mail rejete. Mail rejected. OFR_506 [506]" is its content (spam) filter
      { text: /\bOFR_506\b/i, tier: 1, reason: "spamdetected" },
      { status: ["5.2.0", "5.2.1", "5.2.4", "5.1.4", "4.2.4"] },
    ],
    reason: "filtered",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: { sender: [s.askRecipientAdmin, s.otherChannel], owner: none, admin: [a.readFullReply] },
    source: RFC3463,
  },
  {
    id: "POLICY_UNSPECIFIED_5_7_X",
    tier: 9,
    match: [{ status: ["5.7.*"] }, { status: ["4.7.*"], reason: "blocked" }],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.addAllowedSender, o.changeTransportRule],
      admin: [a.inspectRestrictions, a.transportRule, a.readFullReply],
    },
    source:
      "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online",
  },
  {
    id: "CONTENT_MEDIA_ERROR",
    tier: 9,
    match: [{ status: ["5.6.*", "4.6.*"] }],
    reason: "contenterror",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.contactOwnAdmin, s.resendLater], owner: none, admin: [a.contentFormat] },
    source: RFC3463,
  },
  {
    id: "PROTOCOL_STATUS",
    tier: 9,
    match: [{ status: ["5.5.*"], reason: "syntaxerror" }],
    reason: "syntaxerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { sender: [s.contactOwnAdmin, s.copyReport], owner: none, admin: [a.readFullReply] },
    source: RFC3463,
  },
];

/** The honest "we don't know": shows the code's standard meaning and the raw reply. */
export const unknownCause: Cause = {
  id: "UNKNOWN",
  tier: 9,
  match: [],
  reason: "undefined",
  fixOwner: "recipient-admin",
  permanent: true,
  guidance: { sender: [s.unknownAsk, s.copyReport], owner: none, admin: [a.readFullReply, a.messageTrace] },
  source: RFC3463,
};
