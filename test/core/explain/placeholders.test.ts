// No answer shows a placeholder that the NDR gave no value for: a list notice that names no owner
// address reads "the list's owners (their address is on the list's web page)", not "({listOwner})".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";

const remedy = (name: string) => new URL(`../../fixtures/remedy/${name}.eml`, import.meta.url);

describe("placeholders in the guidance", () => {
  it("are all filled, with a plain word where the NDR names nothing", async () => {
    for (const language of ["en", "nb"] as const) {
      const data = new Uint8Array(readFileSync(remedy("en-028-google-group-may-not-exist")));
      const [r] = (await explainBounce({ kind: "bytes", data }, { language })).recipients;
      const texts = (["sender", "owner", "admin"] as const).flatMap((tab) => r!.guidance[tab].map((s) => s.text));
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text, text).not.toMatch(/\{\w+\}/);
    }
  });
});
