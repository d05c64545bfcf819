/**
 * An mbox file holding two Postfix bounces, for the core's and the CLI's tests. Shaped on Postfix: a
 * bounce to the sender followed, in the same saved file, by the "Postmaster Copy" Postfix sends to
 * the double-bounce address (its postmark line written straight after the first message's closing
 * boundary); addresses and hosts are documentation values.
 */
export function postfixBounce(postmark: string, subject: string, recipient: string): string {
  return [
    postmark,
    "Date: Thu,  2 Jul 2020 12:05:05 -0400 (EDT)",
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    `Subject: ${subject}`,
    "To: bounce@example.net",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1/mx.example.net"',
    "",
    "--B1/mx.example.net",
    "Content-Type: text/plain",
    "",
    `<${recipient}>: host mx.example.org[192.0.2.7] said: 550 5.7.1 Service unavailable;`,
    "    client [198.51.100.4] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
    "",
    "--B1/mx.example.net",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    "Action: failed",
    "Status: 5.7.1",
    "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; client [198.51.100.4] blocked using zen.spamhaus.org",
    "",
    "--B1/mx.example.net--",
  ].join("\n");
}

export const bounce = postfixBounce(
  "From MAILER-DAEMON  Thu Jul  2 12:05:05 2020",
  "Undelivered Mail Returned to Sender",
  "kari.nordmann@example.org",
);
export const postmasterCopy = postfixBounce(
  "From double-bounce@mx.example.net  Thu Jul  2 12:05:05 2020",
  "Postmaster Copy: Undelivered Mail",
  "ola.nordmann@example.org",
);

/** Both messages in one file, the second postmark right after the first's closing boundary. */
export const twoBounceMbox = `${bounce}\n${postmasterCopy}\n`;
