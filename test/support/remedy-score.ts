/**
 * The remedy scorer (issue 13): explains every case in test/fixtures/remedy with its label's context
 * and compares the answer with the label, as test/fixtures/remedy/README.md defines "the answer": the
 * verdict, the steps of the reader's own tab and of the fix owner's tab, their actions (kinds, commands,
 * DNS values, draft recipients), and the evidence.
 *
 * Measures: who must act (per labelled recipient), required actions offered and required names
 * mentioned (per item), and harmful answers (per case: a mustNotOffer action offered, a mustNotSay word
 * said, or any action at all on a bounce labelled suspicious).
 *
 * `npm run score:remedy` prints the figures; test/core/situate/remedy-score.test.ts gates them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { explainBounce } from "../../src/core/index.js";
import type {
  Action,
  Audience,
  BounceInput,
  Explanation,
  FixOwner,
  Language,
  RecipientExplanation,
} from "../../src/core/types.js";

const DIR = new URL("../fixtures/remedy/", import.meta.url);

export interface RecipientLabel {
  address: string;
  displayName?: string;
  fixOwner: FixOwner;
  mustOffer: string[];
  mustNotOffer: string[];
  mustMention: string[];
  mustNotSay?: string[];
}

export interface RemedyLabel {
  source: string;
  context: { readerAddress?: string; orgDomains?: string[] };
  reader: "sender" | "helpdesk";
  suspicious: boolean;
  recipients: RecipientLabel[];
  system: string;
  situation: string;
  form: string;
  note: string;
}

export interface RemedyCase {
  name: string;
  lang: string;
  input: BounceInput;
  label: RemedyLabel;
}

export interface RecipientResult {
  address: string;
  expectedOwner: FixOwner;
  /** how many actions and names the label asks for */
  offers: number;
  mentions: number;
  /** undefined when the answer has no card for this recipient */
  answeredOwner?: FixOwner;
  missingOffers: string[];
  missingMentions: string[];
  wrongOffers: string[];
  wrongWords: string[];
}

export interface CaseResult {
  name: string;
  lang: string;
  situation: string;
  system: string;
  recipients: RecipientResult[];
  /** labelled with something that must not be offered or said, or suspicious */
  harmLabelled: boolean;
  /** why the answer is harmful ("offers admin-command", "says \"gave up\"", "action on a suspicious bounce") */
  harms: string[];
}

export interface Figures {
  owner: { ok: number; of: number };
  offers: { ok: number; of: number };
  mentions: { ok: number; of: number };
  harmful: { cases: number; labelled: number };
  cases: number;
}

/** Every case in the folder, as the pane or the CLI would be handed it. */
export function loadRemedyCases(): RemedyCase[] {
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
  return names.map((name) => {
    const label = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), "utf8")) as RemedyLabel;
    let input: BounceInput;
    try {
      const text = readFileSync(new URL(`${name}.txt`, DIR), "utf8");
      // the first line names the source; the paste box never sees it
      input = { kind: "text", text: text.slice(text.indexOf("\n") + 1), name };
    } catch {
      input = { kind: "bytes", data: new Uint8Array(readFileSync(new URL(`${name}.eml`, DIR))), name };
    }
    return { name, lang: name.slice(0, 2), input, label };
  });
}

/** The tab that speaks to whoever must act. */
export function fixOwnerTab(owner: FixOwner): Audience {
  if (owner === "group-owner") return "owner";
  if (owner === "sender" || owner === "recipient") return "sender";
  return "admin";
}

/** The language the answer is read in: Norwegian cases by a Norwegian reader, the rest in English. */
export function answerLanguage(c: RemedyCase): Language {
  return c.lang === "nb" ? "nb" : "en";
}

function findRecipient(explanation: Explanation, label: RecipientLabel): RecipientExplanation | undefined {
  const address = label.address.toLowerCase();
  if (address) return explanation.recipients.find((r) => r.facts.address.toLowerCase() === address);
  const name = (label.displayName ?? "").toLowerCase();
  return explanation.recipients.find((r) => !r.facts.address && (r.facts.displayName ?? "").toLowerCase() === name);
}

function actionWords(action: Action): string[] {
  return [action.value, action.host, action.url].filter((v): v is string => Boolean(v));
}

/** What the reader is shown for one recipient: its advice (what may be wrong) and its evidence. */
export function answerOf(
  recipient: RecipientExplanation,
  reader: RemedyLabel["reader"],
): { actions: Action[]; advice: string; evidence: string } {
  const tabs = new Set<Audience>([
    reader === "helpdesk" ? "admin" : "sender",
    fixOwnerTab(recipient.diagnosis.fixOwner),
  ]);
  const steps = [...tabs].flatMap((tab) => recipient.guidance[tab]);
  const actions = steps.flatMap((s) => (s.action ? [s.action] : []));
  let advice = [recipient.verdict, recipient.title, ...steps.map((s) => s.text), ...actions.flatMap(actionWords)].join(
    "\n",
  );
  // The NDR's own words quoted as evidence are not our advice: they count for names, not for wrong words.
  // The situation facts shown beside them are ours, so they count as advice.
  const evidence = [recipient.diagnosis.evidence?.text ?? "", recipient.diagnosis.evidence?.line ?? ""].join("\n");
  advice += `\n${(recipient.situationFacts ?? []).join("\n")}`;
  return { actions, advice, evidence };
}

/** Every action anywhere in an explanation: on a suspicious bounce there must be none. */
function anyActions(explanation: Explanation): Action[] {
  return explanation.recipients.flatMap((r) => [
    ...r.diagnosis.actions,
    ...(["sender", "owner", "admin"] as const).flatMap((tab) =>
      r.guidance[tab].flatMap((s) => (s.action ? [s.action] : [])),
    ),
  ]);
}

export async function scoreCase(c: RemedyCase): Promise<CaseResult> {
  const explanation = await explainBounce(c.input, { language: answerLanguage(c), context: c.label.context });
  const harms: string[] = [];
  if (c.label.suspicious && anyActions(explanation).length > 0) harms.push("action on a suspicious bounce");
  const recipients = c.label.recipients.map((label): RecipientResult => {
    const found = findRecipient(explanation, label);
    const result: RecipientResult = {
      address: label.address || label.displayName || "",
      expectedOwner: label.fixOwner,
      offers: label.mustOffer.length,
      mentions: label.mustMention.length,
      answeredOwner: found?.diagnosis.fixOwner,
      missingOffers: [],
      missingMentions: [],
      wrongOffers: [],
      wrongWords: [],
    };
    if (!found) {
      result.missingOffers = [...label.mustOffer];
      result.missingMentions = [...label.mustMention];
      return result;
    }
    const { actions, advice, evidence } = answerOf(found, c.label.reader);
    const kinds = new Set(actions.map((a) => a.kind));
    const shown = `${advice}\n${evidence}`.toLowerCase();
    const said = advice.toLowerCase();
    result.missingOffers = label.mustOffer.filter((k) => !kinds.has(k as Action["kind"]));
    result.missingMentions = label.mustMention.filter((m) => !shown.includes(m.toLowerCase()));
    result.wrongOffers = label.mustNotOffer.filter((k) => kinds.has(k as Action["kind"]));
    result.wrongWords = (label.mustNotSay ?? []).filter((w) => said.includes(w.toLowerCase()));
    harms.push(
      ...result.wrongOffers.map((k) => `${result.address}: offers ${k}`),
      ...result.wrongWords.map((w) => `${result.address}: says "${w}"`),
    );
    return result;
  });
  const harmLabelled =
    c.label.suspicious || c.label.recipients.some((r) => r.mustNotOffer.length > 0 || (r.mustNotSay?.length ?? 0) > 0);
  return {
    name: c.name,
    lang: c.lang,
    situation: c.label.situation,
    system: c.label.system,
    recipients,
    harmLabelled,
    harms,
  };
}

export function scoreFigures(results: readonly CaseResult[]): Figures {
  const f: Figures = {
    owner: { ok: 0, of: 0 },
    offers: { ok: 0, of: 0 },
    mentions: { ok: 0, of: 0 },
    harmful: { cases: 0, labelled: 0 },
    cases: results.length,
  };
  for (const r of results) {
    if (r.harmLabelled) f.harmful.labelled++;
    if (r.harms.length > 0) f.harmful.cases++;
    for (const x of r.recipients) {
      f.owner.of++;
      if (x.answeredOwner === x.expectedOwner) f.owner.ok++;
      f.offers.of += x.offers;
      f.offers.ok += x.offers - x.missingOffers.length;
      f.mentions.of += x.mentions;
      f.mentions.ok += x.mentions - x.missingMentions.length;
    }
  }
  return f;
}

export async function scoreAll(cases = loadRemedyCases()): Promise<{ figures: Figures; results: CaseResult[] }> {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await scoreCase(c));
  return { figures: scoreFigures(results), results };
}

export const percent = (ok: number, of: number): number => (of ? Math.round((1000 * ok) / of) / 10 : 100);

function line(label: string, f: Figures): string {
  return [
    label.padEnd(8),
    `${String(f.cases).padStart(4)} cases`,
    `owner ${percent(f.owner.ok, f.owner.of).toFixed(1).padStart(5)} % (${f.owner.ok}/${f.owner.of})`,
    `offers ${percent(f.offers.ok, f.offers.of).toFixed(1).padStart(5)} % (${f.offers.ok}/${f.offers.of})`,
    `names ${percent(f.mentions.ok, f.mentions.of).toFixed(1).padStart(5)} % (${f.mentions.ok}/${f.mentions.of})`,
    `harmful ${f.harmful.cases}/${f.harmful.labelled}`,
  ].join("  ");
}

function failures(r: CaseResult): string[] {
  const out: string[] = [];
  for (const x of r.recipients) {
    if (x.answeredOwner !== x.expectedOwner)
      out.push(`${x.address}: owner ${x.answeredOwner ?? "(no card)"}, label ${x.expectedOwner}`);
    if (x.missingOffers.length) out.push(`${x.address}: does not offer ${x.missingOffers.join(", ")}`);
    if (x.missingMentions.length) out.push(`${x.address}: does not mention ${x.missingMentions.join(", ")}`);
  }
  return [...out, ...r.harms];
}

export function report(results: readonly CaseResult[]): string {
  const out = [line("all", scoreFigures(results))];
  const langs = [...new Set(results.map((r) => r.lang))].sort();
  for (const lang of langs) out.push(line(lang, scoreFigures(results.filter((r) => r.lang === lang))));
  const failing = results.filter((r) => failures(r).length > 0);
  out.push("", `failing cases: ${failing.length}`);
  for (const r of failing) {
    out.push(`  ${r.name} (${r.situation}, ${r.system})`);
    for (const f of failures(r)) out.push(`    ${f}`);
  }
  return out.join("\n");
}
