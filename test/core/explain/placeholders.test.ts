// No answer shows a placeholder that the NDR gave no value for: a list notice that names no owner
// address reads "the list's owners (their address is on the list's web page)", not "({listOwner})".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainBounce, explainBounces } from "../../../src/core/index.js";
import { engineFixtureFiles } from "../../support/engine-fixtures.js";

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

  // A recipient named only by display name or by a program has no domain: its postmaster is named in words,
  // never "postmaster@" glued to the plain words for a domain ("postmaster@the recipient's domain").
  it("never glue an address to plain words, over the whole fixture set", async () => {
    const inputs = engineFixtureFiles().map((f) => ({
      kind: "bytes" as const,
      data: new Uint8Array(readFileSync(f.eml)),
    }));
    for (const language of ["en", "nb"] as const) {
      const texts = (await explainBounces(inputs, { language })).flatMap((explanation) =>
        explanation.recipients.flatMap((r) => [
          r.verdict,
          ...(["sender", "owner", "admin"] as const).flatMap((tab) => r.guidance[tab].map((step) => step.text)),
        ]),
      );
      expect(texts.length).toBeGreaterThan(1000);
      expect(texts.filter((text) => /@(?:the|mottakerens|their|deres)\b/i.test(text))).toEqual([]);
    }
  }, 60_000);
});
