/** splitAddressLists (core/report/address-lists.ts): one line per listed address, only where a list names failures. */
import { describe, expect, it } from "vitest";
import { splitAddressLists } from "../../../src/core/report/address-lists.js";

const saysFailed = (label: string) => /failed|unknown/i.test(label);

describe("splitAddressLists", () => {
  it("puts each address of a bare list on its own line, at the list's indentation", () => {
    expect(splitAddressLists(["  a@example.org, <b@example.org>; c@example.org"], saysFailed)).toEqual([
      "  a@example.org",
      "  <b@example.org>",
      "  c@example.org",
    ]);
  });

  it("makes a failure label the heading of its list", () => {
    expect(splitAddressLists(["Failed addresses: a@example.org, b@example.org"], saysFailed)).toEqual([
      "Failed addresses:",
      "a@example.org",
      "b@example.org",
    ]);
  });

  it("leaves a list under a plain label alone: it summarises the original's addressees", () => {
    const lines = ["To: a@example.org, b@example.org", "收件人：a@example.org; b@example.org"];
    expect(splitAddressLists(lines, saysFailed)).toBe(lines);
  });

  it("leaves lines that hold anything but addresses alone", () => {
    const lines = [
      "Mail to a@example.org, b@example.org failed",
      "a@example.org",
      "Ola Nordmann <a@example.org>, b@example.org",
    ];
    expect(splitAddressLists(lines, saysFailed)).toBe(lines);
  });
});
