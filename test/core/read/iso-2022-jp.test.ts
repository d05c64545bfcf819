// A DSN's fields declare no charset (RFC 3464 expects US-ASCII), yet Lotus Domino in Japanese writes its
// Diagnostic-Code in ISO-2022-JP. That encoding is 7-bit, so it passes as ASCII/UTF-8, and its escapes
// into JIS X 0208 (ESC $ B … ESC ( B) mean nothing else: the reader must see Japanese, not escape codes.
// The fixture's shape follows RFC 3464 and Domino's DSN; the Japanese words are JIS X 0208 code points
// written by hand ("ユーザー" is 25 66 21 3C 25 36 21 3C, "は" 24 4F).
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

const ESC = "\x1b";
const user = `${ESC}$B%f!<%6!<${ESC}(B`; // ユーザー
const wa = `${ESC}$B$O${ESC}(B`; // は

const dsn = [
  "From: Mail Delivery Subsystem <postmaster@mx.example.jp>",
  "To: ola@example.com",
  "Subject: DELIVERY FAILURE: User Kari not listed",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  "",
  "--B",
  "Content-Type: text/plain",
  "",
  "Your message was not delivered to kari@example.jp.",
  "",
  "--B",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;mx.example.jp",
  "",
  "Final-Recipient: rfc822;kari@example.jp",
  "Action: failed",
  "Status: 5.0.0",
  `Diagnostic-Code: X-Notes; ${user}Kari (kari@example.jp) ${wa} Domino`,
  "",
  "--B--",
  "",
].join("\r\n");

describe("ISO-2022-JP text where no charset is declared", () => {
  it("reads a DSN's Japanese Diagnostic-Code as Japanese", async () => {
    const explanation = await explainBounce({ kind: "bytes", data: new TextEncoder().encode(dsn), name: "d.eml" });
    const diagnostic = explanation.report.recipients[0]?.diagnostic ?? "";
    expect(diagnostic).toContain("ユーザーKari (kari@example.jp) は Domino");
    expect(diagnostic).not.toContain(ESC);
  });

  it("leaves UTF-8 text with a stray escape as it was", async () => {
    const mixed = dsn.replace(
      `${user}Kari (kari@example.jp) ${wa} Domino`,
      `Brukeren finnes ikke på tjeneren ${ESC}$B`,
    );
    const explanation = await explainBounce({ kind: "bytes", data: new TextEncoder().encode(mixed), name: "d.eml" });
    expect(explanation.report.recipients[0]?.diagnostic).toContain("Brukeren finnes ikke på tjeneren");
  });

  it("leaves text without those escapes as it was", async () => {
    const plain = dsn.replace(`${user}Kari (kari@example.jp) ${wa} Domino`, "User Kari not listed in Domino Directory");
    const explanation = await explainBounce({ kind: "bytes", data: new TextEncoder().encode(plain), name: "d.eml" });
    expect(explanation.report.recipients[0]?.diagnostic).toContain("User Kari not listed in Domino Directory");
  });
});
