// What a status code means (issue 14, items 6 and 7): two sentences, not two dashes on one line, and
// for an Exchange Online RecipientNotFound, 5.1.10 means "not found", not null MX.
import { describe, expect, it } from "vitest";
import { codeMeaning } from "../../../src/core/explain/code-meaning.js";
import { areas } from "../../../src/core/i18n/areas.js";
import { explainBounce } from "../../../src/core/index.js";
import { exchangeNdr } from "../drafts/ndr-samples.js";

describe("what a status code means", () => {
  it("reads as sentences in both languages, never as dashes", () => {
    expect(codeMeaning("5.7.1", "nb")).toBe(
      "Varig feil: meldingen blir ikke levert. Levering var ikke tillatt, og meldingen ble avvist.",
    );
    expect(codeMeaning("5.7.300", "nb")).toBe(
      "Varig feil: meldingen blir ikke levert. Den ble avvist av sikkerhetshensyn eller på grunn av en regel.",
    );
    expect(codeMeaning("5.7.300", "en")).toBe(
      "Permanent failure: the message will not be delivered. It was refused for security or policy reasons.",
    );
    const codes = Object.keys(areas.en.guidance)
      .map((key) => /^code\.(\d+)\.(\d+)$/.exec(key) ?? /^code\.subject\.(\d+)$/.exec(key))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}.${m[2] ?? "999"}`);
    expect(codes.length).toBeGreaterThan(30);
    for (const lang of ["en", "nb"] as const)
      for (const klass of ["2", "4", "5"])
        for (const code of codes)
          for (const exchange of [false, true]) {
            const meaning = codeMeaning(`${klass}.${code}`, lang, { exchange })!;
            expect(meaning, `${klass}.${code} ${lang}`).not.toMatch(/ [–—] /);
            expect(meaning, `${klass}.${code} ${lang}`).toMatch(/^[A-ZÆØÅ][^.]*\. [A-ZÆØÅ].*\.$/);
          }
  });

  it("says the class of the last attempt when the sending server decided otherwise", () => {
    expect(codeMeaning("5.7.1", "en", { action: "delayed" })).toBe(
      "The last attempt got a permanent-failure code, but the server is still trying. Delivery was not authorised, and the message was refused.",
    );
    expect(codeMeaning("4.4.1", "nb", { action: "failed" })).toBe(
      "Midlertidig feil, men serveren har sluttet å prøve. Mottakerens server svarte ikke.",
    );
    expect(codeMeaning("5.7.1", "en", { action: "failed" })).toMatch(/^Permanent failure: /);
    expect(codeMeaning("4.4.1", "en", { action: "delayed" })).toMatch(/^Temporary failure: the server may keep trying/);
  });

  it("5.1.10 from Exchange Online's RecipientNotFound says the recipient was not found, without null MX", async () => {
    const text = exchangeNdr({
      recipient: "ola@fabrikam.example",
      status: "5.1.10",
      reply: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    });
    for (const [language, notFound] of [
      ["en", /recipient was not found/],
      ["nb", /mottakeren ikke ble funnet/],
    ] as const) {
      const meaning = (await explainBounce({ kind: "text", text }, { language })).recipients[0].codeMeaning!;
      expect(meaning).toMatch(notFound);
      expect(meaning).not.toMatch(/null/i);
    }
  });

  it("5.1.10 from another server keeps the standard's meaning: the domain takes no mail (null MX)", async () => {
    // Shape: a Postfix bounce (RFC 3464 delivery-status part) for a domain with a null MX (RFC 7505).
    const text = [
      "From: MAILER-DAEMON@mail.contoso.com (Mail Delivery System)",
      "To: kari@contoso.com",
      "Subject: Undelivered Mail Returned to Sender",
      "Date: Mon, 30 Nov 2026 08:15:02 +0000",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "This is the mail system at host mail.contoso.com.",
      "",
      "<ola@nullmx.example>: Domain nullmx.example does not accept mail (nullMX)",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mail.contoso.com",
      "",
      "Final-Recipient: rfc822; ola@nullmx.example",
      "Action: failed",
      "Status: 5.1.10",
      "Diagnostic-Code: X-Postfix; Domain nullmx.example does not accept mail (nullMX)",
      "",
      "--b1--",
      "",
    ].join("\r\n");
    const meaning = (await explainBounce({ kind: "text", text }, { language: "en" })).recipients[0].codeMeaning!;
    expect(meaning).toBe(
      "Permanent failure: the message will not be delivered. The recipient's domain takes no mail (null MX).",
    );
  });
});
