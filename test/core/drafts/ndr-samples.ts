/**
 * Realistic bounces for testing drafts end to end. Each is an Exchange Online-style NDR
 * (multipart/report: a human text part, a message/delivery-status part per RFC 3464, the original's
 * headers as text/rfc822-headers), shaped after ../shared/knowledge/ndr-catalog.md §1 (Exchange
 * enhanced format) with the server replies of its §3 tables and §5 test vectors. Names, addresses
 * and IPs are documentation values (contoso.com, fabrikam.example, 192.0.2.x, 198.51.100.x).
 */

export interface NdrSample {
  /** the server's reply for the failed recipient */
  reply: string;
  recipient: string;
  status: string;
  /** extra human text above the diagnostics (Exchange's user-facing explanation) */
  userText?: string;
  remoteMta?: string;
}

export function exchangeNdr(sample: NdrSample): string {
  const { reply, recipient, status } = sample;
  const remote = sample.remoteMta ?? `mx.${recipient.split("@")[1]}`;
  return [
    "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>",
    "To: kari@contoso.com",
    "Date: Mon, 30 Nov 2026 08:15:02 +0000",
    "Subject: Undeliverable: Quarterly figures",
    "Message-ID: <ndr-7f3a@DB9PR01MB5678.eurprd01.prod.outlook.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-boundary"',
    "X-MS-Exchange-Message-Is-Ndr:",
    "Auto-Submitted: auto-replied",
    "Content-Language: en-US",
    "",
    "--ndr-boundary",
    'Content-Type: text/plain; charset="utf-8"',
    "",
    `Your message to ${recipient} couldn't be delivered.`,
    "",
    sample.userText ?? "",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: DB9PR01MB5678.eurprd01.prod.outlook.com",
    "",
    recipient,
    `Remote Server returned '${reply}'`,
    "",
    "Original message headers:",
    "",
    "From: Kari Nordmann <kari@contoso.com>",
    `To: ${recipient}`,
    "Subject: Quarterly figures",
    "",
    "--ndr-boundary",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns;DB9PR01MB5678.eurprd01.prod.outlook.com",
    "Received-From-MTA: dns;mail.contoso.com",
    "Arrival-Date: Mon, 30 Nov 2026 08:14:58 +0000",
    "",
    `Final-Recipient: rfc822;${recipient}`,
    "Action: failed",
    `Status: ${status}`,
    `Diagnostic-Code: smtp;${reply}`,
    `Remote-MTA: dns;${remote}`,
    "",
    "--ndr-boundary",
    "Content-Type: text/rfc822-headers",
    "",
    "From: Kari Nordmann <kari@contoso.com>",
    `To: ${recipient}`,
    "Subject: Quarterly figures",
    "Date: Mon, 30 Nov 2026 08:14:55 +0000",
    "Message-ID: <CAF1quarterly.42@contoso.com>",
    "",
    "--ndr-boundary--",
    "",
  ].join("\r\n");
}

/** One realistic bounce per draft or link kind. */
export const samples = {
  /** seed S8, catalogue vector 2 */
  microsoftBlocklist: exchangeNdr({
    recipient: "ola@fabrikam.example",
    status: "5.7.1",
    reply:
      "550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
  }),
  /** catalogue vector 1 (5.7.606–649: the delist portal) */
  bannedSendingIp: exchangeNdr({
    recipient: "ola@fabrikam.example",
    status: "5.7.606",
    reply:
      "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
  }),
  /** seed S2 (catalogue EXO_GROUP_SENDER_NOT_ALLOWED) */
  restrictedGroup: exchangeNdr({
    recipient: "sales-team@contoso.com",
    status: "5.7.124",
    remoteMta: "DB9PR01MB5678.eurprd01.prod.outlook.com",
    userText:
      "The group Sales Team only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
    reply: "550 5.7.124 Sender not in allowed-senders list",
  }),
  /** seed S5 (catalogue EXO_LARGE_GROUP_NEEDS_RESTRICTION) */
  largeGroup: exchangeNdr({
    recipient: "all-staff@contoso.com",
    status: "5.7.1",
    remoteMta: "DB9PR01MB5678.eurprd01.prod.outlook.com",
    reply:
      "550 5.7.1 RESOLVER.GRP.Blocked.NeedsSenderRestrictions; DL expansion needs sender restrictions or message approval configured",
  }),
  /** seed S1 (catalogue vector 15, EXCH_NOT_AUTHORIZED) */
  recipientRestricted: exchangeNdr({
    recipient: "ola@fabrikam.example",
    status: "5.7.1",
    reply: "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
  }),
  /** catalogue vector 46 (Postfix reject_rbl_client), third-party list */
  spamhaus: exchangeNdr({
    recipient: "ola@fabrikam.example",
    status: "5.7.1",
    reply:
      "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45",
  }),
} as const;
