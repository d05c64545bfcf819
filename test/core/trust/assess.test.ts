import { describe, expect, it } from "vitest";
import { assessTrust, TRUST_REASON_CODES, SUSPICIOUS_AT } from "../../../src/core/trust/index.js";
import { makeReport } from "./support.js";

describe("assessTrust on real-shaped bounces", () => {
  it("trusts a plain RFC 3464 bounce from MAILER-DAEMON", () => {
    const verdict = assessTrust(makeReport());
    expect(verdict).toMatchObject({ suspicious: false, reasons: [], score: 1 });
  });

  it.each([
    ["the null sender", "<>"],
    ["a bare MAILER-DAEMON", "MAILER-DAEMON"],
    ["Postfix's form", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"],
    [
      "Exchange Online's arbitration mailbox",
      "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>",
    ],
    ["Outlook.com", "Microsoft Outlook <postmaster@outlook.com>"],
    ["Gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"],
    ["a tenant postmaster", "postmaster@contoso.onmicrosoft.com"],
    ["a relay named after a brand inside the sender's own domain", "postmaster@mail.outlook.example.com"],
    ["a Norwegian IDN domain", "MAILER-DAEMON@xn--kjkken-fya.no"],
  ])("finds nothing wrong with the sender: %s", (_label, from) => {
    const verdict = assessTrust(makeReport({ from }));
    expect(verdict.reasons.filter((code) => code.startsWith("sender-"))).toEqual(
      from.includes("xn--") ? ["sender-lookalike-domain"] : [],
    );
    expect(verdict.suspicious).toBe(false);
  });

  it("keeps a bounce with an ordinary sender below the line when nothing else is wrong", () => {
    const verdict = assessTrust(makeReport({ from: "kijitora@example.jp" }));
    expect(verdict.reasons).toEqual(["sender-not-system"]);
    expect(verdict.suspicious).toBe(false);
    expect(verdict.score).toBeGreaterThan(1 - SUSPICIOUS_AT);
  });

  it("does not count an auto-reply's personal sender against it", () => {
    const verdict = assessTrust(
      makeReport({ from: "Kari Nordmann <kari@example.no>", kind: "auto-reply", withReportPart: false }),
    );
    expect(verdict.reasons).not.toContain("sender-not-system");
  });

  it("notes a missing report part without flagging on that alone", () => {
    const verdict = assessTrust(makeReport({ withReportPart: false }));
    expect(verdict.reasons).toEqual(["no-report-part"]);
    expect(verdict.suspicious).toBe(false);
  });

  it("does not flag ordinary mail that is simply not a bounce (passive signs only)", () => {
    const verdict = assessTrust(
      makeReport({
        from: "Kari <kari@example.no>",
        withReportPart: false,
        headers: { "reply-to": "kari@elsewhere.example" },
      }),
    );
    expect(verdict.reasons).toEqual(["sender-not-system", "reply-to-elsewhere", "no-report-part"]);
    expect(verdict.score).toBeLessThan(1 - SUSPICIOUS_AT);
    expect(verdict.suspicious).toBe(false);
  });

  it("does not flag servers' own talk of passwords and authentication", () => {
    const text =
      "Delivery to the following recipient failed permanently:\n\n  user@example.org\n\n" +
      "The response from the remote server was:\n535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials\n" +
      "550 5.7.1 Client host [192.0.2.25] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.25\n" +
      "Forward this message to delist@messaging.microsoft.com, see https://sender.office.com\n";
    const verdict = assessTrust(makeReport({ text, from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>" }));
    expect(verdict.reasons).toEqual([]);
    expect(verdict.links?.map((link) => link.host)).toEqual([
      "support.google.com",
      "www.spamhaus.org",
      "sender.office.com",
    ]);
  });

  it("ignores links and lures in the quoted original message", () => {
    const text =
      "This message was created automatically by mail delivery software.\n\n" +
      "  user@example.org\n    host mx.example.org: 550 5.1.1 User unknown\n\n" +
      "------ This is a copy of the message, including all the headers. ------\n\n" +
      "Subject: newsletter\n\nClick here to verify your account: https://bit.ly/abc and http://192.0.2.7/login\n";
    const verdict = assessTrust(makeReport({ text }));
    expect(verdict.reasons).toEqual([]);
    expect(verdict.links).toEqual([]);
  });
});

describe("authentication of the bounce itself", () => {
  const ar = (value: string) => ({ "authentication-results": value });

  it("ignores 'none' (a bounce's envelope sender is empty)", () => {
    const verdict = assessTrust(
      makeReport({ headers: ar("mx.example.com; spf=none smtp.mailfrom=<>; dkim=none; dmarc=none") }),
    );
    expect(verdict.reasons).toEqual([]);
  });

  it("counts a DMARC or compauth failure, but not enough alone to flag", () => {
    for (const value of [
      "mx.example.com; dmarc=fail header.from=contoso.com",
      "spf=pass; dkim=none; dmarc=none; compauth=fail reason=601",
    ]) {
      const verdict = assessTrust(makeReport({ headers: ar(value) }));
      expect(verdict.reasons).toEqual(["auth-failed"]);
      expect(verdict.suspicious).toBe(false);
    }
  });

  it("flags failed authentication together with any other sign", () => {
    const verdict = assessTrust(
      makeReport({
        from: "it-support@contoso.com",
        headers: ar("mx.contoso.com; spf=fail; dkim=fail; dmarc=fail action=quarantine"),
      }),
    );
    expect(verdict.suspicious).toBe(true);
    expect(verdict.findings?.find((f) => f.code === "auth-failed")?.evidence).toBe("spf=fail dkim=fail dmarc=fail");
  });

  it("reads the topmost Authentication-Results only (lower ones may be the sender's own)", () => {
    const verdict = assessTrust(
      makeReport({
        headers: [
          { name: "authentication-results", value: "mx.example.com; spf=pass; dkim=pass; dmarc=pass" },
          { name: "authentication-results", value: "relay.attacker.example; dmarc=fail" },
        ],
      }),
    );
    expect(verdict.reasons).toEqual([]);
  });
});

describe("links", () => {
  const withLink = (text: string, from?: string) =>
    assessTrust(makeReport({ text: `Your message could not be delivered.\n${text}\n`, from }));

  it.each([
    ["digits for letters", "https://login.micros0ft-online.com/owa", "link-lookalike"],
    ["rn for m", "https://rnicrosoft-support.net/", "link-lookalike"],
    ["punycode", "https://xn--mcrosoft-9ya.com/", "link-lookalike"],
    [
      "a Microsoft name on another domain",
      "https://login.microsoftonline.com.session-check.example/",
      "link-lookalike",
    ],
    ["an Outlook name on another domain", "https://outlook-mail-release.example/", "link-lookalike"],
    ["a dotted IPv4 host", "http://198.51.100.23/release", "link-ip-literal"],
    ["a decimal IPv4 host", "http://3325256727/", "link-ip-literal"],
    ["a bracketed IPv6 host", "http://[2001:db8::1]/", "link-ip-literal"],
    ["a URL shortener", "https://bit.ly/3heldmail", "link-shortener"],
    ["a user name before the host", "https://microsoft.com@mail-check.example/", "link-userinfo"],
    ["a sign-in page elsewhere", "https://mail-portal.example/owa/auth/logon.aspx", "link-credential-page"],
    ["a release page elsewhere", "https://quarantine-center.example/messages?action=release", "link-credential-page"],
    ["a WordPress drop", "https://smallshop.example/wp-content/uploads/mail/index.html", "link-credential-page"],
  ])("flags %s", (_label, url, code) => {
    const verdict = withLink(url);
    expect(verdict.reasons).toContain(code);
    expect(verdict.suspicious).toBe(true);
    expect(verdict.links?.[0]).toMatchObject({ warning: code });
  });

  it.each([
    ["the sender's own domain", "https://mx.example.net/bounce-help.html"],
    ["Microsoft", "https://aka.ms/exchangeguides"],
    ["Microsoft's sign-in, which is Microsoft's own", "https://login.microsoftonline.com/common/oauth2"],
    ["a blocklist lookup", "https://check.spamhaus.org/listed/?searchterm=192.0.2.1"],
    ["a provider's postmaster page", "https://postmaster.yahooinc.com/error-codes"],
    ["an unrelated plain page", "https://www.example.org/about.html"],
  ])("accepts a link to %s", (_label, url) => {
    const verdict = withLink(url);
    expect(verdict.reasons).toEqual([]);
    expect(verdict.links).toHaveLength(1);
  });

  it("shows each link's real host, even behind a user name", () => {
    const verdict = withLink("https://www.microsoft.com:443@198.51.100.9:8080/path");
    expect(verdict.links?.[0]).toMatchObject({ host: "198.51.100.9", hasUserInfo: true, warning: "link-userinfo" });
  });

  it("flags an HTML anchor whose text names a different host", () => {
    const html = '<p>See <a href="https://mailbox-restore.example/r?id=1">https://outlook.office.com/mail</a></p>';
    const verdict = assessTrust(makeReport({ html }));
    expect(verdict.reasons).toContain("link-text-mismatch");
    expect(verdict.links?.find((link) => link.from === "html-anchor")).toMatchObject({
      host: "mailbox-restore.example",
      shownHost: "outlook.office.com",
    });
  });

  it("flags javascript: and data: links in HTML", () => {
    for (const href of ["javascript:alert(1)", "&#106;avascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="]) {
      const verdict = assessTrust(makeReport({ html: `<a href="${href}">Retry delivery</a>` }));
      expect(verdict.reasons).toEqual(["link-script"]);
      expect(verdict.suspicious).toBe(true);
    }
  });

  it("flags a form or password field", () => {
    const html = '<form action="https://collect.example/p"><input name=u><input type="password" name=p></form>';
    const verdict = assessTrust(makeReport({ html }));
    expect(verdict.reasons).toContain("html-form");
  });
});

describe("urgent calls to action", () => {
  it.each([
    ["3 messages are held. Click here to release them."],
    ["Verify your account within 24 hours or your mailbox will be suspended."],
    ["Enter your password to retrieve your messages."],
    ["Sign in to your mailbox to view pending messages now."],
    ["Meldingene dine er holdt tilbake. Klikk her for å frigi meldingene."],
    ["Bekreft kontoen din innen 24 timer, ellers blir postkassen din stengt."],
    ["Skriv inn passordet ditt for å hente e-postene."],
  ])("flags several lures together: %s", (lure) => {
    const verdict = assessTrust(makeReport({ text: lure, withReportPart: false, from: "postmaster@contoso.com" }));
    expect(verdict.reasons).toContain("urgent-call-to-action");
    expect(verdict.suspicious).toBe(true);
  });

  it("reads the subject too", () => {
    const verdict = assessTrust(
      makeReport({ subject: "Undeliverable: 4 incoming messages held - click to release", withReportPart: false }),
    );
    expect(verdict.findings?.find((f) => f.code === "urgent-call-to-action")?.evidence).toMatch(/click to release/i);
  });

  it("does not see a lure in ordinary bounce wording", () => {
    const texts = [
      "Your message wasn't delivered because the recipient's email provider rejected it.",
      "Meldingen din ble ikke levert fordi mottakerens e-postleverandør avviste den.",
      "Delivery has failed to these recipients or groups. The email address you entered couldn't be found.",
      "The message was held for 2 days and will be retried for up to 5 days.",
      "Message will be retried for 2 more day(s)",
      "Your account has exceeded its quota (the recipient's mailbox is full).",
    ];
    for (const text of texts) expect(assessTrust(makeReport({ text })).reasons).toEqual([]);
  });
});

describe("the verdict's shape", () => {
  it("uses only known codes, with English text and a weight for each", () => {
    const verdict = assessTrust(
      makeReport({
        from: "Microsoft 365 <alerts@m365-mail.example>",
        text: "Click here to release: http://203.0.113.5/release and https://bit.ly/x",
        withReportPart: false,
        headers: { "reply-to": "collector@another.example", "authentication-results": "x; dmarc=fail" },
      }),
    );
    expect(verdict.suspicious).toBe(true);
    expect(verdict.score).toBe(0);
    for (const code of verdict.reasons) expect(TRUST_REASON_CODES).toContain(code);
    expect(verdict.reasons).toEqual(
      expect.arrayContaining(["sender-not-system", "sender-brand-name", "reply-to-elsewhere", "no-report-part"]),
    );
    for (const finding of verdict.findings ?? []) {
      expect(finding.text).toMatch(/^[A-Z]/);
      expect(finding.weight).toBeGreaterThan(0);
    }
  });

  it("judges the inner NDR of a forwarded one", () => {
    const report = makeReport({ from: "MAILER-DAEMON@mx.example.net" });
    report.message.wrapper = { how: "attachment", from: "Colleague <colleague@example.com>", attachmentIndex: 0 };
    expect(assessTrust(report)).toMatchObject({ suspicious: false, reasons: [] });
  });

  it("never throws, even on a report with missing pieces", () => {
    const report = makeReport();
    (report.message as unknown as Record<string, unknown>).headers = undefined;
    const verdict = assessTrust(report);
    expect(verdict.suspicious).toBe(false);
    expect(verdict.findings?.[0]?.code).toBe("internal-error");
  });
});
