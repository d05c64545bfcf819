/**
 * Who must act and what to offer, as a function of the cause and the situation (issue 13). Causes keep
 * their text rules and their default guidance; the variants below say, as data, how the answer changes
 * with who sent, who reads and where the message stopped. The first variant whose `when` holds applies;
 * then the answer is scoped: commands and DNS values only for the reader's own organisation, group
 * advice only where a group is named, and no "ask the recipient's admin" when that admin is our own.
 */
import type { FixOwner, OrgSide, RecipientSituation, StopPlace, Timing } from "../types.js";
import type { Cause, StepTemplate } from "./model.js";
import { admin as a, owner as o, sender as s } from "./causes/steps.js";
import { situated as x } from "./remedy-steps.js";
import { HELD_LIST_POSTS, REPUTATION_REFUSALS } from "./retry-later.js";
import { mailServiceOf, type MailService } from "../situate/mail-services.js";

type Guidance = Cause["guidance"];

/** A situation fact the answer rests on: an i18n key (situation.*) and the values it needs. */
export interface SituationFact {
  key: string;
  values?: Record<string, string>;
}

export interface Remedy {
  fixOwner: FixOwner;
  guidance: Guidance;
  facts: SituationFact[];
}

interface When {
  causes?: ReadonlySet<string>;
  sameOrganisation?: boolean;
  recipient?: OrgSide;
  hybrid?: boolean;
  stoppedAt?: readonly StopPlace[];
  timing?: readonly Timing[];
  /** the server that refused */
  host?: RegExp;
  /** the refusal's words */
  text?: RegExp;
  /** the refusal is given as temporary (a 4xx reply or 4.x.x status, "temporarily deferred") */
  forNow?: boolean;
  /** the recipient's mailbox is at a free-mail service (situate/mail-services.ts) */
  atMailService?: boolean;
}

interface Variant {
  name: string;
  when: When;
  fixOwner?: FixOwner;
  sender?: readonly StepTemplate[];
  owner?: readonly StepTemplate[];
  admin?: readonly StepTemplate[] | "ours-only";
  facts?: readonly string[];
}

const set = (...ids: string[]) => new Set(ids);

const exchangeGroups = set(
  "EXO_GROUP_SENDER_NOT_ALLOWED",
  "EXO_GROUP_REJECTS_EXTERNAL",
  "EXO_LARGE_GROUP_NEEDS_RESTRICTION",
);
const unauthenticatedRefusals = set(
  "EXO_GROUP_REJECTS_EXTERNAL",
  "EXO_MAILBOX_REJECTS_EXTERNAL",
  "EXO_MAILUSER_REJECTS_EXTERNAL",
  "EXO_RECIPIENT_REJECTS_EXTERNAL",
  "EXCH_AUTH_REQUIRED",
  "EXO_PUBLICFOLDER_REJECTS_EXTERNAL",
);
const recipientRestrictions = set(
  "EXO_MAILBOX_REJECTS_EXTERNAL",
  "EXO_MAILUSER_REJECTS_EXTERNAL",
  "EXO_RECIPIENT_REJECTS_EXTERNAL",
  "EXCH_AUTH_REQUIRED",
  "EXO_RESTRICTED_TO_RECIPIENTS_5_7_129",
  "EXCH_NOT_AUTHORIZED",
  "EXO_PUBLICFOLDER_REJECTS_EXTERNAL",
);
const relayRefusals = set(
  "RELAY_DENIED",
  "ANON_CLIENT_NOT_AUTHENTICATED",
  "EXO_RELAY_ACCESS_DENIED_5_4_1",
  "SMTP_AUTH_CREDENTIALS_REJECTED",
  "POLICY_UNSPECIFIED_5_7_X",
  "EXCH_SERVER_AUTH_FAILED",
);
/** what may go wrong at a smart host on our way out: a refusal to relay or sign in, or not reaching it */
const ourRelayTrouble = set(
  ...relayRefusals,
  "NETWORK_PROBLEM",
  "DELIVERY_EXPIRED",
  "CONNECTION_REFUSED_BY_HOST",
  "UNKNOWN",
  "STARTTLS_REQUIRED",
  "EXO_SMTP_AUTH_FAILED",
);
/**
 * A refusal the recipient's own server gives for its own domain (S10): a relay refusal. The 5.7.x bucket
 * with no words we know is not one: a bare "550 5.7.1 Access denied" or "Message refused by recipient
 * policy" says nothing about accepted domains or MX records.
 */
const relayRefusalsAtRecipient = set(...[...relayRefusals].filter((id) => id !== "POLICY_UNSPECIFIED_5_7_X"));
const unreachable = set("NETWORK_PROBLEM", "DELIVERY_EXPIRED", "CONNECTION_REFUSED_BY_HOST");
/** the recipient's server could not be reached (a refused connection is the sender's server being turned away) */
const unreachableServer = set("NETWORK_PROBLEM", "DELIVERY_EXPIRED");
/**
 * Causes the sender fixes (a mistyped address, a smaller message) whose admin steps are the recipient
 * organisation's: its directory, its mailbox and size limits, its filter. Not a domain that does not
 * exist: no organisation stands behind it.
 */
const recipientSideAdmin = set(
  "RECIPIENT_UNKNOWN",
  "EXO_RECIPIENT_NOT_FOUND",
  "EXO_DBEB_ACCESS_DENIED",
  "MAILBOX_MOVED",
  "MESSAGE_TOO_LARGE_RECIPIENT",
  "ATTACHMENT_OR_MALWARE_BLOCKED",
);
/**
 * Faults of the recipient's mail system: its admin repairs something (a server, its routing, its domain's
 * set-up), no setting lets the sender in.
 */
const recipientFaults = set(
  "MAIL_LOOP",
  "DEST_TLS_DANE_MTASTS_FAILURE",
  "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION",
  "EXO_RELAY_ACCESS_DENIED_5_4_1",
  "RECEIVING_SYSTEM_ERROR",
  "RECEIVING_SYSTEM_UNAVAILABLE",
  "RECEIVING_SYSTEM_FULL",
  "LOCAL_DELIVERY_PROGRAM_FAILED",
  "NETWORK_PROBLEM",
  "DELIVERY_EXPIRED",
);

/** Whether the cause is a fault of the recipient's mail system rather than a setting (the verdict says "fix", not "change a setting"). */
export function isRecipientFault(causeId: string): boolean {
  return recipientFaults.has(causeId);
}
const contentRefusals = set("SPAM_CONTENT_REJECTED", "RECIPIENT_DOMAIN_POLICY");
/** A post a list holds for a person to review: nothing failed, no server retries it, no server setting is at fault. */
const heldPosts = HELD_LIST_POSTS;
/** The hold's reason is that the sender is not subscribed (Mailman's "Post by non-member to a members-only list"). */
const nonMemberHold =
  /non-?member|not (?:from )?(?:a )?(?:list )?(?:member|subscriber)|members-only|not subscribed|ikke (?:er )?(?:et )?medlem|non abonn|kein Mitglied/i;
const groupCauses = set(...exchangeGroups, ...heldPosts, "MODERATION_REJECTED_OR_EXPIRED", "MAILING_LIST_POST_DENIED");
/** Blocklist refusals: when the listed IP is a mail service's shared outbound address, only the service can act. */
const blocklistCauses = set(
  "SPAMHAUS_LISTED",
  "OTHER_DNSBL_LISTED",
  "SPAMCOP_LISTED",
  "BARRACUDA_BRBL",
  "CISCO_SBRS_POOR_REPUTATION",
  "TRENDMICRO_ERS",
  "PROOFPOINT_BLOCKED",
  "SENDING_SERVER_POOR_REPUTATION",
);
const vagueCauses = set("UNKNOWN", "POLICY_UNSPECIFIED_5_7_X", "CONNECTION_REFUSED_BY_HOST");
const contentHolds = set("CONTENT_HELD_FOR_REVIEW");
/** A hold on the way out of the sender's organisation, in the notice's words: an outbound or data-loss policy, "your organisation's". */
const heldOnTheWayOut =
  /\boutbound\b|\boutgoing (?:mail|messages?|e-?mails?)\b|data loss prevention|\bDLP\b|\byour (?:organi[sz]ation|company)'s (?:polic|rule)/i;
const clientSubmission = /^(?:smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.outlook\.office365\.com)$/i;
const notAGroup = [o.notAGroup];

/**
 * Refusals by a free-mail service's filters. The service has no email admin who lets a sender through:
 * what works is the sending side (content, authentication, reputation) and, for a message taken for
 * spam, the recipient marking the sender safe.
 */
const mailServiceSpam = set("SPAM_CONTENT_REJECTED");
const mailServicePolicy = set("RECIPIENT_DOMAIN_POLICY", "TRANSPORT_RULE_REJECT");
const mailServiceVagueRefusal = set("POLICY_UNSPECIFIED_5_7_X");
/** … and refusals by the recipient's own settings there (a blocked sender, "refused due to recipient preferences") */
const mailServiceRecipientChoice = set("RECIPIENT_ORG_BLOCKED_SENDER", "RECIPIENT_FILTERED");
const sendingSideAdmin = [x.adminMailServiceSendingSide, a.dmarcAlign, a.bulkRequirements, a.reputation];
/** The service's own pages for senders, named (the step's link is ours, never one from the bounce). */
const senderPages: Partial<Record<MailService, StepTemplate>> = {
  google: a.googlePostmaster,
  microsoft: a.outlookComSupport,
  yahoo: a.yahooSenderHub,
  apple: a.appleGuidance,
};

/** A recipient's mailbox at a free-mail service, the sender elsewhere, and one of these causes. */
function atAMailService(causes: ReadonlySet<string>): When {
  return { causes, atMailService: true, sameOrganisation: false };
}

/** Ordered: the first variant that holds decides. */
const variants: readonly Variant[] = [
  {
    // S12: an inside sender through on-premises Exchange reached Exchange Online as anonymous
    name: "hybrid",
    when: { causes: unauthenticatedRefusals, sameOrganisation: true, hybrid: true },
    fixOwner: "sender-admin",
    sender: [x.hybridToOwnAdmin, s.copyReport],
    owner: [x.ownerHybrid],
    admin: [x.adminHybridAuth, a.inboundConnector, a.hybridWizard],
    facts: ["hybrid"],
  },
  {
    // the listed address is Microsoft 365's own outbound IP (40.92.0.0/15, 40.107.0.0/16, 52.100.0.0/14, 104.47.0.0/17)
    name: "shared-provider-ip",
    when: {
      causes: blocklistCauses,
      text: /\b(?:40\.9[23]|40\.107|52\.10[0-3]|104\.47\.(?:\d|[1-9]\d|1[01]\d|12[0-7]))\.\d{1,3}\.\d{1,3}\b|\b40\.107\.\d{1,3}\.\d{1,3}\b/,
    },
    fixOwner: "provider",
    sender: [x.sharedProviderIp, s.copyReport],
    owner: notAGroup,
    admin: [x.adminSharedProviderIp],
  },
  {
    // a provider that turns the sending server away for its reputation or volume: while the sending
    // server still tries (whatever code the last reply had), only a refusal that lasts needs whoever runs it
    name: "reputation-while-still-tried",
    when: { causes: REPUTATION_REFUSALS, timing: ["delayed"] },
    sender: [s.reputationIfItLasts, s.copyReport],
  },
  {
    // … and once the sending server has given up on it, a later message may still pass
    name: "reputation-for-now",
    when: { causes: REPUTATION_REFUSALS, forNow: true },
    sender: [s.reputationDeferred, s.copyReport],
  },
  {
    // S2 seen from outside: the owner of another organisation's group is out of the sender's reach
    name: "group-outside",
    when: { causes: exchangeGroups, sameOrganisation: false },
    fixOwner: "recipient-admin",
    sender: [x.askRecipientSideForGroup, s.copyReport],
    owner: [x.ownerOutside],
    admin: "ours-only",
    facts: ["outside"],
  },
  {
    name: "group-inside",
    when: { causes: exchangeGroups, sameOrganisation: true },
    fixOwner: "group-owner",
    facts: ["inside"],
  },
  {
    // a moderator's "no" is a person's decision: no command that bypasses it
    name: "moderator-rejected",
    when: {
      causes: set("MODERATION_REJECTED_OR_EXPIRED"),
      text: /NotAuthorized|rejected|declined|avvist|abgelehnt|refus|rechaz/i,
    },
    fixOwner: "group-owner",
    sender: [x.moderatorDecided, s.askModerator],
    owner: [x.ownerModeratorDecided],
    admin: [],
  },
  {
    // held because the sender is not subscribed: joining, or posting from the subscribed address, ends it
    name: "list-held-non-member",
    when: { causes: heldPosts, text: nonMemberHold },
    fixOwner: "group-owner",
    sender: [s.heldNothingLost, s.askModeratorHeld, s.heldJoinList],
  },
  { name: "list-held-post", when: { causes: heldPosts }, fixOwner: "group-owner" },
  {
    // list services publish an owner address, and Google Groups' notice itself says to ask a group owner
    name: "list-held",
    when: { stoppedAt: ["list-service"], timing: ["delayed"] },
    fixOwner: "group-owner",
    sender: [x.waitForModerator, x.askListOwner],
    owner: [o.approveMessage, o.listSettings],
    admin: [],
  },
  {
    name: "list-refused",
    when: { causes: set("MAILING_LIST_POST_DENIED") },
    fixOwner: "group-owner",
    sender: [x.askListOwner, x.askListOwnerUnnamed, s.mailingListJoin],
    owner: [o.listSettings],
    admin: [a.mailingListAdmin],
  },
  {
    name: "list-refused-generic",
    when: { stoppedAt: ["list-service"] },
    fixOwner: "group-owner",
    sender: [x.askListOwner, x.askListOwnerUnnamed, s.mailingListJoin],
    owner: [o.listSettings],
    admin: [a.mailingListAdmin],
  },
  {
    name: "mail-service-spam",
    when: atAMailService(mailServiceSpam),
    fixOwner: "sender",
    sender: [s.rewriteContent, x.mailServiceMarkSafe, x.mailServiceSendingSideIfItLasts, s.copyReport],
    owner: notAGroup,
    admin: sendingSideAdmin,
  },
  {
    // a 5.7.x with no words we know ("550 5.7.1 Access denied") says nothing about the message's content
    name: "mail-service-refused",
    when: atAMailService(mailServiceVagueRefusal),
    fixOwner: "sender-admin",
    sender: [x.mailServiceSendingSide, s.copyReport],
    owner: notAGroup,
    admin: sendingSideAdmin,
  },
  {
    name: "mail-service-policy",
    when: atAMailService(mailServicePolicy),
    fixOwner: "sender-admin",
    sender: [x.mailServiceSendingSide, s.rewriteContent, s.copyReport],
    owner: notAGroup,
    admin: sendingSideAdmin,
  },
  {
    name: "mail-service-recipient-choice",
    when: atAMailService(mailServiceRecipientChoice),
    fixOwner: "recipient",
    sender: [x.mailServiceUnblock, s.copyReport],
    owner: notAGroup,
    admin: [x.adminMailServiceRecipientSetting],
  },
  {
    // S1 inside: the recipient's settings are our own organisation's: our IT reads them before changing
    name: "restriction-inside",
    when: { causes: recipientRestrictions, sameOrganisation: true },
    fixOwner: "sender-admin",
    sender: [s.contactOwnAdmin, s.copyReport],
    owner: notAGroup,
    facts: ["inside"],
  },
  {
    name: "restriction-outside",
    when: { causes: recipientRestrictions, sameOrganisation: false },
    fixOwner: "recipient-admin",
    sender: [s.askRecipientAdmin, s.copyReport],
    owner: notAGroup,
    admin: "ours-only",
    facts: ["outside"],
  },
  {
    // S10: Exchange Online delivering outbound met Microsoft's client-submission endpoint as the MX
    name: "mx-is-client-endpoint",
    when: { causes: set("EXO_SMTP_AUTH_FAILED"), host: clientSubmission, stoppedAt: ["recipient-server"] },
    fixOwner: "recipient-admin",
    sender: [x.askRecipientAdminMx, s.copyReport],
    owner: notAGroup,
    admin: "ours-only",
    facts: ["clientEndpoint"],
  },
  {
    name: "our-relay",
    when: { causes: ourRelayTrouble, stoppedAt: ["our-relay"] },
    fixOwner: "sender-admin",
    sender: [x.ownRelayToOwnAdmin, s.copyReport],
    owner: notAGroup,
    facts: ["ourRelay"],
  },
  {
    // the service's servers could not be reached: seldom for long, so the way out from the sender's side
    // is looked at first (the sender's IT acts), and no postmaster there is written to (mail to it would
    // not arrive either)
    name: "mail-service-unreachable",
    when: atAMailService(unreachableServer),
    fixOwner: "sender-admin",
    sender: [s.resendLater, x.mailServiceUnreachable, s.copyReport],
    owner: notAGroup,
    admin: [x.adminMailServiceUnreachable],
  },
  {
    // a fault of the service's own mail servers: the service fixes it, no postmaster there takes requests
    name: "mail-service-fault",
    when: atAMailService(recipientFaults),
    sender: [s.resendLater, x.mailServiceFault, s.copyReport],
    owner: notAGroup,
    admin: [x.adminMailServiceFault],
  },
  {
    // a reason we don't recognise: nobody at the service explains its refusals, so the sender's own IT
    // reads the reply (most refusals there are about the sending side)
    name: "mail-service-unknown",
    when: atAMailService(set("UNKNOWN")),
    fixOwner: "sender-admin",
    sender: [x.mailServiceUnknown, s.copyReport],
    owner: notAGroup,
    admin: [x.adminMailServiceUnknown, a.dmarcAlign, a.reputation],
  },
  {
    // S10: the recipient's own server refuses mail for its own domain
    name: "relay-at-recipient",
    when: { causes: relayRefusalsAtRecipient, stoppedAt: ["recipient-server"] },
    fixOwner: "recipient-admin",
    sender: [x.askRecipientAdminRelay, s.copyReport],
    owner: notAGroup,
    admin: [a.acceptedDomain, a.domainActive, a.mxRecord, a.singleMx],
    facts: ["recipientServer"],
  },
  {
    name: "mx-points-nowhere",
    when: {
      causes: set("DOMAIN_NOT_FOUND"),
      text: /MX (?:record|host)s? (?:point|for)|non-existent host|mail exchanger/i,
    },
    fixOwner: "recipient-admin",
    sender: [s.checkDomain, s.askRecipientAdmin, s.copyReport],
    owner: notAGroup,
  },
  {
    name: "content-at-recipient-filter",
    when: { causes: contentRefusals, stoppedAt: ["recipient-filter", "recipient-server"] },
    fixOwner: "recipient-admin",
    sender: [s.askRecipientAdmin, s.rewriteContent, s.copyReport],
    owner: notAGroup,
  },
  {
    // a filter of the sender's own organisation holds the message (its own server wrote the notice, or
    // the notice says the hold is on the way out): the sender's own admin releases it, not the recipient's
    name: "held-ours",
    when: { causes: contentHolds, stoppedAt: ["our-server", "our-relay"] },
    fixOwner: "sender-admin",
    sender: [s.heldByFilter, s.contactOwnAdmin],
    owner: notAGroup,
  },
  {
    name: "held-on-the-way-out",
    when: { causes: contentHolds, text: heldOnTheWayOut },
    fixOwner: "sender-admin",
    sender: [s.heldByFilter, s.contactOwnAdmin],
    owner: notAGroup,
  },
  {
    name: "transport-rule-ours",
    when: { causes: set("TRANSPORT_RULE_REJECT"), stoppedAt: ["our-server"], sameOrganisation: false },
    fixOwner: "sender-admin",
    sender: [s.contactOwnAdmin, s.copyReport],
    owner: notAGroup,
    admin: [a.transportRule, a.messageTrace],
  },
];

/** The variants that may apply to a cause, in order: most name their causes, and a cause has few. */
const variantsByCause = new Map<string, readonly Variant[]>();

function variantsFor(causeId: string): readonly Variant[] {
  let list = variantsByCause.get(causeId);
  if (!list) {
    list = variants.filter((v) => !v.when.causes || v.when.causes.has(causeId));
    // cause ids are the catalogue's; a stranger's id is not kept
    if (variantsByCause.size < 512) variantsByCause.set(causeId, list);
  }
  return list;
}

function holds(
  when: When,
  causeId: string,
  sit: RecipientSituation,
  reply: string,
  forNow: boolean,
  service: MailService | undefined,
): boolean {
  if (when.causes && !when.causes.has(causeId)) return false;
  if (when.sameOrganisation !== undefined && sit.sameOrganisation !== when.sameOrganisation) return false;
  if (when.recipient && sit.recipient !== when.recipient) return false;
  if (when.hybrid !== undefined && sit.hybridHops.length > 0 !== when.hybrid) return false;
  if (when.stoppedAt && !when.stoppedAt.includes(sit.stoppedAt)) return false;
  if (when.timing && !when.timing.includes(sit.timing)) return false;
  if (when.host && !when.host.test(sit.stoppedHost ?? "")) return false;
  if (when.text && !when.text.test(reply)) return false;
  if (when.forNow !== undefined && forNow !== when.forNow) return false;
  if (when.atMailService !== undefined && (service !== undefined) !== when.atMailService) return false;
  return true;
}

const actsInSender = (owner: FixOwner) => owner === "sender" || owner === "sender-admin";

/** Steps without commands or DNS values: what another organisation's admin would look at. */
function withoutOurActions(steps: readonly StepTemplate[]): StepTemplate[] {
  return steps
    .filter((step) => step.key !== "step.admin.connectPowerShell")
    .map((step) =>
      step.action && (step.action.kind === "admin-command" || step.action.kind === "dns-record")
        ? { key: step.key }
        : step,
    );
}

function withoutGroupAdvice(steps: readonly StepTemplate[]): StepTemplate[] {
  return steps.filter((step) => step.action?.kind !== "ask-group-owner");
}

/** The organisation whose settings an admin step changes. */
type Organisation = "sender" | "recipient";

/**
 * Admin steps that act in one organisation whoever fixes the cause: letting a sender through the
 * recipient organisation's own filter.
 */
const stepOrganisation: ReadonlyMap<StepTemplate, Organisation> = new Map([
  [a.allowSender, "recipient"],
  [a.removeBlockEntry, "recipient"],
]);

/**
 * The organisation the rest of a cause's admin steps act in: the fixer's, except that what the sender
 * corrects at the recipient's (an address, a size: recipientSideAdmin) is checked in the recipient's
 * organisation (its directory, its limits).
 */
function fixersOrganisation(causeId: string, fixOwner: FixOwner): Organisation {
  return actsInSender(fixOwner) && !recipientSideAdmin.has(causeId) ? "sender" : "recipient";
}

/** What decides how the admin tab reads for its reader. */
interface AdminReading {
  causeId: string;
  sit: RecipientSituation;
  fixOwner: FixOwner;
  /** the free-mail service the recipient's mailbox is at, if any */
  service: MailService | undefined;
  /** the remedy is one of the free-mail variants (their first admin step says who can act) */
  atMailService: boolean;
}

/**
 * The admin tab as its reader can use it. Each step acts in one organisation (stepOrganisation, else the
 * fixer's). Commands and DNS values are offered only where they act in the reader's own organisation:
 * steps of an organisation the reader is outside are led by whose they are and lose them, and the
 * recipient's filter steps beside the sender organisation's come first for a reader in the recipient's
 * organisation (the reader's own filter before what the sender's would check), last for a reader whose
 * side is unknown (without commands when the reader is outside the sender's), and not at all for a
 * reader outside it.
 */
function adminAsRead(admin: readonly StepTemplate[], reading: AdminReading): StepTemplate[] {
  const { causeId, sit, fixOwner } = reading;
  const fixers = fixersOrganisation(causeId, fixOwner);
  const actsIn = (step: StepTemplate) => stepOrganisation.get(step) ?? fixers;
  const own = admin.filter((step) => actsIn(step) === fixers);
  const recipients = admin.filter((step) => actsIn(step) !== fixers);
  const side = fixers === "sender" ? sit.sender : sit.recipient;
  const steps = side === "outside" ? asAnotherOrganisations(own, fixers, reading) : own;
  if (sit.recipient === "inside") return side === "outside" ? [...recipients, ...steps] : [...steps, ...recipients];
  if (sit.recipient === "unknown")
    return [...steps, ...(side === "outside" ? withoutOurActions(recipients) : recipients)];
  return steps;
}

/** Steps of an organisation the reader is outside, led by whose they are. */
function asAnotherOrganisations(
  steps: StepTemplate[],
  organisation: Organisation,
  { causeId, sit, fixOwner, service, atMailService }: AdminReading,
): StepTemplate[] {
  // a free-mail service has no admin who takes requests (the variant's own first step says so), and
  // what the recipient or the sender mends there (a full mailbox, a mistyped address) is theirs alone
  if (atMailService) return steps;
  if (service && !sit.sameOrganisation && (fixOwner === "recipient" || fixOwner === "sender"))
    return [x.adminMailServiceMailbox];
  // a held post waits for its moderator; a provider's own listing (Microsoft 365's shared servers) is
  // neither organisation's setting to change
  if (heldPosts.has(causeId) || fixOwner === "provider") return steps;
  const lead =
    organisation === "sender"
      ? x.adminSenderOrganisation
      : recipientFaults.has(causeId)
        ? x.adminOtherOrganisationFault
        : x.adminOtherOrganisation;
  return [lead, ...withoutOurActions(steps)];
}

/**
 * The remedy for a cause in a situation; the cause's own when nothing about the situation is known.
 * `forNow`: the refusal was given as temporary (retry-later.ts, refusedForNow).
 */
export function remedyFor(cause: Cause, sit: RecipientSituation | undefined, reply = "", forNow = false): Remedy {
  if (!sit) return { fixOwner: cause.fixOwner, guidance: cause.guidance, facts: [] };
  const service = mailServiceOf(sit.recipientDomain);
  const variant = variantsFor(cause.id).find((v) => holds(v.when, cause.id, sit, reply, forNow, service));
  // Every situation fact the answer below reads (the reply counts only through the variant chosen).
  const key = [
    variant?.name,
    sit.sameOrganisation,
    sit.sender,
    sit.recipient,
    sit.stoppedAt,
    Boolean(sit.stoppedHost),
    sit.timing,
    sit.hybridHops.length > 0,
    Boolean(sit.group?.parent),
    Boolean(sit.group?.large),
    sit.ndrSays?.party,
    sit.ndrSays?.text,
    service,
  ].join("\u0000");
  let known = remediesByCause.get(cause);
  if (!known || known.size >= 64) remediesByCause.set(cause, (known = new Map()));
  let remedy = known.get(key);
  if (!remedy) known.set(key, (remedy = situatedRemedy(cause, sit, variant, service)));
  return remedy;
}

/**
 * Remedies are shared by every recipient in the same situation, so each is worked out once per
 * cause and situation (at most 64 situations per cause are kept). Nothing changes a remedy once made.
 */
const remediesByCause = new WeakMap<Cause, Map<string, Remedy>>();

function situatedRemedy(
  cause: Cause,
  sit: RecipientSituation,
  variant: Variant | undefined,
  service: MailService | undefined,
): Remedy {
  let fixOwner = variant?.fixOwner ?? cause.fixOwner;
  // A cause that only says "refused" follows the NDR's own word on who must act.
  if (!variant && sit.ndrSays && vagueCauses.has(cause.id))
    fixOwner = sit.ndrSays.party === "sender" ? "sender" : sit.sameOrganisation ? "sender-admin" : "recipient-admin";
  let sender = [...(variant?.sender ?? cause.guidance.sender)];
  let owner = [...(variant?.owner ?? cause.guidance.owner)];
  let admin = [...(Array.isArray(variant?.admin) ? (variant.admin as StepTemplate[]) : cause.guidance.admin)];
  const facts: SituationFact[] = (variant?.facts ?? []).map((key) => ({ key: `situation.${key}` }));

  // An inside case: the recipient's admin is our own IT department (the README's "sender-admin").
  if (fixOwner === "recipient-admin" && sit.sameOrganisation) {
    fixOwner = "sender-admin";
    sender = sender.map((step) => (step.action?.kind === "contact-recipient-admin" ? s.contactOwnAdmin : step));
  }
  // a held post waits for a person, not for a server's next try
  if (sit.timing === "delayed" && !heldPosts.has(cause.id)) {
    const ifItFails = sender.filter((step) => step !== s.resendLater && step !== s.nothingYet);
    // the steps that follow are for when it does fail: said so, or "nothing yet" reads beside "ask them now"
    sender = [ifItFails.length ? x.stillTryingThen : x.stillTrying, ...ifItFails];
    facts.push({ key: "situation.delayed" });
  }
  if (variant?.name === "our-relay" && (unreachable.has(cause.id) || sit.timing === "delayed"))
    admin = [x.adminSmartHostUnreachable, ...admin.filter((step) => step.action?.kind !== "dns-record")];
  else if (variant?.name === "our-relay") admin = [x.adminSmartHost, a.smarthostCredentials, a.relayConnector];
  // read the recipient's settings before changing any (an accept list added to shuts out everyone else)
  if (variant?.name === "restriction-inside")
    admin = [a.inspectRestrictions, ...admin.filter((st) => st !== a.inspectRestrictions)];
  // a mail contact is for an outside address: never for a sender of our own organisation
  if (sit.sameOrganisation) admin = admin.filter((step) => step !== a.externalContact);
  const atMailService = variant?.when.atMailService === true;
  // the service's pages for senders are about being accepted, not about reaching its servers at all
  const refused = atMailService && actsInSender(fixOwner) && !unreachable.has(cause.id);
  const pages = refused && service ? senderPages[service] : undefined;
  if (pages) admin.splice(1, 0, pages);

  admin = adminAsRead(admin, { causeId: cause.id, sit, fixOwner, service, atMailService });
  if (sit.recipient === "outside") owner = withoutOurActions(owner);

  // No group named, no group advice.
  const aboutGroup = groupCauses.has(cause.id) || sit.stoppedAt === "list-service" || variant?.name.startsWith("list");
  if (!aboutGroup) {
    owner = [x.ownerNoGroup];
    sender = withoutGroupAdvice(sender);
    admin = withoutGroupAdvice(admin);
  }
  const stopFact = stopFacts[sit.stoppedAt];
  if (stopFact && (sit.stoppedHost || !stopFact.needsHost)) facts.push({ key: stopFact.key });
  if (sit.group?.parent) facts.push({ key: "situation.nested" });
  if (sit.group?.large) facts.push({ key: "situation.large" });
  if (sit.ndrSays) facts.push(ndrFact(sit, fixOwner));
  return { fixOwner, guidance: { sender, owner, admin }, facts: dedupe(facts) };
}

/** Where it stopped, said with the names the NDR gives. */
const stopFacts: Partial<Record<StopPlace, { key: string; needsHost: boolean }>> = {
  "our-relay": { key: "situation.ourRelay", needsHost: true },
  "recipient-server": { key: "situation.recipientServer", needsHost: true },
  "recipient-filter": { key: "situation.recipientFilter", needsHost: true },
  "list-service": { key: "situation.listService", needsHost: false },
};

/** The NDR's own word on who must act: shown, and when we disagree, why. */
function ndrFact(sit: RecipientSituation, fixOwner: FixOwner): SituationFact {
  const said = sit.ndrSays!;
  const ours = actsInSender(fixOwner) ? "sender" : "recipient";
  if (said.party === ours) return { key: "situation.ndrSays", values: { said: said.text } };
  const why = sit.hybridHops.length > 0 ? "hybrid" : sit.sameOrganisation && ours === "sender" ? "inside" : ours;
  return { key: `situation.ndrDisagrees.${why}`, values: { said: said.text } };
}

function dedupe(facts: SituationFact[]): SituationFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.key) && seen.add(f.key));
}

/** The remedy each diagnosis was given, for explain/ to word the same steps. */
const remedies = new WeakMap<object, Remedy>();

export function rememberRemedy(diagnosis: object, remedy: Remedy): void {
  remedies.set(diagnosis, remedy);
}

export function rememberedRemedy(diagnosis: object): Remedy | undefined {
  return remedies.get(diagnosis);
}
