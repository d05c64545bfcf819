/**
 * Catalogue §3.B: relaying, connector attribution, SMTP submission and authentication, TLS.
 * Seed causes S3, S4, S9, S10 and S12 live here (relay, wrong server, domain set-up, MX, hybrid).
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const MS = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr";

export const relayCauses: Cause[] = [
  {
    id: "EXO_TENANT_ATTRIBUTION",
    seeds: ["S12"],
    tier: 1,
    match: [{ status: ["5.7.64"] }, { text: /TenantAttribution;/i }],
    reason: "norelaying",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.contactOwnAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.inboundConnector, a.certificateChain, a.hybridWizard, a.acceptedDomain],
    },
    source: `${MS}/fix-error-code-5-7-64-in-exchange-online`,
  },
  {
    id: "EXO_DIRECT_SEND_REJECTED",
    tier: 1,
    match: [{ status: ["5.7.68"] }, { text: /TenantInboundAttribution|Direct Send not allowed/i }],
    reason: "securityerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.contactOwnAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.directSend, a.inboundConnector, a.smtpAuthModern],
    },
    source:
      "https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790",
  },
  {
    id: "EXO_RELAY_ACCESS_DENIED_5_4_1",
    seeds: ["S4", "S9", "S10"],
    tier: 1,
    match: [{ status: ["5.4.1"], text: /Relay Access Denied/i }],
    reason: "norelaying",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.tellRecipientSetupFault, s.copyReport],
      owner: [o.notAGroup],
      admin: [
        a.domainActive,
        a.acceptedDomain,
        a.mxRecord,
        a.singleMx,
        a.connectivityAnalyzer,
        a.outboundConnector,
        a.hybridWizard,
      ],
    },
    source: `${MS}/fix-error-code-550-5-4-1-in-exchange-online`,
  },
  {
    id: "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION",
    seeds: ["S4", "S10"],
    tier: 1,
    match: [
      { text: /\bATTR(?:35|5)\b|wrong Office 365 region|no mail-enabled subscriptions/i },
      { status: ["4.4.62"] },
    ],
    reason: "systemerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.tellRecipientSetupFault, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.mxRecord, a.multiGeo, a.outboundConnector, a.domainActive],
    },
    source: "https://learn.microsoft.com/en-us/microsoft-365/enterprise/",
  },
  {
    id: "EXO_SMTP_AUTH_FAILED",
    tier: 1,
    match: [
      { status: ["5.7.57", "5.7.139"] },
      {
        text: /Client was not authenticated to send anonymous mail|SmtpClientAuthentication is disabled|basic authentication is disabled/i,
      },
      { reply: ["535"], status: ["5.7.3"] },
    ],
    reason: "securityerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.checkCredentials, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.smtpAuthMailbox, a.smtpAuthModern, a.relayConnector],
    },
    source: `${MS}/fix-error-code-5-7-57-in-exchange-online`,
  },
  {
    id: "SEND_AS_DENIED",
    tier: 1,
    match: [
      { status: ["5.7.60"] },
      {
        text: [
          /does not have permissions to send as this sender|SendAsDenied|Sender address rejected: not owned by user|No identity changes permitted|Mail from not owned by user/i,
          /Send mail as/i,
        ],
      },
    ],
    reason: "rejected",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.useOwnAddress, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.sendAs],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off",
  },
  {
    id: "GOOGLE_SMTP_RELAY_DENIED",
    tier: 1,
    match: [{ text: /Mail relay denied|Invalid credentials for relay|Mail Sending denied/i }],
    reason: "norelaying",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.googleRelay],
    },
    source: "https://support.google.com/a/answer/6140680",
  },
  {
    id: "RELAY_DENIED",
    seeds: ["S3"],
    tier: 5,
    match: [
      {
        text: [
          /Unable to relay|Relay(?:ing)? (?:access )?denied|relay not permitted|relaying denied|not (?:configured|permitted|allowed) to relay/i,
          /list of allowed rcpthosts|we do not relay|Insecure Mail Relay|No relaying|relay access/i,
          /not a gateway|we don't handle mail for|Email address is not verified/i,
        ],
      },
      { status: ["5.7.54"] },
    ],
    reason: "norelaying",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.checkAddress, s.contactOwnAdmin, s.askRecipientAdmin],
      owner: [o.notAGroup],
      admin: [a.relayConnector, a.smtpAuthModern, a.mxRecord, a.acceptedDomain],
    },
    source: "https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/allow-anonymous-relay",
  },
  {
    id: "ANON_CLIENT_NOT_AUTHENTICATED",
    tier: 5,
    match: [
      {
        text: [
          /Client was not authenticated|Unauthenticated senders not allowed|authentication is required|turn on SMTP Authentication|not permitted to relay/i,
          /Authentication required/i,
        ],
      },
    ],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.contactOwnAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.anonymousReceive, a.mxRecord, a.smarthostCredentials],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "SMTP_AUTH_CREDENTIALS_REJECTED",
    tier: 5,
    match: [
      {
        text: [
          /Username and Password not accepted|Application-specific password required|log in (?:via|through) your web browser|Too many login attempts|SASL authentication failed/i,
          /authentication failed|Incorrect authentication data|Authentication unsuccessful/i,
        ],
      },
      { status: ["5.7.8", "5.7.14"], tier: 9 },
    ],
    reason: "securityerror",
    fixOwner: "sender",
    permanent: true,
    guidance: {
      sender: [s.checkCredentials, s.contactOwnAdmin],
      owner: [o.notAGroup],
      admin: [a.smarthostCredentials],
    },
    source: "https://www.rfc-editor.org/rfc/rfc4954",
  },
  {
    id: "EXCH_SERVER_AUTH_FAILED",
    tier: 4,
    match: [{ text: /Cannot achieve Exchange Server authentication/i }, { status: ["5.7.3"], text: /Not Authorized/i }],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.contactOwnAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.exchangeServerAuth],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "DEST_TLS_DANE_MTASTS_FAILURE",
    tier: 1,
    match: [
      { status: ["5.7.321-325", "4.7.321-325", "5.4.8", "4.4.8"] },
      {
        text: [
          /starttls-not-supported|certificate-expired|tlsa-invalid|dnssec-invalid|certificate-host-mismatch/i,
          /failed MTA-STS validation|failed DANE validation|does not support TLS/i,
          // the sending server's verdict on the destination's certificate (Postfix's "Server certificate not verified")
          /Server certificate not (?:verified|trusted)|certificate verification failed/i,
        ],
      },
    ],
    reason: "failedstarttls",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.tellRecipientSetupFault, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.daneMtaSts, a.tlsSettings],
    },
    source: `${MS}/non-delivery-reports-in-exchange-online`,
  },
  {
    id: "STARTTLS_REQUIRED",
    tier: 5,
    match: [
      {
        text: [
          /Must issue a STARTTLS command first|TLS required|requires (?:encryption \(TLS\)|TLS)|STARTTLS is required|use TLS\/SSL for SMTP/i,
          /high-strength ciphers|TLS (?:negotiation|handshake) failed|STARTTLS (?:failed|negotiation)/i,
        ],
      },
      { status: ["5.7.10", "5.7.11", "5.4.317", "4.4.317"], tier: 9 },
    ],
    reason: "securityerror",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: {
      sender: [s.contactOwnAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.tlsSettings, a.outboundConnector],
    },
    source: "https://www.rfc-editor.org/rfc/rfc3207",
  },
];
