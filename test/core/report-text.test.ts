// The "copy report" text: hand-built Explanations from test/core/drafts/fixtures.ts.
import { describe, expect, it } from "vitest";
import { catalogue } from "../../src/core/diagnose/catalogue.js";
import { reportText } from "../../src/core/report-text.js";
import { blocklistRecipient, explanation, restrictedGroupRecipient } from "./drafts/fixtures.js";

describe("reportText", () => {
  it("holds per recipient the facts, cause, evidence and servers, then the original, auth results, hops and trust", () => {
    const text = reportText(explanation([blocklistRecipient(), restrictedGroupRecipient()]));
    for (const expected of [
      "NDR Explainer: technical report",
      "Subject: Undeliverable: Quarterly figures",
      "Kind: bounce (failed)",
      "Read as: rfc3464",
      "Server that wrote the bounce: DB9PR01MB5678.eurprd01.prod.outlook.com",
      "looks genuine (score 0.95)",
      "Recipient 1 of 2",
      "Address: ola@fabrikam.example",
      "Status code: 5.7.1",
      "SMTP reply code: 550",
      "Server's reply: 550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using Blocklist 1",
      "The recipient's server: AM0PR01MB1234.eurprd01.prod.outlook.com",
      "Cause: Your mail server's IP address is on Microsoft's blocklist (EOP_BLOCKLIST_1)",
      "Who must act: the recipient's email admin",
      "Confidence: 90%",
      "Evidence: 550 5.7.1 Service un\nIn the line: 550 5.7.1 Service unavailable",
      "blocked IP address = 192.0.2.10",
      "Recipient 2 of 2",
      "groups = Sales Team, Sales Norway",
      "Message-ID: <abc123@contoso.com>",
      "spf=pass",
      "dkim=pass",
      "1. from DB9PR01MB5678.eurprd01.prod.outlook.com by AM0PR01MB1234.eurprd01.prod.outlook.com with Microsoft SMTP Server; Mon, 30 Nov 2026 08:14:56 +0000",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("says plainly when the bounce may be fake, and lists input problems", () => {
    const ex = explanation([blocklistRecipient()], {
      trust: {
        suspicious: true,
        reasons: ["sender-not-system", "made-up-code"],
        score: 0.2,
        findings: [
          {
            code: "sender-not-system",
            text: "From is an ordinary mailbox",
            evidence: "kari.fake@example.net",
            weight: 0.5,
          },
        ],
      },
    });
    ex.report.problems.push({ code: "truncated-base64", detail: "attachment 1 ends mid-way" });
    const text = reportText(ex);
    expect(text).toContain("SUSPICIOUS: this may be a fake bounce (score 0.2)");
    expect(text).toContain(
      "  - It was sent from an ordinary mailbox, not from a postmaster, MAILER-DAEMON or Exchange system address. (kari.fake@example.net) [sender-not-system]",
    );
    expect(text).toContain("  - made-up-code [made-up-code]");
    expect(text).toContain("- truncated-base64: attachment 1 ends mid-way");
  });

  it("uses Norwegian labels and keeps the NDR's own values", () => {
    const text = reportText(explanation([blocklistRecipient()]), "nb");
    expect(text).toContain("NDR Explainer: teknisk rapport");
    expect(text).toContain("Mottaker 1 av 1");
    expect(text).toContain("Svar fra serveren: 550 5.7.1 Service unavailable");
    expect(text).toContain("Hvem må gjøre noe: mottakerens e-postadministrator");
    expect(text).toContain("Permanent: ja");
  });

  it("gives our codes in Norwegian words with the code in parentheses, and no English words", () => {
    const ex = explanation([blocklistRecipient()]);
    ex.recipients[0].diagnosis.reason = "blocked";
    const text = reportText(ex, "nb");
    for (const expected of [
      "Type: returmelding (failed)",
      "Handling: mislyktes (failed)",
      "Grunn: blokkert (blocked)",
      "Språket i returmeldingen: engelsk (en)",
      "Hvor sikre vi er: 90 %",
      "blokkert IP-adresse = 192.0.2.10",
      "1. fra DB9PR01MB5678.eurprd01.prod.outlook.com mottatt av AM0PR01MB1234.eurprd01.prod.outlook.com med Microsoft SMTP Server",
    ])
      expect(text).toContain(expected);
    // English words of the English report's own making do not show through (the NDR's values may be English).
    for (const english of [
      "Kind:",
      ": failed\n",
      ": blocked\n",
      "Language of",
      ": en\n",
      "1. from ",
      "blockedIp",
      "groups=",
    ])
      expect(text).not.toContain(english);
  });

  it("has words for every reason the catalogue can give, in both languages", () => {
    const reasons = new Set(catalogue.flatMap((cause) => [cause.reason, ...cause.match.map((m) => m.reason)]));
    reasons.delete(undefined);
    expect(reasons.size).toBeGreaterThan(20);
    for (const reason of reasons) {
      const ex = explanation([blocklistRecipient()]);
      ex.recipients[0].diagnosis.reason = reason!;
      expect(reportText(ex, "nb")).toMatch(new RegExp(`\\nGrunn: [^\\n(]+ \\(${reason}\\)\\n`));
      expect(reportText(ex, "en")).toMatch(new RegExp(`\\nReason: (?:${reason}|[^\\n(]+ \\(${reason}\\))\\n`));
    }
  });

  it("indents multi-line values under their label and copes with no recipients", () => {
    const r = blocklistRecipient();
    r.facts.diagnostic = "line one\nline two";
    expect(reportText(explanation([r]))).toContain("Server's reply: line one\n  line two");
    const empty = reportText(explanation([]));
    expect(empty).toContain("NDR Explainer: technical report");
    expect(empty).not.toContain("Recipient 1");
  });
});
