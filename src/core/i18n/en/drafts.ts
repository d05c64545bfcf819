/** Drafts, links and the copied technical report (English). Keys are shared with nb/drafts.ts. */
export const drafts = {
  // shared pieces of every draft
  "draft.greeting": "Hello,",
  "draft.thanks": "Thank you for your help.",
  "draft.closing": "Kind regards",
  "draft.factsHeading": "Details from the bounce:",
  "draft.trimmedNote":
    '[The rest was left out to stay within Outlook\'s size limit for a new message. The full text is available with "Copy report" in NDR Explainer.]',
  "draft.note.trimmed":
    'The message was shortened to fit Outlook\'s size limit. Use "Copy report" if you need the full text.',
  "draft.note.dropped":
    "Left out of the {field} line: {addresses} (not a usable address, or more than 100 recipients).",
  "draft.note.suspicious":
    "NDR Explainer thinks this bounce may be fake. Before you send anything, check that it really answers a message you sent.",
  "draft.field.to": "To",
  "draft.and": "and",
  "draft.field.cc": "Cc",
  "draft.quoteHeading": "The bounce says:",
  "draft.bounce.attached": "The bounce (NDR) is attached.",
  "draft.bounce.inline": "The full bounce (NDR) follows below.",
  "draft.bounce.heading": "The bounce (NDR):",
  "draft.note.bounceAttached": "The bounce will be attached to the message.",
  "draft.note.bounceInline":
    "The bounce was not opened from Outlook, so its full text is in the message instead of an attachment.",

  // what happened, in one sentence (the cause's title follows the colon)
  "draft.happened.recipientAdmin": "My email to {recipient} was not delivered: {title}.",
  "draft.happened.ownAdmin": "An email I sent to {recipient} came back undelivered: {title}.",
  "draft.happened.group": "My message to {groups} was not delivered: {title}.",
  "draft.happened.held": "My message to {groups} is waiting for a moderator's approval.",

  // names the bounce did not give, as the sender writes them
  "draft.name.sender": "me",
  "draft.name.senderDomain": "our domain",
  "draft.name.recipientDomain": "your domain",
  "draft.name.blockedIp": "our mail server",
  "draft.name.blocklist": "the blocklist",

  // the exact ask: to the recipient's email admin (src/core/drafts/asks.ts)
  "draft.ask.recipientGeneral":
    "Could you find out what stopped it, and let my messages through if nothing is wrong with them?",
  "draft.ask.acceptExternal":
    "Could you let {recipient} accept mail from external senders? Today it only accepts mail from authenticated (internal) senders.",
  "draft.ask.publicFolderAnonymous":
    "Could you let the mail-enabled public folder {recipient} accept mail from external senders? In Exchange Online that means giving the Anonymous user the CreateItems permission on the folder (Add-PublicFolderClientPermission).",
  "draft.ask.allowSender": "Could you add {sender} to the senders {recipient} accepts mail from?",
  "draft.ask.transportRule":
    "A transport rule in your organisation rejected it. Could you change the rule so that it accepts messages from {sender}?",
  "draft.ask.unblockSender":
    "Could you take {sender}, and the server we send from, off your block lists, or allow {sender} in your spam filter?",
  "draft.ask.filterException":
    "Could you find the rule in your email filter that refused it, and add an exception for {sender} if nothing is wrong with the message?",
  "draft.ask.domainSetup":
    "Could you check that {recipientDomain} is fully set up in Microsoft 365 (shown as active under Domains), and that its one MX record points to its own *.mail.protection.outlook.com host?",
  "draft.ask.receiveAnonymous":
    "Could you check that the MX record of {recipientDomain} points to the server that receives your mail from the internet, and that this server accepts mail from anonymous senders?",
  "draft.ask.theirTls":
    "Could you check the TLS set-up of your mail server: its certificate, your TLSA (DANE) records or your MTA-STS policy?",
  "draft.ask.loop":
    "Could you look for forwarding, inbox rules, connectors or MX records that send messages for {recipient} back and forth?",
  "draft.ask.unreachable":
    "Could you find out why your mail server could not be reached: the MX record of {recipientDomain}, DNS, a firewall, or a server that is down?",
  "draft.ask.greylisting":
    "Your mail server keeps asking ours to try again later (greylisting), so my message has not arrived. Could you exempt our mail servers (or our provider's sending addresses) from greylisting?",
  "draft.ask.notAccepting":
    "Your mail server has been turning my message away for now (it says it is not accepting mail or is short of resources). Could you check that it is running normally and accepting mail again?",
  "draft.ask.systemFault":
    "Your mail system reported a fault of its own (disk, program or configuration). Could you look into it?",
  "draft.ask.directory":
    "Could you check that {recipient} exists in your directory (and is synchronised, if you have a hybrid deployment)?",

  // the exact ask: to your IT department
  "draft.ask.ownGeneral": "Could you take a look and fix what is needed on our side, or tell me what I should do?",
  "draft.ask.delistMicrosoft":
    "Could you find out why {blockedIp} was listed and fix that, then forward the bounce to delist@messaging.microsoft.com to have it removed from Microsoft's blocklist?",
  "draft.ask.delistPortal":
    "Could you find out why {blockedIp} was blocked and fix that, then ask for its removal in Microsoft's delist portal (sender.office.com)?",
  "draft.ask.delistThirdParty":
    "Could you find out why {blockedIp} is on {blocklist} and fix that, then ask {blocklist} to remove it?",
  "draft.ask.reputation":
    "Could you check that all our mail is authenticated (SPF, DKIM, DMARC), look for unwanted mail or sudden peaks in volume, and follow the provider's guidance for senders?",
  "draft.ask.spf":
    "Could you make the SPF record of {senderDomain} list every server that sends mail for it? The server that sent this message is not in it. For Microsoft 365 the record includes spf.protection.outlook.com.",
  "draft.ask.spfError":
    "Could you repair the SPF record of {senderDomain}: one record only, no more than 10 DNS lookups, and no +all?",
  "draft.ask.dkim":
    "Could you make sure mail from {senderDomain} passes SPF or DKIM for that same domain: DKIM signing turned on, both DKIM records published and the SPF record complete?",
  "draft.ask.ptr":
    "Could you give {blockedIp} a PTR record whose name points back to the same address, and make the sending server introduce itself (HELO/EHLO) with that name?",
  "draft.ask.connectors":
    "Could you check our inbound and outbound connectors in Exchange Online, and run the Hybrid Configuration Wizard again if they are wrong?",
  "draft.ask.directSend":
    "Could you create an inbound connector for the app or device that sent this (by IP address or certificate), or let it sign in with SMTP AUTH?",
  "draft.ask.smtpAuth":
    "Could you check how the app or device signs in to send mail: authenticated SMTP turned on for the account, the right password, port 587 with TLS, or a connector instead?",
  "draft.ask.sendAs": "Could you give my account the Send As permission on the address I sent from?",
  "draft.ask.restrictedAccount":
    "Could you secure my account (new password, MFA, no unknown inbox rules or forwarding) and then release it from the restricted users list in the Microsoft Defender portal?",
  "draft.ask.tenantBlocked":
    "Could you find and remove what made Microsoft 365 block our organisation's outgoing mail, and then open a support case with Microsoft?",
  "draft.ask.acceptedDomains":
    "Could you add and verify {senderDomain} as an accepted domain in Microsoft 365, and look for connectors we did not create?",
  "draft.ask.forwarding":
    "Could you allow automatic forwarding to outside addresses for my account (with an outbound spam policy), if I need it?",
  "draft.ask.tenantBlockList":
    "Our Tenant Allow/Block List blocks {recipient}. Could you remove the entry if it is wrong?",
  "draft.ask.ourTls":
    "Could you make our server and theirs agree on TLS (STARTTLS with TLS 1.2 or newer), or change the connector that requires TLS?",
  "draft.ask.senderAddress":
    "Could you check that my sender address and its domain exist in DNS and can receive replies and bounces?",
  "draft.ask.sendingProgram":
    "Could you check the program that sent the message (its headers, line endings and encoding)?",

  // the exact ask: to the group owner or moderator
  "draft.ask.groupAllowedSenders": "Could you add me to the group's allowed senders list, or add me to the group?",
  "draft.ask.groupAcceptExternal":
    "Could you let the group accept messages from external senders, or add me to its allowed senders list?",
  "draft.ask.listPost": "Could you allow posts from me in the list's settings, or add me as a member?",
  "draft.ask.moderator":
    "Could you approve my message, or add me to the group so that my messages go through? I will send it again once that is done.",
  "draft.ask.heldPost":
    "Could you look at it in the list's moderation queue and approve it, or tell me what is wrong with it? I won't send it again in the meantime.",

  // to Microsoft's delisting desk
  "draft.delist.happened":
    "Microsoft 365 refuses mail from our server at {ip} because the address is on your blocklist.",
  "draft.delist.happenedNoIp":
    "Microsoft 365 refuses mail from our server because its IP address is on your blocklist.",
  "draft.delist.ask": "We have dealt with the cause on our side. Could you remove {ip} from the list?",
  "draft.delist.askNoIp": "We have dealt with the cause on our side. Could you remove the address from the list?",

  // facts
  "draft.fact.recipient": "Recipient",
  "draft.fact.sender": "Sender",
  "draft.fact.group": "Restricted group",
  "draft.fact.groups": "Restricted groups",
  "draft.fact.status": "Status code",
  "draft.fact.remoteServer": "The recipient's server",
  "draft.fact.generatingServer": "Server that wrote the bounce",
  "draft.fact.date": "Date and time",
  "draft.fact.blockedIp": "Blocked IP address",
  "draft.fact.blocklist": "Blocklist",

  // ask the recipient's admin
  "draft.recipientAdmin.subject": "My email to {recipient} was refused",
  "draft.recipientAdmin.bodyCopied": "I have copied {recipient} at another address, so they know about this too.",
  "draft.recipientAdmin.note.postmaster":
    "Every mail domain must keep the address postmaster@{domain} for problems like this (RFC 5321), so it should reach the recipient's email admin.",
  "draft.recipientAdmin.note.noDomain":
    "The report doesn't show the recipient's domain, so the To line is empty. Add the address of the recipient's email admin.",
  "draft.recipientAdmin.note.otherAddress":
    "If you can reach the recipient at another address (or by phone), let them know too: their email admin often acts faster when one of their own asks.",

  // ask the group owner / the moderator
  "draft.groupOwner.subject": "Permission to send to {groups}",
  "draft.moderator.subject": "Please approve my message to {groups}",
  "draft.group.note.noOwner":
    "A bounce never contains the owner's address, so the To line is empty. To find who owns the group:",
  "draft.group.note.moderatorIsOwner": "The moderator is usually the group's owner, or someone the owner has named.",
  "draft.group.note.owa":
    "Outlook on the web: open the bounce, select the group's name on its To line, and choose Owner in the card that opens.",
  "draft.group.note.outlook":
    "Outlook for Windows or Mac: double-click the group's name in the bounce and choose Contact to see its owner.",
  "draft.group.note.askIt": "If that doesn't show an owner, your own IT department can tell you who manages the group.",

  // ask my own IT
  "draft.ownAdmin.subject": "Help needed: my email to {recipient} bounced",
  "draft.ownAdmin.note.noHelpDesk":
    "Your IT department's address is not saved, so the To line is empty. Type it here, or save it once in NDR Explainer's settings.",

  // forward to Microsoft's delisting desk
  "draft.delist.subject": "Delisting request for IP address {ip}",
  "draft.delist.subjectNoIp": "Delisting request",
  "draft.delist.note.fixFirst":
    "Send this only once the cause is fixed (for example a hacked account, an open relay or a misconfigured server); otherwise the address will soon be listed again.",
  "draft.delist.note.english": "Microsoft's delisting desk works in English, so the message is written in English.",
  "draft.delist.note.portal":
    "For codes 5.7.606 to 5.7.649 Microsoft's delist portal at sender.office.com is usually quicker.",

  // the technical report ("Copy report", help-desk tickets)
  "report.title": "NDR Explainer: technical report",
  "report.section.report": "The bounce",
  "report.section.trust": "Can it be trusted?",
  "report.section.recipient": "Recipient {n} of {total}",
  "report.section.original": "The original message",
  "report.section.auth": "Authentication results of the original message",
  "report.section.hops": "Servers it passed through",
  "report.section.problems": "Problems reading the input",
  "report.kind": "Kind",
  "report.format": "Read as",
  "report.language": "Language of the bounce",
  "report.reportingMta": "Reporting server",
  "report.generatingServer": "Server that wrote the bounce",
  "report.arrivalDate": "Arrival date",
  "report.ndrFrom": "From",
  "report.ndrSubject": "Subject",
  "report.ndrDate": "Date",
  "report.wrapper": "Forwarded by",
  "report.trust.genuine": "looks genuine (score {score})",
  "report.trust.suspicious": "SUSPICIOUS: this may be a fake bounce (score {score})",
  "report.trust.reasons": "Reasons",
  "report.address": "Address",
  "report.displayName": "Display name (no address given)",
  "report.originalAddress": "Original address",
  "report.action": "Action",
  "report.status": "Status code",
  "report.replyCode": "SMTP reply code",
  "report.diagnostic": "Server's reply",
  "report.remoteMta": "The recipient's server",
  "report.lastAttempt": "Last attempt",
  "report.decoder": "Read from",
  "report.disagreement": "Other values (from {format})",
  "report.cause": "Cause",
  "report.reason": "Reason",
  "report.fixOwner": "Who must act",
  "report.permanent": "Permanent",
  "report.confidence": "Confidence",
  "report.verdict": "Verdict",
  "report.codeMeaning": "What the code means",
  "report.evidence": "Evidence",
  "report.evidenceLine": "In the line",
  "report.sourceUrl": "Source",
  "report.names": "Names in the bounce",
  "report.subject": "Subject",
  "report.messageId": "Message-ID",
  "report.date": "Date",
  "report.from": "From",
  "report.to": "To",
  "report.yes": "yes",
  "report.no": "no",
  "report.none": "(none)",

  // words for the report's codes, shown with the code in parentheses: kind, action, reason (Sisimai's words), names
  "report.kind.failed": "bounce",
  "report.kind.delayed": "delay warning",
  "report.kind.delivered": "delivery receipt",
  "report.kind.auto-reply": "automatic reply",
  "report.kind.feedback": "spam complaint",
  "report.kind.not-a-report": "not a bounce",
  "report.kind.challenge": "challenge-response check",
  "report.action.failed": "failed",
  "report.action.delayed": "delayed",
  "report.action.delivered": "delivered",
  "report.action.relayed": "passed on without a receipt",
  "report.action.expanded": "delivered to a list's members",
  "report.reason.userunknown": "unknown recipient",
  "report.reason.hostunknown": "unknown domain",
  "report.reason.hasmoved": "mailbox moved",
  "report.reason.mailboxfull": "mailbox full",
  "report.reason.suspend": "mailbox suspended",
  "report.reason.exceedlimit": "over the size limit",
  "report.reason.mesgtoobig": "message too large",
  "report.reason.filtered": "filtered out",
  "report.reason.rejected": "sender refused",
  "report.reason.blocked": "blocked",
  "report.reason.requireptr": "reverse DNS required",
  "report.reason.badreputation": "poor reputation",
  "report.reason.authfailure": "authentication failed",
  "report.reason.notcompliantrfc": "breaks the email standards",
  "report.reason.spamdetected": "judged to be spam",
  "report.reason.virusdetected": "virus found",
  "report.reason.policyviolation": "against a policy",
  "report.reason.securityerror": "security error",
  "report.reason.norelaying": "relaying refused",
  "report.reason.contenterror": "content refused",
  "report.reason.notaccept": "takes no mail",
  "report.reason.toomanyconn": "too many connections",
  "report.reason.speeding": "sending too fast",
  "report.reason.failedstarttls": "TLS failed",
  "report.reason.suppressed": "suppressed",
  "report.reason.networkerror": "network error",
  "report.reason.expired": "delivery time ran out",
  "report.reason.systemerror": "system error",
  "report.reason.systemfull": "system full",
  "report.reason.mailererror": "mail program error",
  "report.reason.syntaxerror": "protocol error",
  "report.reason.onhold": "on hold",
  "report.reason.undefined": "not known",
  "report.reason.delivered": "delivered",
  "report.reason.feedback": "spam complaint",
  "report.reason.vacation": "automatic reply",
  "report.name.recipient": "recipient",
  "report.name.recipientDomain": "recipient's domain",
  "report.name.senderAddress": "sender",
  "report.name.senderDomain": "sender's domain",
  "report.name.groups": "groups",
  "report.name.blockedIp": "blocked IP address",
  "report.name.blocklist": "blocklist",
  "report.name.publicFolder": "public folder",
  "report.name.tenant": "tenant",
  "report.name.generatingServer": "server that wrote the bounce",
  "report.name.remoteServer": "recipient's server",
  "report.percent": "{percent}%",
  "report.languageUnknown": "not known",
  "report.hop.from": "from {host}",
  "report.hop.by": "by {host}",
  "report.hop.with": "with {protocol}",
  "report.owner.sender": "the sender",
  "report.owner.sender-admin": "the sender's IT department",
  "report.owner.group-owner": "the group owner",
  "report.owner.recipient": "the recipient",
  "report.owner.recipient-admin": "the recipient's email admin",
  "report.owner.provider": "the blocklist operator",
} as const;
