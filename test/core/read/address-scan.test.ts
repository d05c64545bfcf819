import { describe, expect, it } from "vitest";
import { scanAddresses } from "../../../src/core/read/address-scan.js";

const found = (text: string) => scanAddresses(text).map((hit) => hit.address);

describe("scanAddresses", () => {
  it("ends an address at full-width and CJK punctuation, as Chinese and Japanese bounces write labels", () => {
    expect(found("发件人：kari@example.com")).toEqual(["kari@example.com"]);
    expect(found("收件人：li@example.cn；zhao@example.cn，")).toEqual(["li@example.cn", "zhao@example.cn"]);
    expect(found("宛先「taro@example.jp」へ")).toEqual(["taro@example.jp"]);
    expect(found("«marie@example.fr»")).toEqual(["marie@example.fr"]);
  });

  it("keeps internationalised local parts and domains whole (RFC 6531)", () => {
    expect(found("用户@例子.example")).toEqual(["用户@例子.example"]);
    expect(found("<jörg@bücher.example>")).toEqual(["jörg@bücher.example"]);
    expect(found("info@col·legi.example")).toEqual(["info@col·legi.example"]);
  });
});
