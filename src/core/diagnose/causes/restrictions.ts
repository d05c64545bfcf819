/**
 * Catalogue §3.A: the recipient's side restricts who may send (groups, mailboxes, public folders,
 * moderation, mail flow rules, the recipient organisation's own block lists). Seed causes S1, S2,
 * S5, S6, S7 live here.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const MS = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr";

export const restrictionCauses: Cause[] = [
  {
    id: "EXO_PUBLICFOLDER_REJECTS_EXTERNAL",
    seeds: ["S7"],
    tier: 1,
    match: [
      { text: /RESOLVER\.RST\.AuthRequired/i, also: [/\[Stage: ?CreateMessage\]/i] },
      { status: ["5.7.135"] },
      { status: ["5.7.13", "5.7.135"], text: /public folder/i },
      { text: /not authenticated for public folder|sender's permission on public folder/i },
    ],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.connectPowerShell, a.publicFolderAnonymous, a.publicFolderAuth, a.dbeb],
    },
    source: `${MS}/fix-error-code-550-5-7-1-in-exchange-online`,
  },
  {
    id: "EXO_GROUP_SENDER_NOT_ALLOWED",
    seeds: ["S2"],
    tier: 1,
    match: [
      { status: ["5.7.124"] },
      {
        text: /RESOLVER\.RST\.NotAuthorizedToGroup|not in allowed-senders list|not authorized to send to the distribution list/i,
      },
      {
        text: /only accepts messages from people (?:in its organization or )?on its allowed senders list/i,
        body: true,
        tier: 4,
      },
      // the same user text as Exchange writes it in other languages (nb, de, fr, es, nl, sv, da)
      {
        text: [
          /har ikke tillatelse til å sende til (?:distribusjons)?gruppen|nicht berechtigt, an (?:die )?(?:gruppe|verteilerliste)|pas autorisé à envoyer (?:au groupe|à la liste)/i,
          /no tiene permiso para enviar al grupo|geen toestemming om naar de groep|inte behörighet att skicka till gruppen|ikke tilladelse til at sende til gruppen/i,
        ],
        body: true,
        tier: 4,
      },
    ],
    reason: "rejected",
    fixOwner: "group-owner",
    permanent: true,
    guidance: {
      sender: [s.askGroupOwner, s.findGroupOwner, s.joinGroup],
      owner: [o.addAllowedSender, o.addMember, o.changeTransportRule],
      admin: [a.connectPowerShell, a.externalContact, a.groupAddSender],
    },
    source: `${MS}/fix-error-code-5-7-124-in-exchange-online`,
  },
  {
    id: "EXO_GROUP_REJECTS_EXTERNAL",
    seeds: ["S2", "S6"],
    tier: 1,
    match: [
      { status: ["5.7.133"] },
      {
        text: /RESOLVER\.RST\.(?:SenderNotAuthenticatedForGroup|NotAuthorizedToSendToGroup)|not authenticated (?:when sending to this group|for group)/i,
      },
    ],
    reason: "securityerror",
    fixOwner: "group-owner",
    permanent: true,
    guidance: {
      sender: [s.askGroupOwner, s.findGroupOwner],
      owner: [o.allowExternal, o.addAllowedSender, o.changeTransportRule],
      admin: [
        a.connectPowerShell,
        a.groupAllowExternal,
        a.unifiedGroupAllowExternal,
        a.externalContact,
        a.groupAddSender,
        a.inboundConnector,
      ],
    },
    source: `${MS}/fix-error-code-5-7-133-in-exchange-online`,
  },
  {
    id: "EXO_MAILBOX_REJECTS_EXTERNAL",
    seeds: ["S6"],
    tier: 1,
    match: [
      { status: ["5.7.134"] },
      { text: /RESOLVER\.RST\.SenderNotAuthenticatedForMailbox|not authenticated for mailbox/i },
    ],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.connectPowerShell, a.mailboxAllowExternal, a.externalContact, a.recipientAllowSender],
    },
    source: `${MS}/fix-error-code-5-7-134-in-exchange-online`,
  },
  {
    id: "EXO_MAILUSER_REJECTS_EXTERNAL",
    seeds: ["S6"],
    tier: 1,
    match: [{ status: ["5.7.136"] }],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.connectPowerShell, a.mailUserAllowExternal],
    },
    source: `${MS}/fix-error-code-5-7-136-in-exchange-online`,
  },
  {
    id: "EXO_RECIPIENT_REJECTS_EXTERNAL",
    seeds: ["S6"],
    tier: 1,
    match: [
      { status: ["5.7.12"], text: /not authenticated by organization/i },
      { text: /Sender was not authenticated by organization/i },
      { status: ["5.7.12"], tier: 9 },
    ],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.allowExternal],
      admin: [a.connectPowerShell, a.inspectRestrictions, a.recipientAllowExternal, a.mailboxAllowExternal],
    },
    source: `${MS}/fix-error-code-5-7-12-in-exchange-online`,
  },
  {
    id: "EXCH_AUTH_REQUIRED",
    seeds: ["S6"],
    tier: 4,
    match: [{ text: /RESOLVER\.RST\.AuthRequired/i }],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.allowExternal],
      admin: [a.inspectRestrictions, a.recipientAllowExternal, a.mailboxAllowExternal, a.groupAllowExternal],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "EXO_RESTRICTED_TO_RECIPIENTS_5_7_129",
    tier: 1,
    match: [{ status: ["5.7.129"] }, { text: /RESOLVER\.RST\.RestrictedToRecipientsPermission/i }],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.inspectRestrictions, a.hybridDisabledAccount, a.recipientAllowSender],
    },
    source: `${MS}/fix-error-code-550-5-7-1-in-exchange-online`,
  },
  {
    id: "EXO_LARGE_GROUP_NEEDS_RESTRICTION",
    seeds: ["S5"],
    tier: 4,
    match: [{ text: /RESOLVER\.GRP\.Blocked\.NeedsSenderRestrictions|DL expansion needs sender restrictions/i }],
    reason: "securityerror",
    fixOwner: "group-owner",
    permanent: true,
    guidance: {
      sender: [s.askGroupOwner, s.joinGroup, s.askModerator, s.findGroupOwner],
      owner: [o.largeGroup, o.approveMessage, o.addMember],
      admin: [a.largeGroupModeration, a.groupAddSender],
    },
    source: `${MS}/fix-error-code-5-7-124-in-exchange-online`,
  },
  {
    id: "MODERATION_REJECTED_OR_EXPIRED",
    seeds: ["S5"],
    tier: 4,
    match: [
      { text: /APPROVAL\.(?:NotAuthorized|Expired)/i },
      {
        text: /(?:rejected|declined) by (?:the |a )?(?:list |group )?(?:moderator|manager)|moderator (?:rejected|declined)|(?:approval|moderation) (?:request )?(?:has )?expired|wasn't approved|avvist av (?:en )?moderator/i,
        body: true,
      },
      // the same in Norwegian, Danish and Swedish: "ikke godkjent av moderatoren", "moderatoren avviste",
      // "afvist af moderatoren", "inte godkänt av moderatorn"; expired: "Forespørselen om godkjenning er utløpt"
      {
        text: /\b(?:ikke|ikkje|inte) (?:blitt |blevet |blivit )?god(?:kjent|kendt|känt|kändes) a[vf] (?:en |ein )?moderator|\bafvist af (?:en )?moderator|\bmoderatoren (?:har )?(?:avviste|avvist|afviste|afvist)|\bmoderatorn (?:har )?(?:avvisade|avvisat)|\bavvisades av (?:en )?moderator|\bingen moderator godkjente|\b(?:forespørselen om godkjenning|godkjenningsforespørselen) (?:er |har )?utløpt|\banmodningen om godkendelse er udløbet|\bbegäran om godkännande har (?:gått ut|upphört)/i,
        body: true,
      },
    ],
    reason: "securityerror",
    fixOwner: "group-owner",
    permanent: true,
    guidance: {
      sender: [s.askModerator, s.findGroupOwner, s.joinGroup],
      owner: [o.approveMessage, o.bypassModeration, o.largeGroup],
      admin: [a.connectPowerShell, a.largeGroupModeration],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/moderated-recipients-exo/moderated-recipients-exo",
  },
  {
    // A list manager holds the post for a person to review (Mailman, LISTSERV, Sympa, Majordomo):
    // nothing failed and nothing expired yet. Matched in the notice's own words only (the list-notice
    // decoder's diagnostic), never in the NDR's body, where a returned copy's Subject may say the same.
    // After MODERATION_REJECTED_OR_EXPIRED: a notice that names the moderator's "no" is a rejection.
    // Sisimai has no word for a hold: list managers' notices are not bounces to it. "onhold" is its
    // word for a report whose outcome is not decided, which is what a held post is; "expired" (nothing
    // timed out) and "rejected" (nobody refused the sender) would each say something that did not happen.
    id: "LIST_POST_HELD_FOR_MODERATION",
    seeds: ["S5"],
    tier: 4,
    match: [
      {
        text: [
          /awaits (?:the )?moderator|awaiting (?:the )?moderator|is being held|being held (?:until|for)|held for (?:moderation|moderator|approval|review)/i,
          /pending (?:the )?(?:moderator'?s? )?approval|(?:submitted|forwarded) to the (?:list(?:'s)? )?(?:moderator|editor|owner)/i,
          /holdes tilbake|venter på (?:godkjenning|moderator)|en attente de mod[ée]ration|transmis aux mod[ée]rateurs|wartet auf (?:die )?Freigabe|an die Moderatoren weitergeleitet/i,
        ],
      },
    ],
    reason: "onhold",
    fixOwner: "group-owner",
    permanent: false,
    guidance: {
      sender: [s.heldNothingLost, s.askModeratorHeld],
      owner: [o.approveHeldPost, o.acceptHeldSender],
      admin: [a.heldListSettings],
    },
    source: "https://www.gnu.org/software/mailman/mailman-member/index.html",
  },
  {
    id: "EXCH_NOT_AUTHORIZED",
    seeds: ["S1"],
    tier: 4,
    match: [
      { text: /RESOLVER\.RST\.NotAuthorized\b/i },
      {
        text: /you don't have permission to send to it|You do not have permission to send to this recipient|due to a permission or security issue/i,
        body: true,
      },
      {
        text: [
          /har ikke tillatelse til å sende til (?:denne )?mottakeren|keine Berechtigung, an diesen Empfänger|pas l'autorisation d'envoyer (?:à|a) ce destinataire/i,
          /no tiene permiso para enviar a este destinatario|geen toestemming om naar deze ontvanger|inte behörighet att skicka till den här mottagaren|ikke tilladelse til at sende til denne modtager/i,
        ],
        body: true,
      },
    ],
    reason: "securityerror",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAllow, s.askRecipientAdmin, s.copyReport],
      owner: [o.addAllowedSender],
      // read first; then take the sender off a reject list, or add them to an accept list that exists
      admin: [a.inspectRestrictions, a.recipientUnblockSender, a.recipientAllowSender, a.transportRule],
    },
    source: `${MS}/fix-error-code-550-5-7-1-in-exchange-online`,
  },
  {
    id: "TRANSPORT_RULE_REJECT",
    tier: 4,
    match: [
      {
        text: [
          /TRANSPORT\.RULES\.RejectMessage|rejected by (?:an? )?(?:organization(?:al)? policy|transport rule|mail flow rule)|Policy processing failed: transport rule/i,
          // a filter's own rule, named as such ("blocked by a content filtering policy")
          /(?:blocked|rejected|stopped) by (?:an? |the )?(?:content[- ]filter(?:ing)?|data loss prevention|DLP) (?:policy|rule)/i,
        ],
      },
      { status: ["5.7.900-999"], tier: 1, reason: "policyviolation" },
    ],
    reason: "policyviolation",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.rewriteContent, s.askRecipientAdmin, s.copyReport],
      owner: [o.changeTransportRule],
      admin: [a.transportRule, a.messageTrace],
    },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "EXO_RECIPIENT_BANNED",
    tier: 1,
    match: [{ status: ["5.7.504", "5.7.505"] }, { text: /Access denied, banned recipient/i }],
    reason: "userunknown",
    fixOwner: "sender",
    permanent: true,
    guidance: {
      sender: [s.checkAddress, s.otherChannel],
      owner: [o.notAGroup],
      admin: [a.supportCase],
    },
    source: `${MS}/non-delivery-reports-in-exchange-online`,
  },
  {
    id: "RECIPIENT_ORG_BLOCKED_SENDER",
    tier: 2,
    match: [
      { status: ["5.7.507", "5.7.513"] },
      {
        text: [
          /Customer Block list|AS\(?16012607\)?|rejected by recipients?\b|blacklisted by recipient|blocked by (?:the )?recipient/i,
          /:blocked\)|Envelope blocked - User (?:Domain )?Entry|header-based Blocked Senders|Block policy for (?:envelope|header)|Sender address blocked/i,
          /(?:isn't|is not) accepting (?:messages|mail|e-?mail) from your (?:domain|address)\b/i,
          /sender blacklisted|has been blacklisted|do(?:es)? not accept (?:e-?mail|mail|messages) from (?:this|the|your) sender/i,
          // the sender's own address named as the one refused ("Rejected: sender <a@b> blocked by policy")
          /\bsender <[^<>\s]{1,254}> (?:is |has been |was )?blocked\b/i,
        ],
      },
      { text: /Sender address rejected: Access denied/i, reason: "rejected" },
      {
        text: /(?:to\/from an|sender) address (?:that )?(?:has been |is )?blacklisted|sender (?:is |has been )?blacklisted|(?:on|in) (?:the )?(?:user's|recipient's) (?:block|black) ?list/i,
        reason: "rejected",
        tier: 1,
      },
    ],
    reason: "blocked",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.otherChannel, s.askRecipientAdmin, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.removeBlockEntry, a.allowSender],
    },
    source: `${MS}/non-delivery-reports-in-exchange-online`,
  },
  {
    id: "RECIPIENT_DOMAIN_POLICY",
    tier: 7,
    match: [
      {
        text: [
          /has a policy that prohibited the mail|\[CS01\]|Message rejected due to local policy|Local Policy Violation|Denied by policy/i,
          /rejected for policy reasons|not accepted for policy reasons|policy violation|Protocol violation|Email not accepted for policy reasons/i,
          /blocked (?:by|due to) (?:local |site |content |security )?polic(?:y|ies)\b/i,
        ],
      },
      { text: /\bHeader error\b/i },
    ],
    reason: "policyviolation",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.askRecipientAdmin, s.rewriteContent, s.copyReport],
      owner: [o.notAGroup],
      admin: [a.gatewayPolicy, a.readFullReply],
    },
    source: "https://support.google.com/a/answer/3726730",
  },
  {
    id: "MAILING_LIST_POST_DENIED",
    tier: 4,
    match: [
      {
        text: [
          /(?:may not|do(?:es)? not|don't) have permission to post(?: messages)? to (?:the|this) (?:group|(?:mailing )?list)|not allowed to post to this (?:mailing )?list|Post by non-member to a members-only list|closed mailing list|not (?:a )?member of this (?:mailing )?list/i,
          /not subscribed to this group|only (?:members|subscribers) (?:can|may) post|not authorized to send mail to the \S+ list|groups\.google\.com\/support/i,
        ],
        body: true,
      },
    ],
    reason: "rejected",
    fixOwner: "group-owner",
    permanent: true,
    guidance: {
      sender: [s.mailingListJoin, s.askGroupOwner],
      owner: [o.listSettings],
      admin: [a.mailingListAdmin],
    },
    source: "https://support.google.com/groups/answer/2464926",
  },
];
