/**
 * Bounces from other systems and the special cases: Gmail (catalogue §1.6), Postfix (§1.7), an
 * Exchange moderation refusal, a bounce forwarded as an attachment, two bounces attached to one
 * message, and a forged "bounce" that phishes for a password. Written for this project with
 * documentation names and addresses.
 */
import type { Sample } from "./types.js";

// Exchange moderation refusal: APPROVAL.NotAuthorized (seed S5, catalogue §3.A MODERATION_REJECTED_OR_EXPIRED).
const moderation = `From: Microsoft Outlook <postmaster@fabrikam.com>
To: Kari Nordmann <kari@contoso.com>
Subject: Undeliverable: Newsletter draft for all members
Date: Tue, 24 Nov 2026 16:45:00 +0000
Message-ID: <ndr-moderation@AM9PR04MB4444.eurprd04.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b1"
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

--ot-b1
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

members@fabrikam.com
Your message wasn't delivered because the group's moderator didn't approve it.

Diagnostic information for administrators:

Generating server: AM9PR04MB4444.eurprd04.prod.outlook.com

members@fabrikam.com
Remote Server returned '550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered.'

--ot-b1
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR04MB4444.eurprd04.prod.outlook.com

Final-Recipient: rfc822;members@fabrikam.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 APPROVAL.NotAuthorized; message cannot be delivered.

--ot-b1--
`;

// Gmail's current layout: "** Address not found **" and the remote reply (catalogue §1.6, RECIPIENT_UNKNOWN row).
const gmailUnknown = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: kari.nordmann@example.com
Subject: Delivery Status Notification (Failure)
Date: Wed, 25 Nov 2026 08:11:09 -0800
Message-ID: <gmail-dsn-511@mx.google.com>
X-Failed-Recipients: tommy.lund@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b2"

--ot-b2
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to tommy.lund@example.org because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <tommy.lund@example.org>: Recipient address rejected: User unknown in virtual mailbox table

--ot-b2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 25 Nov 2026 08:11:07 -0800
X-Original-Message-ID: <CAB3xyz-offer@mail.gmail.com>

Final-Recipient: rfc822; tommy.lund@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org. (192.0.2.44, the server for the domain example.org.)
Diagnostic-Code: smtp; 550 5.1.1 <tommy.lund@example.org>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 25 Nov 2026 08:11:09 -0800

--ot-b2--
`;

// Gmail refusing our mail for an SPF hard fail, 550-5.7.26 (seed S11, catalogue §3.C SPF_FAIL, §4.3 on 5.7.26).
const gmailSpf = `From: Mail Delivery System <MAILER-DAEMON@mail.contoso.com>
To: kari@contoso.com
Subject: Undelivered Mail Returned to Sender
Date: Thu, 26 Nov 2026 13:37:21 +0000
Message-ID: <20261126133721.9A8B7C6D5E@mail.contoso.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b3"

--ot-b3
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.contoso.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<anna.lie@gmail.com>: host gmail-smtp-in.l.google.com[198.51.100.27] said:
    550-5.7.26 The MAIL FROM domain [contoso.com] has an SPF record with a hard
    550-5.7.26 fail policy (-all) but it fails to pass SPF checks with the ip:
    550 5.7.26 [203.0.113.9]. (in reply to end of DATA command)

--ot-b3
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.contoso.com
Arrival-Date: Thu, 26 Nov 2026 13:37:18 +0000

Final-Recipient: rfc822; anna.lie@gmail.com
Action: failed
Status: 5.7.26
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.7.26 The MAIL FROM domain [contoso.com] has an SPF
    record with a hard fail policy (-all) but it fails to pass SPF checks with
    the ip: [203.0.113.9].

--ot-b3--
`;

// Postfix "mail system" report for a full mailbox, 552 5.2.2 (catalogue §1.7, MAILBOX_FULL row).
const postfixFull = `From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: kari@contoso.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 27 Nov 2026 18:02:55 +0100
Message-ID: <20261127170255.1C2D3E4F5A@mx.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b4"

--ot-b4
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<bjorn@example.net>: host mailstore.example.net[192.0.2.80] said: 552 5.2.2
    <bjorn@example.net> Quota exceeded (mailbox for user is full) (in reply to
    RCPT TO command)

--ot-b4
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
X-Postfix-Queue-ID: 1C2D3E4F5A
Arrival-Date: Fri, 27 Nov 2026 18:02:50 +0100

Final-Recipient: rfc822; bjorn@example.net
Original-Recipient: rfc822;bjorn@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.net
Diagnostic-Code: smtp; 552 5.2.2 <bjorn@example.net> Quota exceeded (mailbox for
    user is full)

--ot-b4--
`;

// Exchange giving up on the wrong Microsoft 365 region, ATTR35: a stale MX or smart host (seed S10, catalogue §3.B).
const wrongRegion = `From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>
To: Kari Nordmann <kari@contoso.com>
Subject: Undeliverable: Contract signed
Date: Sat, 28 Nov 2026 21:10:03 +0000
Message-ID: <ndr-attr35@PA4PR06MB6666.eurprd06.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b5"
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

--ot-b5
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

legal@fabrikam.com
The recipient's email system couldn't take the message because of how its domain is set up.

Diagnostic information for administrators:

Generating server: PA4PR06MB6666.eurprd06.prod.outlook.com

legal@fabrikam.com
fabrikam-com.mail.protection.outlook.com
Remote Server returned '550 4.4.62 Mail sent to the wrong Office 365 region. ATTR35'

--ot-b5
Content-Type: message/delivery-status

Reporting-MTA: dns;PA4PR06MB6666.eurprd06.prod.outlook.com

Final-Recipient: rfc822;legal@fabrikam.com
Action: failed
Status: 4.4.62
Diagnostic-Code: smtp;550 4.4.62 Mail sent to the wrong Office 365 region. ATTR35
Remote-MTA: dns;fabrikam-com.mail.protection.outlook.com

--ot-b5--
`;

// Postfix report for one message with two failed recipients, each for its own reason (catalogue §1.5:
// one per-recipient group each in the delivery-status part; §1.7 for the text part).
const twoRecipients = `From: MAILER-DAEMON@mail.contoso.com (Mail Delivery System)
To: kari@contoso.com
Subject: Undelivered Mail Returned to Sender
Date: Sun, 29 Nov 2026 10:15:40 +0000
Message-ID: <20261129101540.7E6F5D4C3B@mail.contoso.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ot-b6"

--ot-b6
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.contoso.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ingrid@example.org>: host mx.example.org[192.0.2.44] said: 550 5.1.1
    <ingrid@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<bjorn@example.net>: host mailstore.example.net[192.0.2.80] said: 552 5.2.2
    <bjorn@example.net> Quota exceeded (mailbox for user is full) (in reply to
    RCPT TO command)

--ot-b6
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.contoso.com
Arrival-Date: Sun, 29 Nov 2026 10:15:31 +0000

Final-Recipient: rfc822; ingrid@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <ingrid@example.org>: Recipient address rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; bjorn@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.net
Diagnostic-Code: smtp; 552 5.2.2 <bjorn@example.net> Quota exceeded (mailbox for user is full)

--ot-b6--
`;

// A colleague forwards a bounce as an attachment (message/rfc822), the way the pane is told to read report items.
const forwarded = `From: Per Haugen <per.haugen@contoso.com>
To: Kari Nordmann <kari@contoso.com>
Subject: FW: Undeliverable: Price list 2027
Date: Mon, 30 Nov 2026 08:05:00 +0100
Message-ID: <fw-ndr-attached@contoso.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fw-outer"

--fw-outer
Content-Type: text/plain; charset="utf-8"

Hi Kari, this bounced when I wrote to Fabrikam. Can you see why?

Per

--fw-outer
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Undeliverable Price list 2027.eml"

From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>
To: Per Haugen <per.haugen@contoso.com>
Subject: Undeliverable: Price list 2027
Date: Mon, 30 Nov 2026 07:58:12 +0100
Message-ID: <ndr-fw-inner@EX01.contoso.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="fw-inner"
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

--fw-inner
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

purchasing@fabrikam.com
Your message wasn't delivered due to a permission or security issue.

Diagnostic information for administrators:

Generating server: EX01.contoso.com

purchasing@fabrikam.com
mail.fabrikam.com
Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'

--fw-inner
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.contoso.com

Final-Recipient: rfc822;purchasing@fabrikam.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized
Remote-MTA: dns;mail.fabrikam.com

--fw-inner--

--fw-outer--
`;

// A forged "delivery failure" that wants a password: look-alike sender, no report part, urgent link
// (the warning signs in DESIGN.md "The pane" item 7).
const fake = `From: "Mail Delivery Subsystem" <no-reply@mailbox-quota-check.example>
To: kari@contoso.com
Subject: Undeliverable: 5 incoming messages are on hold
Date: Sun, 29 Nov 2026 03:12:44 +0000
Message-ID: <a81f2c9e@mailbox-quota-check.example>
Authentication-Results: mx.contoso.com; spf=fail smtp.mailfrom=mailbox-quota-check.example; dkim=none; dmarc=fail header.from=mailbox-quota-check.example
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><body>
<p>Delivery has failed for 5 incoming messages to kari@contoso.com.</p>
<p>550 5.2.2 Mailbox storage quota exceeded. Your account will be suspended within 24 hours.</p>
<p><b>URGENT:</b> verify your account now to release your messages:
<a href="https://login-microsoftonline.mailbox-quota-check.example/verify?u=kari">https://login.microsoftonline.com/release</a></p>
<p>Microsoft Exchange Online Team</p>
</body></html>
`;

export const otherSamples: Sample[] = [
  {
    name: "moderation-rejected",
    title: { en: "S5 · Moderator didn't approve the message", nb: "S5 · Moderatoren godkjente ikke meldingen" },
    ndrLanguage: "en",
    seed: "S5",
    expectedCause: "MODERATION_REJECTED_OR_EXPIRED",
    eml: moderation,
  },
  {
    name: "wrong-region",
    title: { en: "S10 · Wrong MX or region (ATTR35)", nb: "S10 · Feil MX-post eller region (ATTR35)" },
    ndrLanguage: "en",
    seed: "S10",
    expectedCause: "EXO_WRONG_REGION_OR_NO_SUBSCRIPTION",
    eml: wrongRegion,
  },
  {
    name: "gmail-spf",
    title: { en: "S11 · Gmail refuses: SPF fails (Postfix NDR)", nb: "S11 · Gmail avviser: SPF feiler (Postfix-NDR)" },
    ndrLanguage: "en",
    seed: "S11",
    expectedCause: "SPF_FAIL",
    eml: gmailSpf,
  },
  {
    name: "gmail-unknown-user",
    title: { en: "Gmail: address not found", nb: "Gmail: adressen finnes ikke" },
    ndrLanguage: "en",
    expectedCause: "RECIPIENT_UNKNOWN",
    eml: gmailUnknown,
  },
  {
    name: "postfix-mailbox-full",
    title: { en: "Postfix: recipient's mailbox is full", nb: "Postfix: mottakerens postboks er full" },
    ndrLanguage: "en",
    expectedCause: "MAILBOX_FULL",
    eml: postfixFull,
  },
  {
    name: "two-recipients",
    title: { en: "One message, two recipients failed", nb: "Én melding, to mottakere feilet" },
    ndrLanguage: "en",
    expectedCause: "RECIPIENT_UNKNOWN",
    eml: twoRecipients,
  },
  {
    name: "forwarded-attachment",
    title: { en: "Bounce forwarded as an attachment", nb: "Returmelding videresendt som vedlegg" },
    ndrLanguage: "en",
    seed: "S1",
    expectedCause: "EXCH_NOT_AUTHORIZED",
    eml: forwarded,
  },
  {
    name: "two-attached",
    title: { en: "Two bounces attached to one message", nb: "To returmeldinger i samme melding" },
    ndrLanguage: "en",
    expectedCause: "RECIPIENT_UNKNOWN",
    attachments: [
      { name: "Delivery Status Notification (Failure).eml", eml: gmailUnknown },
      { name: "Undelivered Mail Returned to Sender.eml", eml: postfixFull },
    ],
  },
  {
    name: "fake-bounce",
    title: { en: "A fake bounce (phishing)", nb: "En falsk returmelding (phishing)" },
    ndrLanguage: "en",
    expectedCause: "*",
    eml: fake,
  },
];
