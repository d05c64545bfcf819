import { describe, expect, it } from "vitest";
import { containsAnyOf, firstIndexOfAny } from "../../../src/core/read/phrases.js";

describe("containsAnyOf", () => {
  it("is true when any phrase occurs anywhere, false when none does", () => {
    const test = containsAnyOf(["generating server:", "remote server returned"]);
    expect(test("x\ngenerating server: mx1.example.com\n")).toBe(true);
    expect(test("the remote server returned '550 5.1.1'")).toBe(true);
    expect(test("generating server mx1 (no colon)")).toBe(false);
  });

  it("finds a phrase that overlaps or extends another one", () => {
    const test = containsAnyOf(["delivery has failed to these recipients or groups", "failed to these"]);
    expect(test("delivery has failed to these recipients")).toBe(true);
  });

  it("reads regular-expression characters as plain text", () => {
    const test = containsAnyOf(["resolver.adr.", "#smtp#", "(expanded from", "a|b", "[x]*"]);
    expect(test("resolverXadrX")).toBe(false);
    expect(test("see resolver.adr.recipnotfound")).toBe(true);
    expect(test("#SMTP#".toLowerCase())).toBe(true);
    expect(test("<a@b> (expanded from <c@d>)")).toBe(true);
    expect(test("a")).toBe(false);
    expect(test("x a|b y")).toBe(true);
    expect(test("[x]*")).toBe(true);
    expect(test("xx")).toBe(false);
  });

  it("answers the same when a long text is asked again (from its trigram signature)", () => {
    const test = containsAnyOf(["diagnostic information for administrators", "remote server returned"]);
    const filler = "the quick brown fox jumps over the lazy dog. ".repeat(20);
    // every trigram of "remote server returned" is in this text, but not the phrase itself
    const trigramsOnly = `${filler}remote server, server returned${filler}`;
    const present = `${filler}diagnostic information for administrators:${filler}`;
    for (let round = 0; round < 3; round++) {
      expect(test(filler)).toBe(false);
      expect(test(trigramsOnly)).toBe(false);
      expect(test(present)).toBe(true);
    }
  });

  it("is always false for no phrases", () => {
    expect(containsAnyOf([])("anything")).toBe(false);
  });
});

describe("firstIndexOfAny", () => {
  it("gives the smallest index any phrase is found at, whichever phrase it is", () => {
    const at = firstIndexOfAny([
      "original message follows",
      "----- original message follows -----",
      "content-type: message/rfc822",
    ]);
    const text = "hello\n----- original message follows -----\ncontent-type: message/rfc822\n";
    expect(at(text)).toBe(text.indexOf("-----"));
    expect(at("no marker here")).toBe(-1);
    expect(firstIndexOfAny([])("text")).toBe(-1);
  });

  it("gives the same index when a long text is asked again", () => {
    const at = firstIndexOfAny(["original message follows", "original message:"]);
    const text = `${"a line of the bounce's own words\n".repeat(20)}----- original message follows -----\n`;
    for (let round = 0; round < 3; round++) {
      expect(at(text)).toBe(text.indexOf("original message follows"));
      expect(at(text.replace("follows", "follow"))).toBe(-1);
    }
  });
});
