/**
 * Failed recipients in free-text bounces, generated: each way real MTAs and gateways print a failed recipient
 * (Postfix's "<a@b>: host … said", Sendmail's "<a@b>... User unknown" and transcripts, qmail, Exim, Exchange's
 * lists, labels, tables, sentences, display names only…) crossed with the text around it that names addresses
 * which are no failed recipients (the sender's own, the returned original's To/Cc/Bcc/Reply-To, Message-IDs,
 * help and postmaster addresses, URLs with userinfo, list addresses, the reporting host's, a quoted earlier
 * reply, forwarding targets, "did you mean" suggestions, SPF/DKIM lines, envelope lines, accepted RCPTs,
 * delivered recipients, a signature), and with how the body travels (plain, with the original inline or
 * attached, quoted-printable, base64). Every combination must report exactly its failed recipients, and no
 * bounce may read as anything but failed. One case per placement and noise, the count of recipients (1–3)
 * and the body's transport varied across them, plus every placement with three recipients in every transport.
 */
import { describe, expect, it } from "vitest";
import { explainBounces } from "../../../src/core/index.js";

const SENDER = "alice@example.com";
const ADDRESSES = ["bob@example.net", "carl.jones+news@example.net", "dora@sub.example.org"];
const NAMES = ["Bob Berg", "Carl Jones", "Dora Lind"];
const UNKNOWN = "550 5.1.1 User unknown";

interface Expected {
  address: string;
  displayName?: string;
  /** the address the returned original gives the display name, which may stand for it */
  resolved?: string;
}

interface Placement {
  text: string;
  html?: boolean;
  expect?: Expected[];
}

type Place = (addresses: string[], names: string[]) => Placement;

const lines = (addresses: string[], line: (address: string, i: number) => string, join = "\n") =>
  addresses.map(line).join(join);

const PLACEMENTS: Record<string, Place> = {
  "postfix angle colon": (a) => ({
    text: lines(
      a,
      (x) =>
        `<${x}>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n    <${x}>: Recipient address rejected: User unknown (in reply to RCPT TO\n    command)`,
      "\n\n",
    ),
  }),
  "bare colon": (a) => ({ text: lines(a, (x) => `${x}: ${UNKNOWN}`) }),
  "sendmail dots": (a) => ({
    text: `   ----- The following addresses had permanent fatal errors -----\n${lines(a, (x) => `<${x}>... User unknown`)}`,
  }),
  "reason in parentheses": (a) => ({
    text: `Delivery failed for the following recipients:\n\n${lines(a, (x) => `${x} (${UNKNOWN})`)}`,
  }),
  "indented under heading": (a) => ({
    text: `The following recipient(s) could not be reached:\n\n${lines(a, (x) => `      ${x}`)}\n\nReason: 550 5.1.1 mailbox unavailable`,
  }),
  "sendmail transcript": (a) => ({
    text: `   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> MAIL From:<${SENDER}> SIZE=1234\n<<< 250 2.1.0 Ok\n${lines(a, (x) => `>>> RCPT TO:<${x}>\n<<< 550 5.1.1 <${x}>... User unknown`)}`,
  }),
  "rcpt without markers": (a) => ({
    text: `SMTP session:\n${lines(a, (x) => `RCPT To:<${x}>\n550 5.1.1 No such user here`)}\n`,
  }),
  "recipient label": (a) => ({ text: lines(a, (x) => `Recipient: ${x}\nReason: ${UNKNOWN}`, "\n\n") }),
  "failed recipient label": (a) => ({
    text: lines(a, (x) => `Failed recipient: ${x}\nReason: Remote host said: ${UNKNOWN}`, "\n\n"),
  }),
  "dsn fields as text": (a) => ({
    text: lines(
      a,
      (x) => `Original-Recipient: rfc822;${x}\nFinal-Recipient: rfc822;${x}\nAction: failed\nStatus: 5.1.1`,
      "\n\n",
    ),
  }),
  "to line in the notice": (a) => ({
    text: `Your message\n\n  To:      ${a.join("; ")}\n  Subject: hello\n  Sent:    Thu, 10 Apr 2025 09:00:00 +0000\n\ndid not reach the following recipient(s):\n\n${lines(a, (x) => `${x} on Thu, 10 Apr 2025 09:00:05 +0000\n    The e-mail account does not exist at the organization this message was sent to.\n    <mx.example.net #5.1.1>`)}`,
  }),
  "quoted name and address": (a, n) => ({
    text: `Delivery has failed to these recipients or groups:\n\n${lines(a, (x, i) => `"${n[i]}" <${x}>\nThe email address you entered couldn't be found.`, "\n\n")}`,
  }),
  "address then name in brackets": (a, n) => ({
    text: `Your message could not be delivered to the following recipients:\n\n${lines(a, (x, i) => `${x} [${n[i]}]`)}\n\nReason: ${UNKNOWN}`,
  }),
  "column table": (a) => ({
    text: `Recipient                        Status  Reason\n-------------------------------  ------  -------------------\n${lines(a, (x) => `${x.padEnd(33)}5.1.1   User unknown`)}`,
  }),
  "html table": (a) => ({
    html: true,
    text: `<p>Your message could not be delivered to the following recipients:</p><table><tr><th>Recipient</th><th>Status</th><th>Reason</th></tr>${lines(a, (x) => `<tr><td>${x}</td><td>5.1.1</td><td>User unknown</td></tr>`, "")}</table>`,
  }),
  "quoted in a sentence": (a) => ({ text: lines(a, (x) => `Delivery to '${x}' failed: ${UNKNOWN}`) }),
  "sentence ending in a period": (a) => ({
    text: `Your message could not be delivered to ${a.join(", ")}.\nThe mailbox does not exist (550 5.1.1).`,
  }),
  "upper case": (a) => ({
    text: lines(a, (x) => `<${x.toUpperCase()}>: ${UNKNOWN}`),
    expect: a.map((address) => ({ address })),
  }),
  "utf-8 local parts": (a) => {
    const utf8 = ["josé@example.net", "müller@bücher.example", "用户@example.org"].slice(0, a.length);
    return { text: lines(utf8, (x) => `<${x}>: ${UNKNOWN}`), expect: utf8.map((address) => ({ address })) };
  },
  "address on the line below its label": (a) => ({
    text: lines(
      a,
      (x) =>
        `The following address failed:\n\n    ${x}\n\n    SMTP error from remote mail server after RCPT TO:<${x}>:\n    ${UNKNOWN}`,
      "\n\n",
    ),
  }),
  "gmail permanent": (a) => ({
    text: `Delivery to the following recipient failed permanently:\n\n${lines(a, (x) => `     ${x}`)}\n\nTechnical details of permanent failure:\nThe email account that you tried to reach does not exist.`,
  }),
  qmail: (a) => ({
    text: `Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n${lines(a, (x) => `<${x}>:\n192.0.2.25 does not like recipient.\nRemote host said: ${UNKNOWN}\nGiving up on 192.0.2.25.`, "\n\n")}`,
  }),
  "domino fields": (a) => ({
    text: `Your document:\thello\nwas not delivered to:\t${a.join(", ")}\nbecause:\tUser not listed in Domino Directory`,
  }),
  "exchange administrator section": (a) => ({
    text: `Delivery has failed to these recipients or groups:\n\n${a.join("\n")}\nThe e-mail address you entered couldn't be found.\n\nDiagnostic information for administrators:\n\nGenerating server: mx.example.org\n\n${lines(a, (x) => `${x}\n#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#`, "\n\n")}`,
  }),
  "address with mailto": (a) => ({
    text: `Delivery has failed to these recipients or groups:\n\n${lines(a, (x) => `${x}<mailto:${x}>\nThe email address you entered couldn't be found.`, "\n\n")}`,
  }),
  "name, address and reply after a colon": (a, n) => ({
    text: lines(a, (x, i) => `${n[i]} <${x}> : 550 5.1.1 no such user`),
  }),
  "bulleted list": (a) => ({
    text: `Message delivery failed for these recipients:\n\n${lines(a, (x, i) => `  ${i % 2 ? "*" : "-"} ${x}`)}\n\nThe mailbox does not exist (550 5.1.1).`,
  }),
  "numbered list": (a) => ({
    text: `Message could not be delivered to:\n${lines(a, (x, i) => `  ${i + 1}. ${x} - user unknown`)}`,
  }),
  "ironport sentence": (a) => ({
    text: lines(
      a,
      (x) =>
        `The following message to <${x}> was undeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error 550-'User unknown'`,
      "\n\n",
    ),
  }),
  "could not deliver mail to": (a) => ({
    text: lines(a, (x) => `Could not deliver mail to ${x}. Account or domain may not exist, or may be over quota.`),
  }),
  yahoo: (a) => ({
    text: `Sorry, we were unable to deliver your message to the following address.\n\n${lines(a, (x) => `<${x}>:\nRemote host said: 550 5.1.1 <${x}>... User unknown [RCPT_TO]`, "\n\n")}`,
  }),
  "exim unrouteable": (a) => ({
    text: `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n${lines(a, (x) => `  ${x}\n    Unrouteable address`)}`,
  }),
  "hotmail failed list": (a) => ({
    text: `Delivery to the following recipients failed.\n\n${lines(a, (x) => `       ${x}`)}`,
  }),
  "courier dialog": (a) => ({
    text: `Your message to the following recipients cannot be delivered:\n\n${lines(a, (x) => `<${x}>:\n    mx.example.net [192.0.2.25]:\n>>> RCPT TO:<${x}>\n<<< 550 5.1.1 User unknown`, "\n\n")}`,
  }),
  "name and address in parentheses, colon": (a, n) => ({
    text: `Your message could not be delivered to the following recipients:\n\n${lines(a, (x, i) => `    ${n[i]} (${x}): 550 5.1.1 Mailbox does not exist`)}`,
  }),
  "name and address in parentheses, reason in words": (a, n) => ({
    text: `The following recipients could not be reached:\n\n${lines(a, (x, i) => `${n[i]} (${x}) User unknown`)}`,
  }),
  "numbered names in parentheses": (a, n) => ({
    text: `Delivery to the following recipients failed:\n\n${lines(a, (x, i) => `${i + 1}) ${n[i]} (${x}): Mailbox quota exceeded`)}`,
  }),
  "bulleted names with a dash": (a, n) => ({
    text: `Les destinataires suivants n'ont pas pu être joints :\n\n${lines(a, (x, i) => `  * ${n[i]} <${x}> - utilisateur inconnu`)}`,
  }),
  "comma list, one reply": (a) => ({
    text: `The mail server refused these recipients:\n\n${a.join(", ")}: 550 5.1.1 user unknown`,
  }),
  "bracketed list, one reply after dots": (a) => ({
    text: `   ----- The following addresses had permanent fatal errors -----\n${a.map((x) => `<${x}>`).join("; ")}... User unknown`,
  }),
  "failed addresses follow, columns": (a) => ({
    text: `Failed addresses follow:\n${"-".repeat(66)}\n${lines(a, (x) => `  ${x.padEnd(36)}Unknown user`)}\n${"-".repeat(66)}`,
  }),
  "recipients failed, a reason under each": (a) => ({
    text: `The following recipients failed:\n\n${lines(a, (x, i) => `    ${x}\n        ${i % 2 ? "Mailbox unavailable" : "550 5.1.1 The email account does not exist"}`)}`,
  }),
  "localized heading over indented addresses": (a) => ({
    text: `Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n${lines(a, (x) => `      ${x}`)}\n\nGrund: 550 5.1.1 Benutzer unbekannt`,
  }),
  "recipient label, name folded": (a, n) => ({
    text: `Your message cannot be delivered to the following recipients:\n\n${lines(a, (x, i) => `  Recipient: "${n[i]} (Regional Sales Office, Bergen)"\n    <${x}>\n  Reason: 5.1.1 Unknown or illegal alias`, "\n\n")}`,
  }),
  "display names only": (a, n) => ({
    text: `Your message did not reach some or all of the intended recipients.\n\n      Subject:\thello\n      Sent:\t4/10/2025 9:00 AM\n\nThe following recipient(s) could not be reached:\n\n${lines(n, (x) => `      ${x} on 4/10/2025 9:00 AM\n            The e-mail account does not exist at the organization this message was sent to.`, "\n\n")}`,
    expect: n.map((displayName, i) => ({ address: "", displayName, resolved: a[i] })),
  }),
};

interface Noise {
  before?: string;
  after?: string;
  originalHeaders?: string[];
  originalBody?: string;
}

const NOISE: Record<string, Noise> = {
  none: {},
  "the sender in the text": {
    before: `Your message to the recipients below from ${SENDER} could not be delivered.\nA message that you (${SENDER}) sent could not be delivered.`,
  },
  "the original's Cc, Bcc and Reply-To": {
    originalHeaders: [
      "Cc: carol@example.org, Erik <erik@example.org>",
      "Bcc: frank@example.org",
      "Reply-To: replies@example.com",
    ],
  },
  "message ids": {
    after:
      "Message-ID: <20250410090000.ABC123@mail.example.com>\nIn-Reply-To: <CAF7x9Q2.77@mail.example.net>\nQueue-ID: 4QF2x10Abcz9sWk@mx.example.org",
  },
  "help text": {
    after:
      "For further assistance, please send mail to postmaster@example.org or\nhelp@example.org. Report abuse to abuse@example.org. Do not reply to\nnoreply@example.org.",
  },
  "urls with userinfo": {
    after:
      "More information: https://user@support.example.org/ndr?code=5.1.1\nSee http://help.example.org/lookup?email=someone@example.org&x=1",
  },
  "a list address": {
    before: "This message was sent to the list team@lists.example.org.",
    originalHeaders: [
      "List-Id: <team.lists.example.org>",
      "List-Post: <mailto:team@lists.example.org>",
      "Sender: team-bounces@lists.example.org",
    ],
  },
  "the reporting host's addresses": {
    before:
      "This is the mail system at host mx.example.org <MAILER-DAEMON@mx.example.org>.\nReplies to this message go to postmaster@mx.example.org.",
  },
  "a quoted earlier reply": {
    originalBody:
      "Hi,\n\n> On Tue, 8 Apr 2025, Greta <greta@example.net> wrote:\n> Can you send the budget?\n\n-----Original Message-----\nFrom: Hans <hans@example.net>\nTo: ivy@example.net\nSent: Tuesday\n",
  },
  "forwarding targets": {
    after:
      "Note: mail for this domain was forwarded to relay-store@example.org\n(alias expanded to archive@example.org).",
  },
  "a did-you-mean suggestion": { after: "Did you mean bob@example.com?" },
  "spf and dkim lines": {
    after:
      "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=bounce@mail.example.com;\n dkim=pass header.i=@example.com header.from=example.com; dmarc=pass header.from=alice@example.com\nReceived-SPF: pass (mx.example.net: domain of alice@example.com designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10; envelope-from=alice@example.com;",
  },
  "envelope lines": {
    after:
      "Return-Path: <bounces+12345@mail.example.com>\nenvelope-from <env@example.com>\nMAIL FROM:<alice@example.com>",
  },
  "an accepted rcpt": {
    before: ">>> MAIL FROM:<alice@example.com>\n<<< 250 2.1.0 Ok\n>>> RCPT TO:<accepted@example.net>\n<<< 250 2.1.5 Ok",
  },
  "a delivered recipient": {
    before:
      "Your message was successfully delivered to the following recipients:\n\n      delivered@example.net\n\nbut could not be delivered to the following:",
  },
  "the original's header in the notice": {
    before:
      "Original message header:\n  From: Alice Smith <alice@example.com>\n  To: bob@example.net\n  Cc: carol@example.org\n  Subject: hello",
  },
  "a signature": {
    after:
      "-- \nExample Org mail administration <mailadmin@example.org>\nSupport desk: support+ticket123@example.org, phone +1 555 0100",
  },
  "a greeting to the reader": { before: `Dear ${SENDER},` },
  "mailto and query links": {
    after:
      "Questions: <mailto:help@example.org?subject=ndr> or mailto:postmaster@example.org\nCheck an address: https://tools.example.org/check?address=lena@example.org&view=1",
  },
  "contacts with names": {
    after:
      "If this error persists, write to IT Support (support@example.org) or\nthe Mail Team <mailteam@example.org> - error reports and questions.\nKari Nordmann (kari@example.org) if the problem persists.",
  },
  "help desks written like entries": {
    after:
      "Help Desk <help@example.org> - questions about rejected mail\nPostmaster (postmaster@example.org): report delivery errors here\nAbuse Team (abuse@example.org): report blocked senders",
  },
  "your message to … from you": {
    before: `Your message to several recipients from <${SENDER}> could not be delivered to all of them.`,
  },
  "sender labels": {
    before:
      "Sender: alice@example.com\nEnvelope sender: <alice@example.com>\nOriginal message from: Alice Smith <alice@example.com>",
  },
};

const SUBJECTS = [
  "Undelivered Mail Returned to Sender",
  "Returned mail: see transcript for details",
  "Delivery Status Notification (Failure)",
  "Undeliverable: hello",
  "failure notice",
  "Mail delivery failed: returning message to sender",
];

const TRANSPORTS = ["plain", "original inline", "original attached", "quoted-printable", "base64"] as const;
type Transport = (typeof TRANSPORTS)[number];

function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let encoded = "";
    for (const ch of line) {
      const bytes = Buffer.from(ch, "utf8");
      encoded +=
        ch === "=" || bytes.length > 1
          ? [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
          : ch;
    }
    // soft line breaks every 75 characters, never inside an "=XX"
    while (encoded.length > 75) {
      const equals = encoded.lastIndexOf("=", 75);
      const cut = equals > 72 ? equals : 75;
      out.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    out.push(encoded);
  }
  return out.join("\n");
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>");

function bounce(
  placement: Placement,
  noise: Noise,
  names: string[],
  addresses: string[],
  n: number,
  transport: Transport,
) {
  const html = placement.html === true;
  const body = html
    ? `<html><body><p>This is the mail system at host mx.example.org.</p>${noise.before ? `<p>${escapeHtml(noise.before)}</p>` : ""}${placement.text}${noise.after ? `<p>${escapeHtml(noise.after)}</p>` : ""}</body></html>`
    : [
        "This is the mail system at host mx.example.org.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        ...(noise.before ? [noise.before, ""] : []),
        placement.text,
        "",
        ...(noise.after ? [noise.after] : []),
      ].join("\n");
  const original = [
    `Return-Path: <${SENDER}>`,
    `From: Alice Smith <${SENDER}>`,
    `To: ${addresses.map((address, i) => `${names[i]} <${address}>`).join(", ")}`,
    ...(noise.originalHeaders ?? []),
    "Subject: hello",
    `Message-ID: <original.${n}@mail.example.com>`,
    "Date: Thu, 10 Apr 2025 09:00:00 +0000",
    "",
    noise.originalBody ?? "Hello, see you tomorrow.",
    "",
  ].join("\n");
  const contentType = `Content-Type: text/${html ? "html" : "plain"}; charset=utf-8`;
  const header = [
    "Return-Path: <>",
    "Date: Thu, 10 Apr 2025 09:00:05 +0000",
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>",
    `To: Alice Smith <${SENDER}>`,
    `Subject: ${SUBJECTS[n % SUBJECTS.length]}`,
    `Message-ID: <shape.${n}@mx.example.org>`,
    "MIME-Version: 1.0",
  ];
  const withCopy = `${body}\n\n------ This is a copy of the message, including all the headers. ------\n\n${original}`;
  switch (transport) {
    case "plain":
      return [...header, contentType, "Content-Transfer-Encoding: 8bit", "", body, ""].join("\n");
    case "original inline":
      return [...header, contentType, "Content-Transfer-Encoding: 8bit", "", withCopy].join("\n");
    case "original attached":
      return [
        ...header,
        'Content-Type: multipart/mixed; boundary="BOUNDARY"',
        "",
        "--BOUNDARY",
        contentType,
        "Content-Transfer-Encoding: 8bit",
        "",
        body,
        "",
        "--BOUNDARY",
        "Content-Type: message/rfc822",
        "",
        original,
        "--BOUNDARY--",
        "",
      ].join("\n");
    case "quoted-printable":
      return [
        ...header,
        contentType,
        "Content-Transfer-Encoding: quoted-printable",
        "",
        quotedPrintable(withCopy),
        "",
      ].join("\n");
    case "base64":
      return [
        ...header,
        contentType,
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from(withCopy, "utf8").toString("base64").replace(/.{76}/g, "$&\n"),
        "",
      ].join("\n");
  }
}

interface Case {
  label: string;
  message: string;
  expect: Expected[];
}

function makeCase(placementName: string, noiseName: string, count: number, transport: Transport, n: number): Case {
  const addresses = ADDRESSES.slice(0, count);
  const names = NAMES.slice(0, count);
  const placement = PLACEMENTS[placementName]!(addresses, names);
  return {
    label: `${placementName} / ${noiseName} / ${count} / ${transport}`,
    message: bounce(placement, NOISE[noiseName]!, names, addresses, n, transport),
    expect: placement.expect ?? addresses.map((address) => ({ address })),
  };
}

function cases(): Case[] {
  const all: Case[] = [];
  const placements = Object.keys(PLACEMENTS);
  const noises = Object.keys(NOISE);
  placements.forEach((placement, p) =>
    noises.forEach((noise, q) => {
      const n = all.length;
      all.push(makeCase(placement, noise, 1 + ((p + q) % 3), TRANSPORTS[(p + 2 * q) % TRANSPORTS.length]!, n));
    }),
  );
  for (const placement of placements)
    for (const transport of TRANSPORTS) all.push(makeCase(placement, "none", 3, transport, all.length));
  return all;
}

/** What went wrong with one case: missed recipients, addresses reported that are no failed recipients, the kind. */
async function problems(batch: Case[]): Promise<string[]> {
  const found: string[] = [];
  const explanations = await explainBounces(
    batch.map((c, i) => ({
      kind: "bytes" as const,
      data: new TextEncoder().encode(c.message),
      name: `shape-${i}.eml`,
    })),
  );
  explanations.forEach((explanation, i) => {
    const { label, expect: expected } = batch[i]!;
    const failed = explanation.report.recipients.filter((r) => r.action !== "delivered" && r.action !== "relayed");
    const same = (e: Expected, address: string, displayName: string | undefined) =>
      e.address
        ? e.address.toLowerCase() === address.toLowerCase()
        : (address === "" && e.displayName === displayName) || e.resolved === address.toLowerCase();
    const missed = expected.filter((e) => !failed.some((r) => same(e, r.address, r.displayName)));
    const extra = failed.filter((r) => !expected.some((e) => same(e, r.address, r.displayName)));
    if (explanation.report.kind !== "failed") found.push(`${label}: read as ${explanation.report.kind}`);
    if (missed.length > 0) found.push(`${label}: missed ${missed.map((e) => e.address || e.displayName).join(", ")}`);
    if (extra.length > 0) found.push(`${label}: reported ${extra.map((r) => r.address || r.displayName).join(", ")}`);
  });
  return found;
}

describe("failed recipients in free-text bounces, by placement and surrounding noise", () => {
  it("reports exactly the failed recipients of every generated bounce", async () => {
    const all = cases();
    const found: string[] = [];
    for (let i = 0; i < all.length; i += 32) found.push(...(await problems(all.slice(i, i + 32))));
    expect(found).toEqual([]);
  }, 60_000);
});

/**
 * A person's own mail about a bounce, with a bounce-like Subject: its sentences name the addresses the
 * person wrote to, the person's own, the reader's in the greeting, a link's, none of them a failed recipient.
 */
const PERSONS_SUBJECTS = [
  "Re: Undeliverable: hello",
  "Mail delivery failed?",
  "Undeliverable messages - what do I do?",
  "Fwd: Returned mail: see transcript for details",
];

const PERSONS_BODIES = [
  `Hi,\n\nCan you check why my mail to ${ADDRESSES[0]} bounced? I sent it from ${SENDER} this morning.\n\nThanks,\nAlice`,
  `Hello help@example.org,\n\nmy message to <${ADDRESSES[1]}> came back with an error. Is the mailbox\n<mailto:${ADDRESSES[1]}> still in use? You can reach me at ${SENDER}.\n\nRegards,\nAlice`,
  `Dear support,\n\nthe delivery to ${ADDRESSES[0]} and ${ADDRESSES[2]} failed twice today. The notice said\n"user unknown", see https://tools.example.org/check?address=${ADDRESSES[2]}&view=1.\nPlease write to me at <${SENDER}> or call the desk.\n\nAlice Smith`,
  `Hi team,\n\nYour message to ${ADDRESSES[1]} from ${SENDER} was rejected, the server says.\nDoes anyone know why? postmaster@example.org did not answer.\n\n-- \nAlice`,
];

function personsMail(subject: string, body: string, n: number): string {
  return [
    `From: Alice Smith <${SENDER}>`,
    "To: IT Help <help@example.org>",
    `Subject: ${subject}`,
    "Date: Thu, 10 Apr 2025 10:00:00 +0000",
    `Message-ID: <person.${n}@mail.example.com>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
    "",
  ].join("\n");
}

describe("a person's own mail about a bounce", () => {
  it("reports no recipient and no bounce, whatever its bounce-like Subject", async () => {
    const mails = PERSONS_SUBJECTS.flatMap((subject, s) =>
      PERSONS_BODIES.map((body, b) => ({
        label: `${subject} / body ${b + 1}`,
        message: personsMail(subject, body, s * 10 + b),
      })),
    );
    const explanations = await explainBounces(
      mails.map((m, i) => ({
        kind: "bytes" as const,
        data: new TextEncoder().encode(m.message),
        name: `person-${i}.eml`,
      })),
    );
    const found = explanations.flatMap((explanation, i) => {
      const { kind, recipients } = explanation.report;
      return kind === "not-a-report" && recipients.length === 0
        ? []
        : [`${mails[i]!.label}: ${kind} ${recipients.map((r) => r.address).join(", ")}`];
    });
    expect(found).toEqual([]);
  });
});
