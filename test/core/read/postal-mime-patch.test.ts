/**
 * patches/postal-mime+4.0.0.patch (applied by `postinstall`) makes postal-mime join each part's
 * decoded pieces itself instead of through a Blob, which Node copies and reads back piece by piece
 * (the engine's largest cost on the corpus, and 70 ms for a 1 MB bounce of 13,000 lines).
 * With a Blob that refuses to be built, a message whose parts use every transfer encoding must still
 * read the same: this fails if the patch was not applied.
 * The patch also decodes base64 with Node's Buffer where there is one (the pane has none): the bytes
 * must be the ones postal-mime's own loop writes, for every length and for text outside the alphabet.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readMime } from "../../../src/core/read/mime.js";

// Shape: a Postfix-style multipart/report (RFC 3464) with a quoted-printable text part, the
// delivery-status part in 7bit and the returned original with a base64 attachment.
const ndr = [
  "From: MAILER-DAEMON@mx.example.com",
  "To: kari@example.com",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
  "",
  "--R",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "<ola@example.org>: host mx.example.org said: 550 5.7.1 Ikke tillatt =E2=80=93 =",
  "avvist (in reply to RCPT TO command)",
  "--R",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.example.com",
  "",
  "Final-Recipient: rfc822; ola@example.org",
  "Action: failed",
  "Status: 5.7.1",
  "--R",
  "Content-Type: message/rfc822",
  "",
  "From: kari@example.com",
  "To: ola@example.org",
  "Subject: Vedlegg",
  'Content-Type: multipart/mixed; boundary="I"',
  "",
  "--I",
  "Content-Type: application/octet-stream; name=data.bin",
  "Content-Transfer-Encoding: base64",
  "",
  "AAECAwQFBgcICQ==",
  "--I--",
  "--R--",
  "",
].join("\r\n");

const realBlob = globalThis.Blob;
const realBuffer = globalThis.Buffer;

/**
 * Base64 parts of every length modulo 4, with and without padding, one with padding inside, one
 * with base64url's '-' and '_' (postal-mime drops them before decoding), and an encoded-word Subject.
 */
function base64Message(): string {
  const parts = [
    "QQ",
    "QUI",
    "QUJD",
    "QUJDRA==",
    "QUJDREU=",
    "QUJDREVGRw",
    "QUJD=REVG",
    "-_-_AAAA",
    "8J+Ytw==",
    "SGVpIGRlcmUgw6bDuMOl",
  ];
  return [
    "From: MAILER-DAEMON@mx.example.com",
    "To: kari@example.com",
    "Subject: =?utf-8?B?VW5kZWxpdmVyYWJsZTog8J+Ytw==?=",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="B"',
    "",
    ...parts.flatMap((body, i) => [
      "--B",
      `Content-Type: ${i % 2 ? "text/plain; charset=utf-8" : `application/octet-stream; name=p${i}.bin`}`,
      "Content-Transfer-Encoding: base64",
      "",
      body,
    ]),
    "--B--",
    "",
  ].join("\r\n");
}

/** postal-mime still checks `input instanceof Blob`, so Blob must stay a class; building one fails. */
class RefusedBlob {
  constructor() {
    throw new Error("a Blob was built");
  }
}

function refuseBlob(): void {
  globalThis.Blob = RefusedBlob as unknown as typeof Blob;
}

describe("postal-mime as patched", () => {
  afterEach(() => {
    globalThis.Blob = realBlob;
    globalThis.Buffer = realBuffer;
  });

  it("reads quoted-printable, 7bit and base64 parts without building a Blob", async () => {
    refuseBlob();
    const message = await readMime(ndr);
    expect(message.problems).toEqual([]);
    expect(message.text).toContain("550 5.7.1 Ikke tillatt – avvist");
    const dsn = message.parts.find((p) => p.contentType === "message/delivery-status");
    expect(dsn?.text).toContain("Final-Recipient: rfc822; ola@example.org");
    const original = message.parts.find((p) => p.contentType === "message/rfc822");
    expect(original?.text).toContain("Subject: Vedlegg");
  });

  it("gives the same message with and without building a Blob", async () => {
    const withBlob = await readMime(ndr);
    refuseBlob();
    const withoutBlob = await readMime(ndr);
    expect(JSON.stringify(withoutBlob)).toEqual(JSON.stringify(withBlob));
  });

  it("decodes base64 to the same bytes with Node's Buffer as with its own loop", async () => {
    const message = base64Message();
    const withBuffer = await readMime(message);
    globalThis.Buffer = undefined as unknown as typeof Buffer;
    const withoutBuffer = await readMime(message);
    globalThis.Buffer = realBuffer;
    expect(withBuffer.subject).toBe("Undeliverable: 😷");
    expect(withBuffer.parts).toHaveLength(5);
    expect(withBuffer.text).toContain("Hei dere æøå");
    expect(JSON.stringify(withoutBuffer)).toEqual(JSON.stringify(withBuffer));
  });
});
