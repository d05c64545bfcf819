/** Hvorfor en returmelding kan være falsk, med brukerens ord. Samme nøkler som en/trust.ts. */
import type { trust as en } from "../en/trust.js";

export const trust: { [K in keyof typeof en]: string } = {
  "trust.reason.sender-not-system":
    "Den er sendt fra en vanlig postkasse, ikke fra postmaster, MAILER-DAEMON eller en systemadresse i Exchange.",
  "trust.reason.sender-lookalike-domain":
    "Avsenderens domene etterligner et kjent navn, eller skjuler seg bak punycode eller en IP-adresse.",
  "trust.reason.sender-brand-name":
    "Avsendernavnet utgir seg for å være Microsoft eller IT-avdelingen din, men adressen er verken en systemadresse eller Microsofts.",
  "trust.reason.reply-to-elsewhere": "Et svar ville gått til et annet domene enn avsenderens.",
  "trust.reason.no-report-part":
    "Meldingen inneholder ingen leveringsrapport: verken en del med leveringsstatus eller tekst som en e-postserver ville skrevet.",
  "trust.reason.auth-failed": "Selve returmeldingen besto ikke autentiseringen (SPF, DKIM, DMARC eller compauth).",
  "trust.reason.link-lookalike":
    "En lenke går til et domene som etterligner et annet (punycode, tall i stedet for bokstaver, eller et kjent navn på et fremmed domene).",
  "trust.reason.link-ip-literal": "En lenke går til en IP-adresse i stedet for et domenenavn.",
  "trust.reason.link-shortener": "En lenke skjuler hvor den går, bak en lenkeforkorter.",
  "trust.reason.link-credential-page":
    "En lenke fører til en side for innlogging, passord eller «frigivelse» av e-post utenfor avsenderens domene og Microsoft.",
  "trust.reason.link-userinfo": "En lenke skjuler det egentlige målet bak et brukernavn foran en @.",
  "trust.reason.link-script": "En lenke kjører skript eller har innebygde data (javascript:, data:, vbscript:).",
  "trust.reason.link-text-mismatch": "Teksten i en lenke viser én adresse, men lenken går til en annen.",
  "trust.reason.html-form": "Meldingen inneholder et skjema eller et passordfelt.",
  "trust.reason.urgent-call-to-action":
    "Teksten presser deg til å handle: frigi tilbakeholdt e-post, logge inn, bekrefte passordet eller gjøre noe innen få timer.",
  "trust.links.heading": "Lenker i meldingen (vist som tekst, aldri åpnet)",
  "trust.links.goesTo": "går til {host}",
  "trust.links.shownAs": "teksten viser {shown}",
  "trust.links.none": "Meldingen inneholder ingen lenker.",
};
