/**
 * The NDR's own word on who must act. Exchange Online's enhanced NDR has a strip under its headline:
 * "Action Required    Recipient", written in the language of the recipient's organisation
 * ("Handling kreves    Mottaker", "Aktion erforderlich    Empfänger", …).
 */
import type { NdrFixOwner } from "../types.js";

const heading =
  /Action Required|Handling kreves|Aktion erforderlich|Ma(?:ß|ss)nahme erforderlich|Action requise|Action n[ée]cessaire|Acci[óo]n (?:requerida|necesaria)|[ÅA]tg[äa]rd (?:kr[äa]vs|beh[öo]vs)|Handling p[åa]kr[æa]vet|Handling kr[æa]ves|Actie (?:vereist|nodig)|Azione (?:richiesta|necessaria)|A[çc][ãa]o (?:necess[áa]ria|requerida)/i;

const recipientWords =
  /^(?:Recipient|Mottaker|Mottagare|Modtager|Empf[äa]nger|Destinataire|Destinatario|Destinat[áa]rio|Geadresseerde|Ontvanger)\b/i;
const senderWords =
  /^(?:Sender|Avsender|Avs[äa]ndare|Afsender|Absender|Exp[ée]diteur|Remitente|Mittente|Remetente|Afzender)\b/i;

/** The statement, when the NDR's own words carry one. */
export function ndrFixOwnerIn(text: string): NdrFixOwner | undefined {
  const own = text.slice(0, 6000);
  const lines = own.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = heading.exec(line);
    if (!m) continue;
    // the party stands after the heading on its line (a table row) or alone on the next line
    const after = line.slice(m.index + m[0].length).replace(/^[\s:—–-]+/, "");
    const candidates = [after, (lines[i + 1] ?? "").trim()];
    for (const words of candidates) {
      if (recipientWords.test(words)) return { party: "recipient", text: `${m[0]} — ${words.split(/\s{2,}|\t/)[0]}` };
      if (senderWords.test(words)) return { party: "sender", text: `${m[0]} — ${words.split(/\s{2,}|\t/)[0]}` };
    }
  }
  return undefined;
}
