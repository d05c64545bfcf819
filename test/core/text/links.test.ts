// Links are extracted as data with their real host; shapes are the usual tricks in lure mail.
import { describe, expect, it } from "vitest";
import { describeLink, extractHtmlLinks, extractTextLinks } from "../../../src/core/text/links.js";

describe("extractTextLinks", () => {
  it("finds URLs in text and trims trailing punctuation", () => {
    const links = extractTextLinks(
      "See https://support.example.com/help?x=1. Or (www.example.org/page), then ftp://files.example.net/a;",
    );
    expect(links.map((link) => [link.url, link.host])).toEqual([
      ["https://support.example.com/help?x=1", "support.example.com"],
      ["http://www.example.org/page", "www.example.org"],
      ["ftp://files.example.net/a", "files.example.net"],
    ]);
  });

  it("stops after 200 links", () => {
    expect(extractTextLinks("http://a.example/ ".repeat(1000))).toHaveLength(200);
  });
});

describe("describeLink", () => {
  it.each([
    ["https://microsoft.com@evil.example/x", "evil.example", true],
    ["https://user:pw@host.example:8443/x", "host.example", false],
    ["http://[2001:db8::1]:80/", "[2001:db8::1]", false],
    ["https://evil.example\\@microsoft.com/", "evil.example", false],
    ["HTTPS://MiXeD.Example.COM./", "mixed.example.com", false],
    ["mailto:help@desk.example?subject=x", "desk.example", false],
  ])("%s goes to %s", (url, host, userInfo) => {
    const link = describeLink(url, "text");
    expect(link.host).toBe(host);
    if (userInfo) expect(link.hasUserInfo).toBe(true);
  });

  it("reports javascript: with its scheme and no host", () => {
    expect(describeLink("JavaScript:alert(1)", "html-anchor")).toMatchObject({ scheme: "javascript", host: "" });
  });
});

describe("extractHtmlLinks", () => {
  it("keeps the visible text and the host it claims", () => {
    const [link] = extractHtmlLinks(
      '<a class=x href="https://r.example/&amp;q=1"><b>https://outlook.office.com</b></a>',
    );
    expect(link).toMatchObject({
      url: "https://r.example/&q=1",
      host: "r.example",
      shownText: "https://outlook.office.com",
      shownHost: "outlook.office.com",
    });
  });

  it("decodes entity-hidden schemes and finds form targets", () => {
    const links = extractHtmlLinks(
      "<a href='&#x6A;avascript:x()'>go</a><form method=post action=https://collect.example/p></form><a name=top>",
    );
    expect(links.map((link) => [link.scheme, link.from])).toEqual([
      ["javascript", "html-anchor"],
      ["https", "html-form"],
    ]);
  });

  it("gets through a 2 MB flood of unclosed tags (one pass; a quadratic scan would hit the test timeout)", () => {
    expect(extractHtmlLinks("<a href=x ".repeat(200_000))).toEqual([]);
    expect(extractHtmlLinks("<a href=https://x.example/>y".repeat(100_000))).toHaveLength(200);
  });
});
