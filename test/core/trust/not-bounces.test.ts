/**
 * Genuine messages that are not bounces and do ask the reader to act: a challenge-response check
 * ("visit the page below to confirm you are a person") and a list's notice to a member about their
 * own bounces ("your membership password", "retrieve a set of messages"). They carry no delivery
 * report by nature and come from a person or a list robot, so only their links may tell a lure —
 * the same notice with a sign-in link on another domain is flagged.
 * The genuine ones are the engine fixtures written from the list managers' and challenge services'
 * own descriptions (test/fixtures/engine/README.md).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/engine/${path}`, import.meta.url), "utf8");
const explain = (raw: string) => explainBounce({ kind: "bytes", data: new TextEncoder().encode(raw) });

const GENUINE = [
  "challenge/c04-verify-human.eml",
  "challenge/c06-approval-list.eml",
  "isps-lists/il11-earthlink-spamblocker-challenge.eml",
  "isps-lists/il13-mailman2-member-disabled.eml",
  "isps-lists/il17-ezmlm-warning-enclosed-bounce.eml",
];

describe("notices that are not bounces", () => {
  it.each(GENUINE)("does not flag %s, which asks the reader to act", async (path) => {
    const { trust } = await explain(fixture(path));
    expect(trust.reasons).toContain("urgent-call-to-action");
    expect(trust.reasons).not.toContain("no-report-part");
    expect(trust.suspicious, JSON.stringify(trust.findings)).toBe(false);
  });

  it("still flags a list notice whose link asks for a sign-in elsewhere", async () => {
    const genuine = fixture("isps-lists/il13-mailman2-member-disabled.eml");
    const lure = genuine.replace(
      /\r?\n\r?\n/,
      "$&Sign in at https://lists-login.example.net/signin?member=1 to keep your membership.\n\n",
    );
    const { report, trust } = await explain(lure);
    expect(report.format).toBe("list-notice");
    expect(trust.reasons).toContain("link-credential-page");
    expect(trust.suspicious).toBe(true);
  });

  it("still flags a challenge whose link goes to a bare IP address", async () => {
    const genuine = fixture("challenge/c04-verify-human.eml");
    const lure = genuine.replace("https://verify.example.org/v?t=2231", "http://198.51.100.23/v?t=2231");
    const { report, trust } = await explain(lure);
    expect(report.kind).toBe("challenge");
    expect(trust.suspicious).toBe(true);
  });
});
