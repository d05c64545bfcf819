/**
 * The exact ask of each draft: what its reader should change (a setting, an allow-list entry, an MX
 * or SPF record), in the seed article's words where it has them (seed-causes.md). Listed per draft
 * kind and ask, with the causes it answers; a cause not listed gets the draft's general ask. The
 * words are the i18n keys `draft.ask.<name>`.
 */
import type { DraftKind } from "./index.js";

type AskedKind = Exclude<DraftKind, "forward-to-delist">;

const ASKS: Record<AskedKind, Record<string, readonly string[]>> = {
  "contact-recipient-admin": {
    // Seed S6: "configure the recipient ... to accept mail from external or anonymous senders".
    acceptExternal: [
      "EXO_MAILBOX_REJECTS_EXTERNAL",
      "EXO_MAILUSER_REJECTS_EXTERNAL",
      "EXO_RECIPIENT_REJECTS_EXTERNAL",
      "EXCH_AUTH_REQUIRED",
    ],
    // Seed S7: the Anonymous user needs CreateItems on the public folder.
    publicFolderAnonymous: ["EXO_PUBLICFOLDER_REJECTS_EXTERNAL"],
    // Seed S1: "let their mailbox accept mail from you".
    allowSender: ["EXO_RESTRICTED_TO_RECIPIENTS_5_7_129", "EXCH_NOT_AUTHORIZED", "POLICY_UNSPECIFIED_5_7_X"],
    // Seed, owner section: "change the rule to accept messages from the sender".
    transportRule: ["TRANSPORT_RULE_REJECT"],
    unblockSender: ["RECIPIENT_ORG_BLOCKED_SENDER"],
    filterException: ["RECIPIENT_DOMAIN_POLICY", "MIMECAST_REJECT", "RECIPIENT_FILTERED"],
    // Seed S9 and S10: the domain fully registered, one MX record to <domain>.mail.protection.outlook.com.
    domainSetup: ["EXO_RELAY_ACCESS_DENIED_5_4_1", "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION"],
    receiveAnonymous: ["ANON_CLIENT_NOT_AUTHENTICATED", "RELAY_DENIED"],
    theirTls: ["DEST_TLS_DANE_MTASTS_FAILURE"],
    loop: ["MAIL_LOOP"],
    unreachable: ["DELIVERY_EXPIRED", "NETWORK_PROBLEM"],
    greylisting: ["GREYLISTED"],
    notAccepting: ["RECEIVING_SYSTEM_UNAVAILABLE"],
    systemFault: ["RECEIVING_SYSTEM_FULL", "LOCAL_DELIVERY_PROGRAM_FAILED", "RECEIVING_SYSTEM_ERROR"],
    directory: ["EXO_DBEB_ACCESS_DENIED"],
  },
  "contact-own-admin": {
    // Seed S8: forward the NDR to delist@messaging.microsoft.com.
    delistMicrosoft: ["EOP_BLOCKLIST_1"],
    delistPortal: ["EOP_BANNED_SENDING_IP", "OUTLOOKCOM_IP_BLOCKED"],
    delistThirdParty: [
      "SPAMHAUS_LISTED",
      "BARRACUDA_BRBL",
      "SPAMCOP_LISTED",
      "PROOFPOINT_BLOCKED",
      "TRENDMICRO_ERS",
      "OTHER_DNSBL_LISTED",
    ],
    reputation: [
      "SENDING_SERVER_POOR_REPUTATION",
      "CISCO_SBRS_POOR_REPUTATION",
      "GMAIL_LOW_REPUTATION",
      "YAHOO_REPUTATION_BLOCK",
      "ICLOUD_REPUTATION_BLOCK",
      "CONNECTION_REFUSED_BY_HOST",
    ],
    // Seed S11: the SPF record must cover every source of the domain's mail.
    spf: ["SPF_FAIL"],
    spfError: ["SPF_ERROR"],
    dkim: ["DMARC_REJECT", "DKIM_FAIL", "SENDER_UNAUTHENTICATED_BULK_RULES"],
    ptr: ["PTR_RDNS_MISSING", "BAD_HELO", "IPV6_POLICY", "GMAIL_DIRECT_FROM_DYNAMIC_IP"],
    // Seed S12: check the connectors, rerun the Hybrid Configuration Wizard if they are wrong.
    connectors: ["EXO_TENANT_ATTRIBUTION", "EXO_INBOUND_IP_THROTTLED"],
    directSend: ["EXO_DIRECT_SEND_REJECTED"],
    smtpAuth: ["EXO_SMTP_AUTH_FAILED", "SMTP_AUTH_CREDENTIALS_REJECTED", "GOOGLE_SMTP_RELAY_DENIED", "RELAY_DENIED"],
    sendAs: ["SEND_AS_DENIED"],
    restrictedAccount: ["EXO_SENDER_RESTRICTED_OUTBOUND_SPAM"],
    tenantBlocked: ["EXO_TENANT_SENDING_BLOCKED"],
    acceptedDomains: ["EXO_UNREGISTERED_DOMAIN"],
    forwarding: ["EXO_EXTERNAL_FORWARDING_BLOCKED"],
    tenantBlockList: ["EXO_TABL_BLOCKED_RECIPIENT"],
    ourTls: ["STARTTLS_REQUIRED"],
    senderAddress: ["SENDER_ADDRESS_REJECTED", "NULL_MX_SENDER_OR_RECIPIENT"],
    sendingProgram: ["INVALID_CONTENT_FORMAT", "CONTENT_MEDIA_ERROR", "FROM_HEADER_NONCOMPLIANT"],
  },
  // Seed, owner section: the allowed senders list, membership, external senders.
  "ask-group-owner": {
    groupAcceptExternal: ["EXO_GROUP_REJECTS_EXTERNAL"],
    listPost: ["MAILING_LIST_POST_DENIED"],
  },
  // a post the list still holds: approve it where it waits, no resend
  "ask-moderator": { heldPost: ["LIST_POST_HELD_FOR_MODERATION"] },
};

/** Each draft kind's ask when its cause has none of its own. */
const GENERAL: Record<AskedKind, string> = {
  "contact-recipient-admin": "recipientGeneral",
  "contact-own-admin": "ownGeneral",
  "ask-group-owner": "groupAllowedSenders",
  "ask-moderator": "moderator",
};

const BY_CAUSE = new Map<string, string>();
for (const [kind, asks] of Object.entries(ASKS))
  for (const [ask, causes] of Object.entries(asks)) for (const cause of causes) BY_CAUSE.set(`${kind}/${cause}`, ask);

/** The i18n key of the ask a draft of `kind` makes for a diagnosis of `causeId`. */
export function askKey(kind: AskedKind, causeId: string): string {
  return `draft.ask.${BY_CAUSE.get(`${kind}/${causeId}`) ?? GENERAL[kind]}`;
}

/** Every cause id the table names (for a test that they exist). */
export function causesWithAsks(): string[] {
  return [...new Set([...BY_CAUSE.keys()].map((key) => key.slice(key.indexOf("/") + 1)))];
}

/** Every ask key the table can return (for a test that each has words in every language). */
export function allAskKeys(): string[] {
  const names = [...Object.values(ASKS).flatMap((asks) => Object.keys(asks)), ...Object.values(GENERAL)];
  return [...new Set(names)].map((name) => `draft.ask.${name}`);
}
