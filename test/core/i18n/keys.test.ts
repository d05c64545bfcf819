// Every area file must hold the same keys in every language, and no string may be empty.
import { describe, expect, it } from "vitest";
import { areas } from "../../../src/core/i18n/areas.js";
import { t } from "../../../src/core/i18n/index.js";

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
