/** Tekster i oppgaveruten og forhåndsvisningen (bokmål). Samme nøkler som en/ui.ts. */
import type { ui as en } from "../en/ui.js";

export const ui: { [K in keyof typeof en]: string } = {
  "ui.appName": "NDR Explainer",
  "ui.loading": "Leser meldingen …",
  "ui.explaining": "Finner ut hva som gikk galt …",
  "ui.language.label": "Språk",
  "ui.language.en": "English",
  "ui.language.nb": "Norsk (bokmål)",

  // konklusjon
  "ui.verdict.heading": "Dette skjedde",
  "ui.verdict.mustAct": "Hvem må gjøre noe",
  "ui.verdict.status": "Statuskode {code}",
  "ui.verdict.noCode": "Ingen statuskode",
  "ui.verdict.recipientCount": "{count} mottakere fikk ikke meldingen",
  "ui.verdict.show": "Vis hva du kan gjøre for denne mottakeren",
  "ui.verdict.shown": "Vises nedenfor",
  "ui.verdict.fallback": "Meldingen til {recipient} ble ikke levert.",
  "ui.verdict.temporary": "Midlertidig: serveren prøver fortsatt",
  "ui.verdict.permanent": "Permanent: det blir ikke gjort nye forsøk",
  "ui.owner.sender": "Du",
  "ui.owner.sender-admin": "IT-avdelingen din",
  "ui.owner.group-owner": "Gruppeeieren",
  "ui.owner.recipient": "Mottakeren",
  "ui.owner.recipient-admin": "Mottakerens e-postadministrator",
  "ui.owner.provider": "Den som driver blokkeringslisten",
  "ui.kind.delayed": "Ikke levert ennå: serveren prøver fortsatt. Dette er et varsel, ikke en returmelding.",
  "ui.kind.delivered": "Dette er en leveringskvittering: meldingen kom fram.",
  "ui.kind.auto-reply": "Dette er et automatisk svar (for eksempel fravær), ikke en returmelding.",
  "ui.kind.feedback": "Dette er en søppelpostklage, ikke en returmelding.",
  "ui.kind.challenge":
    "Dette er ikke en returmelding, men en bekreftelsesforespørsel: E-postfilteret hos mottakeren holder tilbake meldingen din til du bekrefter at du sendte den. Hvis du sendte den, følger du instruksjonene. Hvis ikke, kan du se bort fra den (noen har brukt adressen din).",
  "ui.kind.not-a-report": "Dette ser ikke ut som en returmelding. Lim inn eller slipp selve returmeldingen nedenfor.",
  "ui.kind.noRecipients": "Dette ser ut som en returmelding, men vi fant ikke hvilken mottaker det gjaldt.",

  // leveringsvei
  "ui.path.heading": "Leveringsveien",
  "ui.path.you": "Du",
  "ui.path.yourServer": "Serveren din",
  "ui.path.theirServer": "Mottakerens server",
  "ui.path.recipient": "Mottakeren",
  "ui.path.unknownServer": "navn ikke oppgitt",
  "ui.path.stoppedHere": "Stoppet her",
  "ui.path.summary": "Meldingen ble stoppet hos {point}.",

  // hva du gjør
  "ui.todo.heading": "Dette kan du gjøre",
  "ui.tab.sender": "Jeg sendte meldingen",
  "ui.tab.owner": "Jeg eier gruppen",
  "ui.tab.admin": "Jeg er administrator",
  "ui.todo.noSteps": "Det er ikke noe spesielt å gjøre fra denne siden.",
  "ui.action.openDraft": "Skriv meldingen",
  "ui.action.openLink": "Åpne {host}",
  "ui.action.copy": "Kopier",
  "ui.action.copied": "Kopiert til utklippstavlen.",
  "ui.action.copyFailed": "Kunne ikke kopiere. Merk teksten og kopier den selv.",
  "ui.action.copyReport": "Kopier rapporten",
  "ui.action.draftOpened": "Meldingen er åpnet i Outlook.",
  "ui.action.draftUnsupported":
    "Outlook kan ikke åpne en ny melding herfra. Kopier delene nedenfor inn i en ny melding.",
  "ui.action.draftFailed": "Outlook klarte ikke å åpne meldingen. Kopier delene nedenfor inn i en ny melding.",
  "ui.action.draftUnavailable": "Meldingen for dette trinnet er ikke tilgjengelig ennå.",
  "ui.action.helpDeskAddress": "E-postadressen til IT-avdelingen din",
  "ui.action.helpDeskHint": "Den huskes til neste gang. Organisasjonen din kan ha fylt den ut allerede.",
  "ui.action.recipientOtherAddress": "En annen adresse til mottakeren (valgfritt, settes på kopi)",
  "ui.draft.to": "Til",
  "ui.draft.cc": "Kopi",
  "ui.draft.subject": "Emne",
  "ui.draft.body": "Melding",
  "ui.dns.host": "Vertsnavn",
  "ui.dns.type": "Posttype",
  "ui.dns.value": "Verdi",
  "ui.command.label": "Kommando",

  // hvorfor
  "ui.why.heading": "Hvorfor vi mener dette",
  "ui.why.lineLabel": "Linjen i returmeldingen som avgjorde",
  "ui.why.none": "Returmeldingen har ingen linje vi kjente igjen. Dette er hva serveren svarte:",
  "ui.why.noReply": "Serveren oppga ingen svartekst.",
  "ui.why.confidence": "Hvor sikre vi er: {percent} %",
  "ui.why.codeMeaning": "Hva koden betyr: {meaning}",
  "ui.why.source": "Kilde",

  // detaljer
  "ui.details.heading": "Detaljer",
  "ui.details.recipient": "Mottaker",
  "ui.details.displayName": "Visningsnavn (returmeldingen oppgir ingen adresse)",
  "ui.details.originalRecipient": "Opprinnelig mottaker",
  "ui.details.action": "Resultat",
  "ui.details.status": "Utvidet statuskode",
  "ui.details.replyCode": "SMTP-svarkode",
  "ui.details.reply": "Svar fra serveren",
  "ui.details.remoteServer": "Mottakerens server",
  "ui.details.lastAttempt": "Siste forsøk",
  "ui.details.format": "Lest som",
  "ui.details.cause": "Årsak",
  "ui.details.servers": "Servere",
  "ui.details.reportingServer": "Serveren som meldte fra om feilen",
  "ui.details.generatingServer": "Serveren som skrev returmeldingen",
  "ui.details.arrival": "Mottatt",
  "ui.details.original": "Den opprinnelige meldingen",
  "ui.details.subject": "Emne",
  "ui.details.messageId": "Message-ID",
  "ui.details.date": "Dato",
  "ui.details.from": "Fra",
  "ui.details.to": "Til",
  "ui.details.auth": "Autentisering (SPF, DKIM, DMARC)",
  "ui.details.authNone": "Returmeldingen tar ikke med autentiseringsresultatene for den opprinnelige meldingen.",
  "ui.details.hops": "Hopp",
  "ui.details.hopsNone": "Returmeldingen viser ingen hopp.",
  "ui.details.diagnostics": "Diagnostikk",
  "ui.details.ndrLanguage": "Språket i returmeldingen",
  "ui.details.otherValues": "Andre steder i returmeldingen",
  "ui.details.forwarded": "Videresendt av",
  "ui.details.forwardedBy": "Videresendt av {from}",
  "ui.details.problems": "Problemer med å lese meldingen",
  "ui.details.disagreement": "En annen del av returmeldingen sier: {value}",

  // tillit
  "ui.trust.title": "Dette kan være en falsk returmelding",
  "ui.trust.body":
    "Deler av meldingen stemmer ikke med en ekte returmelding. Ikke klikk på lenkene eller åpne vedleggene, og ikke svar med passord eller koder. Meldinger som ville svart på den, er skjult.",
  "ui.trust.reasons": "Dette ser feil ut:",

  // ingen returmelding / inndata
  "ui.nobounce.heading": "Ingen returmelding å lese her",
  "ui.nobounce.not-in-outlook":
    "Denne siden kjører ikke i Outlook. Lim inn eller slipp en returmelding nedenfor for å få den forklart.",
  "ui.nobounce.report-item-blocked":
    "Outlook lar ikke tillegg lese returmeldinger direkte. Videresend returmeldingen til deg selv som vedlegg og åpne tillegget på den meldingen, eller lim inn returmeldingen nedenfor.",
  "ui.nobounce.no-item": "Ingen melding er valgt. Velg returmeldingen, eller en melding som har den som vedlegg.",
  "ui.nobounce.api-missing":
    "Denne versjonen av Outlook mangler en funksjon tillegget trenger for å lese meldingen ({api}). Du kan fortsatt lime inn returmeldingen nedenfor.",
  "ui.nobounce.api-failed":
    "Outlook klarte ikke å gi fra seg meldingen ({api}). Du kan fortsatt lime inn returmeldingen nedenfor.",
  "ui.nobounce.attachment-unreadable":
    "Et vedlegg kunne ikke leses ({api}). Du kan fortsatt lime inn returmeldingen nedenfor.",
  "ui.nobounce.nothing-to-read":
    "Denne meldingen inneholder ingen returmelding. Velg selve returmeldingen, eller en melding som har den som vedlegg.",
  "ui.forward.heading": "Slik videresender du en returmelding som vedlegg",
  "ui.forward.classic": "Klassisk Outlook for Windows",
  "ui.forward.classic.steps":
    "Merk returmeldingen i meldingslisten. Velg Mer (ved siden av Videresend) på Hjem-fanen og deretter Videresend som vedlegg, eller trykk Ctrl+Alt+F. Send den til deg selv, åpne den nye meldingen og start tillegget.",
  "ui.forward.new": "Nye Outlook for Windows",
  "ui.forward.new.steps":
    "Høyreklikk på returmeldingen i meldingslisten, velg Videresend og deretter Videresend som vedlegg. Send den til deg selv, åpne den nye meldingen og start tillegget.",
  "ui.forward.web": "Outlook på nettet",
  "ui.forward.web.steps":
    "Merk returmeldingen, åpne Flere handlinger (…) og velg Videresend og deretter Videresend som vedlegg. Send den til deg selv, åpne den nye meldingen og start tillegget.",
  "ui.input.heading": "Lim inn eller slipp en returmelding",
  "ui.input.label": "Teksten i returmeldingen (hele meldingen, eller i det minste feillinjene)",
  "ui.input.placeholder": "Lim inn returmeldingen her …",
  "ui.input.explain": "Forklar",
  "ui.input.pickFile": "Velg en fil (.eml, .msg, .txt)",
  "ui.input.drop": "Eller slipp en .eml-, .msg- eller tekstfil på ruten.",
  "ui.input.dropActive": "Slipp filen for å få den forklart",
  "ui.input.empty": "Lim inn litt tekst først.",
  "ui.input.readFailed": "Filen kunne ikke leses.",
  "ui.input.tooLarge": "Filen er større enn {size} MB; bare returmeldinger opp til den størrelsen blir lest.",
  "ui.input.from": "Forklart fra: {name}",
  "ui.input.pastedText": "innlimt tekst",
  "ui.input.again": "Forklar en annen returmelding",
  "ui.problem.generic": "Meldingen kunne ikke leses helt: {detail}",

  // kandidater
  "ui.pick.heading": "Denne meldingen har {count} returmeldinger",
  "ui.pick.hint": "Velg den du vil ha forklart.",
  "ui.pick.back": "Tilbake til listen",

  // feil
  "ui.error.title": "Noe gikk galt i ruten",
  "ui.error.body": "Tillegget fikk en feil det ikke ventet. Du kan fortsatt lime inn returmeldingen nedenfor.",
  "ui.error.bodyOuter": "Tillegget fikk en feil det ikke ventet. Prøv igjen, eller lukk ruten og åpne den på nytt.",
  "ui.error.retry": "Prøv igjen",
  // the message being explained (top of the pane)
  "ui.item.label": "Melding:",
  "ui.item.from": "fra {from}",
  "ui.item.noSubject": "(uten emne)",
  "ui.officeTimeout":
    "Outlook har ikke svart ennå, så ruten kjører på egen hånd inntil videre og viser meldingen så snart Outlook svarer. Du kan lime inn en returmelding i mellomtiden.",

  // forhåndsvisning
  "ui.preview.title": "NDR Explainer – forhåndsvisning",
  "ui.preview.intro":
    "Den ekte oppgaveruten, utenfor Outlook. Velg en eksempelmelding, lim inn en returmelding eller slipp en .eml- eller .msg-fil.",
  "ui.preview.samples": "Eksempler på returmeldinger",
  "ui.preview.ownInput": "Din egen returmelding",
  "ui.preview.pane": "Oppgaveruten (som i Outlook)",
  "ui.preview.drafts": "Ville blitt åpnet i Outlook",
  "ui.preview.draftsEmpty": "Meldinger som ruten åpner, vises her i stedet for i Outlook.",
  "ui.preview.linkOpened": "Ville blitt åpnet i nettleseren: {url}",
  "ui.preview.theme": "Tema",
  "ui.preview.theme.light": "Lyst",
  "ui.preview.theme.dark": "Mørkt",
  "ui.preview.theme.high-contrast": "Høy kontrast",
  "ui.preview.attachments": "Vedlegg: {names}",
};
