/**
 * verpMember: the member a VERP return path encodes, only in the documented forms (Mailman's
 * "list-bounces+member=domain", the owner- convention's "+=", ezmlm's "list-return-<n>-member=domain",
 * "bounce-member=domain"), never from an address whose encoded part cannot be told apart.
 */
import { describe, expect, it } from "vitest";
import { verpMember } from "../../../src/core/report/verp.js";

describe("verpMember", () => {
  it.each([
    ["announce-bounces+jdoe=example.com@lists.example.org", "jdoe@example.com"],
    ["owner-dev+kari+tag=example.net@lists.example.org", "kari+tag@example.net"],
    ["bounce-jdoe=example.com@news.example.org", "jdoe@example.com"],
    ["dev-return-4711-mary-jane=example.net@lists.example.org", "mary-jane@example.net"],
    ["news-bounces+jdoe2024=example.com@lists.example.org", "jdoe2024@example.com"],
  ])("reads %s as %s", (path, member) => {
    expect(verpMember(path)).toBe(member);
  });

  it.each([
    // an ESP's account and message ids before the member: where its local part starts is unknown
    "bounces+48213-7f3a-jdoe=example.com@em.example.net",
    "bounce-0000002-1111115-kijitora=example.org@mx.example.com",
    "bounce-mc.us5_12345678.1234567-jdoe=example.com@mail123.example.net",
    "bounces+ab12cd-jdoe=example.com@em.example.net",
    // ezmlm's warning and probe paths encode more than the member
    "choir-return-warn-1744956001.-rune=example.net@lists.example.org",
    // a person's sub-address, no bounce role; no domain after the "="
    "kari+orders=shop.example.com@example.com",
    "list-bounces+jdoe=localhost@lists.example.org",
    "announce-bounces@lists.example.org",
  ])("reads nothing from %s", (path) => {
    expect(verpMember(path)).toBeUndefined();
  });
});
