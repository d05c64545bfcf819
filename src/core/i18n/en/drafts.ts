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

  // facts
  "draft.fact.recipient": "Recipient",
  "draft.fact.sender": "Sender",
  "draft.fact.group": "Restricted group",
  "draft.fact.groups": "Restricted groups",
  "draft.fact.status": "Status code",
  "draft.fact.reply": "Server's reply",
  "draft.fact.remoteServer": "The recipient's server",
  "draft.fact.generatingServer": "Server that wrote the bounce",
  "draft.fact.date": "Date and time (UTC)",
  "draft.fact.subject": "Subject of the original message",
  "draft.fact.messageId": "Message-ID of the original message",
  "draft.fact.blockedIp": "Blocked IP address",
  "draft.fact.blocklist": "Blocklist",

  // ask the recipient's admin
  "draft.recipientAdmin.subject": "My email to {recipient} was refused",
  "draft.recipientAdmin.body":
    "I tried to send an email to {recipient}, and your mail system refused it. Could you find out why, and let my messages through if nothing is wrong with them?",
  "draft.recipientAdmin.bodyCopied": "I have copied {recipient} at another address, so they know about this too.",
  "draft.recipientAdmin.note.postmaster":
    "Every mail domain must keep the address postmaster@{domain} for problems like this (RFC 5321), so it should reach the recipient's email admin.",
  "draft.recipientAdmin.note.noDomain":
    "The report doesn't show the recipient's domain, so the To line is empty. Add the address of the recipient's email admin.",
  "draft.recipientAdmin.note.otherAddress":
    "If you can reach the recipient at another address (or by phone), let them know: their own IT may act faster on their request.",

  // ask the group owner / the moderator
  "draft.groupOwner.subject": "Permission to send to {groups}",
  "draft.groupOwner.body":
    "I tried to send a message to {groups}, but only senders with permission may send to it, so it was not delivered. Could you give me permission, for example by adding me to the group's list of allowed senders?",
  "draft.moderator.subject": "Please approve my message to {groups}",
  "draft.moderator.body":
    "I sent a message to {groups}, but it was not delivered: messages to the group must be approved by a moderator, or it accepts only messages from its members. Could you approve my messages to the group, or add me as a member? I will send the message again once that is done.",
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
  "draft.ownAdmin.body":
    "An email I sent to {recipient} came back as undeliverable. NDR Explainer reads the bounce as: {title}. Could you take a look? The full technical report is below.",
  "draft.ownAdmin.reportHeading": "Technical report:",
  "draft.ownAdmin.note.noHelpDesk":
    "Your IT department's address is not saved, so the To line is empty. Type it here, or save it once in NDR Explainer's settings.",

  // forward to Microsoft's delisting desk
  "draft.delist.subject": "Delisting request for IP address {ip}",
  "draft.delist.subjectNoIp": "Delisting request",
  "draft.delist.body":
    "Mail from our server at {ip} is refused by Microsoft 365 because the address is on your blocklist. We have dealt with the cause on our side and ask you to remove the address from the list.",
  "draft.delist.bodyNoIp":
    "Mail from our server is refused by Microsoft 365 because its IP address is on your blocklist. We have dealt with the cause on our side and ask you to remove the address from the list.",
  "draft.delist.attached": "The bounce (NDR) is attached.",
  "draft.delist.inline": "The full bounce (NDR) follows below.",
  "draft.delist.ndrHeading": "The bounce (NDR):",
  "draft.delist.note.fixFirst":
    "Send this only once the cause is fixed (for example a hacked account, an open relay or a misconfigured server); otherwise the address will soon be listed again.",
  "draft.delist.note.attached": "The bounce will be attached to the message.",
  "draft.delist.note.inline":
    "The bounce was not opened from Outlook, so its full text is in the message instead of an attachment.",
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
  "report.names": "Names found",
  "report.subject": "Subject",
  "report.messageId": "Message-ID",
  "report.date": "Date",
  "report.from": "From",
  "report.to": "To",
  "report.yes": "yes",
  "report.no": "no",
  "report.none": "(none)",
  "report.owner.sender": "the sender",
  "report.owner.sender-admin": "the sender's IT department",
  "report.owner.group-owner": "the group owner",
  "report.owner.recipient": "the recipient",
  "report.owner.recipient-admin": "the recipient's email admin",
  "report.owner.provider": "the blocklist operator",
} as const;
