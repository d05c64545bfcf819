// The remedy-labelled dev set (test/fixtures/remedy, issue 13) keeps its shape: every case is a readable
// message with a label in the contract's words, naming its source. The scoring itself is the situation
// step's (npm run score:remedy); this file only makes sure the set it scores is whole.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import type { ActionKind, FixOwner, ParsedMessage } from "../../../src/core/types.js";
import type { RemedyLabel } from "../../support/remedy-score.js";

const DIR = new URL("../../fixtures/remedy/", import.meta.url);

// The contract's words, checked against src/core/types.ts at compile time both ways: a word missing here,
// or one that the contract does not have, fails `tsc --noEmit`.
const FIX_OWNERS = [
  "sender",
  "sender-admin",
  "group-owner",
  "recipient",
  "recipient-admin",
  "provider",
] as const satisfies readonly FixOwner[];
const ACTION_KINDS = [
  "forward-to-delist",
  "delist-portal",
  "third-party-delist",
  "contact-recipient-admin",
  "ask-group-owner",
  "ask-moderator",
  "contact-own-admin",
  "fix-address",
  "admin-command",
  "dns-record",
  "copy-report",
] as const satisfies readonly ActionKind[];
type Exhaustive<Listed, All> = [Exclude<All, Listed>] extends [never] ? true : false;
const allFixOwnersListed: Exhaustive<(typeof FIX_OWNERS)[number], FixOwner> = true;
const allActionKindsListed: Exhaustive<(typeof ACTION_KINDS)[number], ActionKind> = true;

// Bookkeeping words of the README (not scored; they let the set be counted).
const LANGUAGES = ["en", "nb", "de", "fr", "es", "sv", "da", "nl"];
const FORMS = ["direct", "forwarded-inline", "forwarded-attachment", "pasted"];
const SYSTEMS = [
  "exchange-online",
  "exchange-classic",
  "gmail",
  "google-groups",
  "postfix",
  "exim",
  "sendmail",
  "mailman",
  "sympa",
  "listserv",
  "barracuda",
  "mimecast",
  "proofpoint",
  "outlook-com",
  "fake",
];
// Situations where a group or list is named; everywhere else no group advice may be offered (issue 13, item 6).
const GROUP_SITUATIONS = [
  "group-restriction-outside",
  "group-restriction-inside",
  "group-restriction-hybrid",
  "nested-group",
  "large-group",
  "moderated-group",
  "moderation-hold",
  "list-non-member",
];
const SITUATIONS = [
  ...GROUP_SITUATIONS,
  "mailbox-restriction-outside",
  "mailbox-restriction-inside",
  "mailbox-restriction-hybrid",
  "public-folder-outside",
  "public-folder-inside",
  "relay-denied-recipient-mx",
  "relay-denied-own-smarthost",
  "relay-denied-own-server",
  "wrong-mx-recipient",
  "wrong-mx-own",
  "blocklist",
  "recipient-org-block",
  "spf-own",
  "spf-other",
  "dmarc-own",
  "domain-not-verified",
  "delay",
  "expired",
  "recipient-unknown",
  "mailbox-full",
  "message-too-large",
  "content-rejected",
  "transport-rule",
  "fake",
];
const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
const isOurs = (domain: string, ours: readonly string[]) => ours.some((d) => domain === d || domain.endsWith(`.${d}`));
// Words an answer must carry that are not names from the NDR itself (README: mustMention).
const ANSWER_TERMS = ["hybrid", "get-mailbox", "anonymous", "createitems", "spf.protection.outlook.com"];
const isAnswerTerm = (m: string) =>
  ANSWER_TERMS.includes(m.toLowerCase()) || /\.mail\.protection\.outlook\.com$/i.test(m);

// The label's shape is the scorer's; this file checks that each label really holds to it.
type Label = RemedyLabel;
interface Case {
  name: string;
  lang: string;
  message: string;
  ext: "eml" | "txt";
  label: Label;
}

const NAME = /^(?<lang>[a-z]{2})-\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function loadCases(): { cases: Case[]; strays: string[] } {
  const files = readdirSync(DIR).filter((f) => f !== "README.md");
  const stems = new Map<string, string[]>();
  for (const f of files) {
    const dot = f.lastIndexOf(".");
    const stem = dot > 0 ? f.slice(0, dot) : f;
    stems.set(stem, [...(stems.get(stem) ?? []), f.slice(dot + 1)]);
  }
  const cases: Case[] = [];
  const strays: string[] = [];
  for (const [stem, exts] of stems) {
    const message = exts.filter((e) => e === "eml" || e === "txt");
    if (message.length !== 1 || !exts.includes("json") || exts.length !== 2) {
      strays.push(`${stem}: ${exts.sort().join(", ")}`);
      continue;
    }
    const ext = message[0] as "eml" | "txt";
    cases.push({
      name: stem,
      lang: NAME.exec(stem)?.groups?.lang ?? "",
      ext,
      message: readFileSync(new URL(`${stem}.${ext}`, DIR), "utf8"),
      label: JSON.parse(readFileSync(new URL(`${stem}.json`, DIR), "utf8")) as Label,
    });
  }
  return { cases: cases.sort((a, b) => a.name.localeCompare(b.name)), strays };
}

const { cases, strays } = loadCases();

/** What the fixture says, decoded, for checking that a name to mention comes from it. */
function allText(m: ParsedMessage): string {
  return [m.subject, m.from, ...m.to, m.text, ...m.headers.map((h) => h.value), ...m.parts.map((p) => p.text ?? "")]
    .join("\n")
    .toLowerCase();
}

async function read(c: Case): Promise<ParsedMessage> {
  if (c.ext === "txt")
    return readMessage({ kind: "text", text: c.message.slice(c.message.indexOf("\n") + 1), name: c.name });
  return readMessage({ kind: "bytes", data: new TextEncoder().encode(c.message), name: c.name });
}

describe("remedy fixtures: the set", () => {
  it("lists the contract's words exactly (compile-time check, also run)", () => {
    expect([allFixOwnersListed, allActionKindsListed]).toEqual([true, true]);
  });

  it("pairs every message with its label and nothing else lies in the folder", () => {
    expect(strays).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });

  it("names every case <lang>-<nnn>-<slug> with a known language, numbers unique per language", () => {
    const bad = cases.filter((c) => !NAME.test(c.name) || !LANGUAGES.includes(c.lang)).map((c) => c.name);
    expect(bad).toEqual([]);
    const numbers = cases.map((c) => c.name.slice(0, 6));
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
  });

  it("holds the issue's counts: 150 cases or more, 40 in Norwegian, 20 in German, French, Spanish, Swedish, Danish or Dutch", () => {
    const inLanguages = (...langs: string[]) => cases.filter((c) => langs.includes(c.lang)).length;
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(inLanguages("nb")).toBeGreaterThanOrEqual(40);
    expect(inLanguages("de", "fr", "es", "sv", "da", "nl")).toBeGreaterThanOrEqual(20);
  });

  it("covers every situation, system and form it names, inside and outside alike", () => {
    const seen = (key: "situation" | "system" | "form") => new Set(cases.map((c) => c.label[key]));
    const missing = (key: "situation" | "system" | "form", all: string[]) => all.filter((v) => !seen(key).has(v));
    expect(missing("situation", SITUATIONS)).toEqual([]);
    expect(missing("system", SYSTEMS)).toEqual([]);
    expect(missing("form", FORMS)).toEqual([]);
    expect(cases.filter((c) => c.label.reader === "helpdesk").length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.label.suspicious).length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(cases.map((c) => [c.name, c] as const))("remedy fixture %s", (_name, c) => {
  const l = c.label;

  it("names the public description its shape comes from, in the message and in the label", () => {
    expect(l.source).toMatch(/https?:\/\/|RFC \d+/);
    if (c.ext === "txt") expect(c.message).toMatch(/^# source: .*(?:https?:\/\/|RFC \d+)/);
    else
      expect(c.message.slice(0, c.message.indexOf("\n\n"))).toMatch(/^X-Fixture-Note: [^]*?(?:https?:\/\/|RFC \d+)/m);
  });

  it("is a message the reader takes without problems", async () => {
    const m = await read(c);
    expect(m.problems).toEqual([]);
    expect(m.text.trim().length).toBeGreaterThan(40);
  });

  it("has a label in the contract's words", () => {
    expect(Object.keys(l).sort()).toEqual(
      ["context", "form", "note", "reader", "recipients", "situation", "source", "suspicious", "system"].sort(),
    );
    expect(l.context.readerAddress).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
    expect(l.context.orgDomains?.length).toBeGreaterThan(0);
    for (const d of l.context.orgDomains ?? []) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(["sender", "helpdesk"]).toContain(l.reader);
    expect(typeof l.suspicious).toBe("boolean");
    expect(SYSTEMS).toContain(l.system);
    expect(SITUATIONS).toContain(l.situation);
    expect(FORMS).toContain(l.form);
    expect(l.form === "pasted").toBe(c.ext === "txt");
    expect(l.note.length).toBeGreaterThan(20);
    expect(Array.isArray(l.recipients)).toBe(true);
  });

  it("labels each recipient with who acts, what to offer and not, and names to mention", async () => {
    const text = allText(await read(c));
    if (l.suspicious) expect(l.recipients).toEqual([]);
    else expect(l.recipients.length).toBeGreaterThan(0);
    for (const r of l.recipients) {
      expect(r.address === "" ? (r.displayName ?? "") : r.address).not.toBe("");
      if (r.address) expect(text).toContain(r.address.toLowerCase());
      expect(FIX_OWNERS as readonly string[]).toContain(r.fixOwner);
      for (const k of [...r.mustOffer, ...r.mustNotOffer]) expect(ACTION_KINDS as readonly string[]).toContain(k);
      expect(r.mustOffer.filter((k) => r.mustNotOffer.includes(k))).toEqual([]);
      for (const m of r.mustMention) {
        expect(m.trim()).not.toBe("");
        if (!isAnswerTerm(m)) expect(text, `mustMention "${m}" is not in the message`).toContain(m.toLowerCase());
      }
      for (const s of r.mustNotSay ?? []) expect(s.trim()).not.toBe("");
      if (!GROUP_SITUATIONS.includes(l.situation)) expect(r.mustNotOffer).toContain("ask-group-owner");
      if (l.situation === "delay") expect(r.mustNotSay).toContain("gave up");
      if (l.situation.endsWith("-hybrid")) {
        expect(r.fixOwner).toBe("sender-admin");
        expect(r.mustMention).toContain("hybrid");
      }
      const outside = r.address !== "" && !isOurs(domainOf(r.address), l.context.orgDomains ?? []);
      // Commands and DNS values only for the reader's organisation.
      if (outside && ["recipient-admin", "recipient", "group-owner", "provider"].includes(r.fixOwner))
        expect(r.mustNotOffer).toEqual(expect.arrayContaining(["admin-command", "dns-record"]));
      // An outside sender cannot reach an Exchange group's owner.
      if (
        outside &&
        l.system.startsWith("exchange") &&
        GROUP_SITUATIONS.includes(l.situation) &&
        r.fixOwner !== "sender"
      )
        expect(r.mustNotOffer).toContain("ask-group-owner");
    }
  });
});
