/**
 * Catalogue §3.D: the sending IP or domain is on a blocklist or has a poor reputation —
 * Microsoft's own lists (seed S8: "Blocklist 1"), third-party DNSBLs, gateways, big providers.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const listed = { sender: [s.forwardToOwnAdmin, s.copyReport], owner: [o.notAGroup] };
/** a provider's own judgement of the sending server, not a list it is on: nothing to be "removed" from */
const rated = { sender: [s.reputationToOwnAdmin, s.copyReport], owner: [o.notAGroup] };

export const reputationCauses: Cause[] = [
  {
    id: "SPAMHAUS_LISTED",
    tier: 2,
    match: [{ text: /spamhaus|\[BL2[13]\]/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.thirdPartyDelist, a.findListingCause] },
    source: "https://check.spamhaus.org/",
  },
  {
    // Seed S8: the NDR names Microsoft's blocklist and its delisting desk; forwarding the NDR is the route
    id: "EOP_BLOCKLIST_1",
    seeds: ["S8"],
    tier: 1,
    match: [
      { text: /blocked using (?:Blocklist ?\d|FBLW15)|delist@(?:messaging\.)?microsoft\.com/i },
      { status: ["5.7.511"] },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.forwardToDelist, a.findListingCause] },
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online",
  },
  {
    // 5.7.606-649: a banned sending IP, lifted through the delist portal, not by mail
    id: "EOP_BANNED_SENDING_IP",
    tier: 1,
    match: [{ status: ["5.7.606-649"] }, { text: /banned sending IP|AS\(?16012609\)?/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.delistPortal, a.findListingCause] },
    source:
      "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-themselves",
  },
  {
    id: "OUTLOOKCOM_IP_BLOCKED",
    tier: 1,
    match: [
      { text: /\(S775\)|rate limited due to IP reputation/i, reason: "badreputation" },
      { text: /\(S3(?:140|150|114|113)\)|part of their network is on our block list/i },
      { status: ["4.7.650"], reason: "badreputation" },
      { text: /messages from \[?[\d.]+\]? weren't sent/i },
      // Hotmail's and Outlook.com's own refusal codes for a sending IP they block ("550 SC-001 … IP/domain
      // reputation problems", SC-002 namespace mining, SC-003 open proxy, SC-004 complaints)
      { text: /\bSC-00[1-4]\b/ },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.outlookComSupport, a.delistPortal, a.reputation] },
    source: "https://sendersupport.olc.protection.outlook.com/pm/",
  },
  {
    id: "BARRACUDA_BRBL",
    tier: 2,
    match: [{ text: /barracuda(?:central| Reputation)/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.thirdPartyDelist, a.findListingCause] },
    source: "https://www.barracudacentral.org/lookups",
  },
  {
    id: "SPAMCOP_LISTED",
    tier: 2,
    match: [{ text: /spamcop/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.findListingCause, a.thirdPartyDelist] },
    source: "https://www.spamcop.net/bl.shtml",
  },
  {
    id: "PROOFPOINT_BLOCKED",
    tier: 2,
    match: [{ text: /proofpoint\.com\/dnsbl|ipcheck\.proofpoint|\bsee ipcheck\b/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.thirdPartyDelist, a.reputation] },
    source: "https://www.proofpoint.com/us/postmaster",
  },
  {
    id: "TRENDMICRO_ERS",
    tier: 2,
    match: [{ text: /Trend Micro|mail-abuse\.(?:com|org)|\bERS-(?:QIL|DUL|RBL)\b/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.thirdPartyDelist, a.findListingCause] },
    source: "https://success.trendmicro.com/en-US/solution/KA-0011251",
  },
  {
    id: "CISCO_SBRS_POOR_REPUTATION",
    tier: 2,
    match: [
      {
        text: /sending MTA's poor reputation|Your access to (?:submit messages to )?this (?:e-?mail|mail) system has been rejected/i,
      },
    ],
    reason: "badreputation",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...rated, admin: [a.reputation, a.thirdPartyDelist] },
    source: "https://talosintelligence.com/reputation_center",
  },
  {
    id: "MIMECAST_REJECT",
    tier: 2,
    match: [
      {
        text: [
          /Anti-Spoofing policy|Local CT IP Reputation|IP temporarily blacklisted|Internal resources are temporarily unavailable|content examination policy/i,
          /Administrative prohibition envelope blocked|Host network not allowed/i,
        ],
        reason: "policyviolation",
      },
      // Mimecast's help link follows every one of its replies, "550 Invalid Recipient - https://…mimecast…"
      // too: alone it says only who answered, so a cause the reply's own words name comes first
      { text: /mimecast/i, tier: 8, reason: "policyviolation" },
      { text: /email rejected due to security policies/i, reason: "virusdetected" },
    ],
    reason: "policyviolation",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.gatewayPolicy, a.reputation],
    },
    source: "https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes",
  },
  {
    id: "GMAIL_DIRECT_FROM_DYNAMIC_IP",
    tier: 2,
    match: [
      {
        text: /not authorized to send email directly to our servers|use the SMTP (?:relay|server) (?:at|of) your (?:service provider|ISP|provider)|dynamic (?:IP|address)|residential (?:IP|address)/i,
      },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.relayConnector, a.ptrRecord] },
    source: "https://support.google.com/mail/answer/10336",
  },
  {
    id: "GMAIL_LOW_REPUTATION",
    tier: 2,
    match: [
      {
        text: /very low reputation of the sending|unusual rate of (?:unsolicited )?mail|low reputation of the sending (?:IP|domain)|exceeded its quota for sending messages with the same Message-ID/i,
      },
      { status: ["5.7.28", "4.7.28"] },
    ],
    reason: "badreputation",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...rated, admin: [a.googlePostmaster, a.bulkRequirements, a.reputation] },
    source: "https://support.google.com/mail/answer/188131",
  },
  {
    id: "YAHOO_REPUTATION_BLOCK",
    tier: 1,
    match: [
      { text: /\[TSS0\d\]|\[TS0\d\]/i, reason: "badreputation" },
      { text: /\(RTR:(?:DU|BB|BL)\)/i, reason: "blocked" },
    ],
    reason: "badreputation",
    fixOwner: "sender-admin",
    // TSS04 defers for now, TSS09 "permanently": whether a later try may pass is the reply's (retry-later.ts)
    permanent: true,
    guidance: { ...rated, admin: [a.yahooSenderHub, a.reputation] },
    source: "https://senders.yahooinc.com/error-codes",
  },
  {
    id: "ICLOUD_REPUTATION_BLOCK",
    tier: 1,
    match: [{ text: /\[HCM\d\]/i }, { text: /ESMTP not accepting connections/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.appleGuidance, a.reputation] },
    source: "https://support.apple.com/en-us/102322",
  },
  {
    id: "OTHER_DNSBL_LISTED",
    tier: 2,
    match: [
      {
        text: [
          // "listed at" but not "not listed at": the four characters before are matched (no lookbehind
          // below the pages' ES2020 floor), and the `shown` group is the evidence (match.ts).
          /blocked using |is in a black ?list at |(?:^[\s\S]{0,3}|(?!not )[\s\S]{4})(?<shown>listed (?:at|in|on) )|\bdnsbls?\b|\bsorbs\b/i,
          /abuseat|uceprotect|cloudmark|invaluement|\bIPBL\d/i,
          /\bCXBL\b|\bAUP#I-\d|\bAUP#CDRBL\b|blacklisted (?:ip|by)|black ?list(?:ed)?\b|block ?list(?:ed)?\b/i,
          /\bRBL\b/i,
          // the sending IP itself blocked ("Email from 192.0.2.10 is currently blocked by … anti-spam system"),
          // not the message's content
          /\b(?:e-?mail|mail|messages?|connections?) from (?:ip )?\[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:is|are|has been|have been) (?:currently |temporarily )?blocked\b/i,
        ],
      },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...listed, admin: [a.thirdPartyDelist, a.findListingCause] },
    source: "https://www.rfc-editor.org/rfc/rfc5782",
  },
  {
    // The sending server's (or its network's) reputation, in the refusal's own words, with no list or
    // provider named that has a cause above: whoever runs the sending server repairs it, through the
    // receiving provider's sender pages. After the named lists, so a named list keeps its own route.
    id: "SENDING_SERVER_POOR_REPUTATION",
    tier: 2,
    match: [
      {
        text: [
          /\b(?:poor|bad|low|negative|insufficient) (?:sender |sending |IP |server |network |e-?mail |mail )?reputation\b/i,
          /\b(?:IP|IP address|sender|sending IP|sending server|server|network|IP\/domain)(?:'s)? reputation (?:is |was )?(?:too low|problems?|score)\b/i,
          /\b(?:due to|because of|based on) (?:the |its |your )?(?:IP|IP address|sender|sender IP|sending IP|sending server|server|network|IP\/domain) reputation\b/i,
          /\breputation (?:of|for) (?:the |your )?(?:sending|sender|IP|server|mail server|network)\b/i,
          /\breputation (?:score )?(?:is |was )?too low\b/i,
          /\b(?:too many|excessive) (?:user |spam |recipient )?complaints\b|\btoo much (?:spam|unsolicited mail|junk mail) from\b/i,
          // Comcast's refusal of a sending IP it blocks ("554 … comcast 192.0.2.1 Comcast block for spam")
          /\bComcast block for spam\b/i,
        ],
      },
    ],
    reason: "badreputation",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...rated, admin: [a.reputationLookUp, a.reputationCause, a.reputation] },
    source: "https://www.m3aawg.org/published-documents",
  },
];
