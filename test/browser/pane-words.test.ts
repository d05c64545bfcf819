/**
 * What the pane writes, as a reader gets it at 320 px in English and Norwegian (issue 14 items 3, 5,
 * 6 and 7): the drafts it hands to Outlook (what happened, the exact ask, the deciding line and the
 * minimum facts in at most 1,200 characters before the bounce, no internal terms, no Message-ID, one
 * language); the words on screen (the glossary's names, no retired word in any tab, the Norwegian
 * corrections); and the copied technical report (our codes in words with the code in parentheses,
 * percentages as each language writes them).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areas } from "../../src/core/i18n/areas.js";
import { explainBounce } from "../../src/core/index.js";
import { samples } from "../../src/preview/samples/files.js";
import { retiredWords } from "../support/glossary.js";
import { explanationSettled, useFakeOffice } from "./pane-support.js";
import { browserSkipReason, launchBrowser, newPage, pageUrl, screenshot } from "./support/browser.js";

type Lang = "en" | "nb";
const languages: Lang[] = ["en", "nb"];

/** One string of a language's area, by key (the areas are typed per key; tests look keys up by name). */
const stringOf = (lang: Lang, area: keyof (typeof areas)["en"], key: string): string =>
  (areas[lang][area] as Record<string, string>)[key] ?? `missing ${area} ${key}`;

const sample = (name: string) => {
  const found = samples.find((s) => s.name === name);
  if (!found) throw new Error(`no sample ${name}`);
  return found;
};

/** The pane in fake Outlook on the web at 320 × 560 with `name` selected, its clipboard recorded. */
async function openPane(browser: Browser, name: string, lang: Lang): Promise<Page & { errors: string[] }> {
  const page = await newPage(browser, { width: 320, height: 560, locale: lang === "nb" ? "nb-NO" : "en-US" });
  await useFakeOffice(page, {
    items: [{ id: `id-${name}`, itemClass: "IPM.Note", eml: sample(name).content }],
    language: lang === "nb" ? "nb-NO" : "en-US",
  });
  await page.addInitScript(() => {
    const copied: string[] = [];
    (window as unknown as { __copied: string[] }).__copied = copied;
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
  });
  await page.goto(pageUrl("taskpane.html"));
  await explanationSettled(page);
  return page;
}

/** Clicks the first draft button of `kind`, on whichever tab has one, and returns what Outlook was handed. */
async function openDraft(page: Page, kind: string): Promise<{ to: string[]; subject: string; html: string }> {
  const button = page.locator(`[data-testid=draft-button-${kind}]`).first();
  for (const tab of ["sender", "owner", "admin"]) {
    if ((await button.count()) > 0) break;
    await page.locator(`[data-testid=tab-${tab}]`).click();
  }
  const helpDesk = page.locator("[data-testid=help-desk-address]");
  if (kind === "contact-own-admin" && (await helpDesk.count()) > 0)
    await helpDesk.first().fill("servicedesk@contoso.com");
  await button.click();
  const handle = await page.waitForFunction(() => {
    const fake = (window as unknown as { __fake: { drafts: unknown[] } }).__fake;
    return fake.drafts.length > 0 ? fake.drafts[0] : null;
  });
  const draft = (await handle.jsonValue()) as { toRecipients?: string[]; subject?: string; htmlBody?: string };
  return { to: draft.toRecipients ?? [], subject: draft.subject ?? "", html: draft.htmlBody ?? "" };
}

/** The draft's body as a reader sees it: lines, no tags, entities decoded. */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|pre|tr)>/gi, "\n")
    .replace(/<\/th>/gi, ": ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text before the bounce a draft carries (all of it when the bounce goes as an attachment). */
function lead(text: string): string {
  const cuts = languages
    .map((lang) => text.indexOf(stringOf(lang, "drafts", "draft.bounce.heading")))
    .filter((at) => at >= 0);
  return cuts.length ? text.slice(0, Math.min(...cuts)) : text;
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/** Fixed phrases of one language's drafts (as in worth-sending.test.ts; the languages share none). */
function draftPhrases(language: Lang): string[] {
  return Object.entries(areas[language].drafts as Record<string, string>)
    .filter(([key]) => key.startsWith("draft."))
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 10);
}

/** Our own words that must stay out of a draft (scores, decoder names, cause ids). */
const internalTerms =
  /score|poengsum|Read as|Lest som|Names found|Navn funnet|rfc3464|confidence|Hvor sikre|\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b/;

/** Every Message-ID in a sample (the bounce's and the original's). */
const messageIds = (eml: string) =>
  [...eml.matchAll(/^Message-ID:\s*<?([^>\s]+)>?/gim)].map((match) => match[1]!).filter((id) => id.length > 5);

describe.skipIf(browserSkipReason)("what the pane writes, at 320 px in en and nb", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Item 3: one sample per draft kind, each opened from the pane as the reader would.
  const draftKinds = [
    { kind: "contact-recipient-admin", name: "not-authorized" },
    { kind: "ask-group-owner", name: "group-allowed-senders" },
    { kind: "ask-moderator", name: "moderation-rejected" },
    { kind: "contact-own-admin", name: "gmail-spf" },
    { kind: "forward-to-delist", name: "microsoft-blocklist" },
  ];
  for (const lang of languages) {
    for (const { kind, name } of draftKinds) {
      it(`${kind} (${lang}): what happened, the ask, the deciding line and the facts, within 1,200 characters, no internal terms`, async () => {
        // the facts the draft must carry, asked of the core as the pane asks it
        const explanation = await explainBounce(
          { kind: "text", text: sample(name).content },
          { language: lang, context: { readerAddress: "kari@contoso.com" } },
        );
        const rx = explanation.recipients.find((r) => r.facts.action === "failed")!;
        const page = await openPane(browser, name, lang);
        const draft = await openDraft(page, kind);
        const text = plainText(draft.html);
        const before = lead(text);
        expect(before.trim().length, "length before the bounce").toBeLessThanOrEqual(1_200);
        expect(before.trim().length).toBeGreaterThan(150);
        // The delisting desk reads English whatever the pane's language (item 4); every other draft follows the pane.
        const draftLang: Lang = kind === "forward-to-delist" ? "en" : lang;
        const flat = squeeze(before);
        // what happened: the cause's title, as the pane's verdict shows it; to Microsoft, the address it blocks
        if (kind === "forward-to-delist")
          expect(flat).toMatch(new RegExp(`refuses mail .* ${rx.diagnosis.names.blockedIp}`));
        else expect(flat).toContain(squeeze(await page.locator("[data-testid=verdict-title]").innerText()));
        // the line of the bounce that decided, and the minimum facts
        const deciding = squeeze(rx.diagnosis.evidence?.line ?? rx.facts.diagnostic ?? "");
        expect(deciding.length).toBeGreaterThan(10);
        expect(flat).toContain(deciding.slice(0, 60));
        expect(flat).toContain(rx.facts.address);
        expect(flat).toContain(rx.facts.status!);
        expect(flat).toMatch(/: 20\d\d-\d\d-\d\d \d\d:\d\d/);
        // the exact ask: a question or request sentence in the draft's language
        expect(before).toMatch(
          draftLang === "en" ? /\b(Could you|Can you|Please)\b[^?]*[?.]/ : /\b(Kan dere|Kan du|Vil du)\b[^?]*\?/,
        );
        // nothing of ours, and never a Message-ID (not even to Microsoft)
        expect(before.replace(deciding, "")).not.toMatch(internalTerms);
        for (const id of messageIds(sample(name).content)) expect(text, id).not.toContain(id);
        // one language: no fixed phrase of the other language's drafts
        const foreign = draftPhrases(draftLang === "en" ? "nb" : "en").filter((phrase) => text.includes(phrase));
        expect(foreign).toEqual([]);
        await screenshot(page, `pane-draft-${kind}-${lang}`);
        expect(page.errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
        await page.close();
      });
    }
  }

  /** The pane's own words on every tab, with the details open (NDR text, which we quote as it is, left out). */
  async function paneWords(page: Page): Promise<string> {
    const texts: string[] = [];
    const ours = () =>
      page.evaluate(() => {
        let text = document.querySelector<HTMLElement>("[data-testid=pane]")!.innerText;
        // quoted from the bounce: the deciding line, commands and DNS values, the details' values
        for (const quoted of document.querySelectorAll<HTMLElement>("pre, code, dd, [data-testid=explained-item]"))
          if (quoted.innerText.trim()) text = text.replace(quoted.innerText, "");
        return text;
      });
    if ((await page.locator("[data-testid=details-header]").count()) > 0) {
      await page.locator("[data-testid=details-header]").first().click();
      await page.locator("[data-testid=details-panel]").waitFor();
    }
    for (const tab of ["sender", "owner", "admin"]) {
      if ((await page.locator(`[data-testid=tab-${tab}]`).count()) === 0) continue;
      await page.locator(`[data-testid=tab-${tab}]`).click();
      texts.push(await ours());
    }
    if (texts.length === 0) texts.push(await ours());
    return texts.join("\n");
  }

  // Items 5 and 6: the names and corrections on screen, in every tab, on bounces that use most of them.
  const onScreen = ["group-allowed-senders", "gmail-spf", "hybrid-connector", "microsoft-blocklist", "two-recipients"];
  const corrections: Record<Lang, { present: (string | RegExp)[]; absent: RegExp }> = {
    en: {
      present: ["Verdict", "I sent it", /Confidence: \d+%/, "The message was stopped at"],
      absent: /Conclusion|\d %/,
    },
    nb: {
      present: ["Dette skjedde", "Jeg sendte meldingen", /Hvor sikre vi er: \d+ %/, "Meldingen ble stoppet hos"],
      absent: /Konklusjon|Jeg sendte den\b|Sikkerhet:|sluse|stoppet ved|Vis hva du gjør|fjerningstjeneste|\d%/i,
    },
  };
  for (const lang of languages) {
    it(`${lang}: every tab uses the glossary's names and no retired word; the corrected wording is there`, async () => {
      const retired = retiredWords.filter((entry) => entry.lang === lang);
      let all = "";
      for (const name of onScreen) {
        const page = await openPane(browser, name, lang);
        const words = await paneWords(page);
        all += `\n${words}`;
        const hits = retired.filter((entry) => entry.pattern.test(words)).map((entry) => `${name}: ${entry.word}`);
        expect(hits).toEqual([]);
        expect(words).not.toMatch(corrections[lang].absent);
        if (name === "two-recipients") {
          // the brief card's link to its recipient's steps: "Vis hva du kan gjøre"
          expect(words).toContain(stringOf(lang, "ui", "ui.verdict.show"));
        }
        if (name === "microsoft-blocklist")
          expect(words).toContain(stringOf(lang, "guidance", "action.forward-to-delist"));
        await page.close();
      }
      for (const wording of corrections[lang].present) expect(all).toMatch(wording);
      // a status code's meaning is sentences, not two dashes on one line
      const meanings = all
        .split("\n")
        .filter((line) => line.startsWith(stringOf(lang, "ui", "ui.why.codeMeaning").split("{")[0]!));
      expect(meanings.length).toBeGreaterThan(0);
      for (const line of meanings) {
        expect(line).not.toMatch(/ [–—-] .* [–—-] /);
        expect(line).toMatch(/\. \p{Lu}[^.]*\.$/u);
      }
    });
  }

  // Item 7: the copied technical report reads in the pane's language, our codes in words with the code after.
  for (const lang of languages) {
    it(`${lang}: the copied report gives our codes in words, the code in parentheses, and ${lang === "en" ? "95%" : "95 %"}`, async () => {
      const page = await openPane(browser, "gmail-spf", lang);
      await page.locator("[data-testid=details-header]").click();
      await page
        .locator("[data-testid=details-panel]")
        .getByRole("button", { name: stringOf(lang, "ui", "ui.action.copyReport") })
        .click();
      const copied = await page
        .waitForFunction(() => (window as unknown as { __copied: string[] }).__copied[0] ?? null)
        .then((handle) => handle.jsonValue() as Promise<string>);
      const label = (key: string) => stringOf(lang, "drafts", key);
      // a code in words, then the code; the code alone where the words are the code (English "failed")
      const coded = (key: string, code: string) =>
        stringOf(lang, "drafts", key) === code ? code : `${stringOf(lang, "drafts", key)} (${code})`;
      expect(copied).toContain(`${label("report.kind")}: ${coded("report.kind.failed", "failed")}\n`);
      expect(copied).toContain(`${label("report.action")}: ${coded("report.action.failed", "failed")}\n`);
      expect(copied).toMatch(new RegExp(`^${label("report.reason")}: [^\\n(]+ \\([a-z]+\\)$`, "m"));
      expect(copied).toContain(`${label("report.language")}: ${lang === "en" ? "English" : "engelsk"} (en)`);
      expect(copied).toMatch(lang === "en" ? /: \d+%$/m : /: \d+ %$/m);
      if (lang === "nb") {
        // none of the English words the Norwegian report used to show
        expect(copied).not.toMatch(/^(Type|Handling|Grunn): (failed|blocked|delayed)$/m);
        expect(copied).not.toMatch(/Språket i rapporten|pasted text/);
      }
      await page.close();
    });
  }
});
