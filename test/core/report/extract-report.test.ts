/**
 * extractReport: kinds, per-recipient facts (never merged across recipients), report-level
 * facts, the trust order (DSN part before body) with disagreements kept, and the formats.
 */
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import { extractReport } from "../../../src/core/report/index.js";
import type { BounceInput, DeliveryReport, ParsedMessage } from "../../../src/core/types.js";
import {
  dsnMessage,
  exchangeClassicEnglish,
  exchangeClassicNorwegian,
  exchangeEnhancedEnglish,
  postfixTwoRecipients,
} from "./ndr-fixtures.js";

async function report(input: BounceInput | string): Promise<DeliveryReport> {
  const message = await readMessage(typeof input === "string" ? { kind: "text", text: input } : input);
  return extractReport(message);
}

function office(bodyText: string, subject = "Undeliverable: Quarterly report"): BounceInput {
  return { kind: "office", pieces: { bodyText, subject, from: "postmaster@contoso.example" } };
}

function mail(headers: Record<string, string>, body: string): string {
  return [...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "", body, ""].join("\n");
}

describe("RFC 3464 delivery-status", () => {
  it("gives one entry per recipient with that recipient's own facts", async () => {
    const r = await report(postfixTwoRecipients);
    expect(r.kind).toBe("failed");
    expect(r.format).toBe("rfc3464");
    expect(r.reportingMta).toBe("mx1.example.com");
    expect(r.arrivalDate).toContain("3 Mar 2025");
    expect(r.recipients).toHaveLength(2);
    expect(r.recipients[0]).toMatchObject({
      address: "ola@example.org",
      action: "failed",
      status: "5.1.1",
      replyCode: "550",
      remoteMta: "mx.example.org",
      diagnostic: "550 5.1.1 <ola@example.org>: Recipient address rejected: User unknown",
    });
    expect(r.recipients[1]).toMatchObject({
      address: "per@example.net",
      status: "5.2.2",
      replyCode: "552",
      remoteMta: "mx.example.net",
      diagnostic: "552 5.2.2 Mailbox full",
    });
    expect(r.recipients[1]!.lastAttempt).toContain("10:00:00");
    expect(r.recipients[0]!.disagreements).toBeUndefined();
  });

  it("reads the original message, its authentication results and its route", async () => {
    const r = await report(postfixTwoRecipients);
    expect(r.original).toMatchObject({
      subject: "Quarterly report",
      messageId: "<original-1@example.com>",
      from: "kari@example.com",
      to: ["ola@example.org", "per@example.net"],
      auth: { spf: "pass", dkim: "pass", dmarc: "pass" },
    });
    expect(r.hops).toEqual([
      expect.objectContaining({ from: "laptop.example.com", by: "mx1.example.com", with: "ESMTPSA" }),
    ]);
    expect(r.language).toBe("en");
  });

  it("keeps the body's differing answer as a disagreement and prefers the DSN", async () => {
    const text = dsnMessage({
      human:
        "<ola@example.org>: host mx.example.org[198.51.100.7] said: 550 5.7.1 Service unavailable; client blocked (in reply to RCPT TO command)",
      dsn: "Reporting-MTA: dns; mx1.example.com\n\nFinal-Recipient: rfc822; ola@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    });
    const [facts] = (await report(text)).recipients;
    expect(facts).toMatchObject({ status: "5.1.1", diagnostic: "550 5.1.1 User unknown", format: "rfc3464" });
    expect(facts!.disagreements).toMatchObject({ status: "5.7.1", format: "mta-text" });
  });

  it("prefers the server's specific code over a bare x.0.0 Status, and keeps the field", async () => {
    const text = dsnMessage({
      human: "Delivery failed.",
      dsn: "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; ola@example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 #5.1.0 Address rejected.",
    });
    const [facts] = (await report(text)).recipients;
    expect(facts).toMatchObject({ status: "5.1.0", replyCode: "550" });
    expect(facts!.disagreements).toMatchObject({ status: "5.0.0" });
  });

  it("reads the remote reply quoted in the summary wherever the Diagnostic-Code field is folded", async () => {
    const diagnostic =
      "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>";
    for (const folded of [diagnostic, diagnostic.replace("<421 ", "<421\n ")]) {
      const text = dsnMessage({
        human: "Delivery failed.",
        dsn: `Reporting-MTA: dns; mx1.example.com\n\nFinal-Recipient: rfc822; ola@example.org\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: ${folded}`,
      });
      expect((await report(text)).recipients[0]).toMatchObject({ status: "4.4.2", replyCode: "421" });
    }
  });

  it("reads message/global-delivery-status too", async () => {
    const text = dsnMessage({
      human: "x",
      dsn: "Reporting-MTA: dns; mx1.example.com\n\nFinal-Recipient: utf-8; åse@eksempel.no\nAction: failed\nStatus: 5.1.1",
    }).replace("Content-Type: message/delivery-status", "Content-Type: message/global-delivery-status");
    expect((await report(text)).recipients.map((r) => r.address)).toEqual(["åse@eksempel.no"]);
  });
});

describe("Exchange bodies (no report part, as Office supplies them)", () => {
  it("classic, English: recipient, reply, generating server, original, language", async () => {
    const r = await report(office(exchangeClassicEnglish));
    expect(r.format).toBe("exchange-classic");
    expect(r.kind).toBe("failed");
    expect(r.generatingServer).toBe("EX01.contoso.example");
    expect(r.language).toBe("en");
    expect(r.recipients).toEqual([
      expect.objectContaining({
        address: "ola@example.org",
        status: "5.1.10",
        replyCode: "550",
        diagnostic: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      }),
    ]);
    expect(r.original).toMatchObject({
      subject: "Quarterly report",
      from: "kari@contoso.example",
      messageId: "<abc@contoso.example>",
    });
  });

  it("classic, Norwegian headings and the #< ... #SMTP# shape", async () => {
    const r = await report(office(exchangeClassicNorwegian, "Kan ikke leveres: Rapport"));
    expect(r.format).toBe("exchange-classic");
    expect(r.language).toBe("nb");
    expect(r.generatingServer).toBe("EX01.contoso.example");
    expect(r.recipients).toEqual([
      expect.objectContaining({
        address: "ola@example.org",
        status: "5.7.1",
        replyCode: "550",
        diagnostic: "550 5.7.1 Client was not authenticated",
      }),
    ]);
    expect(r.original?.subject).toBe("Rapport");
  });

  it.each([
    [
      "de",
      "Diagnoseinformationen für Administratoren:",
      "Generierender Server:",
      "Ursprüngliche Nachrichtenkopfzeilen:",
    ],
    [
      "fr",
      "Informations de diagnostic pour les administrateurs :",
      "Serveur de génération :",
      "En-têtes de message d'origine :",
    ],
    [
      "es",
      "Información de diagnóstico para administradores:",
      "Servidor de generación:",
      "Encabezados originales del mensaje:",
    ],
    ["nl", "Diagnostische gegevens voor beheerders:", "Bronserver:", "Oorspronkelijke berichtkoppen:"],
    ["sv", "Diagnostisk information för administratörer:", "Genererande server:", "Ursprungliga meddelandehuvuden:"],
    ["da", "Fejlfindingsoplysninger for administratorer:", "Genererende server:", "Oprindelige meddelelsesheadere:"],
  ])("classic in %s", async (language, admin, generating, original) => {
    const body = [
      "Something in the local language.",
      "",
      admin,
      "",
      `${generating} EX01.contoso.example`,
      "",
      "ola@example.org",
      "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
      "",
      original,
      "",
      "Subject: x",
    ].join("\n");
    const r = await report(office(body));
    expect(r.language).toBe(language);
    expect(r.generatingServer).toBe("EX01.contoso.example");
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.1.1", replyCode: "550" }),
    ]);
  });

  it("enhanced (Exchange Online): codes, reported error, DSN server, hops", async () => {
    const r = await report(office(exchangeEnhancedEnglish));
    expect(r.format).toBe("exchange-enhanced");
    expect(r.generatingServer).toBe("AM0PR01MB1234.eurprd01.prod.exchangelabs.com");
    expect(r.recipients).toEqual([
      expect.objectContaining({
        address: "ola@example.org",
        status: "5.7.133",
        replyCode: "550",
        diagnostic: "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required",
      }),
    ]);
    expect(r.hops).toHaveLength(2);
    expect(r.hops[1]).toMatchObject({
      from: "AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
      by: "AM0PR01MB9999.eurprd01.prod.exchangelabs.com",
    });
  });

  it("a pasted fragment of the administrator section alone", async () => {
    const r = await report({
      kind: "text",
      text: "ola@example.org\nRemote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'",
    });
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.7.1", replyCode: "550" }),
    ]);
  });
});

describe("vendor text formats", () => {
  const daemon = { From: "Mail Delivery System <Mailer-Daemon@mx1.example.com>", To: "kari@example.com" };

  it("Exim", async () => {
    const body = [
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  ola@example.org",
      "    host mx.example.org [198.51.100.7]",
      "    SMTP error from remote mail server after RCPT TO:<ola@example.org>:",
      "    550 5.7.1 <ola@example.org>: Relay access denied",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "To: ola@example.org",
    ].join("\n");
    const r = await report(
      mail(
        {
          ...daemon,
          Subject: "Mail delivery failed: returning message to sender",
          "X-Failed-Recipients": "ola@example.org",
        },
        body,
      ),
    );
    expect(r.format).toBe("exim");
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.7.1", replyCode: "550", format: "exim" }),
    ]);
  });

  it("Sendmail transcript", async () => {
    const body = [
      "The original message was received at Mon, 3 Mar 2025 10:00:00 +0100",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<ola@example.org>",
      "    (reason: 550 5.1.1 <ola@example.org>... User unknown)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.org.:",
      ">>> RCPT To:<ola@example.org>",
      "<<< 550 5.1.1 <ola@example.org>... User unknown",
    ].join("\n");
    const r = await report(mail({ ...daemon, Subject: "Returned mail: see transcript for details" }, body));
    expect(r.format).toBe("sendmail");
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.1.1", replyCode: "550" }),
    ]);
  });

  it("qmail, several recipients kept apart", async () => {
    const body = [
      "Hi. This is the qmail-send program at mx1.example.com.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      "",
      "<ola@example.org>:",
      "198.51.100.7 does not like recipient.",
      "Remote host said: 550 5.1.1 No such user",
      "Giving up on 198.51.100.7.",
      "",
      "<per@example.net>:",
      "203.0.113.9 does not like recipient.",
      "Remote host said: 552 5.2.2 Mailbox over quota",
      "",
      "--- Below this line is a copy of the message.",
    ].join("\n");
    const r = await report(mail({ ...daemon, Subject: "failure notice" }, body));
    expect(r.format).toBe("qmail");
    expect(r.recipients.map((f) => [f.address, f.status, f.replyCode])).toEqual([
      ["ola@example.org", "5.1.1", "550"],
      ["per@example.net", "5.2.2", "552"],
    ]);
  });

  it("Gmail", async () => {
    const body = [
      "** Address not found **",
      "",
      "Your message wasn't delivered to ola@example.org because the address couldn't be found, or is unable to receive mail.",
      "",
      "The response from the remote server was:",
      "550 5.1.1 The email account that you tried to reach does not exist. a1b2c3 - gsmtp",
    ].join("\n");
    const r = await report(
      mail(
        {
          From: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          To: "kari@example.com",
          Subject: "Delivery Status Notification (Failure)",
          "X-Failed-Recipients": "ola@example.org",
        },
        body,
      ),
    );
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.1.1", replyCode: "550" }),
    ]);
  });
});

describe("vendor text without headers (as Outlook hands the body over)", () => {
  it("Gmail, current layout", async () => {
    const body = [
      "** Address not found **",
      "",
      "Your message wasn't delivered to ola@example.org because the address couldn't be found, or is unable to receive mail.",
      "",
      "The response from the remote server was:",
      "550 5.1.1 The email account that you tried to reach does not exist. a1b2c3 - gsmtp",
    ].join("\n");
    const r = await report({
      kind: "office",
      pieces: { bodyText: body, subject: "Delivery Status Notification (Failure)" },
    });
    expect(r.format).toBe("gmail");
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.1.1", replyCode: "550" }),
    ]);
  });

  it("Gmail, older layout", async () => {
    const body = [
      "Delivery to the following recipient failed permanently:",
      "",
      "     ola@example.org",
      "",
      "Technical details of permanent failure:",
      "Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [198.51.100.7].",
      "",
      "The error that the other server returned was:",
      "550 5.7.1 Message rejected due to local policy",
    ].join("\n");
    const r = await report({
      kind: "office",
      pieces: { bodyText: body, subject: "Delivery Status Notification (Failure)" },
    });
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", status: "5.7.1", replyCode: "550" }),
    ]);
  });

  it("Yahoo", async () => {
    const body = [
      "Sorry, we were unable to deliver your message to the following address.",
      "",
      "<ola@example.org>:",
      "Remote host said: 554 delivery error: dd This user doesn't have a example.org account (ola@example.org) [-5] [RCPT_TO]",
      "",
      "--- Below this line is a copy of the message.",
    ].join("\n");
    const r = await report({
      kind: "office",
      pieces: { bodyText: body, subject: "Failure Notice", from: "MAILER-DAEMON@yahoo.com" },
    });
    expect(r.format).toBe("yahoo");
    expect(r.recipients).toEqual([expect.objectContaining({ address: "ola@example.org", replyCode: "554" })]);
  });
});

describe("kinds", () => {
  it("delayed (Action: delayed)", async () => {
    const text = dsnMessage({
      human: "still trying",
      subject: "Delayed Mail (still being retried)",
      dsn: "Reporting-MTA: dns; mx1.example.com\n\nFinal-Recipient: rfc822; ola@example.org\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out",
    });
    const r = await report(text);
    expect(r.kind).toBe("delayed");
    expect(r.recipients[0]).toMatchObject({ action: "delayed", status: "4.4.1", replyCode: "421" });
  });

  it("delayed (Exchange 'Delivery delayed:' without a report part)", async () => {
    const body = [
      "Delivery is delayed to these recipients or groups:",
      "",
      "ola@example.org",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: EX01.contoso.example",
      "",
      "ola@example.org",
      "Remote Server returned '451 4.4.0 Primary target IP address responded with: 451 Try again later'",
    ].join("\n");
    const r = await report(office(body, "Delivery delayed: Quarterly report"));
    expect(r.kind).toBe("delayed");
    expect(r.recipients[0]).toMatchObject({ action: "delayed", status: "4.4.0" });
  });

  it("delivered / relayed success DSN", async () => {
    const text = dsnMessage({
      human: "delivered",
      subject: "Successful Mail Delivery Report",
      dsn: "Reporting-MTA: dns; mx1.example.com\n\nFinal-Recipient: rfc822; ola@example.org\nAction: relayed\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 OK",
    });
    const r = await report(text);
    expect(r.kind).toBe("delivered");
    expect(r.recipients[0]).toMatchObject({ action: "relayed", replyCode: "250" });
  });

  it("auto-reply (RFC 3834)", async () => {
    const r = await report(
      mail(
        {
          From: "Ola Nordmann <ola@example.org>",
          To: "kari@example.com",
          Subject: "Automatisk svar: Rapport",
          "Auto-Submitted": "auto-replied",
        },
        "Jeg er på ferie til 10. mars.",
      ),
    );
    expect(r.kind).toBe("auto-reply");
    expect(r.recipients).toEqual([expect.objectContaining({ address: "ola@example.org", action: "delivered" })]);
  });

  it("ARF feedback report", async () => {
    const text = [
      "From: feedback@isp.example",
      "Subject: complaint",
      'Content-Type: multipart/report; report-type=feedback-report; boundary="F"',
      "",
      "--F",
      "Content-Type: text/plain",
      "",
      "This is an abuse report.",
      "--F",
      "Content-Type: message/feedback-report",
      "",
      "Feedback-Type: abuse",
      "User-Agent: Example/1.0",
      "Version: 1",
      "Original-Rcpt-To: ola@example.org",
      "--F",
      "Content-Type: text/rfc822-headers",
      "",
      "From: kari@example.com",
      "To: ola@example.org",
      "--F--",
    ].join("\n");
    const r = await report(text);
    expect(r.kind).toBe("feedback");
    expect(r.recipients).toEqual([
      expect.objectContaining({ address: "ola@example.org", diagnostic: "Feedback-Type: abuse" }),
    ]);
  });

  it("an ordinary message is not a report", async () => {
    const r = await report(
      mail(
        { From: "ola@example.org", To: "kari@example.com", Subject: "Lunch?" },
        "Pizza at 12? Call me on 555 1234, or mail per@example.net: 550 people are coming.",
      ),
    );
    expect(r.kind).toBe("not-a-report");
    expect(r.recipients).toEqual([]);
  });
});

describe("bad input", () => {
  it.each([
    ["empty", { kind: "bytes", data: new Uint8Array(0) } as BounceInput, "empty"],
    ["binary", { kind: "bytes", data: new Uint8Array(512).fill(1) } as BounceInput, "binary"],
    ["header-only", { kind: "text", text: "From: a@example.org\nSubject: x\n\n" } as BounceInput, "header-only"],
  ])("%s gives not-a-report with the problem named", async (_name, input, code) => {
    const r = await report(input);
    expect(r.kind).toBe("not-a-report");
    expect(r.problems.map((p) => p.code)).toContain(code);
  });

  it("never throws, even for a malformed ParsedMessage", () => {
    const broken = { headers: null, parts: null, text: null, subject: null, problems: [] } as unknown as ParsedMessage;
    const r = extractReport(broken);
    expect(r.kind).toBe("not-a-report");
    expect(r.problems.map((p) => p.code)).toContain("internal-error");
  });
});

describe("labels that name a recipient", () => {
  const headers = {
    From: "Mail Delivery System <postmaster@example.org>",
    To: "kari@example.com",
    Subject: "Delivery Notification: Delivery has failed",
  };

  it("'Recipient address:' is a recipient position without a reply code", async () => {
    const r = await report(mail(headers, "Recipient address: ola@example.org\nReason: no such user\n"));
    expect(r.recipients.map((x) => x.address)).toEqual(["ola@example.org"]);
    expect(r.recipients[0]!.diagnostic).toBe("Reason: no such user");
  });

  it("'Other recipients:' and 'Original address:' name no failed recipient", async () => {
    const body = [
      "Recipient address: ola@example.org",
      "Original address: ola.nordmann@example.org",
      "Reason: no such user",
      "",
      "Other recipients: per@example.org",
      "",
    ].join("\n");
    const r = await report(mail(headers, body));
    expect(r.recipients.map((x) => x.address)).toEqual(["ola@example.org"]);
  });
});
