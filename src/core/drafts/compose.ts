/**
 * Turns a builder's parts into a Draft: the same content as HTML (every value escaped) and as plain
 * text, then Outlook's limits applied (subject, recipients per field, body size) with a note to the
 * user for anything left out. Every draft reads the same way: what happened, the ask, the line of
 * the bounce that decided, the facts; then, after the signature, the bounce itself when it goes along.
 */
import { t } from "../i18n/index.js";
import { escapeHtml, fitHtmlBody, fitRecipients, fitSubject } from "../limits.js";
import type { ActionKind, Draft, Language } from "../types.js";
import type { Fact } from "./facts.js";

export interface DraftParts {
  kind: ActionKind;
  /** language of the message itself */
  language: Language;
  /** language of the notes shown to the user */
  noteLanguage: Language;
  to: string[];
  cc?: string[];
  subject: string;
  /** what happened, then the ask, in plain sentences (escaped when rendered) */
  paragraphs: string[];
  /** the line of the bounce that decided, quoted under "The bounce says:" */
  quote?: string;
  facts: Fact[];
  /** one sentence after the facts, before the signature: where the bounce is (attached, or below) */
  bounceNote?: string;
  /** a long preformatted text after the signature: the bounce's own text */
  appendix?: { heading: string; text: string };
  notes: string[];
  attachNdrItem?: boolean;
}

const FONT = "font-family:'Segoe UI',Calibri,Arial,sans-serif;font-size:11pt";
const CELL = "text-align:left;vertical-align:top;padding:2px 12px 2px 0";
const PRE = "white-space:pre-wrap;font-family:Consolas,'Courier New',monospace;font-size:9pt";

function paragraphHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</p>`;
}

function factsHtml(facts: Fact[]): string {
  const rows = facts
    .map(
      (f) => `<tr><th style="${CELL}">${escapeHtml(f.label)}</th><td style="${CELL}">${escapeHtml(f.value)}</td></tr>`,
    )
    .join("");
  return `<table style="border-collapse:collapse">${rows}</table>`;
}

/** The most a draft says before the bounce it carries: short enough to be read, not skimmed. */
export const MAX_LEAD_CHARS = 1200;

function leadAndSignature(parts: DraftParts): { lead: string[]; signature: string[] } {
  return {
    lead: [t(parts.language, "draft.greeting"), ...parts.paragraphs],
    signature: [t(parts.language, "draft.thanks"), t(parts.language, "draft.closing")],
  };
}

function renderHtml(parts: DraftParts): string {
  const { lead, signature } = leadAndSignature(parts);
  let html = `<div style="${FONT}">`;
  html += lead.map(paragraphHtml).join("");
  if (parts.quote)
    html +=
      paragraphHtml(t(parts.language, "draft.quoteHeading")) + `<pre style="${PRE}">${escapeHtml(parts.quote)}</pre>`;
  if (parts.facts.length > 0) html += paragraphHtml(t(parts.language, "draft.factsHeading")) + factsHtml(parts.facts);
  if (parts.bounceNote) html += paragraphHtml(parts.bounceNote);
  html += signature.map(paragraphHtml).join("");
  if (parts.appendix) {
    html += paragraphHtml(parts.appendix.heading);
    html += `<pre style="${PRE}">${escapeHtml(parts.appendix.text)}</pre>`;
  }
  return html + "</div>";
}

/** The plain text up to and including the signature: everything but the bounce it carries. */
export function leadText(parts: DraftParts): string {
  const { lead, signature } = leadAndSignature(parts);
  const blocks = [...lead];
  if (parts.quote) blocks.push(`${t(parts.language, "draft.quoteHeading")}\n${parts.quote}`);
  if (parts.facts.length > 0) {
    blocks.push(
      [t(parts.language, "draft.factsHeading"), ...parts.facts.map((f) => `${f.label}: ${f.value}`)].join("\n"),
    );
  }
  if (parts.bounceNote) blocks.push(parts.bounceNote);
  blocks.push(signature.join("\n"));
  return blocks.join("\n\n");
}

function renderText(parts: DraftParts): string {
  const appendix = parts.appendix ? `\n\n${parts.appendix.heading}\n\n${parts.appendix.text}` : "";
  return `${leadText(parts)}${appendix}\n`;
}

/**
 * How long the NDR's own words may be in a draft: the deciding line, and each name or fact. The
 * first that keeps the lead within MAX_LEAD_CHARS wins; real bounces fit the first.
 */
export interface Room {
  line: number;
  value: number;
}
const ROOMS: readonly Room[] = [
  { line: 320, value: 120 },
  { line: 200, value: 72 },
  { line: 100, value: 40 },
];

/** The parts `build` makes in the most room that keeps the lead within MAX_LEAD_CHARS. */
export function withinLead(build: (room: Room) => DraftParts): DraftParts {
  let parts = build(ROOMS[0]);
  for (const room of ROOMS.slice(1)) {
    if (leadText(parts).length <= MAX_LEAD_CHARS) break;
    parts = build(room);
  }
  return parts;
}

export function composeDraft(parts: DraftParts): Draft {
  const notes = [...parts.notes];
  const to = fitRecipients(parts.to);
  const cc = fitRecipients(parts.cc ?? []);
  for (const [field, dropped] of [
    ["draft.field.to", to.dropped],
    ["draft.field.cc", cc.dropped],
  ] as const) {
    if (dropped.length > 0) {
      notes.push(
        t(parts.noteLanguage, "draft.note.dropped", {
          field: t(parts.noteLanguage, field),
          addresses: dropped.join(", "),
        }),
      );
    }
  }
  const body = fitHtmlBody(renderHtml(parts), paragraphHtml(t(parts.language, "draft.trimmedNote")));
  if (body.trimmed) notes.push(t(parts.noteLanguage, "draft.note.trimmed"));
  const draft: Draft = {
    kind: parts.kind,
    to: to.kept,
    cc: cc.kept,
    subject: fitSubject(parts.subject),
    htmlBody: body.html,
    // The plain text is for "copy" when Outlook cannot open a form: no size limit, so it stays whole.
    textBody: renderText(parts),
    notes,
  };
  if (parts.attachNdrItem) draft.attachNdrItem = true;
  return draft;
}
