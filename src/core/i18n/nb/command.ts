/** Hurtigkonklusjonen fra båndet (én linje i infolinjen, høyst 150 tegn) (bokmål). Samme nøkler som en/command.ts. */
import type { command as en } from "../en/command.js";

export const command: { [K in keyof typeof en]: string } = {
  "command.openPane":
    "Her er det ingenting å lese. Åpne NDR Explainer for å se hvorfor, eller lim inn returmeldingen der.",
  "command.notAReport": "Dette ser ikke ut som en returmelding. Åpne NDR Explainer for å sjekke den.",
  "command.noRecipients": "En returmelding, men vi fant ingen mottaker som feilet. Åpne NDR Explainer for detaljer.",
  "command.delayed": "Ikke levert ennå, serveren prøver fortsatt: {recipient}.",
  "command.delivered": "Leveringskvittering: Meldingen kom fram.",
  "command.autoReply": "Automatisk svar (for eksempel fravær), ikke en returmelding.",
  "command.feedback": "Søppelpostklage, ikke en returmelding.",
  "command.challenge": "Ikke en returmelding: E-postfilteret hos mottakeren ber deg bekrefte at du sendte meldingen.",
  "command.fallback": "Ikke levert til {recipient}.",
  "command.suspicious": "Obs, kan være falsk:",
  "command.more": "(+{count} til)",
};
