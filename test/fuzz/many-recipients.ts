/**
 * Bounces to many recipients, built to measure and pin down how the engine scales with the number
 * of recipients (a real Exchange NDR can list up to 500). Shapes follow the corpus's own bounces:
 * "postfix" is Postfix's multipart/report (human text naming each address with the server's reply,
 * then one message/delivery-status group per recipient, as in maildir/bsd/lhost-postfix-01.eml);
 * "exchange" is the classic Exchange NDR (the "Delivery has failed to these recipients or groups"
 * list, "Diagnostic information for administrators" with a "Remote Server returned" line per
 * recipient, and its DSN part, as in lhost-exchange2007-*.eml); "pasted" is Postfix's human text
 * alone, as a user would paste it. Every recipient has its own address, status and reply.
 */

const STATUSES = [
  ["550", "5.1.1", "User unknown"],
  ["552", "5.2.2", "Mailbox full"],
  ["554", "5.7.1", "Message rejected by policy"],
  ["550", "5.1.10", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"],
  ["451", "4.4.1", "Connection timed out"],
] as const;

export type ManyRecipientsShape = "postfix" | "exchange" | "pasted";

export interface Recipient {
  address: string;
  replyCode: string;
  status: string;
  words: string;
}

export function recipientsFor(count: number): Recipient[] {
  return Array.from({ length: count }, (_, i) => {
    const [replyCode, status, words] = STATUSES[i % STATUSES.length]!;
    return { address: `user${i + 1}@dept${i % 7}.example.org`, replyCode, status, words };
  });
}

const ORIGINAL = [
  "From: sender@example.net",
  "To: list@example.net",
  "Subject: Quarterly newsletter",
  "Date: Mon, 3 Mar 2025 10:00:00 +0100",
  "Message-ID: <newsletter-1@example.net>",
  "",
].join("\r\n");

function postfixText(recipients: Recipient[]): string {
  const lines = [
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "                   The mail system",
    "",
  ];
  for (const r of recipients)
    lines.push(
      `<${r.address}>: host mx.${r.address.split("@")[1]}[192.0.2.25] said: ${r.replyCode}`,
      `    ${r.status} <${r.address}>: ${r.words} (in reply to RCPT TO command)`,
      "",
    );
  return lines.join("\r\n");
}

function dsnGroups(recipients: Recipient[]): string {
  const groups = recipients.map((r) =>
    [
      `Final-Recipient: rfc822; ${r.address}`,
      `Original-Recipient: rfc822;${r.address}`,
      `Action: ${r.status.startsWith("4") ? "delayed" : "failed"}`,
      `Status: ${r.status}`,
      `Remote-MTA: dns; mx.${r.address.split("@")[1]}`,
      `Diagnostic-Code: smtp; ${r.replyCode} ${r.status} <${r.address}>: ${r.words}`,
    ].join("\r\n"),
  );
  return ["Reporting-MTA: dns; mx.example.net", "Arrival-Date: Mon, 3 Mar 2025 10:00:01 +0100", "", ...groups].join(
    "\r\n\r\n",
  );
}

function exchangeText(recipients: Recipient[]): string {
  const lines = ["Delivery has failed to these recipients or groups:", ""];
  for (const r of recipients) lines.push(`${r.address}`, `${r.words}`, "");
  lines.push("", "Diagnostic information for administrators:", "", "Generating server: EXCH01.example.net", "");
  for (const r of recipients)
    lines.push(r.address, `Remote Server returned '${r.replyCode} ${r.status} ${r.words}'`, "");
  lines.push("Original message headers:", "", ORIGINAL);
  return lines.join("\r\n");
}

function multipartReport(from: string, subject: string, human: string, recipients: Recipient[]): string {
  const boundary = "=_many_recipients_boundary";
  return [
    `From: ${from}`,
    "To: sender@example.net",
    `Subject: ${subject}`,
    "Date: Mon, 3 Mar 2025 10:00:05 +0100",
    "Message-ID: <ndr-many@example.net>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=us-ascii",
    "",
    human,
    `--${boundary}`,
    "Content-Type: message/delivery-status",
    "",
    dsnGroups(recipients),
    "",
    `--${boundary}`,
    "Content-Type: text/rfc822-headers",
    "",
    ORIGINAL,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** The bounce as text (a whole message, or for "pasted" the human text alone). */
export function manyRecipientsNdr(shape: ManyRecipientsShape, count: number): string {
  const recipients = recipientsFor(count);
  switch (shape) {
    case "postfix":
      return multipartReport(
        "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        postfixText(recipients),
        recipients,
      );
    case "exchange":
      return multipartReport(
        "Microsoft Exchange <postmaster@example.net>",
        "Undeliverable: Quarterly newsletter",
        exchangeText(recipients),
        recipients,
      );
    case "pasted":
      return postfixText(recipients);
  }
}
