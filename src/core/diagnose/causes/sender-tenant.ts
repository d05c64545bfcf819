/**
 * Catalogue §3.E: the sender's own provider or tenant refused to send (restricted accounts,
 * tenant-wide blocks, unregistered domains, forwarding, the tenant's own block list, throttling), and
 * a sending service's suppression list.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const MS = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr";
const own = { sender: [s.contactOwnAdmin, s.copyReport], owner: [o.notAGroup] };

export const senderTenantCauses: Cause[] = [
  {
    id: "EXO_SENDER_RESTRICTED_OUTBOUND_SPAM",
    tier: 1,
    match: [
      { status: ["5.7.501", "5.7.502", "5.7.503"] },
      { text: /bad outbound sender|spam abuse detected|Access denied, banned sender/i },
    ],
    reason: "rejected",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.secureAccount, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.secureCompromised, a.restrictedUsers],
    },
    source: `${MS}/fix-error-code-5-1-8-in-exchange-online`,
  },
  {
    id: "EXO_TENANT_SENDING_BLOCKED",
    tier: 1,
    match: [
      { status: ["5.7.700-702", "5.7.704-749", "5.7.800"], reason: "blocked" },
      { text: /tenant has exceeded threshold|traffic not accepted from this IP/i },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...own, admin: [a.inboundConnector, a.secureCompromised, a.supportCase] },
    source: `${MS}/fix-error-code-5-7-700-through-5-7-750`,
  },
  {
    id: "EXO_UNREGISTERED_DOMAIN",
    seeds: ["S9"],
    tier: 1,
    match: [{ status: ["5.7.750"] }, { text: /sending from unregistered domains/i }],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...own, admin: [a.registerDomains, a.domainActive, a.acceptedDomain, a.inboundConnector] },
    source: `${MS}/fix-error-code-5-7-700-through-5-7-750`,
  },
  {
    id: "EXO_EXTERNAL_FORWARDING_BLOCKED",
    tier: 1,
    match: [{ status: ["5.7.520"] }, { text: /does not allow external forwarding|AS\(7555\)/i }],
    reason: "securityerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...own, admin: [a.externalForwarding] },
    source: "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding",
  },
  {
    id: "EXO_TABL_BLOCKED_RECIPIENT",
    tier: 1,
    match: [{ status: ["5.7.703"] }, { text: /blocked by your organization using Tenant Allow Block List/i }],
    reason: "rejected",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { ...own, admin: [a.tenantBlockList] },
    source: `${MS}/non-delivery-reports-in-exchange-online`,
  },
  {
    id: "EXO_INBOUND_IP_THROTTLED",
    tier: 1,
    match: [
      { status: ["4.7.500-699", "4.7.850-899"], reason: "blocked" },
      { text: /\(AS761\)|Server busy\. Please try again later from/i },
    ],
    reason: "blocked",
    fixOwner: "sender-admin",
    permanent: false,
    guidance: {
      sender: [s.nothingYet, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.waitThrottle, a.inboundConnector],
    },
    source: `${MS}/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online`,
  },
  {
    // a sending service (Amazon SES, Mailgun, Postmark) keeps addresses that bounced or complained on a
    // suppression list and refuses to send to them again: the refusal is the sender's service's, not the
    // recipient's, whatever the earlier bounce or complaint was
    id: "SENDING_SERVICE_SUPPRESSED",
    tier: 1,
    match: [
      {
        text: [
          /Not delivering to (?:a )?previously bounced address|Not delivering to a user who marked your messages as spam/i,
          /recipients?(?:\(s\))? that have been marked as inactive|Found inactive addresses|has suppressed sending to this address/i,
          /\bon (?:the |your |its )?(?:account-level |global )?suppression list/i,
        ],
      },
    ],
    reason: "suppressed",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.checkAddress, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.sendingServiceSuppression],
    },
    source: "https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html",
  },
];
