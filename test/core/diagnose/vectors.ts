/**
 * Reply lines per cause. Most are the catalogue's §5 test vectors (ndr-catalog.md: real bounces
 * from public corpora with documentation IPs/domains, vendor documentation, or documented
 * templates); the rest are shaped on the reply texts its §3 rows record. One or more per cause.
 */
export const vectors: [causeId: string, reply: string][] = [
  // §3.A recipient-side restrictions
  [
    "EXO_PUBLICFOLDER_REJECTS_EXTERNAL",
    "Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'",
  ],
  ["EXO_PUBLICFOLDER_REJECTS_EXTERNAL", "550 5.7.135 Sender was not authenticated for public folder"],
  ["EXO_PUBLICFOLDER_REJECTS_EXTERNAL", "550 5.7.13 Sender was not authenticated for public folder"],
  [
    "EXO_GROUP_SENDER_NOT_ALLOWED",
    "550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list",
  ],
  ["EXO_GROUP_SENDER_NOT_ALLOWED", "550 5.7.124 Sender not in allowed-senders list"],
  [
    "EXO_GROUP_REJECTS_EXTERNAL",
    "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group",
  ],
  ["EXO_GROUP_REJECTS_EXTERNAL", "Status code: 550 5.7.133"],
  ["EXO_MAILBOX_REJECTS_EXTERNAL", "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox"],
  ["EXO_MAILUSER_REJECTS_EXTERNAL", "550 5.7.136 Sender was not authenticated"],
  ["EXO_RECIPIENT_REJECTS_EXTERNAL", "550 5.7.12 Sender was not authenticated by organization"],
  ["EXCH_AUTH_REQUIRED", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"],
  ["EXCH_AUTH_REQUIRED", "#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##"],
  ["EXO_RESTRICTED_TO_RECIPIENTS_5_7_129", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission"],
  [
    "EXO_LARGE_GROUP_NEEDS_RESTRICTION",
    "550 5.7.1 RESOLVER.GRP.Blocked.NeedsSenderRestrictions; DL expansion needs sender restrictions or message approval configured",
  ],
  ["MODERATION_REJECTED_OR_EXPIRED", "550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered."],
  [
    "MODERATION_REJECTED_OR_EXPIRED",
    'Your request to the Choir mailing list Posting of your message titled "Figures" has been rejected by the list moderator.',
  ],
  [
    "LIST_POST_HELD_FOR_MODERATION",
    "Your mail to 'Choir' with the subject Figures Is being held until the list moderator can review it for approval. The reason it is being held: Post by non-member to a members-only list",
  ],
  [
    "LIST_POST_HELD_FOR_MODERATION",
    'Your message dated Tue, 1 Apr 2025 09:00:00 +0200 with subject "Figures" has been submitted to the moderator of the CHOIR list.',
  ],
  ["LIST_POST_HELD_FOR_MODERATION", "Your message for list 'choir' has been forwarded to the moderator(s)"],
  [
    "MODERATION_REJECTED_OR_EXPIRED",
    "Your message to Choir was held for moderation and has been rejected by the list moderator.",
  ],
  ["EXCH_NOT_AUTHORIZED", "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'"],
  ["TRANSPORT_RULE_REJECT", "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"],
  ["TRANSPORT_RULE_REJECT", "550 5.7.901 Delivery not authorized, message refused"],
  ["EXO_RECIPIENT_BANNED", "550 5.7.505 Access denied, banned recipient"],
  ["EXO_RECIPIENT_BANNED", "550 5.7.504 [user@example.org]: Recipient address rejected: Access denied"],
  [
    "RECIPIENT_ORG_BLOCKED_SENDER",
    "550 5.7.513 Service unavailable, Client host [192.0.2.10] blocked by example.org using Customer Block list (AS16012607)",
  ],
  ["RECIPIENT_ORG_BLOCKED_SENDER", "550 permanent failure for one or more recipients (user@example.org:blocked)"],
  ["RECIPIENT_ORG_BLOCKED_SENDER", "550 5.7.1 IP address blacklisted by recipient"],
  [
    "RECIPIENT_DOMAIN_POLICY",
    "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
  ],
  [
    "RECIPIENT_DOMAIN_POLICY",
    "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.",
  ],
  ["RECIPIENT_DOMAIN_POLICY", "550 5.7.0 Local Policy Violation"],
  [
    "MAILING_LIST_POST_DENIED",
    "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.",
  ],
  [
    "MAILING_LIST_POST_DENIED",
    "Sorry, only subscribers may post. If you are a subscriber, please forward this message to choir-owner@lists.example.org to get your new address included (#5.7.2)",
  ],
  [
    "MAILING_LIST_POST_DENIED",
    "You are not authorized to send mail to the CHOIR list from your kari@example.com account.",
  ],
  // §3.B relay, attribution, submission, TLS
  ["RELAY_DENIED", "554 5.7.1 <kijitora@example.org>: Relay access denied"],
  ["RELAY_DENIED", "550 5.7.1 <info@example.co.uk>... Relaying denied. Proper authentication required."],
  ["RELAY_DENIED", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"],
  ["RELAY_DENIED", "Remote Server returned '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'"],
  ["RELAY_DENIED", "550 relay not permitted"],
  [
    "ANON_CLIENT_NOT_AUTHENTICATED",
    "mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#",
  ],
  ["ANON_CLIENT_NOT_AUTHENTICATED", "550 Unauthenticated senders not allowed"],
  [
    "EXO_SMTP_AUTH_FAILED",
    "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM6PR0732BE0065.eurprd07.prod.outlook.com]",
  ],
  [
    "EXO_SMTP_AUTH_FAILED",
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
  ],
  ["EXO_SMTP_AUTH_FAILED", "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."],
  ["EXO_SMTP_AUTH_FAILED", "535 5.7.3 Authentication unsuccessful"],
  ["SMTP_AUTH_CREDENTIALS_REJECTED", "535-5.7.8 Username and Password not accepted."],
  ["SMTP_AUTH_CREDENTIALS_REJECTED", "534-5.7.9 Application-specific password required."],
  ["SEND_AS_DENIED", "5.7.60 SMTP; Client does not have permissions to send as this sender"],
  ["SEND_AS_DENIED", "553 5.7.1 <info@example.com>: Sender address rejected: not owned by user admin@example.net"],
  [
    "EXO_TENANT_ATTRIBUTION",
    "550 5.7.64 TenantAttribution; Relay Access Denied [SN1PEPF000252A1.namprd05.prod.outlook.com]",
  ],
  [
    "EXO_DIRECT_SEND_REJECTED",
    "550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
  ],
  [
    "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION",
    "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information go to https://go.microsoft.com/fwlink/p/?linkid=865268",
  ],
  [
    "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION",
    "550 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant which has no mail-enabled subscriptions. ATTR5",
  ],
  [
    "GOOGLE_SMTP_RELAY_DENIED",
    "550 5.7.0 Mail relay denied 192.0.2.10. Invalid credentials for relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM).",
  ],
  ["EXCH_SERVER_AUTH_FAILED", "550 5.7.3 Cannot achieve Exchange Server authentication"],
  ["STARTTLS_REQUIRED", "530 5.7.0 Must issue a STARTTLS command first."],
  ["DEST_TLS_DANE_MTASTS_FAILURE", "550 5.7.323 tlsa-invalid: The domain failed DANE validation."],
  ["DEST_TLS_DANE_MTASTS_FAILURE", "451 4.7.5 Remote certificate failed MTA-STS validation. Reason: <validityStatus>"],
  // §3.C authentication and identity
  [
    "SPF_FAIL",
    "550-5.7.26 The MAIL FROM domain [email.example.jp] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.25].",
  ],
  [
    "SPF_FAIL",
    "550 5.7.1 <user@example.pl>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=user@example.pl;ip=203.0.113.24;r=user@example.pl",
  ],
  [
    "SPF_FAIL",
    "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508  <http://x.co/srbounce>",
  ],
  ["SPF_FAIL", "550 5.7.23 The message was rejected because of Sender Policy Framework violation"],
  ["SPF_FAIL", "550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/"],
  ["SPF_ERROR", "550 5.7.24 The SPF record of the sending domain has one or more suspicious entries."],
  [
    "DKIM_FAIL",
    "550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM.",
  ],
  ["DKIM_FAIL", "550 5.7.20 No passing DKIM signature found"],
  [
    "DMARC_REJECT",
    "550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject. [7FQL1BDY0XZ5XGTW.JPNP222.PROD.OUTLOOK.COM 2024-04-29T23:34:45.000Z NG5X6YLY2QZK8T7B]",
  ],
  [
    "DMARC_REJECT",
    "550-5.7.26 Unauthenticated email from libsisimai.org is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 libsisimai.org domain if this was a legitimate",
  ],
  [
    "DMARC_REJECT",
    "550 5.7.1 Unauthenticated email from example.ru is not accepted due to domain's 5.7.1 DMARC policy. Please contact administrator of example.ru domain if 5.7.1 this was a legitimate mail.",
  ],
  [
    "DMARC_REJECT",
    "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
  ],
  [
    "DMARC_REJECT",
    "550 5.7.1 This message was not accepted due to domain (example.org) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
  ],
  ["DMARC_REJECT", "550 5.7.1 Email rejected per DMARC policy for libsisimai.org"],
  [
    "SENDER_UNAUTHENTICATED_BULK_RULES",
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
  ],
  [
    "SENDER_UNAUTHENTICATED_BULK_RULES",
    "550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. To best protect our users from spam, the 550-5.7.1 message has been blocked.",
  ],
  [
    "SENDER_UNAUTHENTICATED_BULK_RULES",
    "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices",
  ],
  [
    "SENDER_UNAUTHENTICATED_BULK_RULES",
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
  ],
  [
    "SENDER_UNAUTHENTICATED_BULK_RULES",
    "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.",
  ],
  [
    "PTR_RDNS_MISSING",
    "550-5.7.25 [192.0.2.202] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.",
  ],
  [
    "PTR_RDNS_MISSING",
    "550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.2",
  ],
  ["PTR_RDNS_MISSING", "450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]"],
  [
    "PTR_RDNS_MISSING",
    "550-5.7.1 [2001:db8::1 13] Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication.",
  ],
  ["BAD_HELO", "550 5.7.506 Access Denied, Bad HELO"],
  ["IPV6_POLICY", "550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6"],
  ["FROM_HEADER_NONCOMPLIANT", "550-5.7.1 Messages with multiple addresses in From: header are not accepted."],
  ["FROM_HEADER_NONCOMPLIANT", "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant"],
  ["NULL_MX_SENDER_OR_RECIPIENT", "550 5.7.27 Sender address has null MX"],
  // §3.D reputation and blocklists
  [
    "EOP_BANNED_SENDING_IP",
    "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
  ],
  [
    "EOP_BLOCKLIST_1",
    "550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
  ],
  [
    "EOP_BLOCKLIST_1",
    "550 5.7.511 Access denied, banned sender[192.0.2.44]. To request removal from this list please forward this message to delist@microsoft.com.",
  ],
  [
    "OUTLOOKCOM_IP_BLOCKED",
    "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
  ],
  [
    "OUTLOOKCOM_IP_BLOCKED",
    "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
  ],
  [
    "OUTLOOKCOM_IP_BLOCKED",
    "550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [AM0EUR02FT012.eop-EUR02.prod.protection.outlook.com 2026-09-30T08:12:44.000Z]",
  ],
  [
    "SPAMHAUS_LISTED",
    "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (S3130)",
  ],
  [
    "SPAMHAUS_LISTED",
    "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45",
  ],
  ["SPAMHAUS_LISTED", "550 rejected because 192.0.2.181 is in a black list at zen.spamhaus.org"],
  [
    "SPAMHAUS_LISTED",
    "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]",
  ],
  [
    "SPAMHAUS_LISTED",
    "550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.1",
  ],
  [
    "BARRACUDA_BRBL",
    "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.1",
  ],
  [
    "SPAMCOP_LISTED",
    "554 5.7.1 Service unavailable; Client host [192.0.2.50] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.50",
  ],
  ["PROOFPOINT_BLOCKED", "554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225"],
  ["PROOFPOINT_BLOCKED", "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.1.2"],
  [
    "CISCO_SBRS_POOR_REPUTATION",
    "554 mx.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
  ],
  [
    "TRENDMICRO_ERS",
    "550 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?192.0.2.9",
  ],
  ["MIMECAST_REJECT", "550 Rejected by header-based Anti-Spoofing policy"],
  ["OTHER_DNSBL_LISTED", "521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net"],
  [
    "OTHER_DNSBL_LISTED",
    "554 resimta-ch2-01v.sys.comcast.example.net comcast 192.0.2.77 found on one or more DNSBLs, see http://postmaster.comcast.example.net/smtp-error-codes.php#BL000001",
  ],
  [
    "GMAIL_LOW_REPUTATION",
    "550-5.7.1 [192.0.2.22 18] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.",
  ],
  [
    "GMAIL_DIRECT_FROM_DYNAMIC_IP",
    "550-5.7.1 [198.51.100.28] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
  ],
  [
    "YAHOO_REPUTATION_BLOCK",
    "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
  ],
  [
    "YAHOO_REPUTATION_BLOCK",
    "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
  ],
  [
    "ICLOUD_REPUTATION_BLOCK",
    "550 5.7.1 [HCM2] Your mail from 192.0.2.57 was rejected. https://support.apple.com/en-us/HT204137",
  ],
  // §3.E the sender's own tenant
  ["EXO_SENDER_RESTRICTED_OUTBOUND_SPAM", "550 5.1.8 Access denied, bad outbound sender"],
  ["EXO_SENDER_RESTRICTED_OUTBOUND_SPAM", "550 5.7.501 Access denied, spam abuse detected"],
  [
    "EXO_TENANT_SENDING_BLOCKED",
    "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [MW4PR17MB5516.namprd17.prod.outlook.com 2025-10-05T07:25:04.852Z 08DE037E8AA54260]'",
  ],
  ["EXO_TENANT_SENDING_BLOCKED", "550 5.7.705 Access denied, tenant has exceeded threshold"],
  ["EXO_UNREGISTERED_DOMAIN", "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"],
  [
    "EXO_EXTERNAL_FORWARDING_BLOCKED",
    "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
  ],
  [
    "EXO_TABL_BLOCKED_RECIPIENT",
    "550 5.7.703 Your message can't be delivered because messages to user@example.org are blocked by your organization using Tenant Allow Block List.",
  ],
  ["EXO_INBOUND_IP_THROTTLED", "451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)"],
  // §3.F content
  ["SPAM_CONTENT_REJECTED", "550 5.7.1 Message content rejected, UBE, id=00000-22-225"],
  ["SPAM_CONTENT_REJECTED", "550 5.7.1 Message rejected as spam by Content Filtering."],
  [
    "ATTACHMENT_OR_MALWARE_BLOCKED",
    "552-5.7.0 This message was blocked because its content presents a potential security issue.",
  ],
  ["ATTACHMENT_OR_MALWARE_BLOCKED", "550 Virus Detected; Content Rejected"],
  [
    "INVALID_CONTENT_FORMAT",
    "550 5.6.2 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA",
  ],
  ["POLICY_UNSPECIFIED_5_7_X", "550 5.7.1 Access denied"],
  // §3.G neighbours
  ["RECIPIENT_UNKNOWN", "Invalid receiver address: 76543.210@compuserve.example.com"],
  ["RECIPIENT_UNKNOWN", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"],
  // localised notices give the reason in words only (read/localized-reasons.ts)
  ["RECIPIENT_UNKNOWN", "Benutzer unbekannt"],
  ["RECIPIENT_UNKNOWN", "weil: Benutzer klaus@example.net ist nicht im Domino-Verzeichnis aufgeführt"],
  ["RECIPIENT_UNKNOWN", "550 Adresse inconnue"],
  ["RECIPIENT_UNKNOWN", "usuario desconocido"],
  ["RECIPIENT_UNKNOWN", "Motivo: usuário desconhecido"],
  ["RECIPIENT_UNKNOWN", "onbekende gebruiker"],
  ["RECIPIENT_UNKNOWN", "Powód: adres nie istnieje"],
  ["RECIPIENT_UNKNOWN", "пользователь не найден"],
  ["RECIPIENT_UNKNOWN", "理由: 宛先不明（該当するユーザーが存在しません）"],
  ["RECIPIENT_UNKNOWN", "받는 사람의 메일 주소가 존재하지 않습니다."],
  ["RECIPIENT_UNKNOWN", "原因：收件者信箱不存在"],
  ["RECIPIENT_UNKNOWN", "Ukjent mottaker"],
  ["RECIPIENT_UNKNOWN", "550 5.7.1 <user@sfr.example>: Recipient address rejected: User unknown"],
  ["RECIPIENT_UNKNOWN", "550 5.5.0 Requested action not taken: mailbox unavailable"],
  [
    "RECIPIENT_UNKNOWN",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
  ],
  ["EXO_RECIPIENT_NOT_FOUND", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"],
  [
    "EXO_DBEB_ACCESS_DENIED",
    "550 5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]",
  ],
  [
    "EXO_DBEB_ACCESS_DENIED",
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT088.eop-EUR01.prod.protection.outlook.com 2023-06-22T08:26:31.592Z 08DB72B25E50380B]",
  ],
  ["EXO_RELAY_ACCESS_DENIED_5_4_1", "#550 5.4.1 Relay Access Denied ##"],
  [
    "MAILBOX_FULL",
    '550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000"',
  ],
  ["MAILBOX_FULL", "552-5.2.2 The email account that you tried to reach is over quota."],
  ["MAILBOX_FULL", "552 Postfach voll - Speicherplatz ueberschritten"],
  ["MAILBOX_FULL", "buzón lleno"],
  ["MAILBOX_FULL", "Motivo: casella piena (spazio esaurito)"],
  ["MAILBOX_FULL", "Powód: skrzynka odbiorcy jest pełna"],
  ["MAILBOX_FULL", "Причина: ящик получателя переполнен"],
  ["MAILBOX_FULL", "メールボックスの容量がいっぱいです"],
  ["MAILBOX_FULL", "失败原因：收件人邮箱已满，无法接收新邮件。"],
  ["MAILBOX_FULL", "Brevlådan är full"],
  ["SENDER_RATE_OR_QUOTA_LIMIT", "550 5.2.2 Submission quota exceeded"],
  [
    "SENDER_RATE_OR_QUOTA_LIMIT",
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
  ],
  ["MESSAGE_TOO_LARGE_RECIPIENT", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"],
  ["MESSAGE_TOO_LARGE_SYSTEM", "552-5.3.4 Your message exceeded Google's message size limits."],
  ["MESSAGE_TOO_LARGE_SYSTEM", "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route"],
  ["MAIL_LOOP", "554 5.4.14 Hop count exceeded - possible mail loop"],
  ["DELIVERY_EXPIRED", "550 4.4.7 QUEUE.Expired; message expired"],
  ["DELIVERY_EXPIRED", "550 4.4.7 QUEUE.Expired; message expired in unreachable destination queue. Reason: <reason>"],
  [
    "DELIVERY_EXPIRED",
    "3/09/2016 8:05:56 PM - Remote Server at mydomain.com (10.1.1.3) returned '550 4.4.7 QUEUE.Expired; message expired'",
  ],
  ["DOMAIN_NOT_FOUND", "No MX or A records for exampel.example"],
  ["DOMAIN_NOT_FOUND", "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"],
  ["DOMAIN_NOT_FOUND", "553-5.1.2 We weren't able to find the recipient domain."],
  ["ACCOUNT_DISABLED_OR_INACTIVE", "525 5.7.13 Disabled recipient address"],
  ["ACCOUNT_DISABLED_OR_INACTIVE", "550-5.2.1 The email account that you tried to reach is disabled."],
  ["SENDER_ADDRESS_REJECTED", "501 5.1.8 Sender address rejected"],
  ["SENDER_ADDRESS_REJECTED", "553 5.1.8 <a@example.invalid>: Sender address rejected: Domain not found"],
  // beyond the catalogue rows
  ["MAILBOX_MOVED", "550 5.1.6 recipient no longer on server: kijitora@example.jp"],
  ["DOMAIN_ACCEPTS_NO_MAIL", "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"],
  ["RECEIVING_SYSTEM_FULL", "452 4.4.5 Insufficient disk space; try again later"],
  ["LOCAL_DELIVERY_PROGRAM_FAILED", "554 5.3.0 unknown mailer error 255"],
  ["CONNECTION_REFUSED_BY_HOST", "host mx.example.net[192.0.2.7] refused to talk to me: 554 Service unavailable"],
  ["PROTOCOL_SYNTAX_ERROR", "503 Improper sequence of commands"],
  ["NETWORK_PROBLEM", "Network error on destination MXs: No route to host"],
  ["RECEIVING_SYSTEM_ERROR", "554 Transaction failed"],
  ["RECIPIENT_FILTERED", "550 5.2.0 Message Filtered"],
  ["CONTENT_MEDIA_ERROR", "554 5.6.1 Message content not supported"],
  ["PROTOCOL_SYNTAX_ERROR", "501 5.5.4 Syntax error in parameters or arguments"],
  ["PROTOCOL_STATUS", "550 5.5.2 Please say hello first"],
];

/** Exchange Online's 5.7.x codes on their own (status field, no helpful text) → cause. */
export const exchangeOnlineCodes: [status: string, causeId: string][] = [
  ["5.7.12", "EXO_RECIPIENT_REJECTS_EXTERNAL"],
  ["5.7.124", "EXO_GROUP_SENDER_NOT_ALLOWED"],
  ["5.7.129", "EXO_RESTRICTED_TO_RECIPIENTS_5_7_129"],
  ["5.7.133", "EXO_GROUP_REJECTS_EXTERNAL"],
  ["5.7.134", "EXO_MAILBOX_REJECTS_EXTERNAL"],
  ["5.7.135", "EXO_PUBLICFOLDER_REJECTS_EXTERNAL"],
  ["5.7.136", "EXO_MAILUSER_REJECTS_EXTERNAL"],
  ["5.7.23", "SPF_FAIL"],
  ["5.7.25", "PTR_RDNS_MISSING"],
  ["5.7.26", "SENDER_UNAUTHENTICATED_BULK_RULES"],
  ["5.7.57", "EXO_SMTP_AUTH_FAILED"],
  ["5.7.64", "EXO_TENANT_ATTRIBUTION"],
  ["5.7.68", "EXO_DIRECT_SEND_REJECTED"],
  ["5.7.501", "EXO_SENDER_RESTRICTED_OUTBOUND_SPAM"],
  ["5.7.505", "EXO_RECIPIENT_BANNED"],
  ["5.7.506", "BAD_HELO"],
  ["5.7.507", "RECIPIENT_ORG_BLOCKED_SENDER"],
  ["5.7.509", "DMARC_REJECT"],
  ["5.7.510", "IPV6_POLICY"],
  ["5.7.511", "EOP_BLOCKLIST_1"],
  ["5.7.512", "FROM_HEADER_NONCOMPLIANT"],
  ["5.7.513", "RECIPIENT_ORG_BLOCKED_SENDER"],
  ["5.7.515", "SENDER_UNAUTHENTICATED_BULK_RULES"],
  ["5.7.520", "EXO_EXTERNAL_FORWARDING_BLOCKED"],
  ["5.7.606", "EOP_BANNED_SENDING_IP"],
  ["5.7.649", "EOP_BANNED_SENDING_IP"],
  ["5.7.703", "EXO_TABL_BLOCKED_RECIPIENT"],
  ["5.7.705", "EXO_TENANT_SENDING_BLOCKED"],
  ["5.7.708", "EXO_TENANT_SENDING_BLOCKED"],
  ["5.7.750", "EXO_UNREGISTERED_DOMAIN"],
  ["5.7.900", "TRANSPORT_RULE_REJECT"],
  ["5.7.999", "TRANSPORT_RULE_REJECT"],
  ["5.7.1", "POLICY_UNSPECIFIED_5_7_X"],
  ["5.1.1", "RECIPIENT_UNKNOWN"],
  ["5.1.10", "EXO_RECIPIENT_NOT_FOUND"],
  ["5.2.2", "MAILBOX_FULL"],
  ["5.2.3", "MESSAGE_TOO_LARGE_RECIPIENT"],
  ["5.3.4", "MESSAGE_TOO_LARGE_SYSTEM"],
  ["5.4.14", "MAIL_LOOP"],
  ["4.4.7", "DELIVERY_EXPIRED"],
];
