/**
 * Small hand-written NDRs for the engine tests. Their shapes follow ../shared/knowledge/ndr-catalog.md
 * §1 (Exchange enhanced §1.3, classic §1.4, RFC 3464 §1.5, Gmail §1.6, Postfix §1.7, Exim §1.8,
 * Sendmail §1.9, qmail/Yahoo §1.10); addresses and hosts are documentation values.
 */
import { burn } from "@kenjiuno/msgreader/lib/Burner.js";

export const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** An RFC 3464 multipart/report with the given human text, DSN part and original headers. */
export function dsnMessage(options: {
  human: string;
  dsn: string;
  originalHeaders?: string;
  subject?: string;
  from?: string;
}): string {
  return [
    `From: ${options.from ?? "Mail Delivery System <MAILER-DAEMON@mx1.example.com>"}`,
    "To: kari@example.com",
    `Subject: ${options.subject ?? "Undelivered Mail Returned to Sender"}`,
    "Date: Mon, 3 Mar 2025 10:00:00 +0100",
    "Message-ID: <ndr-1@mx1.example.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    "",
    "--BOUNDARY",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    options.human,
    "",
    "--BOUNDARY",
    "Content-Type: message/delivery-status",
    "",
    options.dsn,
    "",
    "--BOUNDARY",
    "Content-Type: text/rfc822-headers",
    "",
    options.originalHeaders ??
      [
        "Received: from laptop.example.com (laptop.example.com [192.0.2.10]) by mx1.example.com with ESMTPSA; Mon, 3 Mar 2025 09:59:58 +0100",
        "Authentication-Results: mx1.example.com; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com",
        "From: Kari Nordmann <kari@example.com>",
        "To: ola@example.org, per@example.net",
        "Subject: Quarterly report",
        "Date: Mon, 3 Mar 2025 09:59:57 +0100",
        "Message-ID: <original-1@example.com>",
      ].join("\n"),
    "",
    "--BOUNDARY--",
    "",
  ].join("\n");
}

/** Postfix-style two-recipient bounce (catalog §1.7) with a DSN whose recipients differ in cause. */
export const postfixTwoRecipients = dsnMessage({
  human: [
    "This is the mail system at host mx1.example.com.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "                   The mail system",
    "",
    "<ola@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1 <ola@example.org>:",
    "    Recipient address rejected: User unknown (in reply to RCPT TO command)",
    "",
    "<per@example.net>: host mx.example.net[203.0.113.9] said: 552 5.2.2 Mailbox full",
    "    (in reply to end of DATA command)",
  ].join("\n"),
  dsn: [
    "Reporting-MTA: dns; mx1.example.com",
    "X-Postfix-Queue-ID: 4ABCD123",
    "Arrival-Date: Mon,  3 Mar 2025 09:59:58 +0100 (CET)",
    "",
    "Final-Recipient: rfc822; ola@example.org",
    "Original-Recipient: rfc822;ola@example.org",
    "Action: failed",
    "Status: 5.1.1",
    "Remote-MTA: dns; mx.example.org",
    "Diagnostic-Code: smtp; 550 5.1.1 <ola@example.org>: Recipient address rejected:",
    "    User unknown",
    "",
    "Final-Recipient: rfc822; per@example.net",
    "Action: failed",
    "Status: 5.2.2",
    "Remote-MTA: dns; mx.example.net",
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    "Last-Attempt-Date: Mon,  3 Mar 2025 10:00:00 +0100 (CET)",
  ].join("\n"),
});

/** Classic Exchange body text (catalog §1.4), English. */
export const exchangeClassicEnglish = [
  "Delivery has failed to these recipients or groups:",
  "",
  "ola@example.org<mailto:ola@example.org>",
  "The email address you entered couldn't be found.",
  "",
  "Diagnostic information for administrators:",
  "",
  "Generating server: EX01.contoso.example",
  "",
  "ola@example.org",
  "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  "",
  "Original message headers:",
  "",
  "Received: from EX02.contoso.example (192.0.2.20) by EX01.contoso.example (192.0.2.21) with Microsoft SMTP Server; Mon, 3 Mar 2025 09:00:00 +0000",
  "From: Kari Nordmann <kari@contoso.example>",
  "To: <ola@example.org>",
  "Subject: Quarterly report",
  "Message-ID: <abc@contoso.example>",
].join("\n");

/** Classic Exchange body text in Norwegian: only the confirmed headings are Norwegian (catalog §1.4). */
export const exchangeClassicNorwegian = [
  "Levering til disse mottakerne eller gruppene mislyktes:",
  "",
  "Ola Nordmann (ola@example.org)",
  "Meldingen ble avvist av mottakerens e-postsystem.",
  "",
  "Genererende server: EX01.contoso.example",
  "",
  "ola@example.org",
  "mx.example.org #<mx.example.org #5.7.1 smtp;550 5.7.1 Client was not authenticated> #SMTP#",
  "",
  "Opprinnelige meldingshoder:",
  "",
  "From: Kari Nordmann <kari@contoso.example>",
  "Subject: Rapport",
].join("\n");

/** Exchange Online enhanced NDR body (catalog §1.3). */
export const exchangeEnhancedEnglish = [
  "Your message to ola@example.org couldn't be delivered.",
  "",
  "The group Sales only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
  "",
  "kari    Office 365    ola",
  "Action Required                 Sender",
  "",
  "More Info for Email Admins",
  "Status code: 550 5.7.133",
  "",
  "Original Message Details",
  "Created Date:   3/3/2025 9:00:00 AM",
  "Sender Address: kari@contoso.example",
  "Recipient Address:      ola@example.org",
  "Subject:        Quarterly report",
  "",
  "Error Details",
  "Reported error: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required",
  "DSN generated by:       AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
  "",
  "Message Hops",
  "HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME",
  "1       3/3/2025",
  "9:00:00 AM      AM0PR01MB5678.eurprd01.prod.exchangelabs.com       AM0PR01MB1234.eurprd01.prod.exchangelabs.com   mapi    *",
  "2       3/3/2025",
  "9:00:01 AM      AM0PR01MB1234.eurprd01.prod.exchangelabs.com       AM0PR01MB9999.eurprd01.prod.exchangelabs.com   Microsoft SMTP Server   1 sec",
  "",
  "Original Message Headers",
  "",
  "From: Kari Nordmann <kari@contoso.example>",
  "Subject: Quarterly report",
].join("\n");

/** A tiny Outlook .msg (OLE compound file) with subject, body and transport headers. */
export function msgFile(subject: string, body: string, headers: string): Uint8Array {
  const utf16 = (s: string) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) & 255;
      out[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const streams: [string, Uint8Array][] = [
    ["__substg1.0_0037001F", utf16(subject)],
    ["__substg1.0_1000001F", utf16(body)],
    ["__substg1.0_007D001F", utf16(headers)],
    ["__properties_version1.0", new Uint8Array(32)],
  ];
  const entries = [
    { name: "Root Entry", type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ];
  return burn(entries);
}

/** Wraps a message as a forwarded attachment (message/rfc822) of an ordinary mail. */
export function forwardedAsAttachment(inner: string, options: { asFile?: string } = {}): string {
  const partHeaders = options.asFile
    ? [
        `Content-Type: application/octet-stream; name="${options.asFile}"`,
        `Content-Disposition: attachment; filename="${options.asFile}"`,
        "Content-Transfer-Encoding: base64",
      ]
    : ["Content-Type: message/rfc822", "Content-Disposition: attachment"];
  const body = options.asFile ? Buffer.from(inner).toString("base64").replace(/.{76}/g, "$&\n") : inner;
  return [
    "From: Kari Nordmann <kari@example.com>",
    "To: helpdesk@example.com",
    "Subject: FW: Undelivered Mail Returned to Sender",
    "Date: Tue, 4 Mar 2025 08:30:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="OUTER"',
    "",
    "--OUTER",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Hei, kan du se på denne?",
    "",
    "--OUTER",
    ...partHeaders,
    "",
    body,
    "--OUTER--",
    "",
  ].join("\n");
}
