// A DSN's fields and many notices' text parts declare no charset (RFC 3464 expects US-ASCII), yet Lotus
// Domino in Japanese writes its reasons in ISO-2022-JP. That encoding is 7-bit, so it passes as ASCII and
// UTF-8, and its escapes into JIS X 0208 (ESC $ B … ESC ( B) mean nothing else: the reader must see
// Japanese, not escape codes. The Japanese words are JIS X 0208 code points written by hand ("ユーザー" is
// 25 66 21 3C 25 36 21 3C, "は" 24 4F), put into a Postfix-shaped DSN whose parts declare no charset.
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { postfixBounce } from "../diagnose/helpers.js";

const ESC = "\x1b";
const japanese = `${ESC}$B%f!<%6!<${ESC}(BKari (kari@example.jp) ${ESC}$B$O${ESC}(B Domino`; // ユーザーKari (…) は Domino

async function diagnosticOf(reason: string): Promise<string> {
  const bytes = new TextEncoder().encode(postfixBounce("5.0.0", reason));
  const explanation = await explainBounce({ kind: "bytes", data: bytes, name: "d.eml" });
  return explanation.report.recipients[0]?.diagnostic ?? "";
}

describe("ISO-2022-JP text where no charset is declared", () => {
  it("reads a Japanese reason as Japanese", async () => {
    const diagnostic = await diagnosticOf(`550 ${japanese}`);
    expect(diagnostic).toContain("ユーザーKari (kari@example.jp) は Domino");
    expect(diagnostic).not.toContain(ESC);
  });

  it("leaves UTF-8 text with a stray escape as it was", async () => {
    expect(await diagnosticOf(`550 Brukeren finnes ikke på tjeneren ${ESC}$B`)).toContain(
      "Brukeren finnes ikke på tjeneren",
    );
  });

  it("leaves text without those escapes as it was", async () => {
    expect(await diagnosticOf("550 User Kari not listed in Domino Directory")).toContain(
      "User Kari not listed in Domino Directory",
    );
  });
});
