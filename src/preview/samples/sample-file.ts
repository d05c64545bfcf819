/**
 * The preview page's sample bounces are plain files in this folder: `<name>.eml` (a whole message,
 * as saved from a mail client) or `<name>.txt` (text as pasted from a reading pane). Adding a sample
 * means adding a file. Each starts with a few `# key: value` lines the loader strips:
 *
 *   # title.en: S1 · Not allowed to send to the recipient     (the list's label, each language)
 *   # title.nb: S1 · Ikke lov å sende til mottakeren
 *   # seed: S1                (optional: the seed article's cause it illustrates)
 *   # cause: EXCH_NOT_AUTHORIZED   (what the diagnosis must reach; "*" for the fake one)
 *   # kind: delayed           (optional: the report's kind when it is not "failed")
 *   # ndr-language: en        (the language of the bounce's own text)
 *   # source: …               (where its shape comes from)
 *
 * A message that carries several bounces (Outlook offers a list) holds each after a
 * `# attachment: <file name>` line. Pure: the page (index.ts) and Node (files.ts) read the files.
 */
import type { Language, ReportKind } from "../../core/types.js";

export interface Sample {
  /** the file's name without extension: preview.html?sample=<name> */
  name: string;
  title: Record<Language, string>;
  /** language of the NDR's own text */
  ndrLanguage: Language;
  /** seed cause (S1–S12) it illustrates, when it does */
  seed?: string;
  /** cause id the diagnosis should reach (tests check it) */
  expectedCause: string;
  /** the report's kind the engine should reach (tests check it): "failed" unless the file says */
  expectedKind: ReportKind;
  /** where the sample's shape comes from */
  source: string;
  /** a .eml file: the whole message; a .txt file: pasted text */
  format: "eml" | "text";
  /** the message (or the pasted text) with the `#` lines removed */
  content: string;
  /** or: several messages attached to the selected item (the pane offers a list) */
  attachments?: { name: string; content: string }[];
}

const fieldLine = /^# ([\w.-]+): ?(.*)$/;

/** Reads one sample file. Throws on a file without a title or cause: a broken sample must not ship quietly. */
export function parseSampleFile(fileName: string, text: string): Sample {
  const match = /^(?:.*\/)?([\w-]+)\.(eml|txt)$/.exec(fileName);
  if (!match) throw new Error(`sample ${fileName}: expected <name>.eml or <name>.txt`);
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const fields: Record<string, string> = {};
  let at = 0;
  for (; at < lines.length; at++) {
    const field = fieldLine.exec(lines[at]!);
    if (!field || field[1] === "attachment") break;
    fields[field[1]!] = field[2]!.trim();
  }
  const body = lines.slice(at).join("\n");
  for (const key of ["title.en", "title.nb", "cause", "source"])
    if (!fields[key]) throw new Error(`sample ${fileName}: missing "# ${key}:" line`);
  const sample: Sample = {
    name: match[1]!,
    title: { en: fields["title.en"]!, nb: fields["title.nb"]! },
    ndrLanguage: fields["ndr-language"] === "nb" ? "nb" : "en",
    expectedCause: fields.cause!,
    expectedKind: (fields.kind as ReportKind | undefined) ?? "failed",
    source: fields.source!,
    format: match[2] === "txt" ? "text" : "eml",
    content: body,
  };
  if (fields.seed) sample.seed = fields.seed;
  const attachments = body.split(/^# attachment: (.+)\n/m);
  if (attachments.length > 1) {
    sample.attachments = [];
    for (let i = 1; i < attachments.length; i += 2)
      sample.attachments.push({ name: attachments[i]!.trim(), content: attachments[i + 1]! });
    sample.content = sample.attachments[0]!.content;
  }
  return sample;
}

const seedNumber = (s: Sample) => (s.seed ? Number(s.seed.slice(1)) : 100);

/** The list's order: the seed article's causes S1–S12 first, then the rest; by name within. */
export function sortSamples(samples: Sample[]): Sample[] {
  return [...samples].sort((a, b) => seedNumber(a) - seedNumber(b) || a.name.localeCompare(b.name));
}

export function findSample(samples: readonly Sample[], name: string | null | undefined): Sample | undefined {
  return name ? samples.find((s) => s.name === name) : undefined;
}
