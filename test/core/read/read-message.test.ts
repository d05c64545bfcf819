/**
 * readMessage: every way in (MIME bytes or text, .msg, Office pieces, pasted text), the
 * encodings and line ends, bad input that must not throw, and unwrapping a forwarded NDR.
 */
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import type { ParsedMessage } from "../../../src/core/types.js";
import {
  bytes,
  exchangeClassicEnglish,
  forwardedAsAttachment,
  msgFile,
  postfixTwoRecipients,
} from "../report/ndr-fixtures.js";

const simple = [
  "From: =?utf-8?q?Bl=C3=A5b=C3=A6r?= <postmaster@example.org>",
  "To: kari@example.com",
  "Subject: =?utf-8?b?S2FuIGlra2UgbGV2ZXJlczogUmFwcG9ydA==?=",
  "Date: Mon, 3 Mar 2025 10:00:00 +0100",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Meldingen kunne ikke leveres til ola@example.org =E2=80=93 550 5.1.1 User unknown",
  "",
].join("\n");

function codes(message: ParsedMessage): string[] {
  return message.problems.map((p) => p.code);
}

describe("readMessage: MIME input", () => {
  it("decodes RFC 2047 headers and quoted-printable bodies", async () => {
    const message = await readMessage({ kind: "bytes", data: bytes(simple) });
    expect(message.source).toBe("mime");
    expect(message.subject).toBe("Kan ikke leveres: Rapport");
    expect(message.from).toBe("postmaster@example.org");
    expect(message.headers.find((h) => h.name === "from")?.value).toContain("Blåbær");
    expect(message.text).toContain("ola@example.org – 550 5.1.1 User unknown");
    expect(message.problems).toEqual([]);
  });

  it("reads LF, CRLF and CR-only line ends the same way", async () => {
    const lf = await readMessage({ kind: "bytes", data: bytes(postfixTwoRecipients) });
    const crlf = await readMessage({ kind: "bytes", data: bytes(postfixTwoRecipients.replace(/\n/g, "\r\n")) });
    const cr = await readMessage({ kind: "bytes", data: bytes(postfixTwoRecipients.replace(/\n/g, "\r")) });
    for (const message of [crlf, cr]) {
      expect(message.subject).toBe(lf.subject);
      expect(message.text).toBe(lf.text);
      expect(message.parts.map((p) => [p.contentType, p.text])).toEqual(lf.parts.map((p) => [p.contentType, p.text]));
    }
  });

  it("reads a copy with blanks padding its lines like the original (quoted-printable soft breaks too)", async () => {
    const original = await readMessage({ kind: "bytes", data: bytes(simple.replace("ola@", "=\nola@")) });
    const padded = simple.replace("ola@", "=\nola@").replace(/([^\n])\n/g, "$1 \t\n");
    const message = await readMessage({ kind: "bytes", data: bytes(padded) });
    expect(message.text).toContain("leveres til ola@example.org");
    expect(message.text).toBe(original.text);
  });

  it("keeps a line's last blank in format=flowed text, where it joins the line to the next", async () => {
    const flowed = [
      "From: postmaster@example.org",
      "To: kari@example.com",
      "Content-Type: text/plain; charset=utf-8; format=flowed",
      "",
      "Your message could not be ",
      "delivered to ola@example.org.",
      "",
    ].join("\n");
    const message = await readMessage({ kind: "bytes", data: bytes(flowed) });
    expect(message.text).toContain("could not be delivered to ola@example.org.");
  });

  it("reads a message saved with a byte-order mark or empty lines before its header as the message", async () => {
    const original = await readMessage({ kind: "bytes", data: bytes(simple) });
    for (const saved of ["\ufeff", "\n", "\r\n\r\n", "\ufeff\n"]) {
      for (const message of [
        await readMessage({ kind: "bytes", data: bytes(saved + simple) }),
        await readMessage({ kind: "text", text: saved + simple }),
      ]) {
        expect(message.subject).toBe(original.subject);
        expect(message.from).toBe("postmaster@example.org");
        expect(message.text).toBe(original.text);
      }
    }
  });

  it("reads a message whose first header field is folded over more lines than are looked at for a header", async () => {
    // a long note or signature field first, folded at every blank (RFC 5322 allows it): the header
    // block goes on past the lines startsWithHeaders reads, with one field in them
    const note = `X-Note:${" word".repeat(60).replace(/ /g, "\n ")}\n`;
    const folded = note + simple.replace("From: ", "From:\n ");
    const original = await readMessage({ kind: "bytes", data: bytes(simple) });
    for (const message of [
      await readMessage({ kind: "bytes", data: bytes(folded) }),
      await readMessage({ kind: "text", text: folded }),
    ]) {
      expect(message.from).toBe("postmaster@example.org");
      expect(message.subject).toBe(original.subject);
      expect(message.text).toBe(original.text);
    }
  });

  it("keeps report parts apart from the body text", async () => {
    const message = await readMessage({ kind: "text", text: postfixTwoRecipients });
    expect(message.contentType).toBe("multipart/report");
    expect(message.parts.map((p) => p.contentType)).toEqual(["message/delivery-status", "text/rfc822-headers"]);
    expect(message.text).toContain("This is the mail system");
    expect(message.text).not.toContain("Final-Recipient");
  });

  it("reads the HTML twin first when the text alternative lacks an address it names (a stub)", async () => {
    const alternative = (text: string) =>
      [
        "From: postmaster@example.org",
        "To: kari@example.com",
        "Subject: Undeliverable mail",
        'Content-Type: multipart/alternative; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        text,
        "--b",
        "Content-Type: text/html",
        "",
        "<p>We couldn't deliver your message to <b>ola@example.org</b>: 550 5.1.1 mailbox unavailable</p>",
        "--b--",
        "",
      ].join("\n");
    const stub = await readMessage({ kind: "text", text: alternative("Please view this message in HTML.") });
    expect(stub.text).toMatch(/^We couldn't deliver your message to ola@example\.org[^]*Please view this message/);
    const twin = await readMessage({ kind: "text", text: alternative("Not delivered to ola@example.org: 550 5.1.1") });
    expect(twin.text.trim()).toBe("Not delivered to ola@example.org: 550 5.1.1");
  });

  it("decodes base64 parts and names charsets TextDecoder does not know", async () => {
    const text = [
      "From: postmaster@example.org",
      "Subject: test",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=x-klingon-1",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from("Delivery failed: 550 5.1.1 nope").toString("base64"),
      "",
    ].join("\n");
    const message = await readMessage({ kind: "bytes", data: bytes(text) });
    expect(message.text).toContain("550 5.1.1 nope");
    expect(codes(message)).toContain("unknown-charset");
  });

  it("does not take a header quoted in a quoted-printable body for a charset of the message", async () => {
    const text = [
      "From: postmaster@example.org",
      "Subject: Unzustellbar",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Die Nachricht konnte nicht zugestellt werden: dieter@example.net",
      "",
      "--- Kopf der urspr=C3=BCnglichen Nachricht ---",
      "Content-Type: text/plain; charset=3Dus-ascii",
      "",
    ].join("\r\n");
    expect(codes(await readMessage({ kind: "bytes", data: bytes(text) }))).not.toContain("unknown-charset");
  });
});

describe("readMessage: bad input says what was wrong and never throws", () => {
  it("empty input", async () => {
    expect(codes(await readMessage({ kind: "bytes", data: new Uint8Array(0) }))).toEqual(["empty"]);
    expect(codes(await readMessage({ kind: "text", text: "   \n" }))).toEqual(["empty"]);
  });

  it("binary input", async () => {
    const data = new Uint8Array(4096);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 256;
    expect(codes(await readMessage({ kind: "bytes", data }))).toEqual(["binary", "not-a-message"]);
  });

  it("a message with binary bytes after its header block (an unencoded attachment, NUL padding) is still read", async () => {
    const header = new TextEncoder().encode("From: a@example.org\nSubject: hi\n\nHello there.\n");
    const data = new Uint8Array(header.length + 2048);
    data.set(header);
    for (let i = header.length; i < data.length; i++) data[i] = (i * 7919) % 256;
    const message = await readMessage({ kind: "bytes", data });
    expect(codes(message)).not.toContain("binary");
    expect(message.subject).toBe("hi");
  });

  it("a header-only message", async () => {
    const message = await readMessage({ kind: "text", text: "From: a@example.org\nSubject: hi\n\n" });
    expect(codes(message)).toContain("header-only");
  });

  it("a multipart whose base64 part is cut off", async () => {
    const cut = [
      "From: postmaster@example.org",
      "Subject: Undeliverable",
      'Content-Type: multipart/mixed; boundary="B"',
      "",
      "--B",
      "Content-Type: text/plain",
      "",
      "Delivery has failed.",
      "--B",
      "Content-Type: application/pdf",
      "Content-Transfer-Encoding: base64",
      "",
      "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+",
      "c3RyZWFtCnicK+RyCuEyUDA3NjJXMLdQMABCc",
    ].join("\n");
    const message = await readMessage({ kind: "text", text: cut });
    expect(codes(message)).toContain("truncated-base64");
    expect(message.text).toContain("Delivery has failed.");
  });

  it("a multipart whose boundary never appears", async () => {
    const broken = [
      "From: postmaster@example.org",
      "Subject: Undeliverable",
      'Content-Type: multipart/report; boundary="NOPE"',
      "",
      "Delivery to ola@example.org failed: 550 5.1.1 unknown",
      "",
    ].join("\n");
    const message = await readMessage({ kind: "text", text: broken });
    expect(codes(message)).toContain("broken-mime");
    expect(message.text).toContain("550 5.1.1 unknown");
  });

  it("a .msg that is not readable", async () => {
    const fake = new Uint8Array(2048);
    fake.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codes(await readMessage({ kind: "bytes", data: fake }))).toEqual(["unreadable-msg"]);
  });

  it("a 25 MB message is cut to its head and read", async () => {
    const attachment = "QUJDRA".repeat(13).slice(0, 76) + "\n";
    const huge = postfixTwoRecipients.replace(
      "--BOUNDARY--",
      `--BOUNDARY\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${attachment.repeat(Math.ceil((25 * 1024 * 1024) / attachment.length))}--BOUNDARY--`,
    );
    const message = await readMessage({ kind: "bytes", data: bytes(huge) });
    expect(codes(message)).toContain("too-large");
    expect(message.parts.some((p) => p.contentType === "message/delivery-status")).toBe(true);
  });

  it("survives a throwing input object", async () => {
    const hostile = {
      kind: "bytes",
      get data(): Uint8Array {
        throw new Error("boom");
      },
    } as unknown as Parameters<typeof readMessage>[0];
    expect(codes(await readMessage(hostile))).toEqual(["internal-error"]);
  });
});

describe("readMessage: Outlook .msg, Office pieces, pasted text", () => {
  it("reads an Outlook .msg", async () => {
    const data = msgFile(
      "Undeliverable: Quarterly report",
      exchangeClassicEnglish.replace(/\n/g, "\r\n"),
      "From: postmaster@contoso.example\r\nX-MS-Exchange-Message-Is-Ndr:\r\n",
    );
    const message = await readMessage({ kind: "bytes", data, name: "bounce.msg" });
    expect(message.source).toBe("msg");
    expect(message.subject).toBe("Undeliverable: Quarterly report");
    expect(message.headers.some((h) => h.name === "x-ms-exchange-message-is-ndr")).toBe(true);
    expect(message.text).toContain("Remote Server returned '550 5.1.10");
    expect(message.text).not.toContain("\r");
  });

  it("reads Office pieces: HTML body reduced to text, headers string parsed", async () => {
    const message = await readMessage({
      kind: "office",
      pieces: {
        bodyHtml:
          "<html><head><style>p{}</style></head><body><p>Delivery has failed to these recipients or groups:</p><p>ola@example.org&nbsp;&lt;x&gt;</p><script>alert(1)</script></body></html>",
        internetHeaders:
          "From: Microsoft Outlook <postmaster@contoso.example>\r\nSubject: Undeliverable: Hei\r\nX-MS-Exchange-Message-Is-Ndr:\r\n",
      },
    });
    expect(message.source).toBe("office");
    expect(message.subject).toBe("Undeliverable: Hei");
    expect(message.from).toBe("postmaster@contoso.example");
    expect(message.text.split("\n").filter((line) => line !== "")).toEqual([
      "Delivery has failed to these recipients or groups:",
      "ola@example.org <x>",
    ]);
  });

  it("keeps pasted plain text as the body", async () => {
    const message = await readMessage({
      kind: "text",
      text: "ola@example.org\r\nRemote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    });
    expect(message.source).toBe("text");
    expect(message.text).toBe(
      "ola@example.org\nRemote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    );
  });
});

describe("readMessage: unwrapping a forwarded NDR keeps the wrapper", () => {
  it("as a message/rfc822 attachment", async () => {
    const message = await readMessage({ kind: "text", text: forwardedAsAttachment(postfixTwoRecipients) });
    expect(message.subject).toBe("Undelivered Mail Returned to Sender");
    expect(message.parts.some((p) => p.contentType === "message/delivery-status")).toBe(true);
    expect(message.wrapper).toMatchObject({
      how: "attachment",
      from: "kari@example.com",
      subject: "FW: Undelivered Mail Returned to Sender",
      attachmentIndex: 0,
    });
  });

  it("as an .eml file attachment", async () => {
    const message = await readMessage({
      kind: "text",
      text: forwardedAsAttachment(postfixTwoRecipients, { asFile: "bounce.eml" }),
    });
    expect(message.subject).toBe("Undelivered Mail Returned to Sender");
    expect(message.wrapper).toMatchObject({ how: "attachment", attachmentName: "bounce.eml" });
  });

  it("as a .msg file attachment", async () => {
    const msg = msgFile(
      "Undeliverable: Quarterly report",
      exchangeClassicEnglish,
      "From: postmaster@contoso.example\r\n",
    );
    const outer = [
      "From: kari@example.com",
      "Subject: FW: Undeliverable: Quarterly report",
      'Content-Type: multipart/mixed; boundary="O"',
      "",
      "--O",
      "Content-Type: text/plain",
      "",
      "see attached",
      "--O",
      'Content-Type: application/vnd.ms-outlook; name="ndr.msg"',
      'Content-Disposition: attachment; filename="ndr.msg"',
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(msg).toString("base64").replace(/.{76}/g, "$&\n"),
      "--O--",
    ].join("\n");
    const message = await readMessage({ kind: "text", text: outer });
    expect(message.source).toBe("msg");
    expect(message.subject).toBe("Undeliverable: Quarterly report");
    expect(message.wrapper).toMatchObject({ how: "attachment", attachmentName: "ndr.msg", from: "kari@example.com" });
  });

  const quotedNdr = [
    "Delivery has failed to these recipients or groups:",
    "",
    "ola@example.org",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: EX01.contoso.example",
    "",
    "ola@example.org",
    "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
  ].join("\n");

  const inlineForms: [string, string][] = [
    [
      "Outlook, English",
      "-----Original Message-----\nFrom: Microsoft Outlook <postmaster@contoso.example>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Kari Nordmann\nSubject: Undeliverable: Quarterly report\n\n",
    ],
    [
      "Outlook, Norwegian",
      "Fra: Microsoft Outlook <postmaster@contoso.example>\nSendt: mandag 3. mars 2025 10:00\nTil: Kari Nordmann\nEmne: Kan ikke leveres: Rapport\n\n",
    ],
    [
      "Outlook, German",
      "-----Ursprüngliche Nachricht-----\nVon: Microsoft Outlook <postmaster@contoso.example>\nGesendet: Montag, 3. März 2025 10:00\nAn: Kari Nordmann\nBetreff: Unzustellbar: Bericht\n\n",
    ],
    [
      "Outlook, French",
      "De : Microsoft Outlook <postmaster@contoso.example>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : Kari Nordmann\nObjet : Non remis : Rapport\n\n",
    ],
    [
      "Outlook, Spanish",
      "De: Microsoft Outlook <postmaster@contoso.example>\nEnviado: lunes, 3 de marzo de 2025 10:00\nPara: Kari Nordmann\nAsunto: No se puede entregar: Informe\n\n",
    ],
    [
      "Outlook, Dutch",
      "Van: Microsoft Outlook <postmaster@contoso.example>\nVerzonden: maandag 3 maart 2025 10:00\nAan: Kari Nordmann\nOnderwerp: Onbestelbaar: Rapport\n\n",
    ],
    [
      "Outlook, Swedish",
      "Från: Microsoft Outlook <postmaster@contoso.example>\nSkickat: den 3 mars 2025 10:00\nTill: Kari Nordmann\nÄmne: Rapport\n\n",
    ],
    [
      "Outlook, Danish",
      "Fra: Microsoft Outlook <postmaster@contoso.example>\nSendt: 3. marts 2025 10:00\nTil: Kari Nordmann\nEmne: Rapport\n\n",
    ],
    [
      "Apple Mail",
      "Begin forwarded message:\n\nFrom: postmaster@contoso.example\nSubject: Undeliverable: Quarterly report\nDate: 3 March 2025 at 10:00:00 CET\nTo: Kari Nordmann <kari@example.com>\n\n",
    ],
    [
      "Gmail, quoted with >",
      "---------- Forwarded message ---------\n> From: postmaster@contoso.example\n> Date: Mon, 3 Mar 2025\n> Subject: Undeliverable: Quarterly report\n> To: kari@example.com\n>\n",
    ],
  ];

  it.each(inlineForms)("inline: %s", async (_name, separator) => {
    const quoted = separator.includes("> From")
      ? quotedNdr
          .split("\n")
          .map((l) => `> ${l}`)
          .join("\n")
      : quotedNdr;
    const text = [
      "From: Kari Nordmann <kari@example.com>",
      "To: helpdesk@example.com",
      "Subject: VS: Kan ikke leveres",
      "Date: Tue, 4 Mar 2025 08:30:00 +0100",
      "",
      "Hei, hva betyr dette?",
      "",
      separator + quoted,
      "",
    ].join("\n");
    const message = await readMessage({ kind: "text", text });
    expect(message.wrapper).toMatchObject({ how: "inline", from: "kari@example.com", subject: "VS: Kan ikke leveres" });
    expect(message.from).toBe("postmaster@contoso.example");
    expect(message.text.startsWith("Delivery has failed to these recipients or groups:")).toBe(true);
    expect(message.text).toContain("#550 5.1.1 RESOLVER.ADR.RecipNotFound");
  });

  it("leaves an ordinary forward alone", async () => {
    const text =
      "From: kari@example.com\nSubject: FW: lunch\n\n-----Original Message-----\nFrom: ola@example.org\nSent: today\nSubject: lunch\n\nPizza at noon?\n";
    const message = await readMessage({ kind: "text", text });
    expect(message.wrapper).toBeUndefined();
    expect(message.subject).toBe("FW: lunch");
  });
});
