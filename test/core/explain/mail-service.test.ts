// A recipient at a free-mail service (kari@gmail.com) has no email admin a sender can ask: the
// service's filters are not changed on request. Its filter refusals are answered with what works (the
// recipient marks the sender safe, the sender's own side looks at authentication and reputation), and
// causes the recipient or the sender mend themselves keep their steps.
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import type { Language, RecipientExplanation } from "../../../src/core/types.js";
import { mailServiceOf } from "../../../src/core/situate/mail-services.js";
import { postfixBounce } from "../diagnose/helpers.js";

/** A Postfix bounce of `from`'s message to `to`, refused by `host` with `reply`. */
async function refused(
  to: string,
  host: string,
  status: string,
  reply: string,
  language: Language,
  from = "marte@example.com",
) {
  const text = postfixBounce(status, reply)
    .replace(/anders@example\.org/g, to)
    .replace(/marte@example\.com/g, from)
    .replace(/mx\.example\.org/g, host);
  const explanation = await explainBounce(
    { kind: "text", text },
    { language, context: { orgDomains: [from.split("@")[1]!] } },
  );
  return explanation.recipients[0]!;
}

const allSteps = (r: RecipientExplanation) => [...r.guidance.sender, ...r.guidance.owner, ...r.guidance.admin];
/** Every step's words, for every audience, as one text. */
const allStepsText = (r: RecipientExplanation) =>
  allSteps(r)
    .map((step) => step.text)
    .join(" ");
const askTheirAdmin: Record<Language, RegExp> = {
  en: /postmaster@|have their email admin|only their email admin/,
  nb: /postmaster@|e-postadministratoren sin|bare e-postadministratoren der/,
};

const gmailSpam =
  "550-5.7.1 [192.0.2.10] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.";
const yahooPolicy = "554 5.7.9 Message not accepted for policy reasons.";

describe("a recipient at a free-mail service", () => {
  it("knows the big services' mailbox domains, and only those", () => {
    for (const domain of [
      "gmail.com",
      "Hotmail.com",
      "live.no",
      "yahoo.co.uk",
      "aol.com",
      "icloud.com",
      "gmx.net",
      "web.de",
      "yandex.ru",
      "mail.ru",
      "online.no",
    ])
      expect(mailServiceOf(domain), domain).toBeDefined();
    expect(mailServiceOf("gmail.com")).toBe("google");
    expect(mailServiceOf("outlook.com")).toBe("microsoft");
    expect(mailServiceOf("yahoo.no")).toBe("yahoo");
    for (const domain of [
      "example.org",
      "contoso.onmicrosoft.com",
      "outlook.office365.com",
      "gmail.com.example.org",
      "mail.gmail.com",
      undefined,
    ])
      expect(mailServiceOf(domain), domain).toBeUndefined();
  });

  it("a spam refusal asks no admin of the service: the recipient marks the sender safe, the sender's side checks its sending", async () => {
    for (const lang of ["en", "nb"] as const) {
      const r = await refused("kari@gmail.com", "gmail-smtp-in.l.google.com", "5.7.1", gmailSpam, lang);
      expect(r.diagnosis.causeId).toBe("SPAM_CONTENT_REJECTED");
      expect(r.diagnosis.fixOwner).toBe("sender");
      expect(allSteps(r).filter((step) => step.action?.kind === "contact-recipient-admin")).toEqual([]);
      expect(allStepsText(r)).not.toMatch(askTheirAdmin[lang]);
      const sender = r.guidance.sender.map((step) => step.text).join(" ");
      expect(sender).toMatch(lang === "en" ? /kari@gmail\.com .*safe senders/ : /kari@gmail\.com .*klarerte avsendere/);
      expect(sender).toMatch(
        lang === "en" ? /gmail\.com is a public email service/ : /gmail\.com er en offentlig e-posttjeneste/,
      );
      // the provider's own sender pages, named, and never the recipient organisation's filter
      const admin = r.guidance.admin.map((step) => step.text).join(" ");
      expect(admin).toMatch(/Google Postmaster Tools/);
      expect(admin).not.toMatch(lang === "en" ? /spam filter/ : /søppelpostfilteret/);
    }
  });

  it("a policy refusal is the sending side's to mend, through the service's sender pages", async () => {
    for (const [to, pages] of [
      ["kari@yahoo.com", /Yahoo Sender Hub/],
      ["kari@online.no", /published pages for senders|publisert for avsendere/],
    ] as const) {
      for (const lang of ["en", "nb"] as const) {
        const r = await refused(to, `mx.${to.split("@")[1]}`, "5.7.9", yahooPolicy, lang);
        expect(r.diagnosis.causeId).toBe("RECIPIENT_DOMAIN_POLICY");
        expect(r.diagnosis.fixOwner, to).toBe("sender-admin");
        expect(allStepsText(r)).not.toMatch(askTheirAdmin[lang]);
        expect(r.guidance.sender[0]!.action?.kind).toBe("contact-own-admin");
        expect(r.guidance.admin.map((step) => step.text).join(" ")).toMatch(pages);
      }
    }
  });

  it("a block in the recipient's own settings is the recipient's to lift", async () => {
    const r = await refused(
      "kari@hotmail.com",
      "mx.hotmail.com",
      "5.7.1",
      "550 5.7.1 Message rejected: sender blocked by recipient",
      "en",
    );
    expect(r.diagnosis.causeId).toBe("RECIPIENT_ORG_BLOCKED_SENDER");
    expect(r.diagnosis.fixOwner).toBe("recipient");
    expect(r.guidance.sender[0]!.text).toMatch(/kari@hotmail\.com .*blocked senders/);
    expect(allStepsText(r)).not.toMatch(askTheirAdmin.en);
  });

  it("the same refusals at a company's domain still go to its email admin", async () => {
    const spam = await refused("anders@example.org", "mx.example.org", "5.7.1", gmailSpam, "en");
    expect(spam.diagnosis.fixOwner).toBe("recipient-admin");
    expect(spam.guidance.sender[0]!.action?.kind).toBe("contact-recipient-admin");
    const policy = await refused("anders@example.org", "mx.example.org", "5.7.9", yahooPolicy, "en");
    expect(policy.diagnosis.fixOwner).toBe("recipient-admin");
  });

  it("a full mailbox and an unknown address keep the recipient's and the sender's own steps, and ask no admin", async () => {
    const full = await refused(
      "kari@gmail.com",
      "gmail-smtp-in.l.google.com",
      "5.2.2",
      "552-5.2.2 The email account that you tried to reach is over quota.",
      "en",
    );
    expect(full.diagnosis.fixOwner).toBe("recipient");
    expect(full.guidance.sender[0]!.text).toMatch(/Reach kari@gmail\.com another way/);
    const unknown = await refused(
      "kari@gmail.com",
      "gmail-smtp-in.l.google.com",
      "5.1.1",
      "550-5.1.1 The email account that you tried to reach does not exist.",
      "en",
    );
    expect(unknown.diagnosis.fixOwner).toBe("sender");
    expect(unknown.guidance.sender[0]!.action?.kind).toBe("fix-address");
    // and no admin of the service is offered as someone to write to
    for (const r of [full, unknown]) {
      expect(allStepsText(r)).not.toMatch(askTheirAdmin.en);
      expect(r.guidance.admin).toHaveLength(1);
      expect(r.guidance.admin[0]!.text).toMatch(/no email admin to ask: kari@gmail\.com is a mailbox at the public/);
    }
  });

  it("a refusal we can't read asks no one at the service: the sender's IT reads the reply", async () => {
    for (const lang of ["en", "nb"] as const) {
      const unknown = await refused(
        "kari@gmail.com",
        "gmail-smtp-in.l.google.com",
        "",
        "550 Zorblax frobnicated",
        lang,
      );
      expect(unknown.diagnosis.causeId).toBe("UNKNOWN");
      expect(unknown.diagnosis.fixOwner).toBe("sender-admin");
      expect(allStepsText(unknown)).not.toMatch(askTheirAdmin[lang]);
      expect(allSteps(unknown).filter((step) => step.action?.kind === "contact-recipient-admin")).toEqual([]);
      expect(unknown.guidance.sender[0]!.action?.kind).toBe("contact-own-admin");
    }
    // at a company's domain, its admin is still the one to ask
    const company = await refused("anders@example.org", "mx.example.org", "", "550 Zorblax frobnicated", "en");
    expect(company.diagnosis.fixOwner).toBe("recipient-admin");
    expect(allStepsText(company)).toMatch(askTheirAdmin.en);
  });

  it("trouble on the service's own servers asks no postmaster there: faults, and servers out of reach", async () => {
    for (const lang of ["en", "nb"] as const) {
      const fault = await refused(
        "kari@gmail.com",
        "gmail-smtp-in.l.google.com",
        "5.3.0",
        "554 5.3.0 unknown mailer error 73",
        lang,
      );
      const loop = await refused(
        "kari@outlook.com",
        "mx.outlook.com",
        "5.4.6",
        "554 5.4.6 Hop count exceeded - possible mail loop",
        lang,
      );
      const unreachable = await refused(
        "kari@yahoo.com",
        "mta5.am0.yahoodns.net",
        "4.4.1",
        "connect to mta5.am0.yahoodns.net[192.0.2.60]:25: Connection timed out",
        lang,
      );
      expect(unreachable.diagnosis.causeId).toBe("DELIVERY_EXPIRED");
      for (const r of [fault, loop, unreachable]) {
        expect(
          allSteps(r).filter((step) => step.action?.kind === "contact-recipient-admin"),
          r.facts.address,
        ).toEqual([]);
        expect(allStepsText(r), r.facts.address).not.toMatch(askTheirAdmin[lang]);
        expect(r.guidance.sender.map((step) => step.text).join(" ")).toMatch(
          lang === "en" ? /is a public email service/ : /er en offentlig e-posttjeneste/,
        );
      }
      // out of reach: the sending side's own way out is looked at first, by the sender's IT (the verdict
      // says so too), and the service's pages on being accepted as a sender don't help reach it
      expect(unreachable.guidance.admin[0]!.text).toMatch(lang === "en" ? /port 25/ : /port 25/);
      expect(unreachable.diagnosis.fixOwner).toBe("sender-admin");
      expect(allStepsText(unreachable)).not.toMatch(/Sender Hub|Postmaster Tools/);
      expect(fault.guidance.admin[0]!.text).toMatch(
        lang === "en" ? /^Nothing to change in your organisation/ : /^Ingenting å endre/,
      );
    }
    // the same fault at a company's domain still goes to its postmaster
    const company = await refused(
      "anders@example.org",
      "mx.example.org",
      "5.3.0",
      "554 5.3.0 unknown mailer error 73",
      "en",
    );
    expect(company.guidance.sender.some((step) => step.action?.kind === "contact-recipient-admin")).toBe(true);
  });

  it("a sender and a recipient at the same free-mail service are two people, not one organisation", async () => {
    const spam = await refused(
      "kari@gmail.com",
      "gmail-smtp-in.l.google.com",
      "5.7.1",
      gmailSpam,
      "en",
      "ola@gmail.com",
    );
    expect(spam.diagnosis.situation?.sameOrganisation).toBe(false);
    expect(spam.diagnosis.situation?.recipient).toBe("outside");
    expect(spam.diagnosis.fixOwner).toBe("sender");
    expect(allStepsText(spam)).not.toMatch(
      /your IT department: the fix is in your organisation's settings|in your spam filter/,
    );
    const unknown = await refused(
      "kari@gmail.com",
      "gmail-smtp-in.l.google.com",
      "5.1.1",
      "550-5.1.1 The email account that you tried to reach does not exist.",
      "en",
      "ola@gmail.com",
    );
    // no directory command for a mailbox at Google
    expect(unknown.guidance.admin.some((step) => step.action?.kind === "admin-command")).toBe(false);
    expect(unknown.guidance.admin[0]!.text).toMatch(
      /no email admin to ask: kari@gmail\.com is a mailbox at the public/,
    );
    // two addresses of one company's domain stay one organisation
    const company = await refused(
      "anders@example.org",
      "mx.example.org",
      "5.7.1",
      gmailSpam,
      "en",
      "marte@example.org",
    );
    expect(company.diagnosis.situation?.sameOrganisation).toBe(true);
  });

  it("a bare 'Access denied' there is no reason to rewrite the message", async () => {
    for (const lang of ["en", "nb"] as const) {
      const r = await refused("kari@gmail.com", "gmail-smtp-in.l.google.com", "5.7.1", "550 5.7.1 Access denied", lang);
      expect(r.diagnosis.causeId).toBe("POLICY_UNSPECIFIED_5_7_X");
      expect(r.diagnosis.fixOwner).toBe("sender-admin");
      expect(r.guidance.sender.map((step) => step.text).join(" ")).not.toMatch(
        lang === "en" ? /shorter, plainer message/ : /kortere og enklere melding/,
      );
      expect(r.guidance.sender[0]!.action?.kind).toBe("contact-own-admin");
    }
    // a policy refusal that may be about the content keeps the step
    const policy = await refused("kari@yahoo.com", "mx.yahoo.com", "5.7.9", yahooPolicy, "en");
    expect(policy.guidance.sender.map((step) => step.text).join(" ")).toMatch(/shorter, plainer message/);
  });
});
