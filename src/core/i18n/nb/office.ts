/** Navn Outlook-tilpasningen gir en funnet returmelding når den mangler emne eller filnavn (bokmål). Samme nøkler som en/office.ts. */
import type { office as en } from "../en/office.js";

export const office: { [K in keyof typeof en]: string } = {
  "office.label.thisMessage": "Denne meldingen",
  "office.label.attachment": "Vedlegg {number}",
  "office.label.draft": "Dette utkastet",
  "office.tooOld": "Denne versjonen av Outlook er for gammel for NDR Explainer. Bruk Outlook på nettet.",
};
