/**
 * The fake-NDR warning end to end, through explainBounce: every fake written for these tests is
 * flagged, and no real bounce is. The real ones are read at test time from the Sisimai corpus in
 * ../shared (one or more per mail system, by path; never copied here) and the whole bsd folder is
 * swept as well. Without ../shared the real-bounce part skips with a message.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { sharedPath, sharedSkipReason } from "../../support/shared.js";
import { FAKE_NDRS } from "./fixtures/fake-ndrs.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("fake bounces", () => {
  it("there are at least 10 of them", () => expect(FAKE_NDRS.length).toBeGreaterThanOrEqual(10));

  it.each(FAKE_NDRS.map((fake) => [fake.name, fake] as const))("flags %s", async (_name, fake) => {
    const explanation = await explainBounce({ kind: "bytes", data: encode(fake.raw), name: `${fake.name}.eml` });
    const { trust } = explanation;
    expect(trust.suspicious, `${fake.shape}\nreasons: ${JSON.stringify(trust.findings)}`).toBe(true);
    expect(trust.reasons.length).toBeGreaterThan(0);
    expect(trust.score).toBeLessThanOrEqual(0.5);
  });

  it("flags them too when Outlook gives only the body text and internet headers (no MIME)", async () => {
    for (const fake of FAKE_NDRS) {
      const split = fake.raw.indexOf("\r\n\r\n");
      const pieces = {
        internetHeaders: fake.raw.slice(0, split),
        bodyText: fake.raw.slice(split + 4).replace(/<[^>]*>/g, " "),
      };
      const { trust } = await explainBounce({ kind: "office", pieces });
      expect(trust.suspicious, `${fake.name}: ${trust.reasons.join(", ")}`).toBe(true);
    }
  });

  it("names what is wrong in each (expected reasons per lure)", async () => {
    const expected: Record<string, string[]> = {
      "held-click-to-release": ["urgent-call-to-action", "link-lookalike", "sender-lookalike-domain"],
      "verify-account-or-mail-fails": ["urgent-call-to-action", "link-credential-page"],
      "mailer-daemon-lookalike-login": ["sender-lookalike-domain", "link-lookalike"],
      "spoofed-postmaster-shortener": ["auth-failed", "link-shortener"],
      "norwegian-held-ip-link": ["urgent-call-to-action", "link-ip-literal"],
      "punycode-link": ["link-lookalike"],
      "userinfo-disguise": ["link-userinfo"],
      "quota-form": ["urgent-call-to-action"],
      "javascript-retry": ["urgent-call-to-action"],
      "spoofed-exchange-system-address": ["auth-failed", "urgent-call-to-action"],
      "gmail-lookalike-brand-subdomain": ["auth-failed", "link-lookalike"],
      "shortener-held-portal": ["link-shortener"],
      "m365-quarantine-brand-name": ["sender-brand-name", "link-credential-page"],
      "forwarded-fake-ndr": ["link-ip-literal", "urgent-call-to-action"],
    };
    for (const fake of FAKE_NDRS) {
      const { trust } = await explainBounce({ kind: "bytes", data: encode(fake.raw), name: `${fake.name}.eml` });
      expect(trust.reasons, fake.name).toEqual(expect.arrayContaining(expected[fake.name] ?? ["?"]));
    }
  });

  // Reasons only the HTML shows (forms, javascript: anchors, anchor text naming another host) need
  // the reader to keep the NDR's HTML (ParsedMessage.html); until it does, this says so and skips.
  it("names what only the HTML shows, when the reader keeps the HTML", async (context) => {
    const htmlOnly: Record<string, string> = {
      "quota-form": "html-form",
      "javascript-retry": "link-script",
      "spoofed-postmaster-shortener": "link-text-mismatch",
    };
    for (const [name, code] of Object.entries(htmlOnly)) {
      const fake = FAKE_NDRS.find((f) => f.name === name)!;
      const { trust, report } = await explainBounce({ kind: "bytes", data: encode(fake.raw) });
      if (report.message.html === undefined && !report.message.parts.some((part) => part.contentType === "text/html")) {
        context.skip("the reader does not keep the NDR's HTML yet (ParsedMessage.html is unset)");
      }
      expect(trust.reasons, name).toContain(code);
    }
  });

  it("judges the inner NDR of a forwarded one, not the colleague who forwarded it", async () => {
    const fake = FAKE_NDRS.find((f) => f.name === "forwarded-fake-ndr")!;
    const { trust, report } = await explainBounce({ kind: "bytes", data: encode(fake.raw) });
    expect(report.message.from).toMatch(/mailsecure-notify/);
    expect(trust.links?.map((link) => link.host)).toContain("198.51.100.77");
  });
});

/** One or more real bounces per mail system, by path in the Sisimai corpus. */
const REAL_BOUNCES = [
  "lhost-activehunter-01.eml",
  "lhost-amavis-01.eml",
  "lhost-amazonses-01.eml",
  "lhost-amazonses-09.eml",
  "lhost-amazonworkmail-01.eml",
  "lhost-apachejames-01.eml",
  "lhost-barracuda-01.eml",
  "lhost-bigfoot-02.eml",
  "lhost-biglobe-01.eml",
  "lhost-courier-01.eml",
  "lhost-domino-01.eml",
  "lhost-dragonfly-01.eml",
  "lhost-einsundeins-02.eml",
  "lhost-exchange2003-01.eml",
  "lhost-exchange2007-01.eml",
  "lhost-exim-01.eml",
  "lhost-exim-07.eml",
  "lhost-ezweb-01.eml",
  "lhost-fml-02.eml",
  "lhost-gmail-01.eml",
  "lhost-gmx-01.eml",
  "lhost-googlegroups-01.eml",
  "lhost-googleworkspace-01.eml",
  "lhost-imailserver-01.eml",
  "lhost-kddi-01.eml",
  "lhost-mailfoundry-01.eml",
  "lhost-mailmarshal-02.eml",
  "lhost-mailru-01.eml",
  "lhost-mcafee-01.eml",
  "lhost-messagingserver-01.eml",
  "lhost-mfilter-01.eml",
  "lhost-mimecast-01.eml",
  "lhost-mxlogic-01.eml",
  "lhost-notes-01.eml",
  "lhost-office365-01.eml",
  "lhost-office365-03.eml",
  "lhost-office365-13.eml",
  "lhost-opensmtpd-01.eml",
  "lhost-outlook-01.eml",
  "lhost-postfix-01.eml",
  "lhost-postfix-68.eml",
  "lhost-powermta-01.eml",
  "lhost-qmail-01.eml",
  "lhost-receivingses-01.eml",
  "lhost-sendgrid-01.eml",
  "lhost-sendmail-01.eml",
  "lhost-surfcontrol-01.eml",
  "lhost-trendmicro-01.eml",
  "lhost-v5sendmail-01.eml",
  "lhost-verizon-01.eml",
  "lhost-x1-01.eml",
  "lhost-x2-01.eml",
  "lhost-x3-01.eml",
  "lhost-x4-01.eml",
  "lhost-x5-01.eml",
  "lhost-x6-01.eml",
  "lhost-yahoo-01.eml",
  "lhost-yandex-01.eml",
  "lhost-zoho-01.eml",
  "rfc3464-01.eml",
  "rhost-aol-01.eml",
  "rhost-apple-01.eml",
  "rhost-cloudflare-01.eml",
  "rhost-cox-01.eml",
  "rhost-facebook-03.eml",
  "rhost-franceptt-01.eml",
  "rhost-franceptt-06.eml",
  "rhost-godaddy-02.eml",
  "rhost-godaddy-03.eml",
  "rhost-google-01.eml",
  "rhost-gsuite-01.eml",
  "rhost-iua-01.eml",
  "rhost-kddi-01.eml",
  "rhost-messagelabs-01.eml",
  "rhost-microsoft-01.eml",
  "rhost-microsoft-03.eml",
  "rhost-mimecast-01.eml",
  "rhost-nttdocomo-01.eml",
  "rhost-outlook-01.eml",
  "rhost-spectrum-01.eml",
  "rhost-tencent-01.eml",
  "rhost-yahooinc-01.eml",
  "rhost-zoho-01.eml",
];

const skip = sharedSkipReason("corpus/sisimai/maildir/bsd");
if (skip) console.warn(`real-bounce trust tests ${skip}`);

describe.skipIf(skip)("real bounces (Sisimai corpus, read from ../shared at test time)", () => {
  const bsd = sharedPath("corpus", "sisimai", "maildir", "bsd");
  const read = (file: string) => new Uint8Array(readFileSync(`${bsd}/${file}`));

  it("covers at least 30 mail systems", () => {
    const systems = new Set(REAL_BOUNCES.map((file) => file.replace(/-\d+\.eml$/, "")));
    expect(systems.size).toBeGreaterThanOrEqual(30);
  });

  it.each(REAL_BOUNCES)("does not flag %s", async (file) => {
    const { trust } = await explainBounce({ kind: "bytes", data: read(file), name: file });
    expect(trust.suspicious, JSON.stringify(trust.findings)).toBe(false);
  });

  it("flags none of the whole bsd folder", async () => {
    const flagged: string[] = [];
    const files = readdirSync(bsd).filter((file) => file.endsWith(".eml"));
    for (const file of files) {
      const { trust } = await explainBounce({ kind: "bytes", data: read(file), name: file });
      if (trust.suspicious) flagged.push(`${file}: ${trust.reasons.join(", ")}`);
    }
    expect(files.length).toBeGreaterThan(500);
    expect(flagged).toEqual([]);
  }, 120_000);
});
