import { describe, expect, it } from "vitest";
import { MICROSOFT_DELIST_PORTAL, linkFor } from "../../../src/core/drafts/index.js";

describe("linkFor", () => {
  it("uses the diagnosis's URL when it set a web URL", () => {
    expect(linkFor({ kind: "third-party-delist", url: "https://check.spamhaus.org/" })).toBe(
      "https://check.spamhaus.org/",
    );
    expect(linkFor({ kind: "delist-portal", url: "javascript:alert(1)" })).toBe(MICROSOFT_DELIST_PORTAL);
  });

  it("opens Microsoft's delist portal for delist-portal", () => {
    expect(linkFor({ kind: "delist-portal" })).toBe("https://sender.office.com/");
  });

  it("finds a third-party list's own page from the blocklist name, with a literal IP only", () => {
    expect(
      linkFor({ kind: "third-party-delist" }, { groups: [], blocklist: "zen.spamhaus.org", blockedIp: "203.0.113.45" }),
    ).toBe("https://check.spamhaus.org/");
    expect(
      linkFor({ kind: "third-party-delist" }, { groups: [], blocklist: "bl.spamcop.net", blockedIp: "203.0.113.45" }),
    ).toBe("https://www.spamcop.net/bl.shtml?203.0.113.45");
    expect(linkFor({ kind: "third-party-delist" }, { groups: [], blocklist: "Proofpoint", blockedIp: "x&y=1" })).toBe(
      "https://ipcheck.proofpoint.com/",
    );
    expect(linkFor({ kind: "third-party-delist" }, { groups: [], blocklist: "b.barracudacentral.org" })).toBe(
      "https://www.barracudacentral.org/lookups",
    );
  });

  it("gives no link for an unknown list or a non-link action", () => {
    expect(linkFor({ kind: "third-party-delist" }, { groups: [], blocklist: "rbl.example.net" })).toBeUndefined();
    expect(linkFor({ kind: "third-party-delist" })).toBeUndefined();
    expect(linkFor({ kind: "contact-own-admin", url: "https://example.com/" })).toBeUndefined();
  });
});
