// One name per party, per language, everywhere (docs/glossary.md): the glossary's checked tables are
// read here, so adding a retired word or a party name there is enough to have every string checked.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { areas } from "../../../src/core/i18n/areas.js";
import { retiredWords as retired, tableAfter } from "../../support/glossary.js";

type Language = keyof typeof areas;
const languages = Object.keys(areas) as Language[];

/** The ribbon's labels and tips in manifest.xml: English defaults, and the nb-NO overrides. */
function manifestStrings(language: Language): [string, string][] {
  const manifest = readFileSync(new URL("../../../manifest.xml", import.meta.url), "utf8");
  const strings = [...manifest.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)">([\s\S]*?)<\/bt:String>/g)];
  return strings.flatMap(([, id, english, overrides]): [string, string][] => {
    if (language === "en") return [[`manifest ${id}`, english!]];
    const nb = /Locale="nb-NO" Value="([^"]*)"/.exec(overrides!);
    return nb ? [[`manifest ${id}`, nb[1]!]] : [];
  });
}

/** Every string of a language, with its key (placeholders left in: they never hold a retired word). */
function stringsOf(language: Language): [string, string][] {
  const tables = Object.values(areas[language]).flatMap((table) => Object.entries(table as Record<string, string>));
  return [...tables, ...manifestStrings(language)];
}

describe("the glossary (docs/glossary.md)", () => {
  it("has retired words for both languages, including the issue's names for own IT and the remote server", () => {
    const words = (lang: Language) => retired.filter((entry) => entry.lang === lang).map((entry) => entry.word);
    for (const lang of languages) expect(words(lang).length).toBeGreaterThan(5);
    // the ribbon's strings are checked too
    for (const lang of languages) expect(manifestStrings(lang).length).toBeGreaterThan(5);
    // Issue 14's six Norwegian names for the reader's own IT and four for the remote server.
    const found = (text: string) => retired.some((entry) => entry.lang === "nb" && entry.pattern.test(text));
    for (const name of [
      "e-postadministratoren i din egen organisasjon",
      "IT-støtten hos dere",
      "IT-brukerstøtten deres",
      "IT-støtten vår",
      "avsenderens e-postadministrator",
      "Ekstern server",
      "Mottakende server",
      "Mottakerserver",
    ])
      expect(found(name), name).toBe(true);
    // The kept names themselves are never caught.
    for (const name of ["IT-avdelingen din", "mottakerens server", "returmeldingen", "av sikkerhetshensyn"])
      expect(found(name), name).toBe(false);
  });

  for (const lang of languages) {
    it(`no ${lang} string uses a retired word`, () => {
      const hits = stringsOf(lang).flatMap(([key, text]) =>
        retired
          .filter((entry) => entry.lang === lang && entry.pattern.test(text))
          .map((entry) => `${key}: "${entry.word}" (use "${entry.instead}") in: ${text}`),
      );
      expect(hits).toEqual([]);
    });
  }

  // "Rapporten" is the technical report the user copies, never the bounce (that is "returmeldingen").
  it("nb: 'rapport' only ever means the technical report (or DMARC's reports)", () => {
    const report = /(?<![\p{L}-])rapport/iu;
    const aboutTheTechnicalReport = /teknisk|Kopier rapporten|DMARC/;
    const strays = stringsOf("nb").filter(([, text]) => report.test(text) && !aboutTheTechnicalReport.test(text));
    expect(strays).toEqual([]);
  });

  it("writes a percentage as each language does: 95% in English, 95 % in Norwegian", () => {
    const percent = (lang: Language) => stringsOf(lang).filter(([, text]) => /[\d}]\s*%/.test(text));
    expect(percent("en").length).toBeGreaterThan(1);
    expect(percent("en").filter(([, text]) => /[\d}] %/.test(text))).toEqual([]);
    expect(percent("nb").filter(([, text]) => /[\d}]%/.test(text))).toEqual([]);
  });

  const parties = tableAfter("Parties").map(([id, en, nb, enThird, nbThird]) => ({
    id,
    names: { en, nb } as Record<Language, string>,
    third: { en: enThird, nb: nbThird } as Record<Language, string>,
  }));

  it("names every party who may have to act", () => {
    expect(parties.map((party) => party.id).sort()).toEqual(
      Object.keys(areas.en.ui)
        .filter((key) => key.startsWith("ui.owner."))
        .map((key) => key.slice("ui.owner.".length))
        .sort(),
    );
  });

  for (const lang of languages) {
    it(`${lang}: the pane's chip, the CLI and the copied report name each party by its glossary name`, () => {
      const table = Object.assign({}, ...Object.values(areas[lang])) as Record<string, string>;
      for (const { id, names, third } of parties) {
        const chip = table[`ui.owner.${id}`];
        expect(chip.toLowerCase(), `ui.owner.${id}`).toBe(names[lang].toLowerCase());
        expect(chip[0], `ui.owner.${id} starts with a capital`).toBe(chip[0].toUpperCase());
        expect(table[`cli.owner.${id}`], `cli.owner.${id}`).toBe(third[lang]);
        expect(table[`report.owner.${id}`], `report.owner.${id}`).toBe(third[lang]);
      }
    });
  }
});
