/** Catalogue §3.F: the message's content, attachments or format were refused. */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

export const contentCauses: Cause[] = [
  {
    // a content filter keeps the message in its quarantine until someone releases it: undecided, like a
    // list post held for its moderator, and ahead of the attachment, spam or policy words it gives as its reason
    id: "CONTENT_HELD_FOR_REVIEW",
    tier: 3,
    match: [
      {
        text: /held (?:for|pending|awaiting) (?:review|release|inspection)|(?:pending|awaiting) (?:review|release)|will be (?:delivered|released) (?:if|when|once|after)|has not yet been delivered/i,
        also: [/quarantin|content[- ]?filter|filtering polic|\bDLP\b|virus|malware|attachment/i],
      },
    ],
    reason: "onhold",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: { sender: [s.heldByFilter], owner: [o.notAGroup], admin: [a.releaseHeld] },
    source: "https://learn.microsoft.com/en-us/defender-office-365/quarantine-about",
  },
  {
    id: "ATTACHMENT_OR_MALWARE_BLOCKED",
    tier: 7,
    match: [
      {
        text: /\bvirus|malware|infected|\btrojan|malicious (?:attachment|file|content|code)|\bIB705\b/i,
        reason: "virusdetected",
      },
      {
        text: [
          /illegal attachment|content presents a potential|not accepting mail with (?:attachments|embedded images)|executable files? (?:are|is) not allowed|banned content/i,
          /prohibited (?:file|extension|attachment)|\(AS345\)/i,
          /banned (?:file|attachment|extension)|(?:file|attachment) types? (?:is |are )?not (?:allowed|permitted)/i,
          /attachments? (?:is |are )?not (?:allowed|permitted|accepted)|blocked (?:file|attachment) type/i,
          // amavisd-new's verdict on a banned file name or type ("Reject, id=… - BANNED: P=p003,…,N=scan.exe")
          /\bBANNED: \S/,
        ],
        reason: "policyviolation",
      },
    ],
    reason: "virusdetected",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.removeAttachment, s.resendLater], owner: [o.notAGroup], admin: [a.gatewayPolicy] },
    source: "https://support.google.com/mail/answer/6590",
  },
  {
    id: "SPAM_CONTENT_REJECTED",
    tier: 7,
    match: [
      { text: /Blacklisted (?:URL|Link)|\bURIBL\b|\bSURBL\b|breaches local URIBL|spam classification/i, tier: 1 },
      {
        text: [
          /\bUBE\b|\bSPAM\b|spam(?:my| score|assassin|\.| detected| classification|ish)|unsolicited (?:mail|e-?mail|bulk)|message content rejected/i,
          /content rejected|content denied|\bIB212\b|looks like spam|scored as spam|junk mail/i,
          /bulk (?:e-?mail|mail)(?: filter)?|suspicious due to the nature of the content|Content Filter agent|Blacklisted URL|URIBL/i,
          /SURBL/i,
          /(?:appears|seems) to be (?:unsolicited|spam)|considered (?:as |to be )?(?:unsolicited|spam)\b/i,
        ],
      },
    ],
    reason: "spamdetected",
    fixOwner: "sender",
    permanent: true,
    guidance: {
      sender: [s.rewriteContent, s.askRecipientAllow],
      owner: [o.notAGroup],
      admin: [a.reputation, a.allowSender],
    },
    source: "https://support.google.com/mail/answer/81126",
  },
  {
    id: "INVALID_CONTENT_FORMAT",
    tier: 6,
    match: [
      { status: ["5.6.11", "5.0.350"] },
      {
        text: [
          /BareLinefeedsAreIllegal|bare line ?feeds|invalid message content|x-dg-ref header|Mail message is malformed/i,
          /improper use of 8-bit data|Headers too large|Media error|Invalid characters/i,
        ],
      },
    ],
    reason: "contenterror",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.contactOwnAdmin, s.resendLater], owner: [o.notAGroup], admin: [a.contentFormat] },
    source:
      "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online",
  },
];
