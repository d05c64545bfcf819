/** Utkast, lenker og den kopierte tekniske rapporten (bokmål). Samme nøkler som en/drafts.ts. */
import type { drafts as en } from "../en/drafts.js";

export const drafts: { [K in keyof typeof en]: string } = {
  // felles for alle utkast
  "draft.greeting": "Hei,",
  "draft.thanks": "Takk for hjelpen.",
  "draft.closing": "Vennlig hilsen",
  "draft.factsHeading": "Opplysninger fra returmeldingen:",
  "draft.trimmedNote":
    "[Resten er utelatt for å holde meldingen innenfor størrelsesgrensen Outlook har for nye meldinger. Hele teksten får du med «Kopier rapporten» i NDR Explainer.]",
  "draft.note.trimmed":
    "Meldingen er forkortet for å passe innenfor størrelsesgrensen i Outlook. Bruk «Kopier rapporten» hvis du trenger hele teksten.",
  "draft.note.dropped":
    "Utelatt fra {field}-linjen: {addresses} (ikke en brukbar adresse, eller flere enn 100 mottakere).",
  "draft.note.suspicious":
    "NDR Explainer mener at denne returmeldingen kan være falsk. Før du sender noe, bør du sjekke at den virkelig gjelder en melding du har sendt.",
  "draft.field.to": "Til",
  "draft.and": "og",
  "draft.field.cc": "Kopi",

  // opplysninger
  "draft.fact.recipient": "Mottaker",
  "draft.fact.sender": "Avsender",
  "draft.fact.group": "Begrenset gruppe",
  "draft.fact.groups": "Begrensede grupper",
  "draft.fact.status": "Statuskode",
  "draft.fact.reply": "Svar fra serveren",
  "draft.fact.remoteServer": "Mottakerens server",
  "draft.fact.generatingServer": "Serveren som skrev returmeldingen",
  "draft.fact.date": "Dato og klokkeslett (UTC)",
  "draft.fact.subject": "Emne på den opprinnelige meldingen",
  "draft.fact.messageId": "Message-ID for den opprinnelige meldingen",
  "draft.fact.blockedIp": "Blokkert IP-adresse",
  "draft.fact.blocklist": "Blokkeringsliste",

  // be mottakerens e-postadministrator om hjelp
  "draft.recipientAdmin.subject": "E-posten min til {recipient} ble avvist",
  "draft.recipientAdmin.body":
    "Jeg prøvde å sende en e-post til {recipient}, men e-postsystemet deres avviste den. Kan dere finne ut hvorfor, og slippe gjennom meldingene mine hvis det ikke er noe galt med dem?",
  "draft.recipientAdmin.bodyCopied":
    "Jeg har satt en annen adresse som {recipient} bruker, på kopi, slik at vedkommende også vet om dette.",
  "draft.recipientAdmin.note.postmaster":
    "Alle e-postdomener skal ha adressen postmaster@{domain} for slike problemer (RFC 5321), så den bør nå mottakerens e-postadministrator.",
  "draft.recipientAdmin.note.noDomain":
    "Returmeldingen viser ikke mottakerens domene, så Til-linjen er tom. Fyll inn adressen til mottakerens e-postadministrator.",
  "draft.recipientAdmin.note.otherAddress":
    "Hvis du kan nå mottakeren på en annen adresse (eller på telefon), bør du si fra til mottakeren også. Mottakerens e-postadministrator handler ofte raskere når en av deres egne ber om det.",

  // be gruppeeieren eller moderatoren
  "draft.groupOwner.subject": "Tillatelse til å sende til {groups}",
  "draft.groupOwner.body":
    "Jeg prøvde å sende en melding til {groups}, men bare avsendere med tillatelse kan sende til gruppen, så meldingen ble ikke levert. Kan du gi meg tillatelse, for eksempel ved å legge meg til i gruppens liste over tillatte avsendere?",
  "draft.moderator.subject": "Kan du godkjenne meldingen min til {groups}?",
  "draft.moderator.body":
    "Jeg sendte en melding til {groups}, men den ble ikke levert: Meldinger til gruppen må godkjennes av en moderator, eller gruppen tar bare imot meldinger fra medlemmer. Kan du godkjenne meldingene mine til gruppen, eller legge meg til som medlem? Jeg sender meldingen på nytt når det er ordnet.",
  "draft.group.note.noOwner":
    "En returmelding inneholder aldri adressen til eieren, så Til-linjen er tom. Slik finner du ut hvem som eier gruppen:",
  "draft.group.note.moderatorIsOwner": "Moderatoren er som regel gruppeeieren, eller en som eieren har utpekt.",
  "draft.group.note.owa":
    "Outlook på nettet: Åpne returmeldingen, velg gruppenavnet på Til-linjen, og velg Eier i kortet som åpnes.",
  "draft.group.note.outlook":
    "Outlook for Windows eller Mac: Dobbeltklikk på gruppenavnet i returmeldingen, og velg Kontakt for å se hvem som eier gruppen.",
  "draft.group.note.askIt": "Finner du ingen eier der, kan IT-avdelingen din fortelle deg hvem som styrer gruppen.",

  // be min egen IT-avdeling om hjelp
  "draft.ownAdmin.subject": "Trenger hjelp: E-posten min til {recipient} kom i retur",
  "draft.ownAdmin.body":
    "En e-post jeg sendte til {recipient}, ble ikke levert og kom i retur. NDR Explainer tolker returmeldingen slik: {title}. Kan dere se på det? Hele den tekniske rapporten står nedenfor.",
  "draft.ownAdmin.reportHeading": "Teknisk rapport:",
  "draft.ownAdmin.note.noHelpDesk":
    "Adressen til IT-avdelingen din er ikke lagret, så Til-linjen er tom. Skriv den inn her, eller lagre den én gang for alle i innstillingene til NDR Explainer.",

  // videresend til Microsofts tjeneste for fjerning fra blokkeringslisten
  "draft.delist.subject": "Forespørsel om fjerning fra blokkeringslisten for IP-adressen {ip}",
  "draft.delist.subjectNoIp": "Forespørsel om fjerning fra blokkeringslisten",
  "draft.delist.body":
    "E-post fra serveren vår med IP-adressen {ip} blir avvist av Microsoft 365 fordi adressen står på blokkeringslisten deres. Vi har rettet årsaken hos oss og ber dere fjerne adressen fra listen.",
  "draft.delist.bodyNoIp":
    "E-post fra serveren vår blir avvist av Microsoft 365 fordi IP-adressen står på blokkeringslisten deres. Vi har rettet årsaken hos oss og ber dere fjerne adressen fra listen.",
  "draft.delist.attached": "Returmeldingen er vedlagt.",
  "draft.delist.inline": "Hele returmeldingen står nedenfor.",
  "draft.delist.ndrHeading": "Returmeldingen:",
  "draft.delist.note.fixFirst":
    "Send dette først når årsaken er rettet (for eksempel en kapret konto, et åpent relé eller en feilkonfigurert server). Ellers havner adressen snart på listen igjen.",
  "draft.delist.note.attached": "Returmeldingen blir lagt ved meldingen.",
  "draft.delist.note.inline":
    "Returmeldingen ble ikke åpnet fra Outlook, så hele teksten står i meldingen i stedet for som vedlegg.",
  "draft.delist.note.english":
    "Microsofts tjeneste for fjerning fra blokkeringslisten arbeider på engelsk, så meldingen er skrevet på engelsk.",
  "draft.delist.note.portal":
    "For kodene 5.7.606 til 5.7.649 går det som regel raskere å be om fjerning selv i Microsofts portal på sender.office.com.",

  // den tekniske rapporten («Kopier rapporten», saker til brukerstøtte)
  "report.title": "NDR Explainer: teknisk rapport",
  "report.section.report": "Returmeldingen",
  "report.section.trust": "Er den til å stole på?",
  "report.section.recipient": "Mottaker {n} av {total}",
  "report.section.original": "Den opprinnelige meldingen",
  "report.section.auth": "Autentiseringsresultater for den opprinnelige meldingen",
  "report.section.hops": "Servere meldingen gikk via",
  "report.section.problems": "Problemer med å lese inndataene",
  "report.kind": "Type",
  "report.format": "Lest som",
  "report.language": "Språket i returmeldingen",
  "report.reportingMta": "Rapporterende server",
  "report.generatingServer": "Serveren som skrev returmeldingen",
  "report.arrivalDate": "Mottatt",
  "report.ndrFrom": "Fra",
  "report.ndrSubject": "Emne",
  "report.ndrDate": "Dato",
  "report.wrapper": "Videresendt av",
  "report.trust.genuine": "ser ekte ut (poengsum {score})",
  "report.trust.suspicious": "MISTENKELIG: Dette kan være en falsk returmelding (poengsum {score})",
  "report.trust.reasons": "Grunner",
  "report.address": "Adresse",
  "report.originalAddress": "Opprinnelig adresse",
  "report.action": "Handling",
  "report.status": "Statuskode",
  "report.replyCode": "SMTP-svarkode",
  "report.diagnostic": "Svar fra serveren",
  "report.remoteMta": "Mottakerens server",
  "report.lastAttempt": "Siste forsøk",
  "report.decoder": "Lest fra",
  "report.disagreement": "Andre verdier (fra {format})",
  "report.cause": "Årsak",
  "report.reason": "Grunn",
  "report.fixOwner": "Hvem må gjøre noe",
  "report.permanent": "Permanent",
  "report.confidence": "Hvor sikre vi er",
  "report.verdict": "Dette skjedde",
  "report.codeMeaning": "Hva koden betyr",
  "report.evidence": "Bevis",
  "report.evidenceLine": "I linjen",
  "report.sourceUrl": "Kilde",
  "report.names": "Navn funnet",
  "report.subject": "Emne",
  "report.messageId": "Message-ID",
  "report.date": "Dato",
  "report.from": "Fra",
  "report.to": "Til",
  "report.yes": "ja",
  "report.no": "nei",
  "report.none": "(ingen)",
  "report.owner.sender": "avsenderen",
  "report.owner.sender-admin": "avsenderens IT-avdeling",
  "report.owner.recipient": "mottakeren",
  "report.owner.group-owner": "gruppeeieren",
  "report.owner.recipient-admin": "mottakerens e-postadministrator",
  "report.owner.provider": "den som driver blokkeringslisten",
};
