/**
 * Finding an NDR that was forwarded inline: the quoted part under a separator such as
 * "-----Original Message-----", "Begin forwarded message:", Gmail's "---------- Forwarded
 * message ---------", or Outlook's bare "From:/Sent:/To:/Subject:" block, in the languages we
 * support (en, nb, de, fr, es, nl, sv, da, it, pt, cs). Returns the quoted headers and the text below them.
 */
import { trimChars } from "./address-scan.js";

const SEPARATOR_LINE =
  /^-{2,}\s*(?:original message|opprinnelig melding|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|ursprungligt meddelande|oprindelig meddelelse|forwarded message|videresendt melding|videresendt e-post|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|vidarebefordrat meddelande|videresendt meddelelse|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|přeposlaná zpráva|původní zpráva)\s*-{2,}$/i;

const FORWARD_INTRO =
  /^(?:begin forwarded message|start på videresendt melding|start på videresendt e-post|anfang der weitergeleiteten nachricht|beginn der weitergeleiteten nachricht|début du message réexpédié|début du message transféré|inicio del mensaje reenviado|comienzo del mensaje reenviado|begin doorgestuurd bericht|början på vidarebefordrat meddelande|vidarebefordrat meddelande|start på videresendt besked|start på videresendt meddelelse)\s*:?$/i;

const FIELD_WORD = /^[A-Za-zÀ-ÿ-]{1,12}$/;

/** "From: x", "*From:* x" (Outlook's bold in plain text), "De : x" → [name, value]. */
function quotedField(line: string): [string, string] | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > 20) return undefined;
  const name = trimChars(line.slice(0, colon).trim(), "*", "*").trim();
  if (!FIELD_WORD.test(name)) return undefined;
  return [name, trimChars(line.slice(colon + 1).trim(), "*", "").trim()];
}

/** Localized quoted-header names → the field they stand for. */
const FIELD_NAMES: Record<string, "from" | "date" | "to" | "cc" | "subject"> = {
  from: "from",
  fra: "from",
  von: "from",
  de: "from",
  van: "from",
  från: "from",
  expéditeur: "from",
  da: "from",
  mittente: "from",
  od: "from",
  sent: "date",
  sendt: "date",
  gesendet: "date",
  envoyé: "date",
  enviado: "date",
  enviada: "date",
  verzonden: "date",
  skickat: "date",
  date: "date",
  dato: "date",
  datum: "date",
  fecha: "date",
  verstuurd: "date",
  data: "date",
  inviato: "date",
  to: "to",
  til: "to",
  an: "to",
  à: "to",
  a: "to",
  para: "to",
  aan: "to",
  till: "to",
  destinataire: "to",
  komu: "to",
  cc: "cc",
  kopi: "cc",
  copie: "cc",
  kopie: "cc",
  subject: "subject",
  emne: "subject",
  betreff: "subject",
  objet: "subject",
  asunto: "subject",
  onderwerp: "subject",
  ämne: "subject",
  sujet: "subject",
  oggetto: "subject",
  assunto: "subject",
};

export interface InlineForward {
  from?: string;
  date?: string;
  to?: string;
  subject?: string;
  /** the quoted message's text below its header block, quote markers removed */
  body: string;
  /** the block is quoted with "> ", as a reply quotes the message it answers */
  quoted?: boolean;
}

export function findInlineForward(text: string): InlineForward | undefined {
  const lines = text.split("\n");
  const limit = Math.min(lines.length, 400);
  for (let i = 0; i < limit; i++) {
    const line = stripQuote(lines[i]!).trim();
    if (line === "") continue;
    const quoted = lines[i]!.trimStart().startsWith(">") ? { quoted: true } : {};
    if (SEPARATOR_LINE.test(line) || FORWARD_INTRO.test(line)) {
      const found = readQuotedBlock(lines, i + 1);
      if (found) return { ...withBody(found, lines), ...quoted };
      return { body: unquote(lines.slice(i + 1)), ...quoted };
    }
    if (fieldOf(line) === "from") {
      const found = readQuotedBlock(lines, i);
      if (found && found.subject !== undefined && (found.date !== undefined || found.to !== undefined))
        return { ...withBody(found, lines), ...quoted };
    }
  }
  return undefined;
}

function stripQuote(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ">" || (line[i] === " " && line[i + 1] === ">"))) i++;
  return i > 0 ? line.slice(i).replace(/^ /, "") : line;
}

function unquote(lines: string[]): string {
  return lines.map(stripQuote).join("\n").trim();
}

function fieldOf(line: string): "from" | "date" | "to" | "cc" | "subject" | undefined {
  const field = quotedField(line);
  if (!field) return undefined;
  return FIELD_NAMES[field[0].toLowerCase()];
}

/** The quoted fields and where the text below them starts; the text is unquoted only once a block is chosen. */
type QuotedBlock = Omit<InlineForward, "body"> & { bodyStart: number };

function withBody({ bodyStart, ...fields }: QuotedBlock, lines: string[]): InlineForward {
  return { ...fields, body: unquote(lines.slice(bodyStart)) };
}

function readQuotedBlock(lines: string[], start: number): QuotedBlock | undefined {
  let i = start;
  while (i < lines.length && stripQuote(lines[i]!).trim() === "") i++;
  const found: Omit<InlineForward, "body"> = {};
  let seen = 0;
  let lastField: string | undefined;
  for (; i < lines.length && seen < 12; i++) {
    const line = stripQuote(lines[i]!).trim();
    if (line === "") break;
    const match = quotedField(line);
    const field = match ? FIELD_NAMES[match[0].toLowerCase()] : undefined;
    if (!field) {
      if (lastField && seen > 0) continue; // a wrapped To: list or subject
      break;
    }
    if (field !== "cc" && found[field] === undefined) found[field] = match![1];
    lastField = field;
    seen++;
  }
  if (seen < 2) return undefined;
  return { ...found, bodyStart: i };
}
