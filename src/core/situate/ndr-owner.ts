/**
 * The NDR's own word on who must act. Exchange Online's enhanced NDR has a strip under its headline:
 * "Action Required    Recipient", written in the language of the recipient's organisation
 * ("Handling kreves    Mottaker", "Aktion erforderlich    Empfänger", …).
 */
import type { NdrFixOwner } from "../types.js";

const heading =
  /Action Required|Handling kreves|Aktion erforderlich|Ma(?:ß|ss)nahme erforderlich|Action requise|Action n[ée]cessaire|Acci[óo]n (?:requerida|necesaria)|[ÅA]tg[äa]rd (?:kr[äa]vs|beh[öo]vs)|Handling p[åa]kr[æa]vet|Handling kr[æa]ves|Actie (?:vereist|nodig)|Azione (?:richiesta|necessaria)|A[çc][ãa]o (?:necess[áa]ria|requerida)/gi;

const recipientWords =
  /^(?:Recipient|Mottaker|Mottagare|Modtager|Empf[äa]nger|Destinataire|Destinatario|Destinat[áa]rio|Geadresseerde|Ontvanger)\b/i;
const senderWords =
  /^(?:Sender|Avsender|Avs[äa]ndare|Afsender|Absender|Exp[ée]diteur|Remitente|Mittente|Remetente|Afzender)\b/i;

/** The statement, when the NDR's own words carry one. */
export function ndrFixOwnerIn(text: string): NdrFixOwner | undefined {
  const own = text.slice(0, 6000);
  // A heading never spans a line break, so one search over the text finds each line's first
  // heading (most texts have none) without cutting the text into lines.
  heading.lastIndex = 0;
  for (let m = heading.exec(own); m; m = heading.exec(own)) {
    const lineEnd = endOfLine(own, m.index);
    // the party stands after the heading on its line (a table row) or alone on the next line
    const after = own.slice(m.index + m[0].length, lineEnd).replace(/^[\s:—–-]+/, "");
    const next = own.slice(lineEnd + 1, endOfLine(own, lineEnd + 1)).trim();
    for (const words of [after, next]) {
      if (recipientWords.test(words)) return { party: "recipient", text: `${m[0]} — ${words.split(/\s{2,}|\t/)[0]}` };
      if (senderWords.test(words)) return { party: "sender", text: `${m[0]} — ${words.split(/\s{2,}|\t/)[0]}` };
    }
    heading.lastIndex = lineEnd + 1;
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
