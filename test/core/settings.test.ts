// Organisation defaults ({helpDeskAddress?, language?} served beside the pane) under the user's own settings.
import { describe, expect, it } from "vitest";
import { mergeSettings, normaliseDomain, normaliseLanguage, parseOrgDefaults } from "../../src/core/settings.js";

describe("parseOrgDefaults", () => {
  it("reads a valid file from text or from parsed JSON", () => {
    const text = '{ "helpDeskAddress": " helpdesk@contoso.com ", "language": "nb-NO" }';
    expect(parseOrgDefaults(text)).toEqual({
      defaults: { helpDeskAddress: "helpdesk@contoso.com", language: "nb" },
      problems: [],
    });
    expect(parseOrgDefaults({ language: "en" })).toEqual({ defaults: { language: "en" }, problems: [] });
  });

  it("keeps the valid parts and says what was wrong with the rest, never throwing", () => {
    const result = parseOrgDefaults({ helpDeskAddress: "IT", language: "de", theme: "dark" });
    expect(result.defaults).toEqual({});
    expect(result.problems).toEqual([
      'unknown field "theme" ignored',
      "helpDeskAddress is not an email address",
      'language must be "nb" or "en"',
    ]);
    expect(parseOrgDefaults("{not json").problems[0]).toMatch(/^not JSON/);
    expect(parseOrgDefaults("[1,2]").problems[0]).toMatch(/expected a JSON object/);
    expect(parseOrgDefaults(null).defaults).toEqual({});
    expect(parseOrgDefaults({ helpDeskAddress: "mailto:it@contoso.com" }).defaults).toEqual({
      helpDeskAddress: "it@contoso.com",
    });
  });
});

describe("mergeSettings", () => {
  const org = { helpDeskAddress: "helpdesk@contoso.com", language: "nb" as const };

  it("lets the user's own values win", () => {
    expect(mergeSettings(org, { helpDeskAddress: "me-it@contoso.com", language: "en" })).toEqual({
      helpDeskAddress: "me-it@contoso.com",
      language: "en",
    });
  });

  it("falls back to the organisation's value where the user has none, an empty one or an invalid one", () => {
    expect(mergeSettings(org, {})).toEqual(org);
    expect(mergeSettings(org, { helpDeskAddress: "  " })).toEqual(org);
    expect(mergeSettings(org, { helpDeskAddress: "nope" })).toEqual(org);
    expect(mergeSettings({}, {})).toEqual({});
  });
});

describe("normaliseLanguage", () => {
  it("maps Norwegian variants to nb and English variants to en", () => {
    expect(["nb", "nb-NO", "no", "nn-NO", "NB_no"].map(normaliseLanguage)).toEqual(["nb", "nb", "nb", "nb", "nb"]);
    expect(["en", "en-US", "EN-gb"].map(normaliseLanguage)).toEqual(["en", "en", "en"]);
    expect([undefined, "", "de-DE", 42].map(normaliseLanguage)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("the reader's role (the tab the pane opens on)", () => {
  it("comes from the organisation's file, and the user's own choice wins", () => {
    expect(parseOrgDefaults('{ "role": "Admin" }')).toEqual({ defaults: { role: "admin" }, problems: [] });
    expect(parseOrgDefaults({ role: "helpdesk" }).problems).toEqual(['role must be "sender" or "admin"']);
    expect(mergeSettings({ role: "admin" }, {})).toEqual({ role: "admin" });
    expect(mergeSettings({ role: "admin" }, { role: "sender" })).toEqual({ role: "sender" });
    expect(mergeSettings({}, { role: "owner" as never })).toEqual({});
  });
});

describe("the organisation's domains (issue 13: the situation step's orgDomains)", () => {
  it("reads `domains` from the file: lower-case, without @ or a final dot, each once", () => {
    const parsed = parseOrgDefaults('{ "domains": ["Contoso.COM", "@fabrikam.no", "contoso.com", "bølgen.no."] }');
    expect(parsed.domains).toEqual(["contoso.com", "fabrikam.no", "bølgen.no"]);
    expect(parsed.problems).toEqual([]);
  });

  it("names what is not a domain, and keeps the rest", () => {
    const parsed = parseOrgDefaults({
      domains: ["contoso.com", "not a domain", "kari@contoso.com", 7],
      language: "nb",
    });
    expect(parsed.domains).toEqual(["contoso.com"]);
    expect(parsed.defaults).toEqual({ language: "nb" });
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems[0]).toMatch(/"not a domain" is not a domain name/);
    expect(parseOrgDefaults({ domains: "contoso.com" }).problems).toEqual([
      'domains must be a list of domain names, like ["contoso.com"]',
    ]);
  });

  it("is not a user setting", () => {
    expect(parseOrgDefaults({ domains: ["contoso.com"] }).defaults).toEqual({});
    expect(normaliseDomain("xn--blgen-tua.no")).toBe("xn--blgen-tua.no");
    expect(normaliseDomain("localhost")).toBeUndefined();
  });
});
