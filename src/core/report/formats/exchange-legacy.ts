/**
 * Exchange 4.0–5.5 (MTA and Internet Mail Service) and Exchange 2000/2003 NDRs (Microsoft KB
 * Q168557, Q182558, Q193321, Q251152, 284204): "did not reach the following recipient(s):" or "The
 * following recipient(s) could not be reached:", then per recipient "<who> on <date>" and the
 * reason on the lines below ("The recipient name is not recognized", "MSEXCH:IMS:…", "<host
 * #5.1.1>"). <who> is an address, 'an address' in quotes, an X.400 address whose dda:SMTP= part is
 * the address, or only the display name, which is then reported as such: never an address guessed
 * from the returned original.
 */
import type { RecipientFacts } from "../../types.js";
import { containsAnyOf } from "../../read/phrases.js";
import { makeFacts } from "../facts.js";
import { cleanAddress, isAddress } from "../smtp-reply.js";
import type { FormatDecoder } from "./types.js";

/**
 * The heading above the recipients. English is Microsoft's documented text; the localized Exchange
 * 2000/2003 forms are as remembered from real NDRs and unverified against Microsoft's resources.
 */
const HEADINGS = [
  "did not reach the following recipient",
  "following recipient(s) could not be reached",
  "empfänger konnte(n) nicht erreicht werden", // de
  "hat folgende(n) empfänger nicht erreicht", // de, Exchange 5.5
  "hat folgende empfänger nicht erreicht", // de, Exchange 5.5
  "les destinataires suivants sont injoignables", // fr
  "n'a pas atteint le(s) destinataire(s) suivant(s)", // fr, Exchange 5.5
  "n'a pas atteint les destinataires suivants", // fr, Exchange 5.5
  "no se ha podido obtener acceso a los siguientes destinatarios", // es
  "kon(den) niet worden bereikt", // nl
  "impossibile raggiungere i seguenti destinatari", // it
  "mottakere kunne ikke nås", // nb
  "mottaker(e) kunne ikke nås", // nb
  "modtager(e) kunne ikke nås", // da
  "modtagere kunne ikke nås", // da
  "mottagare kunde inte nås", // sv
  "mottagare(n) kunde inte nås", // sv
];
const HAS_HEADING = containsAnyOf(HEADINGS);

/**
 * "<who> on <date>" (de "am", fr "le", es "en", nl "op", it "il", nb/sv/da "den" or "på"): a date as
 * "Tue, 1 Apr 2025 …", "1 Apr 2025", "4/1/2025 9:00 AM", "01.04.2025 09:00" or "15/04/97 …".
 */
const ENTRY =
  /^(\s*)(.{1,200}?) (?:on|am|le|el|en|op|il|em|den|på) (?:[A-Za-z]{3}, ?)?\d{1,4}[ /.-](?:\d{1,2}|[A-Za-z]{3})[ /.-]\d{2,4}\b/;

/** Lines that identify the message, not the failure. */
const NOT_A_REASON = /^(?:the mts-id of the original message|die mts-id der ursprünglichen nachricht)/i;

/** The recipient an entry names: an address, or the display name Exchange showed instead. */
export function entryRecipient(who: string): { address: string; displayName?: string } {
  const text = who
    .trim()
    .replace(/^'(.*)'$/, "$1")
    .trim();
  const dda = /dda:(?:SMTP|RFC-822)=([^;\s]{3,254})/i.exec(text);
  if (dda) {
    const address = cleanAddress(dda[1]!.replace(/\(a\)/gi, "@"));
    if (isAddress(address)) return { address };
  }
  const address = cleanAddress(text);
  if (isAddress(address) && address.length >= text.length - 2) return { address };
  return { address: "", displayName: text };
}

function decodeLegacy(text: string): RecipientFacts[] {
  const lines = text.split("\n");
  const lower = lines.map((l) => l.toLowerCase());
  const start = lower.findIndex((l) => HEADINGS.some((h) => l.includes(h)));
  if (start < 0) return [];
  const recipients: RecipientFacts[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const entry = ENTRY.exec(lines[i]!);
    if (!entry) continue;
    const indent = entry[1]!.length;
    const reason: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() === "") {
        if (reason.length > 0) break;
        continue;
      }
      // the next entry, at the entry's own indentation or less
      if (ENTRY.test(line) && line.length - line.trimStart().length <= indent) break;
      if (!NOT_A_REASON.test(line.trim()) && !/^;l=/.test(line.trim())) reason.push(line.trim());
    }
    const who = entryRecipient(entry[2]!);
    recipients.push(makeFacts({ ...who, diagnostic: reason.join("\n") }, "exchange-legacy"));
    i = j - 1;
  }
  return recipients;
}

export const exchangeLegacy: FormatDecoder = {
  name: "exchange-legacy",
  source: "body",
  detect: (ctx) => HAS_HEADING(ctx.lower),
  decode(ctx) {
    const recipients = decodeLegacy(ctx.ownText);
    return recipients.length > 0 ? { recipients } : undefined;
  },
};
