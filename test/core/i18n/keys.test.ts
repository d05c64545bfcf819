// Every area file must hold the same keys in every language, and no string may be empty.
import { describe, expect, it } from "vitest";
import { areas } from "../../../src/core/i18n/areas.js";
import { hasKey, t } from "../../../src/core/i18n/index.js";
import type { ReportKind } from "../../../src/core/types.js";

const languages = Object.keys(areas) as (keyof typeof areas)[];

describe("i18n keys", () => {
  for (const area of Object.keys(areas.en) as (keyof typeof areas.en)[]) {
    it(`area "${area}" has the same keys in every language`, () => {
      const reference = Object.keys(areas.en[area]).sort();
      for (const lang of languages) {
        const table = (areas[lang] as Record<string, Record<string, string>>)[area];
        expect(table, `${lang} lacks area ${area}`).toBeDefined();
        expect(Object.keys(table).sort(), `${lang}/${area}`).toEqual(reference);
        for (const [key, value] of Object.entries(table)) {
          expect(value.trim(), `${lang}/${area}: ${key} is empty`).not.toBe("");
        }
      }
    });
  }

  it("every language registers the same areas", () => {
    for (const lang of languages) expect(Object.keys(areas[lang]).sort()).toEqual(Object.keys(areas.en).sort());
  });

  it("placeholders in nb match those in en", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const area of Object.keys(areas.en) as (keyof typeof areas.en)[]) {
      const en = areas.en[area] as Record<string, string>;
      const nb = (areas.nb as Record<string, Record<string, string>>)[area];
      for (const key of Object.keys(en)) expect(names(nb[key] ?? ""), `${area}: ${key}`).toEqual(names(en[key]));
    }
  });

  it("t fills placeholders and keeps unknown ones visible", () => {
    expect(t("en", "unknown.title")).toMatch(/recognise/);
    expect(t("nb", "no.such.key")).toBe("no.such.key");
  });
});

describe("words for every kind of report", () => {
  // a Record over ReportKind: adding a kind without listing it here fails the type check
  const kinds: Record<ReportKind, true> = {
    failed: true,
    delayed: true,
    delivered: true,
    "auto-reply": true,
    feedback: true,
    challenge: true,
    "not-a-report": true,
  };
  it("the CLI names each kind, and the pane explains each one that is not a bounce", () => {
    for (const lang of languages) {
      for (const kind of Object.keys(kinds)) {
        expect(hasKey(`cli.kind.${kind}`), `cli.kind.${kind}`).toBe(true);
        if (kind !== "failed")
          expect(t(lang, `ui.kind.${kind}`), `${lang} ui.kind.${kind}`).not.toBe(`ui.kind.${kind}`);
      }
    }
  });
});
