/**
 * Catalogue §3.C: the sender's authentication and identity — SPF (seed S11), DKIM, DMARC,
 * reverse DNS, HELO, IPv6 rules, RFC 5322 header hygiene, null MX.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const dnsFixSteps = { sender: [s.contactOwnAdmin, s.copyReport], owner: [o.notAGroup] };

export const authenticationCauses: Cause[] = [
  {
    id: "DMARC_REJECT",
    tier: 3,
    match: [
      { status: ["5.7.509"] },
      {
        text: /\bDMARC\b|Unauthenticated email from |Unauthenticated (?:e-?mail|mail|messages?) (?:is|are) not accepted/i,
      },
    ],
    reason: "authfailure",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      ...dnsFixSteps,
      admin: [a.dmarcAlign, a.dkimSelector1, a.dkimSelector2, a.dkimEnable, a.spfRecord, a.dmarcRecord],
    },
    source: "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dmarc-configure",
  },
  {
    id: "SENDER_UNAUTHENTICATED_BULK_RULES",
    tier: 3,
    match: [
      { status: ["5.7.515"], reason: "securityerror", tier: 1 },
      {
        text: [
          /sender is unauthenticated|authenticate with (?:either )?SPF or DKIM|does not have authentication information or fails to pass|\[HME1\]|failing both SPF and DKIM/i,
          /does not meet the required authentication level|must pass either SPF or DKIM/i,
        ],
      },
      { text: /bulk email senders to authenticate with SPF|Multiple authentication checks failed/i },
      { status: ["5.7.26", "4.7.26"], tier: 9 },
    ],
    reason: "authfailure",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      ...dnsFixSteps,
      admin: [a.bulkRequirements, a.spfRecord, a.dkimSelector1, a.dkimSelector2, a.dkimEnable, a.dmarcRecord],
    },
    source: "https://support.google.com/mail/answer/81126",
  },
  {
    id: "DKIM_FAIL",
    tier: 3,
    match: [
      { status: ["5.7.20", "5.7.21", "5.7.22", "5.7.30", "4.7.30"] },
      {
        text: /DKIM (?:does not pass|Sender Invalid)|(?:passing|acceptable|author-matched) DKIM signature|authenticate (?:their email )?with DKIM/i,
      },
      {
        text: /DKIM (?:signature )?(?:verification )?(?:fail(?:ed|ure)?|invalid)\b|(?:invalid|bad|broken) DKIM signature/i,
      },
      { text: /Duplicate header 'DKIM-Signature'/i, reason: "notcompliantrfc" },
    ],
    reason: "authfailure",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.dkimSelector1, a.dkimSelector2, a.dkimEnable] },
    source: "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure",
  },
  {
    id: "SPF_ERROR",
    tier: 3,
    match: [
      { status: ["5.7.24", "4.7.24"] },
      {
        text: /SPF record of the sending domain has one or more suspicious|SPF validation error|SPF permerror|too many DNS lookups/i,
      },
    ],
    reason: "authfailure",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.spfLookups, a.spfRecord] },
    source: "https://www.rfc-editor.org/rfc/rfc7372",
  },
  {
    id: "SPF_FAIL",
    seeds: ["S11"],
    tier: 3,
    match: [
      { status: ["5.7.23"] },
      {
        text: [
          /Sender Policy Framework|\bSPF (?:fail|check|validation failed|Sender Invalid|unauthorized|record)|(?:Bad|per it's|per its) SPF record|fails? to pass SPF|not allowed to send (?:mail|from)/i,
          /\bIB508\b|spf\.pobox\.com|openspf/i,
        ],
      },
    ],
    reason: "authfailure",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.spfRecord, a.spfLookups] },
    source: "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure",
  },
  {
    id: "PTR_RDNS_MISSING",
    tier: 3,
    match: [
      { status: ["5.7.25", "4.7.25"] },
      {
        text: [
          /reverse DNS|PTR record|Bad DNS PTR|IP name lookup failed|cannot find your (?:reverse )?hostname/i,
          /no rDNS|rDNS required|\bCXDNS\b|\bIB108\b|without a valid sender domain/i,
          /mismatches client ip|invalid RDNS|unverif[iy]able sending IP|Reverse DNS required|requires? (?:a )?valid (?:PTR|reverse)/i,
          /does not meet IPv6 sending guidelines|not have a (?:PTR|reverse)|Client host rejected: cannot find/i,
        ],
      },
    ],
    reason: "requireptr",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.ptrRecord, a.heloName] },
    source: "https://support.google.com/mail/answer/81126",
  },
  {
    id: "BAD_HELO",
    tier: 3,
    match: [
      { status: ["5.7.506"] },
      {
        text: [
          /Bad HELO|Hel?lo command rejected|HELO\/EHLO (?:argument|requires)|Empty HELO|Invalid domain name/i,
          /my name was rejected|may not be mail exchanger/i,
        ],
        reason: "blocked",
      },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.heloName, a.ptrRecord] },
    source:
      "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online",
  },
  {
    id: "IPV6_POLICY",
    tier: 1,
    match: [{ status: ["5.7.508", "5.7.510"] }, { text: /does not accept email over IPv6/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...dnsFixSteps, admin: [a.ipv4Fallback, a.ptrRecord, a.spfRecord] },
    source:
      "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online",
  },
  {
    id: "FROM_HEADER_NONCOMPLIANT",
    tier: 3,
    match: [
      { status: ["5.7.512"] },
      // amavis lists header faults in its report text, under whatever verdict its reply gives
      { text: /Duplicate header field/i, body: true, outranksReply: true },
      {
        text: [
          /RFC 5322|multiple addresses in From:|valid address in the From: header|no From: header|duplicate headers/i,
          /multiple (?:Subject|From|To|Date|Message-ID) headers|valid Message-ID|Encoded-word syntax|Blank From: addresses|as a From: Address/i,
          /headers are not RFC compliant|\bIB50[12]\b/i,
          // Gmail's "Messages missing a valid messageId header are not accepted", "not RFC 2822 compliant"
          /valid messageId|RFC ?2822 compliant/i,
        ],
      },
    ],
    reason: "notcompliantrfc",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.contactOwnAdmin, s.copyReport], owner: [o.notAGroup], admin: [a.fromHeader] },
    source: "https://support.google.com/mail/answer/81126",
  },
  {
    id: "NULL_MX_SENDER_OR_RECIPIENT",
    tier: 1,
    match: [
      { status: ["5.7.27"], text: /null ?MX|does not accept mail/i },
      { text: /Sender address has null MX|\(nullMX\)|rfc-editor\.org\/info\/rfc7505/i },
    ],
    reason: "notaccept",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { sender: [s.checkDomain, s.contactOwnAdmin], owner: [o.notAGroup], admin: [a.nullMx] },
    source: "https://www.rfc-editor.org/rfc/rfc7505",
  },
];
