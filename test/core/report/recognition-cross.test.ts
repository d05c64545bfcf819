/**
 * Recognition over a cross product: a bounce is recognised by what it is made of, whichever of the ways
 * mail systems send and label one it comes with. Each body below is a mail system's own notice; each is
 * sent from each sender (a daemon, a noreply or root mailbox, a gateway's name, an ordinary mailbox with
 * the null return path, no From at all), under each Subject (its own, none, and Subjects we read as a
 * bounce's only from their words) and in each structure (plain text, multipart/mixed with the returned
 * message, multipart/report without a delivery-status part). Every one must come out failed (or delayed,
 * for a warning) naming its failed recipient and no other address. The other way, mails that only talk
 * about a bounce (a reply quoting one with "> ", a shop's or a person's mail under a bounce-like Subject)
 * must not be read as one, nor a list's post or digest that pastes a server's reply line. Short notices
 * (SHORT_BODIES) are crossed with the structures that show a mail system made them.
 */
import { describe, expect, it } from "vitest";
import { explainBounces } from "../../../src/core/index.js";

const RECIPIENT = "ottar@example.net";

const ORIGINAL = `From: Kari Nordmann <kari@example.com>
To: Ottar Olsen <ottar@example.net>
Cc: per@example.org
Subject: Meeting notes
Date: Mon, 7 Dec 2026 10:00:00 +0100
Message-ID: <orig-1@example.com>

Hi Ottar, here are the notes.
`;

interface Body {
  text: string;
  subject: string;
  kind: "failed" | "delayed";
}

const BODIES: Record<string, Body> = {
  "reply line alone": {
    subject: "Returned mail: User unknown",
    kind: "failed",
    text: "550 5.1.1 <ottar@example.net>: user unknown\n",
  },
  "Sendmail warning": {
    subject: "Warning: could not send message for past 4 hours",
    kind: "delayed",
    text: `    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

   ----- Transcript of session follows -----
<ottar@example.net>... Deferred: Connection timed out with mx.example.net.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`,
  },
  Postfix: {
    subject: "Undelivered Mail Returned to Sender",
    kind: "failed",
    text: `This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ottar@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <ottar@example.net>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
`,
  },
  MDaemon: {
    subject: "Permanent Delivery Failure",
    kind: "failed",
    text: `The attached message had PERMANENT fatal delivery errors!

--- Session Transcript ---
 Mon 2026-12-07 10:01:01: --> RCPT To:<ottar@example.net>
 Mon 2026-12-07 10:01:01: <-- 550 5.1.1 User unknown
--- End Transcript ---
`,
  },
  "German notice": {
    subject: "Unzustellbar: Meeting notes",
    kind: "failed",
    text: "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: ottar@example.net\nGrund: Das Postfach existiert nicht.\n",
  },
  "Italian notice": {
    subject: "Non recapitabile: Meeting notes",
    kind: "failed",
    text: "Impossibile recapitare il messaggio ai seguenti destinatari:\n\nottar@example.net\nL'indirizzo non esiste.\n",
  },
  "Polish notice": {
    subject: "Niedostarczalne: Meeting notes",
    kind: "failed",
    text: "Nie można dostarczyć wiadomości do następujących adresatów:\n\nottar@example.net\nAdres odbiorcy nie istnieje.\n",
  },
  "Russian notice": {
    subject: "Недоставленное сообщение: Meeting notes",
    kind: "failed",
    text: "Не удалось доставить сообщение следующим получателям:\n\nottar@example.net\nПочтовый ящик не существует.\n",
  },
  "Japanese notice": {
    subject: "配信不能: Meeting notes",
    kind: "failed",
    text: "次の受信者へのメッセージの配信に失敗しました:\n\nottar@example.net\n受信者のアドレスが見つかりません。\n",
  },
  "status table": {
    subject: "Delivery Report",
    kind: "failed",
    text: "Recipient            Status\nottar@example.net    5.1.1 Mailbox does not exist\n",
  },
  "Status label": {
    subject: "Delivery Report",
    kind: "failed",
    text: "Recipient: ottar@example.net\nStatus: 5.1.1 (bad destination mailbox address)\n",
  },
};

/**
 * Notices too short or too plain to tell by their words alone: they are bounces when the way they are
 * made shows a mail system wrote them (a report container that lost its report part, the reader's own
 * message returned as a part, an "auto-generated" Auto-Submitted field; an "auto-replied" one without
 * a returned copy is an out-of-office reply's).
 */
const SHORT_BODIES: Record<string, Body> = {
  "unknown user": { subject: "Returned message", kind: "failed", text: "Unknown user: ottar@example.net\n" },
  vpopmail: {
    subject: "failure notice",
    kind: "failed",
    text: "<ottar@example.net>:\nSorry, no mailbox here by that name. (#5.1.1)\n",
  },
  "one line over the returned copy": {
    subject: "Returned message",
    kind: "failed",
    text: "The message below was returned: ottar@example.net is not a valid mailbox.\n",
  },
  "Message bounced": {
    subject: "Message bounced",
    kind: "failed",
    text: "Message bounced: ottar@example.net (mailbox unavailable)\n",
  },
  "list distribution": {
    subject: "Your list posting could not be delivered",
    kind: "failed",
    text: "Your posting to meeting@lists.example.org could not be distributed to ottar@example.net: mailbox unavailable.\n",
  },
  "mailbox full": {
    subject: "Delivery report",
    kind: "failed",
    text: "Your message to ottar@example.net was returned because the recipient's mailbox is full.\n",
  },
};

const SIGNED_STRUCTURES = ["multipart/report", "multipart/mixed", "auto-submitted"] as const;

const SENDERS: Record<string, string[]> = {
  "MAILER-DAEMON": ["From: Mail Delivery System <MAILER-DAEMON@mx.example.com>"],
  noreply: ["From: noreply@example.com"],
  root: ["From: root@mx.example.com"],
  gateway: ['From: "Symantec Mail Security" <sms@mx.example.com>'],
  "null return path": ["Return-Path: <>", "From: System Administrator <admin@example.com>"],
  "no From": [],
};

const SUBJECTS: Record<string, string | undefined> = {
  own: "",
  none: undefined,
  "Error sending message": "Error sending message",
  "Non recapitabile": "Non recapitabile: Meeting notes",
  "Ikke levert": "Ikke levert: Meeting notes",
};

const STRUCTURES = ["text/plain", "multipart/mixed", "multipart/report"] as const;

/** A Subject as a header carries it: encoded when it is not ASCII. */
function encoded(subject: string): string {
  return /^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject).toString("base64")}?=`;
}

function bounce(body: Body, sender: string[], subject: string | undefined, structure: string): string {
  const head = [...sender, "To: kari@example.com"];
  const shown = subject === "" ? body.subject : subject;
  if (shown !== undefined) head.push(`Subject: ${encoded(shown)}`);
  head.push("Date: Mon, 7 Dec 2026 10:05:00 +0100", "MIME-Version: 1.0");
  if (structure === "auto-submitted") head.unshift("Auto-Submitted: auto-generated");
  if (structure === "text/plain" || structure === "auto-submitted")
    return `${head.join("\n")}\nContent-Type: text/plain; charset=utf-8\n\n${body.text}`;
  const type = structure === "multipart/report" ? "multipart/report; report-type=delivery-status" : structure;
  return `${head.join("\n")}
Content-Type: ${type}; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

${body.text}
--b1
Content-Type: message/rfc822

${ORIGINAL}
--b1--
`;
}

async function read(texts: string[]) {
  return explainBounces(texts.map((text) => ({ kind: "text" as const, text })));
}

function recognitionCases(bodies: Record<string, Body>, structures: readonly string[], how: string) {
  for (const [bodyName, body] of Object.entries(bodies)) {
    it(`${bodyName}: ${body.kind} with its recipient, ${how}`, async () => {
      const cases: string[] = [];
      const texts: string[] = [];
      for (const [senderName, sender] of Object.entries(SENDERS))
        for (const [subjectName, subject] of Object.entries(SUBJECTS))
          for (const structure of structures) {
            cases.push(`${senderName} / ${subjectName} / ${structure}`);
            texts.push(bounce(body, sender, subject, structure));
          }
      const explained = await read(texts);
      const wrong = explained.flatMap((e, i) => {
        const addresses = e.report.recipients.map((r) => r.address.toLowerCase());
        const right = e.report.kind === body.kind && addresses.length === 1 && addresses[0] === RECIPIENT;
        return right ? [] : [`${cases[i]}: ${e.report.kind} [${addresses.join(", ")}]`];
      });
      expect(wrong).toEqual([]);
    });
  }
}

describe("recognition over senders x Subjects x structures x bodies", () => {
  recognitionCases(BODIES, STRUCTURES, "however it is sent");
  recognitionCases(SHORT_BODIES, SIGNED_STRUCTURES, "when it is made as a mail system makes one");
});

describe("mails about bounces are not bounces", () => {
  it("a person's reply quoting a bounce with '> ' is not one", async () => {
    const cases: string[] = [];
    const texts: string[] = [];
    for (const [bodyName, body] of Object.entries(BODIES))
      for (const subject of [`Re: ${body.subject}`, "RE: Undeliverable: Meeting notes"]) {
        const quoted = body.text
          .split("\n")
          .map((line) => `> ${line}`)
          .join("\n");
        cases.push(`${bodyName} / ${subject}`);
        texts.push(`From: Per Hansen <per.hansen@example.org>
To: Kari Nordmann <kari@example.com>
Subject: ${subject}
Date: Mon, 7 Dec 2026 11:00:00 +0100

Hi Kari, I got the bounce below when I wrote to Ottar. Do you have his new address?

On Mon, 7 Dec 2026 at 10:05, Mail Delivery System <MAILER-DAEMON@mx.example.com> wrote:
${quoted}
`);
      }
    const explained = await read(texts);
    const loud = explained.flatMap((e, i) =>
      e.report.kind === "not-a-report" ? [] : [`${cases[i]}: ${e.report.kind}`],
    );
    expect(loud).toEqual([]);
  });

  it("a list's post or digest pasting a server's reply line is not one, nor names its list", async () => {
    const post = `Hi all,

every mail to ottar@example.net comes back with

550 5.1.1 <ottar@example.net>: Recipient address rejected: User unknown

Any idea?
`;
    const cases: string[] = [];
    const texts: string[] = [];
    for (const from of ["Per Hansen <per.hansen@example.org>", "users-request@lists.example.org"])
      for (const subject of ["Returned mail: User unknown", "Users Digest, Vol 12, Issue 3"])
        for (const quotedHead of [false, true]) {
          const inner = quotedHead
            ? `Message: 1\nFrom: Per Hansen <per.hansen@example.org>\nTo: users@lists.example.org\nSubject: Undeliverable mail to ottar@example.net\n\n${post}`
            : post;
          cases.push(`${from} / ${subject} / ${quotedHead ? "digest entry" : "post"}`);
          texts.push(`From: ${from}
To: users@lists.example.org
Subject: ${subject}
Date: Mon, 7 Dec 2026 11:00:00 +0100
List-Id: Users <users.lists.example.org>
List-Post: <mailto:users@lists.example.org>
List-Unsubscribe: <https://lists.example.org/u>

${inner}`);
        }
    const explained = await read(texts);
    const loud = explained.flatMap((e, i) =>
      e.report.kind === "not-a-report"
        ? []
        : [`${cases[i]}: ${e.report.kind} [${e.report.recipients.map((r) => r.address)}]`],
    );
    expect(loud).toEqual([]);
  });

  it("a Subject that reads like a bounce's, with nothing a mail system adds, is not one", async () => {
    const cases: string[] = [];
    const texts: string[] = [];
    for (const from of ["Per Hansen <per.hansen@example.org>", "noreply@shop.example.com"])
      for (const subject of [
        "Delivery failure: parcel 1234",
        "Undeliverable messages - what do I do?",
        "Mail delivery failed again",
      ]) {
        cases.push(`${from} / ${subject}`);
        texts.push(`From: ${from}
To: kari@example.com
Subject: ${subject}
Date: Mon, 7 Dec 2026 11:00:00 +0100

Hi Kari,

I keep getting "Mail delivery failed" messages when I write to ottar@example.net.
It says the message could not be delivered. What should I do?
`);
      }
    const explained = await read(texts);
    const loud = explained.flatMap((e, i) =>
      e.report.kind === "not-a-report" ? [] : [`${cases[i]}: ${e.report.kind}`],
    );
    expect(loud).toEqual([]);
  });
});
