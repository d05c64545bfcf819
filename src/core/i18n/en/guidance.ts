/**
 * Diagnosis and guidance texts (English): cause titles, the verdict, who must act, guidance steps
 * per audience, action labels and what status codes mean. Keys are shared with nb/guidance.ts.
 * Placeholders: {recipient} {recipientDomain} {recipientPostmaster} {sender} {senderDomain} {group} {blockedIp}
 * {blocklist} {folder} {tenant} {generatingServer} {remoteServer} {code} {title} {who}.
 */
export const guidance = {
  "unknown.title": "Delivery failed for a reason we don't recognise",

  // ── verdict ──
  "verdict.frame": "{title} — {who}.",
  "verdict.delayedFrame": "{title} — {who} if it does not get through.",
  "verdict.notFailure": "{title} — nothing needs fixing.",
  "who.sender": "you can fix this yourself",
  "who.sender-admin": "your IT department has to fix this",
  "who.group-owner": "the group's owner or moderator has to let you in",
  "who.recipient": "the recipient has to sort this out on their side",
  "who.recipient-admin": "the recipient's email admin has to change a setting",
  "who.recipient-admin.fault": "the recipient's email admin has to fix a fault on their mail server",
  "who.provider": "the blocklist operator has to lift the block",

  // ── fallbacks for names the NDR did not give ──
  "name.recipient": "the recipient",
  "name.recipientDomain": "the recipient's domain",
  "name.recipientPostmaster": "the postmaster of the recipient's domain",
  "name.sender": "the sender",
  "name.senderDomain": "your domain",
  "name.group": "the group",
  "name.blockedIp": "your server's IP address",
  "name.blocklist": "the blocklist",
  "name.folder": "the public folder",
  "name.tenant": "your tenant",
  "name.generatingServer": "the server that wrote the bounce",
  "name.remoteServer": "the recipient's server",
  "name.listOwner": "their address is on the list's web page",

  // ── cause titles ──
  "cause.EXO_PUBLICFOLDER_REJECTS_EXTERNAL.title": "The public folder does not accept mail from outside senders",
  "cause.EXO_GROUP_SENDER_NOT_ALLOWED.title": "You are not on the group's list of allowed senders",
  "cause.EXO_GROUP_REJECTS_EXTERNAL.title": "The group only accepts mail from inside its organisation",
  "cause.EXO_MAILBOX_REJECTS_EXTERNAL.title": "The mailbox only accepts mail from inside its organisation",
  "cause.EXO_MAILUSER_REJECTS_EXTERNAL.title": "The recipient only accepts mail from authenticated (internal) senders",
  "cause.EXO_RECIPIENT_REJECTS_EXTERNAL.title": "The recipient only accepts mail from inside its organisation",
  "cause.EXCH_AUTH_REQUIRED.title": "The recipient accepts only authenticated (internal) senders",
  "cause.EXO_RESTRICTED_TO_RECIPIENTS_5_7_129.title": "The recipient only accepts mail from listed senders",
  "cause.EXO_LARGE_GROUP_NEEDS_RESTRICTION.title": "The large group needs members-only posting or moderation",
  "cause.MODERATION_REJECTED_OR_EXPIRED.title": "A moderator did not approve the message",
  "cause.LIST_POST_HELD_FOR_MODERATION.title": "The list is holding your message until a moderator approves it",
  "cause.CONTENT_HELD_FOR_REVIEW.title": "An email filter is holding your message until someone reviews it",
  "cause.EXCH_NOT_AUTHORIZED.title": "You are not allowed to send to this recipient",
  "cause.TRANSPORT_RULE_REJECT.title": "A mail flow rule rejected the message",
  "cause.EXO_RECIPIENT_BANNED.title": "The recipient address is blocked by Microsoft 365",
  "cause.RECIPIENT_ORG_BLOCKED_SENDER.title": "The recipient's organisation blocks your address or server",
  "cause.RECIPIENT_DOMAIN_POLICY.title": "The receiving side's policy refused the message",
  "cause.MAILING_LIST_POST_DENIED.title": "You may not post to this mailing list or group",
  "cause.EXO_TENANT_ATTRIBUTION.title":
    "Microsoft 365 could not tie the mail that came through the connector to your organisation",
  "cause.EXO_DIRECT_SEND_REJECTED.title": "The organisation refuses unauthenticated Direct Send mail",
  "cause.EXO_RELAY_ACCESS_DENIED_5_4_1.title":
    "The receiving Microsoft 365 server does not accept mail for this domain",
  "cause.EXO_WRONG_REGION_OR_NO_SUBSCRIPTION.title": "The mail reached the wrong Microsoft 365 servers",
  "cause.EXO_SMTP_AUTH_FAILED.title": "The app or device could not sign in to send mail",
  "cause.SEND_AS_DENIED.title": "The account may not send as this address",
  "cause.GOOGLE_SMTP_RELAY_DENIED.title": "Google's SMTP relay does not recognise the sending server",
  "cause.RELAY_DENIED.title": "A mail server on the way refused to pass the message on",
  "cause.ANON_CLIENT_NOT_AUTHENTICATED.title": "The recipient's server refuses mail from unauthenticated senders",
  "cause.SMTP_AUTH_CREDENTIALS_REJECTED.title": "The sign-in to the mail server was refused",
  "cause.EXCH_SERVER_AUTH_FAILED.title": "Two Exchange servers could not authenticate each other",
  "cause.DEST_TLS_DANE_MTASTS_FAILURE.title": "The TLS set-up of the recipient's server failed validation",
  "cause.STARTTLS_REQUIRED.title": "An encrypted (TLS) connection was required but not made",
  "cause.DMARC_REJECT.title": "The message failed the sender domain's DMARC check",
  "cause.SENDER_UNAUTHENTICATED_BULK_RULES.title": "The message was not authenticated with SPF or DKIM",
  "cause.DKIM_FAIL.title": "The message had no valid DKIM signature",
  "cause.SPF_ERROR.title": "The sender domain's SPF record is broken",
  "cause.SPF_FAIL.title": "The sending server is not in the sender domain's SPF record",
  "cause.PTR_RDNS_MISSING.title": "The sending server's IP address has no valid reverse DNS",
  "cause.BAD_HELO.title": "The sending server introduced itself with a bad name",
  "cause.IPV6_POLICY.title": "The message was refused over IPv6",
  "cause.FROM_HEADER_NONCOMPLIANT.title": "The message's headers break the email format rules",
  "cause.NULL_MX_SENDER_OR_RECIPIENT.title": "The domain says it does not take email at all",
  "cause.SPAMHAUS_LISTED.title": "The sending server is on a Spamhaus blocklist",
  "cause.EOP_BLOCKLIST_1.title": "The sending server is on Microsoft's blocklist (Blocklist 1)",
  "cause.EOP_BANNED_SENDING_IP.title": "The sending server is on Microsoft's blocklist",
  "cause.OUTLOOKCOM_IP_BLOCKED.title": "Outlook.com blocks or slows the sending server",
  "cause.BARRACUDA_BRBL.title": "The sending server is on Barracuda's blocklist",
  "cause.SPAMCOP_LISTED.title": "The sending server is on the SpamCop blocklist",
  "cause.PROOFPOINT_BLOCKED.title": "Proofpoint blocks the sending server",
  "cause.TRENDMICRO_ERS.title": "Trend Micro's reputation service blocks the sending server",
  "cause.CISCO_SBRS_POOR_REPUTATION.title":
    "The recipient's email filter rates the sending server's reputation too low",
  "cause.SENDING_SERVICE_SUPPRESSED.title":
    "Your sending service no longer sends to this address because it bounced or complained before",
  "cause.MIMECAST_REJECT.title": "The recipient's Mimecast filter refused the message",
  "cause.OTHER_DNSBL_LISTED.title": "The sending server is on a blocklist",
  "cause.SENDING_SERVER_POOR_REPUTATION.title":
    "The recipient's mail server rates the sending server's reputation too low",
  "cause.GMAIL_LOW_REPUTATION.title": "Gmail rates the sender's reputation too low",
  "cause.GMAIL_DIRECT_FROM_DYNAMIC_IP.title": "Gmail does not take mail straight from this kind of IP address",
  "cause.YAHOO_REPUTATION_BLOCK.title": "Yahoo defers or blocks the sending server",
  "cause.ICLOUD_REPUTATION_BLOCK.title": "iCloud Mail blocks the sending server",
  "cause.EXO_SENDER_RESTRICTED_OUTBOUND_SPAM.title": "Your account was blocked from sending because of suspected spam",
  "cause.EXO_TENANT_SENDING_BLOCKED.title": "Microsoft 365 blocks sending from your organisation",
  "cause.EXO_UNREGISTERED_DOMAIN.title": "Your organisation sends from domains it has not registered",
  "cause.EXO_EXTERNAL_FORWARDING_BLOCKED.title": "Your organisation does not allow automatic forwarding outside",
  "cause.EXO_TABL_BLOCKED_RECIPIENT.title": "Your organisation blocks mail to this recipient",
  "cause.EXO_INBOUND_IP_THROTTLED.title": "The recipient's servers are slowing down mail from your server",
  "cause.SPAM_CONTENT_REJECTED.title": "The message was judged to be spam",
  "cause.ATTACHMENT_OR_MALWARE_BLOCKED.title": "An attachment or the content was judged unsafe",
  "cause.INVALID_CONTENT_FORMAT.title": "The message's format could not be handled",
  "cause.RECIPIENT_UNKNOWN.title": "The recipient's address does not exist",
  "cause.EXO_RECIPIENT_NOT_FOUND.title": "The recipient's address was not found",
  "cause.EXO_DBEB_ACCESS_DENIED.title": "The address is not in the recipient organisation's directory",
  "cause.MAILBOX_FULL.title": "The recipient's mailbox is full",
  "cause.SENDER_RATE_OR_QUOTA_LIMIT.title": "Too many messages or recipients in too short a time",
  "cause.MESSAGE_TOO_LARGE_RECIPIENT.title": "The message is larger than the recipient may receive",
  "cause.MESSAGE_TOO_LARGE_SYSTEM.title": "The message is larger than the mail system accepts",
  "cause.MAIL_LOOP.title": "The message went round in a loop",
  "cause.GREYLISTED.title": "The recipient's server kept asking your server to try again later (greylisting)",
  "cause.DELIVERY_EXPIRED.title": "Delivery was tried for too long and given up",
  "cause.DOMAIN_NOT_FOUND.title": "The recipient's domain could not be found",
  "cause.ACCOUNT_DISABLED_OR_INACTIVE.title": "The recipient's mailbox is disabled or inactive",
  "cause.SENDER_ADDRESS_REJECTED.title": "The recipient's server refused your sender address",
  "cause.MAILBOX_MOVED.title": "The recipient's mailbox has moved or closed",
  "cause.DOMAIN_ACCEPTS_NO_MAIL.title": "The recipient's domain does not receive email",
  "cause.RECEIVING_SYSTEM_FULL.title": "The recipient's mail system is out of space",
  "cause.RECEIVING_SYSTEM_UNAVAILABLE.title":
    "The recipient's mail server was not accepting mail for the time being (busy, short of resources or shutting down)",
  "cause.LOCAL_DELIVERY_PROGRAM_FAILED.title": "Delivery to a program or mailbox file on the recipient's server failed",
  "cause.CONNECTION_REFUSED_BY_HOST.title": "The recipient's server refused the sending server",
  "cause.PROTOCOL_SYNTAX_ERROR.title": "The servers did not understand each other",
  "cause.NETWORK_PROBLEM.title": "A network or DNS problem stopped delivery",
  "cause.RECEIVING_SYSTEM_ERROR.title": "The recipient's mail system had a fault",
  "cause.RECIPIENT_FILTERED.title": "The recipient's side filtered the message out",
  "cause.POLICY_UNSPECIFIED_5_7_X.title": "A security or policy setting stopped the message",
  "cause.CONTENT_MEDIA_ERROR.title": "The message's content or encoding was refused",
  "cause.PROTOCOL_STATUS.title": "The recipient's server refused an SMTP command",
  "cause.UNKNOWN.title": "Delivery failed for a reason we don't recognise",
  "cause.DELIVERED.title": "This is a delivery receipt, not a failure",
  "cause.AUTO_REPLY.title": "This is an automatic reply, not a failure",
  "cause.FEEDBACK_REPORT.title": "This is a spam complaint report, not a failure",

  // ── steps for the sender ──
  "step.sender.askRecipientAdmin":
    "Ask {recipient} (by phone or another address) to have their email admin let your messages through. You can also write to {recipientPostmaster}.",
  "step.sender.askRecipientAllow": "Ask {recipient} to add your address to their Safe Senders list.",
  "step.sender.askGroupOwner": "Ask the owner of {group} to let you send to the group.",
  "step.sender.findGroupOwner":
    "To find the owner: in Outlook on the web, select this bounce, select the group name on the To line and choose Owner; in Outlook, double-click the group name and choose Contact.",
  "step.sender.joinGroup": "Join {group}, or ask to be added: members can usually send to it.",
  "step.sender.askModerator": "Ask the moderator or owner of {group} to approve your message, then send it again.",
  "step.sender.contactOwnAdmin": "Send this bounce to your IT department: the fix is in your organisation's settings.",
  "step.sender.forwardToOwnAdmin":
    "Forward this bounce to your IT department: the mail server your organisation sends from ({blockedIp}) is blocked, and only they can get it removed.",
  "step.sender.forwardToOwnAdminUnnamed":
    "Forward this bounce to your IT department: the mail server your organisation sends from is blocked, and only they can get it removed.",
  "step.sender.reputationToOwnAdmin":
    "Forward this bounce to your IT department or your email provider: the recipient's mail server refused mail from the server you send through because of that server's reputation. Nothing is wrong with your message or the address, and sending it again won't get through until they have repaired the reputation.",
  "step.sender.reputationDeferred":
    "The recipient's mail server turned away mail from the server you send through for the time being, because of that server's reputation or how much it sends, and the sending server has stopped trying. Sending the message again later may work. If it is turned away again, forward this bounce to your IT department or your email provider.",
  "step.sender.reputationIfItLasts":
    "The recipient's mail server is turning away mail from the server you send through for now, because of that server's reputation or how much it sends. If the message still doesn't get through, forward this bounce to your IT department or your email provider.",
  "step.sender.checkAddress":
    "Check the address {recipient} for typing errors, and remove it from Outlook's Auto-Complete list if it is old.",
  "step.sender.checkAddressOfName":
    "The bounce names {recipient} only by name. Open their contact in Outlook, check the address you used for typing errors, and remove an old one from Outlook's Auto-Complete list.",
  "step.sender.checkDomain": "Check the domain {recipientDomain} for typing errors.",
  "step.sender.otherChannel":
    "Reach {recipient} another way (phone, another address) and tell them their mailbox is not receiving email.",
  "step.sender.resendLater": "Try sending again later.",
  "step.sender.nothingYet": "You don't need to do anything yet: the server keeps retrying for a while.",
  "step.sender.shrinkMessage":
    "Make the message smaller: remove or compress attachments, or share a link to the file instead.",
  "step.sender.removeAttachment":
    "Remove the attachment (especially programs, scripts and archives), or share it as a link, then send again.",
  "step.sender.rewriteContent":
    "Send a shorter, plainer message without link shorteners or many links, and avoid words typical of spam.",
  "step.sender.checkCredentials":
    "Check the user name, password and server settings in the app or device that sends the mail.",
  "step.sender.useOwnAddress":
    "Send from your own address, or ask your IT department for permission to send as this address.",
  "step.sender.newMessageNotReply":
    "Write a new message instead of replying to an old or saved one, and check your own address.",
  "step.sender.secureAccount":
    "Change your password now and tell your IT department: your account may have been misused to send spam.",
  "step.sender.slowDown": "Send to fewer recipients at a time, or spread the sending over a longer period.",
  "step.sender.copyReport":
    "Copy the technical report so you can paste it into a message or a ticket for your IT department.",
  "step.sender.mailingListJoin": "Join the list or group first, or ask its owner for permission to post.",
  "step.sender.heldNothingLost":
    "Nothing is lost and nothing failed: {group} keeps your message until a moderator approves or declines it. Don't send it again: a second copy would only wait in the same queue.",
  "step.sender.askModeratorHeld":
    "If it can't wait, ask the list's owners ({listOwner}) to look at your held message to {group}.",
  "step.sender.heldByFilter":
    "Nothing has bounced: an email filter keeps your message in its quarantine until an email admin releases or deletes it. Don't send it again. If it can't wait, write to the address the notice gives, or ask your IT department.",
  "step.sender.heldJoinList":
    "The list holds posts from addresses that aren't subscribed to it. Join {group}, or post from the address you subscribed with, and your next messages go straight through.",
  "step.sender.tellRecipientFault":
    "If it keeps failing, tell {recipient} (by phone or another address) that their mail server is not taking your mail, so their email admin can look at it. You can also write to {recipientPostmaster}.",
  "step.sender.tellRecipientUnreachable":
    "If it keeps failing, tell {recipient} another way (phone, another address) that their mail server can't be reached, so their email admin can look at it. Mail to {recipientPostmaster} may not get through either.",
  "step.sender.tellRecipientLoop":
    "Tell {recipient} (by phone or another address) that their mail system sends messages for them round in a loop, so their email admin can fix the forwarding or routing. Nothing is wrong with your message. You can also write to {recipientPostmaster}.",
  "step.sender.tellRecipientSetupFault":
    "Tell {recipient} (by phone or another address) that their mail system's set-up turned your message away, so their email admin can fix it: nothing you change gets it through. You can also write to {recipientPostmaster}.",
  "step.sender.deliveryProgramFailed":
    "Nothing is wrong with your message or the address you used: on {recipient}'s mail server, the program or mailbox file that takes their mail failed. Only their email admin can fix it: tell them ({recipientPostmaster}), or tell {recipient} another way.",
  "step.sender.unknownAsk":
    "Ask the recipient's email admin ({recipientPostmaster}) what stopped the message. The draft is written for you, with the details from the bounce.",

  // ── steps for the group owner ──
  "step.owner.addAllowedSender":
    "Add {sender} to the allowed senders list of {group} (delivery management in the group's settings). A sender outside your organisation also needs the group to accept external senders.",
  "step.owner.addMember": "Or add {sender} as a member of {group}.",
  "step.owner.allowExternal":
    "If the sender is outside your organisation, let {group} accept messages from external senders.",
  "step.owner.changeTransportRule":
    "If a mail flow (transport) rule limits who may send, ask your IT department to add an exception for this sender.",
  "step.owner.approveMessage":
    "As moderator, approve the message (or ask the sender to send it again and approve it then).",
  "step.owner.bypassModeration": "Let {sender} send without moderation from now on.",
  "step.owner.largeGroup":
    "Groups with more than 5,000 members only take mail from members, need a moderator's approval and refuse large messages: approve the message or add the sender as a member.",
  "step.owner.listSettings":
    "In the list or group settings, allow posts from this sender (or from everyone, external senders included).",
  "step.owner.approveHeldPost":
    "Open the moderation queue of {group} (the held or pending messages in the list's admin pages) and approve or reject the message.",
  "step.owner.acceptHeldSender":
    "To let {sender} post without review from now on, add the address to the list's accepted senders, or make it a member.",
  "step.owner.notAGroup": "Nothing to do here: this isn't about a group's delivery settings.",

  // ── steps for administrators ──
  "step.admin.connectPowerShell": "Connect to Exchange Online PowerShell.",
  "step.admin.groupAllowExternal": "Let {group} accept mail from external senders.",
  "step.admin.unifiedGroupAllowExternal":
    "If {group} is a Microsoft 365 group, allow external senders on it (new groups block them by default).",
  "step.admin.groupAddSender":
    "If {group} takes mail only from its allowed senders list, add {sender} to it. A sender outside your organisation gets through only when {group} also accepts mail from external senders.",
  "step.admin.externalContact":
    "An outside sender must exist as a mail contact before you can list them as an allowed sender.",
  "step.admin.mailboxAllowExternal":
    "Let the mailbox {recipient} accept mail from external senders, not only from authenticated (internal) senders.",
  "step.admin.mailUserAllowExternal": "Let the mail user {recipient} accept mail from external senders.",
  "step.admin.recipientAllowExternal":
    'Find the type of recipient {recipient} is (mailbox, group, mail user, public folder) and turn off "require that all senders are authenticated" on it.',
  "step.admin.publicFolderAnonymous":
    'Give the Anonymous user permission to create items in the mail-enabled public folder "{folder}" (check the folder path with Get-MailPublicFolder).',
  "step.admin.publicFolderAuth": "Let the public folder accept mail from external senders.",
  "step.admin.inspectRestrictions":
    "First read the delivery settings of {recipient}: the senders it accepts, the senders it rejects, and whether it takes mail only from authenticated (internal) senders.",
  "step.admin.recipientAllowSender":
    "If {recipient} already accepts mail only from listed senders, add {sender} to that list. Don't start a new list: {recipient} would then refuse everyone else. A sender outside your organisation gets through only when {recipient} doesn't require authenticated (internal) senders.",
  "step.admin.recipientUnblockSender":
    "If {sender} is among the senders {recipient} rejects, remove them from that list.",
  "step.admin.hybridDisabledAccount":
    "In a hybrid set-up this happens when the on-premises account behind the cloud mailbox was disabled: re-enable it, or remove the account properly when the person has left.",
  "step.admin.largeGroupModeration":
    "Groups over 5,000 members must be moderated or limited to members: turn on moderation for {group}.",
  "step.admin.transportRule":
    "Find the mail flow (transport) rule that rejects the message and adjust it or add an exception.",
  "step.admin.messageTrace": "Run a message trace for {recipient} to see which rule or check stopped it.",
  "step.admin.forwardToDelist":
    "Forward this bounce to delist@messaging.microsoft.com and ask to have {blockedIp} removed from Microsoft's blocklist.",
  "step.admin.delistPortal":
    "Use Microsoft's delist portal (sender.office.com): enter your address and {blockedIp}, then confirm by email. Removal can take up to 24 hours.",
  "step.admin.thirdPartyDelist": "Look up {blockedIp} on {blocklist}'s own page and follow its removal steps.",
  "step.admin.sendingServiceSuppression":
    "Look the address up on the sending service's suppression (bounce) list; remove it there only once you know it takes mail again, or the service may suspend your account.",
  "step.admin.findListingCause":
    "First find why the server was listed: a hacked account, an open relay, malware, or mail people didn't ask for. A listing comes back if the cause remains.",
  "step.admin.reputationLookUp":
    "Look up {blockedIp}, the address the refusal names, on the sender (postmaster) pages of the provider that runs {remoteServer}: most large providers have a sender support form or a delisting page there. Find those pages on the provider's own website, not through a link in the bounce.",
  "step.admin.reputationLookUpUnnamed":
    "Find the sending server's public IP address in its log for this message, and look it up on the sender (postmaster) pages of the provider that runs {remoteServer}: most large providers have a sender support form or a delisting page there. Find those pages on the provider's own website, not through a link in the bounce.",
  "step.admin.reputationCause":
    "Find out why the server's reputation dropped: a hacked account or web form sending spam, an open relay, malware, a sudden jump in volume, or mail people didn't ask for and complain about. The refusals come back if the cause remains.",
  "step.admin.outlookComSupport":
    "Fill in Outlook.com's sender support form for {blockedIp}, and sign up for SNDS to watch your reputation.",
  "step.admin.googlePostmaster": "Follow Google's sender guidelines and watch your domain in Google Postmaster Tools.",
  "step.admin.yahooSenderHub": "Follow Yahoo's sender guidance and error-code pages in the Yahoo Sender Hub.",
  "step.admin.appleGuidance": "Follow Apple's postmaster guidance for iCloud Mail and ask for a review of {blockedIp}.",
  "step.admin.spfRecord":
    "Make the SPF record of {senderDomain} list every server that sends for it. For Microsoft 365 it includes spf.protection.outlook.com; add ip4:/include: entries for other senders.",
  "step.admin.spfLookups": "Keep the SPF record valid: one record only, no more than 10 DNS lookups, no +all.",
  "step.admin.dkimSelector1": "Publish the first DKIM CNAME record for {senderDomain}.",
  "step.admin.dkimSelector2": "Publish the second DKIM CNAME record for {senderDomain}.",
  "step.admin.dkimEnable": "Turn on DKIM signing for {senderDomain}.",
  "step.admin.dmarcRecord": "Publish a DMARC record for {senderDomain}; start with p=none while you check the reports.",
  "step.admin.dmarcAlign":
    "Make sure mail from {senderDomain} passes SPF or DKIM for that same domain; services that send on your behalf must sign as {senderDomain}.",
  "step.admin.ptrRecord":
    "Ask whoever owns the IP address {blockedIp} (your ISP or cloud provider) for a PTR record whose name points back to the same address.",
  "step.admin.heloName": "Make the sending server introduce itself (HELO/EHLO) with its own public, resolvable name.",
  "step.admin.ipv4Fallback":
    "Send to this domain over IPv4, or give the IPv6 address a PTR record and make sure SPF or DKIM passes.",
  "step.admin.fromHeader":
    "Fix the sending application: one valid From address, one Message-ID, no duplicated headers.",
  "step.admin.nullMx":
    "Mail must be sent from a domain that can receive replies: remove the null MX record or use another sender domain.",
  "step.admin.bulkRequirements":
    "Meet the big providers' sender rules: SPF and DKIM on every message, DMARC for bulk senders, easy unsubscribe and few complaints.",
  "step.admin.mxRecord":
    "Check the MX record of {recipientDomain}. A domain hosted in Exchange Online should point to its own *.mail.protection.outlook.com host; confirm it with your DNS host.",
  "step.admin.singleMx":
    "Keep only one MX record for a domain hosted in Exchange Online, and allow up to 72 hours after a DNS change.",
  "step.admin.connectivityAnalyzer":
    "Test with Microsoft Remote Connectivity Analyzer (Office 365 › Mail Flow Configuration: Verify MX Record and Outbound Connector Test).",
  "step.admin.acceptedDomain": "Check that the domain is listed as an accepted domain.",
  "step.admin.domainActive":
    "Check that {recipientDomain} shows as set up and verified under Settings › Domains in the Microsoft 365 admin center; finish the domain verification if not.",
  "step.admin.hybridWizard":
    "In a hybrid deployment, check the inbound and outbound connectors, and if they are wrong run the Hybrid Configuration Wizard again on-premises.",
  "step.admin.inboundConnector":
    "Check the inbound connector: the on-premises servers' public IP addresses or certificate name must match what Microsoft 365 sees.",
  "step.admin.outboundConnector":
    "Check the outbound connector: with smart hosts, the IP address or name must be right; with MX routing, the domain's MX must point to the right server; its domains must list all on-premises mail domains.",
  "step.admin.certificateChain":
    "If the connector uses a certificate, make sure the sending server presents the whole chain, intermediates included, and the name matches.",
  "step.admin.directSend":
    "The organisation refuses Direct Send: create an inbound connector for the device or app (by IP or certificate), or let it sign in with SMTP AUTH.",
  "step.admin.relayConnector":
    "Let the app or device send through an authenticated account, or set up a receive connector that allows relaying only from its IP address.",
  "step.admin.anonymousReceive":
    "If this is your server, let its internet-facing receive connector accept anonymous senders; otherwise send to the domain's real MX host.",
  "step.admin.smtpAuthMailbox": "Turn on authenticated SMTP for the sending mailbox {sender}.",
  "step.admin.smtpAuthModern":
    "Check that the app signs in with modern authentication (OAuth) or an allowed SMTP AUTH account over TLS 1.2, or move it to a connector.",
  "step.admin.smarthostCredentials":
    "Check the credentials and port (587 with TLS) of the relay or smart host your server signs in to.",
  "step.admin.sendAs": "Give the account Send As permission on the address it sends from.",
  "step.admin.exchangeServerAuth":
    "Check that nothing between the Exchange servers (firewall, SMTP proxy) strips the authentication, and that the receive connectors allow Exchange server authentication.",
  "step.admin.googleRelay":
    "In the Google Admin console (Apps › Google Workspace › Gmail › Routing › SMTP relay service), add the sending IP address or require SMTP authentication.",
  "step.admin.tlsSettings":
    "Make both servers agree on TLS: support STARTTLS with TLS 1.2 or newer, or relax a connector that forces TLS for a partner that can't do it.",
  "step.admin.daneMtaSts":
    "The receiving domain must fix its TLS set-up: renew the certificate, correct the TLSA (DANE) records or update the MTA-STS policy.",
  "step.admin.restrictedUsers":
    "Once the account is secured, release {sender} from the restricted users list (Microsoft Defender portal › Restricted entities).",
  "step.admin.secureCompromised":
    "Secure the account {sender}: reset the password, require MFA, and remove unknown inbox rules, forwarding and delegates.",
  "step.admin.supportCase": "Open a support case with Microsoft once the cause is removed.",
  "step.admin.registerDomains":
    "Add and verify {senderDomain}, and every other domain your organisation sends from, as an accepted domain, and look for connectors you didn't create.",
  "step.admin.externalForwarding":
    "Automatic forwarding outside the organisation is off by default. Allow it only for the users who need it with an outbound spam policy, or stop the forwarding.",
  "step.admin.tenantBlockList": "Your Tenant Allow/Block List blocks {recipient}: remove the entry if it is wrong.",
  "step.admin.waitThrottle":
    "This usually clears by itself as retries succeed. If it lasts, check your volume and connectors.",
  "step.admin.multiGeo":
    "Mail reached Microsoft 365 servers that do not host the domain (wrong region, stale MX or smart host, or a tenant without an Exchange licence): fix the MX or smart host and the licences.",
  "step.admin.dbeb":
    "Check that {recipient} exists in the directory (and is synced from on-premises, if you use hybrid).",
  "step.admin.dbebDomainType":
    "If recipients live outside Exchange Online, make the domain an internal relay domain instead of authoritative, or create mail contacts for them.",
  "step.admin.mailboxQuota": "Free up space in the mailbox {recipient}, raise its quota, or turn on an archive.",
  "step.admin.sizeLimits": "Check the message size limits on {recipient} and raise them if needed.",
  "step.admin.orgSizeLimits": "Check the organisation's and connectors' message size limits.",
  "step.admin.mailLoop":
    "Look for forwarding or inbox rules that send the message back and forth, and for connectors or MX records pointing back at each other.",
  "step.admin.greylisting":
    "The recipient's server uses greylisting: it turns away a sender it has not seen before and expects the sending server to try again. If the retries keep being turned away, the recipient's admin should exempt the sender's mail servers (or their provider's published sending ranges) from greylisting; a service that sends from many addresses, such as Microsoft 365, can look new on every retry.",
  "step.admin.expiredQueue":
    "Find out why the recipient's server could not be reached: DNS, firewall, a server that is down, or a hidden policy deferral in the last attempt's reply.",
  "step.admin.recipientDns": "The domain's owner must fix its DNS (MX or A record) or renew the domain.",
  "step.admin.senderAddress":
    "Make sure the sending address and its domain are real, resolvable and can receive bounces.",
  "step.admin.contentFormat":
    "Fix the program that sends the mail (line endings, encoding), or stop sending in rich text (TNEF) to outside recipients.",
  "step.admin.allowSender": "If the sender is trusted, allow {sender} in your spam filter.",
  "step.admin.removeBlockEntry":
    "Remove the block on {sender} or {blockedIp} in your own block lists (connection filter, Tenant Allow/Block List or the rules of your email filter).",
  "step.admin.releaseHeld":
    "If the filter is yours, find the message in its quarantine, check which rule held it, and release it or adjust the rule.",
  "step.admin.gatewayPolicy":
    "Find the rule in your email filter that refused the message, and adjust it or add an exception.",
  "step.admin.recipientRateLimit":
    "Check whether the account sends more than the provider's limits allow, and whether it has been misused.",
  "step.admin.reputation":
    "Improve the sending server's reputation: authenticate all mail, stop unwanted mail and watch for sudden volume spikes.",
  "step.admin.accountState":
    "Check whether the mailbox was disabled, moved or removed, and tell senders the new address.",
  "step.admin.systemUnavailable":
    "The recipient's server turned the message away for now: it was shutting down, overloaded, in maintenance or short of memory or disk. This usually passes and the sending server tries again; if it goes on for hours, the recipient's email admin must find out why the recipient's server is not accepting mail (service state, disk space, memory, load).",
  "step.admin.deliveryProgram":
    "On the recipient's mail server, look at the local delivery the bounce names: the program the mail is piped to (its exit status, permissions and the user it runs as) or the mailbox file (its owner, permissions, disk space and quota). The server's mail log for this message says which one failed.",
  "step.admin.systemProblem":
    "The receiving system has a fault (disk, program, configuration): its administrator must fix it.",
  "step.admin.mailingListAdmin":
    "In the list or group settings, check who may post, and whether external members and posts are allowed for the domain.",
  "step.admin.heldListSettings":
    "Usually nothing for an email admin: no mail server refused the message. The list's own moderation settings hold it, and the list's owners change them.",
  "step.admin.readFullReply":
    "Read the full reply from the recipient's server below; it names the rule or check that fired.",

  // ── action labels ──
  "action.forward-to-delist": "Ask Microsoft to remove the IP address from its blocklist",
  "action.delist-portal": "Open the delist page",
  "action.third-party-delist": "Open the blocklist's lookup page",
  "action.contact-recipient-admin": "Write to the recipient's email admin",
  "action.ask-group-owner": "Ask the group owner",
  "action.ask-moderator": "Ask the moderator",
  "action.contact-own-admin": "Ask your IT department",
  "action.fix-address": "Check the address",
  "action.admin-command": "Copy the command",
  "action.dns-record": "Copy the DNS value",
  "action.copy-report": "Copy the report",

  // ── what status codes mean (RFC 3463 and the registry) ──
  "code.class.2": "Success",
  "code.class.4": "Temporary failure: the server may keep trying",
  "code.class.5": "Permanent failure: the message will not be delivered",
  // the class said of the last attempt when the sending server decided otherwise (docs/cli.md's permanent)
  "code.class.5.delayed": "The last attempt got a permanent-failure code, but the server is still trying",
  "code.class.4.failed": "Temporary failure, but the server has stopped trying",
  "code.subject.0": "The server gave no more specific reason",
  "code.subject.1": "There is a problem with an address",
  "code.subject.2": "There is a problem with the recipient's mailbox",
  "code.subject.3": "There is a problem with the recipient's mail system",
  "code.subject.4": "There is a network or routing problem",
  "code.subject.5": "There is a problem in the mail protocol",
  "code.subject.6": "There is a problem with the message's content or format",
  "code.subject.7": "It was refused for security or policy reasons",
  "code.frame": "{klass}. {detail}.",
  "code.1.1": "The mailbox does not exist",
  "code.1.2": "The recipient's domain does not exist or takes no mail",
  "code.1.3": "The address is not valid",
  "code.1.6": "The mailbox has moved",
  "code.1.7": "The sender address is not valid",
  "code.1.8": "The sender's domain is not valid",
  "code.1.10": "The recipient's domain takes no mail (null MX)",
  "code.1.10.exchange": "In Exchange Online it means the recipient was not found",
  "code.2.1": "The mailbox is disabled",
  "code.2.2": "The mailbox is full",
  "code.2.3": "The message is larger than the recipient's limit",
  "code.3.4": "The message is larger than the system's limit",
  "code.4.1": "The recipient's server did not answer",
  "code.5.4.1.exchange":
    "In Exchange Online it means the recipient's organisation refused the address: it is not in its directory, or the organisation takes no mail for that domain",
  "code.4.4": "There is no route to the destination",
  "code.4.6": "The message went round in a loop",
  "code.4.7": "The time allowed for delivery ran out",
  "code.5.3": "There were too many recipients",
  "code.7.0": "It was refused for another security or policy reason",
  "code.7.1": "Delivery was not authorised, and the message was refused",
  "code.7.8": "The sign-in details were not valid",
  "code.7.12": "A password change is needed",
  "code.7.13": "The account is disabled",
  "code.7.12.exchange":
    "In Exchange Online it means the recipient's organisation did not accept the sender as an authenticated (internal) sender",
  "code.7.13.exchange":
    "In Exchange Online it means the sender was not an authenticated (internal) sender for the public folder",
  "code.7.23": "The SPF check failed",
  "code.7.25": "The reverse DNS check failed",
  "code.7.26": "Several authentication checks failed",
  "code.7.27": "The sender's domain takes no mail (null MX)",

  // ── admin commands: what each changes and when it is the right one (diagnose/commands.ts) ──
  "adminCommand.readsOnly": "Nothing in your organisation's settings.",
  "adminCommand.connectExchangeOnline.when": "Before the Exchange Online commands below, once per PowerShell session.",
  "adminCommand.groupAllowExternal.changes":
    "The group takes mail from senders outside your organisation too, not only from authenticated (internal) senders.",
  "adminCommand.groupAllowExternal.when":
    "The group should get mail from outside and refused an outside sender because it requires authenticated (internal) senders.",
  "adminCommand.unifiedGroupAllowExternal.changes":
    "The Microsoft 365 group takes mail from senders outside your organisation too.",
  "adminCommand.unifiedGroupAllowExternal.when":
    "The group is a Microsoft 365 group (not a distribution group) and should get mail from outside.",
  "adminCommand.groupAddSender.changes": "Adds the sender to the group's allowed senders list.",
  "adminCommand.groupAddSender.when":
    "Only when the group already has an allowed senders list: on a group without one, this single entry shuts out every other sender. A sender outside your organisation also needs the group to accept external senders, and a mail contact.",
  "adminCommand.groupAddMember.changes":
    "Makes the sender a member of the group: they may post to it and get every message sent to it.",
  "adminCommand.groupAddMember.when": "The group takes mail only from its members and the sender should be one.",
  "adminCommand.groupBypassModeration.changes": "The sender's messages to the group no longer wait for a moderator.",
  "adminCommand.groupBypassModeration.when": "The group is moderated and the sender may post without approval.",
  "adminCommand.groupModeration.changes": "Every message to the group waits for the moderator's approval.",
  "adminCommand.groupModeration.when":
    "The group has more than 5,000 members and is neither moderated nor limited to allowed senders. Replace <moderator> with the moderator's address.",
  "adminCommand.externalContact.changes":
    "Creates a mail contact for the outside sender; it shows in your address list.",
  "adminCommand.externalContact.when":
    "Before you add an outside sender to an allowed senders list, when the read finds no contact for them.",
  "adminCommand.mailboxAllowExternal.changes":
    "The mailbox takes mail from senders outside your organisation too, not only from authenticated (internal) senders.",
  "adminCommand.mailboxAllowExternal.when":
    "The mailbox should get mail from outside and refused an outside sender because RequireSenderAuthenticationEnabled is True.",
  "adminCommand.mailUserAllowExternal.changes": "The mail user takes mail from senders outside your organisation too.",
  "adminCommand.mailUserAllowExternal.when":
    "The mail user should get mail from outside and refused an outside sender because it requires authenticated (internal) senders.",
  "adminCommand.publicFolderAnonymous.changes":
    "Anyone, inside or outside your organisation, may post items to the public folder by mail.",
  "adminCommand.publicFolderAnonymous.when":
    "The mail-enabled public folder should take mail from outside and refused an outside sender.",
  "adminCommand.publicFolderAllowExternal.changes":
    "The public folder takes mail from senders outside your organisation too.",
  "adminCommand.publicFolderAllowExternal.when":
    "The mail-enabled public folder should take mail from outside and refused an outside sender because it requires authenticated (internal) senders.",
  "adminCommand.mailboxRestrictions.when":
    "First, whenever a mailbox refuses a sender: it shows the senders the mailbox accepts, the senders it rejects, and whether it requires authenticated (internal) senders.",
  "adminCommand.mailboxAcceptSender.changes": "Adds the sender to the senders the mailbox accepts mail from.",
  "adminCommand.mailboxAcceptSender.when":
    "Only when AcceptMessagesOnlyFrom already lists senders: on an empty list this single entry shuts out every other sender. It doesn't let an outside sender through while RequireSenderAuthenticationEnabled is True.",
  "adminCommand.mailboxUnrejectSender.changes": "Removes the sender from the senders the mailbox rejects.",
  "adminCommand.mailboxUnrejectSender.when": "When the read shows the sender in RejectMessagesFrom.",
  "adminCommand.rejectingTransportRules.when":
    "A mail flow (transport) rule may have rejected the message: it lists the rules that reject, with their texts.",
  "adminCommand.messageTrace.when":
    "To see what happened to the message in Exchange Online, and which rule or check stopped it.",
  "adminCommand.dkimEnable.changes": "Exchange Online starts signing mail from the domain with DKIM.",
  "adminCommand.dkimEnable.when":
    "After both DKIM CNAME records of the domain are published in DNS; before that the command fails.",
  "adminCommand.sendConnectorFqdn.changes":
    "The name the server gives in HELO/EHLO when it sends through that send connector.",
  "adminCommand.sendConnectorFqdn.when":
    "Exchange Server (on-premises) introduces itself with a name that doesn't resolve or doesn't match its IP address. Replace <connector> with the send connector's name.",
  "adminCommand.acceptedDomains.when":
    "To see whether the domain is an accepted domain of your tenant, and of which type.",
  "adminCommand.inboundConnectors.when":
    "Mail that comes in through a connector (hybrid, an email filter in front) is refused or treated as anonymous.",
  "adminCommand.outboundConnectors.when":
    "Mail that leaves through a connector (smart host, hybrid) goes to the wrong place or fails TLS.",
  "adminCommand.directSend.when":
    "A device or application sends straight to your tenant's MX without signing in (Direct Send) and is refused.",
  "adminCommand.smtpAuthMailbox.changes":
    "Turns on SMTP AUTH for this mailbox: a device or application may sign in as it to send through smtp.office365.com.",
  "adminCommand.smtpAuthMailbox.when":
    "A device or application must send as this mailbox through smtp.office365.com and the read shows SMTP AUTH turned off. Not when the recipient domain's MX points at smtp.office365.com: then the recipient's MX record is what needs fixing.",
  "adminCommand.sendAs.changes": "Gives the sender the right to send as another mailbox.",
  "adminCommand.sendAs.when":
    "The sender should send as a shared or other mailbox and lacks the right. Replace <mailbox> with that mailbox.",
  "adminCommand.receiveConnectors.when":
    "Exchange Server (on-premises) refuses mail from another server because the two don't authenticate each other.",
  "adminCommand.unblockRestrictedSender.changes": "Lets the blocked account send mail again.",
  "adminCommand.unblockRestrictedSender.when":
    "Only after the account is secured: password changed, multifactor sign-in on, its inbox rules and forwarding checked.",
  "adminCommand.inboxRules.when": "The account may be misused: look for rules that forward, delete or move mail.",
  "adminCommand.autoForwarding.when":
    "Automatic forwarding to outside addresses was blocked: it shows the outbound spam policy's forwarding setting.",
  "adminCommand.removeBlockedRecipient.changes":
    "Removes the block entry, so mail from your organisation to that address may go out.",
  "adminCommand.removeBlockedRecipient.when": "The address is blocked in your Tenant Allow/Block List by mistake.",
  "adminCommand.recipientLookup.when": "To see whether the address exists in the directory, and as what.",
  "adminCommand.domainInternalRelay.changes":
    "Exchange Online stops refusing unknown addresses in the domain and passes them on through your connector.",
  "adminCommand.domainInternalRelay.when":
    "Only when some mailboxes of the domain live elsewhere (on-premises or another system) and an outbound connector sends mail there; otherwise mail loops.",
  "adminCommand.mailboxSize.when": "To see how full the mailbox is.",
  "adminCommand.mailboxSizeLimits.when": "To see how large a message the mailbox may send and receive.",
  "adminCommand.organisationSizeLimits.when": "To see how large a message your organisation accepts at all.",
  "adminCommand.mailboxForwarding.when": "Mail goes round in a loop: it shows where the mailbox forwards its mail.",
  "adminCommand.allowSender.changes":
    "Mail from the sender is no longer blocked as spam or by a block entry in your tenant, with no end date.",
  "adminCommand.allowSender.when": "Only when the sender is trusted and your own filter blocked them by mistake.",
  // ── the situation (issue 13): steps that depend on who sent, who reads and where it stopped ──
  "cause.GREYLISTED.delayedTitle":
    "Delivery is delayed: the recipient's server asks your server to try again later (greylisting)",
  "cause.DELIVERY_EXPIRED.delayedTitle": "Delivery is delayed: the server is still trying",
  "cause.UNKNOWN.delayedTitle": "Delivery is delayed for a reason we don't recognise; the server is still trying",
  "cause.NETWORK_PROBLEM.delayedTitle": "A network or DNS problem is holding up delivery; the server is still trying",
  "cause.POLICY_UNSPECIFIED_5_7_X.delayedTitle":
    "A security or policy setting is holding up the message; the server is still trying",
  "cause.CONNECTION_REFUSED_BY_HOST.delayedTitle":
    "The recipient's server is turning the sending server away for now; the sending server is still trying",
  "cause.SENDER_ADDRESS_REJECTED.delayedTitle":
    "The recipient's server is refusing your sender address for now; the server is still trying",
  "cause.RECEIVING_SYSTEM_UNAVAILABLE.delayedTitle":
    "The recipient's mail server is not accepting mail for now; the server is still trying",
  "step.sender.askRecipientSideForGroup":
    "From outside {recipientDomain} you can't reach the owner of {group}. Ask the person you were writing to, or {recipientDomain}'s email admin ({recipientPostmaster}), to pass your request on or let your address through.",
  "step.sender.askRecipientAdminMx":
    "Tell {recipientDomain}'s email admin ({recipientPostmaster}, or by phone) that mail for {recipientDomain} is sent to {remoteServer}, Microsoft's address for mail programs. Their MX record must point at their own Microsoft 365 host, which ends in mail.protection.outlook.com.",
  "step.sender.askRecipientAdminRelay":
    "Tell {recipientDomain}'s email admin ({recipientPostmaster}, or by phone) that the recipient's server {remoteServer} refuses mail for their own domain: their accepted domains or their MX record need fixing. Nothing is wrong with your account.",
  "step.sender.hybridToOwnAdmin":
    "Send this bounce to your IT department: your message went through your own on-premises Exchange servers and reached Exchange Online without its sign-in, so {recipient} took it for an outside sender. The hybrid connectors need checking.",
  "step.sender.ownRelayToOwnAdmin":
    "Send this bounce to your IT department: the mail server on your way out ({remoteServer}) did not pass the message on. Nothing is wrong with the recipient's address.",
  "step.sender.stillTryingThen":
    "You don't need to do anything yet: the message has not been delivered, but the server is still trying and will tell you if it stops. The steps below are for when it does.",
  "step.sender.stillTrying":
    "You don't need to do anything yet: the message has not been delivered, but the server is still trying and will tell you if it stops.",
  "step.sender.askListOwner": "Ask the list's owners ({listOwner}) to let you post, or join the list first.",
  "step.sender.askListOwnerUnnamed": "Ask an owner of {group} to let you post, or join the group first.",
  "step.sender.waitForModerator":
    "Nothing to do yet: the list holds your message until a moderator approves or declines it.",
  "step.sender.moderatorDecided":
    "A moderator of {group} decided not to pass this message on. Ask them why before you send it again.",
  "step.owner.outsideOrganisation":
    "The owner of {group} is in {recipientDomain}'s organisation. From outside, go through the person you wrote to or their email admin.",
  "step.owner.hybridNotTheGroup":
    "Nothing to change on {group}: it refused the message because it arrived without the sender's sign-in, through the hybrid connection.",
  "step.owner.noGroupNamed": "Nothing to do here: the bounce names no group or list.",
  "step.owner.moderatorDecided":
    "A moderator declined the message. If that was a mistake, the sender can send it again and a moderator can approve it then.",
  "step.admin.otherOrganisation":
    "The setting is in {recipientDomain}'s organisation, not yours: only their email admin can change it. Send them the bounce ({recipientPostmaster}); what they would check is below.",
  "step.admin.otherOrganisationFault":
    "The fault is on {recipientDomain}'s mail server, not yours: only their email admin can fix it. Send them the bounce ({recipientPostmaster}); what they would check is below.",
  "step.admin.senderOrganisation":
    "The fix is in the sender's organisation ({senderDomain}), not yours: only the sender's IT department can change it. What they would check is below.",
  "step.admin.hybridAuthentication":
    "This is a hybrid deployment: mail from your on-premises Exchange servers ({hybridHops}) reached Exchange Online as anonymous. Check that the inbound connector from on-premises recognises your servers (by certificate), so internal mail keeps its authentication.",
  "step.admin.smartHostRefused":
    "The relay or smart host {remoteServer} refused to pass the message on: check the account, password and port your server uses to sign in to it, or that it allows your IP address.",
  "step.admin.smartHostUnreachable":
    "Your server could not hand the message to the relay or smart host {remoteServer}: check that the name resolves, the port is open and the host is up.",
  "step.sender.mailServiceMarkSafe":
    "Ask {recipient} (by phone or another address) to add your address to their contacts or safe senders, and to mark any of your messages in their junk folder as not junk. {recipientDomain} is a public email service: it doesn't change its filters on request, so there is no email admin to ask.",
  "step.sender.mailServiceUnblock":
    "Ask {recipient} (by phone or another address) to take your address off their blocked senders and filters in their {recipientDomain} settings, and to add it to their contacts. {recipientDomain} is a public email service: only {recipient} can change these settings, there is no email admin to ask.",
  "step.sender.mailServiceSendingSide":
    "Forward this bounce to your IT department or your email provider. {recipientDomain} is a public email service that doesn't change its filters on request, so there is no email admin to ask: what helps is on the sending side, how your mail is authenticated and the reputation of the server you send through.",
  "step.sender.mailServiceSendingSideIfItLasts":
    "If your messages to {recipientDomain} keep being refused, forward this bounce to your IT department or your email provider: they can check how your mail is authenticated and the reputation of the server you send through.",
  "step.admin.mailServiceSendingSide":
    "{recipientDomain} is a public email service: its filters are not changed on request, and there is no admin there to let one sender through. Check the sending side against the provider's published pages for senders (found on its own website, not through a link in the bounce): SPF, DKIM and DMARC for {senderDomain}, and the sending server's reputation.",
  "step.admin.mailServiceRecipientSetting":
    "Nothing to change in your organisation: {recipient} is a mailbox at the public email service {recipientDomain}, and the block is in their own settings there, which only they can change.",
  "step.sender.mailServiceFault":
    "If it keeps failing, reach {recipient} another way (phone, another address). {recipientDomain} is a public email service: trouble on its mail servers is the service's own to fix and usually passes, and there is no email admin there to write to.",
  "step.sender.mailServiceUnreachable":
    "If it keeps failing, reach {recipient} another way (phone, another address), and forward this bounce to your IT department or your email provider: {recipientDomain} is a public email service whose servers are seldom out of reach for long, so the trouble may be on the way out from your side. There is no email admin at {recipientDomain} to write to.",
  "step.admin.mailServiceFault":
    "Nothing to change in your organisation, and no email admin to ask: the trouble is on the mail servers of the public email service {recipientDomain}, which only the service fixes. It usually passes; the sender can try again later.",
  "step.sender.mailServiceUnknown":
    "Forward this bounce to your IT department or your email provider: they can read what the server's reply means. {recipientDomain} is a public email service with no email admin to write to; if the message is urgent, reach {recipient} another way (phone, another address).",
  "step.admin.mailServiceUnknown":
    "{recipientDomain} is a public email service with no admin to ask about its refusals. Read the server's full reply: it names the check that stopped the message. Most refusals there are about the sending side: check how {senderDomain} is authenticated and the sending server's reputation against the provider's published pages for senders (on its own website, not through a link in the bounce).",
  "step.admin.mailServiceUnreachable":
    "{recipientDomain} is a public email service with no email admin to ask, and its servers are seldom out of reach for long: check your own way out first, that your server resolves {recipientDomain}'s MX records, that outgoing port 25 is open in your firewall, and that your relay or smart host passes the mail on.",
  "step.admin.mailServiceMailbox":
    "Nothing to change in your organisation, and no email admin to ask: {recipient} is a mailbox at the public email service {recipientDomain}. What helps is in the sender's steps.",

  // ── situation facts shown with the evidence ──
  "situation.outside":
    "You are outside {recipientDomain}: the setting that refused your message to {recipient} belongs to {recipientDomain}'s organisation.",
  "situation.inside": "You and {recipient} are in the same organisation.",
  "situation.hybrid":
    "Your message to {recipient} went through your on-premises Exchange servers ({hybridHops}) before Exchange Online refused it: a hybrid deployment.",
  "situation.clientEndpoint":
    "{remoteServer} is Microsoft's address for mail programs, not a domain's mail server: {recipientDomain}'s MX record points at the wrong host.",
  "situation.ourRelay":
    "It stopped at {remoteServer}, a mail server on your way out (a relay or smart host), not at the recipient's server.",
  "situation.recipientServer": "It stopped at {remoteServer}, the server of {recipient}.",
  "situation.delayed": "The message is delayed, not refused: the server is still trying.",
  "situation.nested": "You wrote to {parentGroup}; {nestedGroup}, a group inside it, refused the message.",
  "situation.large": "{group} has more than 5,000 members.",
  "situation.ndrSays": "The bounce itself says: {said}.",
  "situation.ndrDisagrees.hybrid":
    "The bounce says: {said}. But the message came from inside your own organisation through your on-premises servers, so the fix is your IT department's.",
  "situation.ndrDisagrees.inside":
    "The bounce says: {said}. But you and the recipient are in the same organisation, so the fix is your IT department's.",
  "situation.ndrDisagrees.recipient":
    "The bounce says: {said}. But the setting that refused it belongs to {recipientDomain}'s organisation, so you can only ask them.",
  "situation.ndrDisagrees.sender":
    "The bounce says: {said}. Read with who sent it and where it stopped, the fix is on your side: {who}.",
  "step.sender.sharedProviderIp":
    "Nothing you or your IT department can change: the blocked address {blockedIp} is one of Microsoft 365's shared sending servers, and Microsoft gets it removed from {blocklist}. Send the message again later, or reach {recipient} another way.",
  "step.admin.sharedProviderIp":
    "The listed address {blockedIp} belongs to Microsoft 365's shared outbound servers, not to you: Microsoft handles the listing on {blocklist}. If it persists, open a support case with Microsoft.",
  "situation.recipientFilter": "It stopped at {remoteServer}, the email filter in front of {recipient}'s server.",
  "situation.listService": "{group} is a mailing list or group service: its owners decide who may post.",
} as const;
