/**
 * Catalogue §3.G: the codes people confuse with 5.7.x — unknown recipients, full mailboxes, size
 * limits, loops, expiry, bad domains, disabled accounts, sender-address problems, rate limits.
 */
import type { Cause } from "../model.js";
import { admin as a, owner as o, sender as s } from "./steps.js";

const MS = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr";
const none = [o.notAGroup];

export const neighbourCauses: Cause[] = [
  {
    id: "EXO_RECIPIENT_NOT_FOUND",
    tier: 1,
    match: [
      { status: ["5.1.10"], text: /RecipientNotFound|not found|wasn't found/i },
      { text: /RESOLVER\.ADR\.RecipientNotFound/i },
      { status: ["5.1.10"], tier: 9 },
    ],
    reason: "userunknown",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.checkAddress, s.otherChannel], owner: none, admin: [a.dbeb, a.readFullReply] },
    source: `${MS}/fix-error-code-550-5-1-10-in-exchange-online`,
  },
  {
    id: "EXO_DBEB_ACCESS_DENIED",
    tier: 1,
    match: [
      { status: ["5.4.1"], text: /Recipient address rejected: Access denied/i },
      { text: /AS\(201806281\)/i },
      // the same edge block worded for the whole envelope
      { status: ["5.4.1"], text: /recipient addresses rejected ?: Access denied/i, reason: "rejected" },
    ],
    reason: "userunknown",
    fixOwner: "sender",
    permanent: true,
    guidance: {
      sender: [s.checkAddress, s.askRecipientAdmin],
      owner: none,
      admin: [a.dbeb, a.acceptedDomain, a.dbebDomainType],
    },
    source: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking",
  },
  {
    id: "SENDER_RATE_OR_QUOTA_LIMIT",
    tier: 6,
    match: [
      {
        text: /\bAUP#In-13[1-4]0\b|Too many (?:recipients|(?:concurrent )?(?:SMTP )?connections)(?! this hour)|Connection rate limit|frequency limited|too many (?:concurrent )?(?:sessions|messages)|RecipLimit/i,
        reason: "toomanyconn",
      },
      {
        text: [
          /Submission quota exceeded|sender's submission quota|daily (?:user )?(?:sending )?limit|limit for message recipients|per hour message receive limit/i,
          /recipient thread limit/i,
          // cPanel/WHM's hourly limits on a sending domain: "has exceeded the max emails per hour (250/250 (100%)) allowed"
          /\bmax(?:imum)? (?:number of )?(?:e-?mails|messages|defers and failures) per (?:hour|day)\b/i,
        ],
        reason: "speeding",
      },
      {
        text: /receiving mail (?:too quickly|at a rate)|too many recipients this hour|sending (?:too fast|rate)|rate limit(?:ed)? exceeded|\bIB607\b/i,
        reason: "speeding",
      },
      { status: ["5.1.90", "5.2.121", "5.2.122"], tier: 1, reason: "speeding" },
    ],
    reason: "speeding",
    fixOwner: "sender",
    permanent: false,
    guidance: {
      sender: [s.slowDown, s.resendLater, s.secureAccount],
      owner: none,
      admin: [a.recipientRateLimit, a.restrictedUsers],
    },
    source: `${MS}/fix-error-for-submission-quota-exceeded-in-exchange-online`,
  },
  {
    // RFC 6647: a receiving server that refuses a sender it has not seen before with a 4xx, expecting a real
    // server to come back later; retries from a pool of addresses (large providers) can each look new
    id: "GREYLISTED",
    tier: 5,
    match: [{ text: /\bgr[ae]y-?list(?:ed|ing)?\b/i }],
    reason: "blocked",
    fixOwner: "recipient-admin",
    permanent: false,
    guidance: {
      sender: [s.resendLater, s.askRecipientAdmin],
      owner: none,
      admin: [a.greylisting],
    },
    source: "https://www.rfc-editor.org/rfc/rfc6647",
  },
  {
    id: "ACCOUNT_DISABLED_OR_INACTIVE",
    tier: 6,
    match: [
      {
        text: [
          /account (?:that you tried to reach )?is (?:disabled|inactive)|(?:mailbox|account|address|user) (?:is |has been )?(?:disabled|suspended|deactivated|inactive|locked|frozen|expired|closed|terminated)|Disabled recipient|User Account Disabled|temporar(?:y|ily) locked/i,
          /account is blocked|\(554\.30\)|no longer (?:valid|active|in use|(?:accepts|receives) (?:e-?)?mail)|Mailbox cannot be accessed|mailbox quarantined/i,
          /not (?:currently )?(?:accepting|receiving) mail|temporarily disabled|account (?:is )?temporarily unavailable|mailbox unavailable, disabled|(?:mailbox|account|user) suspended/i,
        ],
      },
      // the NDR's own statement that the account is disabled, where the SMTP answer hides it as "user unknown" (au/KDDI)
      {
        text: /The user\(s\) account is disabled|(?:user|recipient)'s account (?:is|has been) disabled/i,
        body: true,
        outranksReply: true,
        tier: 5,
      },
      { status: ["5.7.13"], tier: 9 },
    ],
    reason: "suspend",
    fixOwner: "recipient",
    permanent: true,
    guidance: { sender: [s.otherChannel, s.checkAddress], owner: none, admin: [a.accountState] },
    source: "https://support.google.com/a/answer/3726730",
  },
  {
    id: "MAILBOX_FULL",
    tier: 6,
    match: [
      {
        text: [
          /mailbox (?:is )?full|over ?(?:(?:its|the|their) )?(?:disk )?quota|quota (?:exceeded|full)|exceed(?:s|ed)? (?:the |their |its )?(?:storage|quota|disk)|out of (?:storage|space)/i,
          /insufficient (?:storage|space) (?:for|in) (?:the )?(?:user|mailbox)|mailbox size limit|Mailbox Full|QuotaExceeded|user has (?:too many|exceeded)/i,
          /mail ?box is too large|storage (?:allocation|quota)|mail ?folder is full|mailbox exceeds|messages in recipient's mailbox exceeded/i,
          // the address between noun and verb: "Mailbox a@b is full", "The recipient's mailbox (a@b) is full"
          /mailbox \(?[^\s@()]{1,64}@[^\s()]{1,255}\)? is (?:full|over (?:its )?quota)/i,
        ],
      },
      { status: ["5.2.2", "4.2.2"], tier: 9 },
    ],
    reason: "mailboxfull",
    fixOwner: "recipient",
    permanent: false,
    guidance: { sender: [s.otherChannel, s.resendLater], owner: none, admin: [a.mailboxQuota] },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "MESSAGE_TOO_LARGE_RECIPIENT",
    tier: 6,
    match: [
      {
        text: [
          /RecipSizeLimit|SendSizeLimit|message too large for this (?:recipient|sender|organization)|length exceeds (?:administrative )?limit|exceeds limit set by recipient/i,
          /QUEUE\.Priority; message too large/i,
        ],
      },
      { status: ["5.2.3", "4.2.3"], tier: 6 },
    ],
    reason: "exceedlimit",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.shrinkMessage], owner: none, admin: [a.sizeLimits] },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "MESSAGE_TOO_LARGE_SYSTEM",
    tier: 6,
    match: [
      {
        text: [
          /ROUTING\.SizeLimit|OverAdvertisedSize|message (?:size )?exceeds (?:the )?(?:fixed |maximum |size )|message (?:is )?too (?:big|large)|size (?:limit )?exceeded/i,
          /exceeded Google's message size|Maximum email size exceeded|\bLine limit exceeded|size of your message|exceeds (?:the )?(?:maximum )?(?:message )?size/i,
          /limit of \d{1,9} attachments|bytes per individual header/i,
        ],
      },
      { status: ["5.3.4", "4.3.4"], tier: 9 },
    ],
    reason: "mesgtoobig",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.shrinkMessage], owner: none, admin: [a.orgSizeLimits] },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "MAIL_LOOP",
    tier: 6,
    match: [
      {
        text: [
          /Hop count exceeded|mail loop|routing loop|forwarding loop|loops back to myself/i,
          /Too many hops|exceeded \d{1,9} hops|RESOLVER\.FWD\.Loop|loop detected|MxLoopback/i,
        ],
      },
      { status: ["5.4.6", "5.4.14", "4.4.6"], tier: 9 },
    ],
    reason: "networkerror",
    fixOwner: "recipient-admin",
    permanent: true,
    // a routing fault (forwarding, MX records or connectors pointing back), not a filter: nothing to let through
    guidance: {
      sender: [s.tellRecipientLoop, s.copyReport],
      owner: none,
      admin: [a.mailLoop, a.outboundConnector, a.acceptedDomain],
    },
    source: `${MS}/fix-error-code-5-4-6-through-5-4-20-in-exchange-online`,
  },
  {
    id: "SENDER_ADDRESS_REJECTED",
    tier: 6,
    match: [
      {
        text: [
          /Sender denied|Sender address rejected|sender verify failed|unknown sender|Domain of sender address/i,
          /sender(?:'s)? domain (?:does not|doesn't) exist|badmailfrom|null sender is not allowed|unroutable sender|Unroutable sender address/i,
          /not a valid RFC 5321 address|Purported Responsible Address|is not a registered gateway user|From: Domain is invalid/i,
          /sender rejected|invalid sender|sender (?:address )?is not allowed|envelope sender/i,
          // the sender's domain cannot be resolved ("Sender domain example.org has no MX or A record")
          /sender(?:'s)? domain (?:\S{1,253} )?(?:has no |does not have (?:an? )?)(?:MX|A|DNS)\b/i,
        ],
      },
      { status: ["5.1.7", "5.1.8", "4.1.8", "4.1.7"], tier: 9 },
    ],
    reason: "rejected",
    fixOwner: "sender-admin",
    permanent: true,
    guidance: { sender: [s.newMessageNotReply, s.contactOwnAdmin], owner: none, admin: [a.senderAddress] },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "DOMAIN_NOT_FOUND",
    tier: 6,
    match: [
      {
        status: ["4.*"],
        text: /DNS Error|Name service error|name server reply|Domain name not found/i,
        reason: "networkerror",
      },
      {
        text: [
          /NonExistentDomain|nonexistent domain|ROUTING\.(?:NoNextHop|InvalidAddress)|Host or domain name not found|domain (?:name )?not found/i,
          /no such domain|Unrouteable address|unroutable address|domain is not reachable|find the recipient domain/i,
          /NXDOMAIN|Host unknown|unknown (?:host|domain)|domain (?:does not|doesn't) exist|DNS lookup failure: host [a-z0-9.-]{1,253} not found/i,
          /not a valid domain|invalid (?:address )?domain|point to non-existent hosts|no MX or A records? for/i,
        ],
      },
      { text: /Name service error|name server reply/i, reason: "networkerror" },
      // cPanel's Exim says this when the destination domain's DNS lookup failed
      {
        text: /The account or domain may not exist, they may be blacklisted, or missing the proper dns entries/i,
        tier: 1,
      },
      { status: ["5.1.2", "5.4.4", "5.4.310"], tier: 9 },
    ],
    reason: "hostunknown",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.checkDomain, s.otherChannel], owner: none, admin: [a.recipientDns] },
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  },
  {
    id: "RECIPIENT_UNKNOWN",
    tier: 6,
    match: [
      {
        text: [
          /RESOLVER\.ADR\.(?:Ex)?RecipNotFound|user ?unknown|addressee unknown|unknown (?:user|recipient|mailbox|local[- ]part|address)|no such (?:user|mailbox|recipient|address|account|person)|(?:user|mailbox|recipient|address|account) (?:does not|doesn't|did not) exist/i,
          /(?:mailbox|recipient|user) (?:not found|unavailable|not available)|Recipient Not Found|invalid (?:recipient|receiver|mailbox|user)|(?:is not|isn't) a valid (?:mailbox|user|recipient)|address couldn't be found/i,
          /This user doesn't have an? |Bad destination mailbox|Address rejected\.|no mailbox here by that name|not listed in/i,
          /unknown or illegal alias|mailbox unavailable|Requested action not taken: mailbox unavailable|User not exist|was not found/i,
          /undeliverable address|no valid recipients?|user not found|Recipient address rejected: (?:undeliverable|User (?:unknown|not found|does not exist|doesn't exist))|unable to find/i,
          /address not present|not a known user|inactive email address|address is possibly incorrect|check if (?:the )?address is correct|Invalid (?:final )?delivery userid/i,
          /account that you tried to reach does not exist/i,
          // phquery, the CSO/ph directory lookup campus Sendmails ran: the directory knows no such name
          /No matches to (?:name ?server|directory) query/i,
          // "550 User [name] does not exist", "No mail box available for this user", Exchange 5.5's words
          /(?:user|mailbox) [[<"'][^\]>"'\n]{1,64}[\]>"'] (?:does not|doesn't) exist|no mail ?box (?:available|here)|user not known|recipient name is not recognized|mailbox unknown/i,
          // the bare address between noun and verb: "The user a@b does not exist", "User a@b unknown"
          /(?:user|mailbox|recipient|account)(?: of)? [^\s@]{1,64}@[^\s]{1,255} (?:(?:does not|doesn't) exist|unknown\b)/i,
        ],
        body: false,
      },
      // BSD mail.local's own "unknown user" in a Sendmail transcript, above Sendmail's vague "Service unavailable"
      { text: /mail\.local: unknown user/i, body: true, outranksReply: true, tier: 5 },
      // IMail heads its NDR with its own lookup verdict, "Unknown user: <address>" (when it is the only
      // verdict: with several recipients, each line is that recipient's own diagnostic)
      { text: /Unknown user: (?=\S+\s+Original message follows)/i, body: true, outranksReply: true, tier: 5 },
      // a heading over the list of addresses that gives no reply of their own (Post.Office)
      { text: /\b(?:destination|recipient) addresses (?:were|are) unknown/i, body: true },
      { status: ["5.1.1", "5.1.0", "5.1.3", "4.1.1"], tier: 9 },
    ],
    reason: "userunknown",
    fixOwner: "sender",
    permanent: true,
    guidance: { sender: [s.checkAddress, s.otherChannel], owner: none, admin: [a.dbeb] },
    source: `${MS}/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online`,
  },
  {
    id: "DELIVERY_EXPIRED",
    tier: 6,
    match: [
      {
        text: [
          /QUEUE\.Expired|message expired|retry timeout exceeded|could not be delivered (?:to \S{1,255} )?(?:for (?:more than )?|after |within )\d{1,9}|Delivery time expired/i,
          /in the queue too long|has been delayed|still undelivered|giving up|stopped trying|Message will be deleted from queue/i,
          /unable to connect successfully|delivery (?:attempts|period) (?:has )?expired|expired after|time limit|retry time/i,
          /Envelope expired|not delivered within|was aborted after [0-9.]{1,6} hour|failing for a long time|did not accept our requests to connect|Delivery failed \d{1,9} attempts/i,
          /after multiple retries/i,
          // Post.Office: "the destination computer was not reachable within the allowed queue period"
          /within the allowed queue period/i,
        ],
      },
      { status: ["4.4.7", "5.4.7", "5.4.300", "4.4.316", "5.4.316", "4.4.1", "4.4.2", "5.4.312"], tier: 9 },
    ],
    reason: "expired",
    fixOwner: "recipient-admin",
    permanent: true,
    guidance: {
      sender: [s.resendLater, s.tellRecipientUnreachable, s.copyReport],
      owner: none,
      admin: [a.expiredQueue, a.connectivityAnalyzer, a.messageTrace],
    },
    source: `${MS}/fix-error-code-550-4-4-7-in-exchange-online`,
  },
];
