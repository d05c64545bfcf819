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
  "draft.quoteHeading": "Returmeldingen sier:",
  "draft.bounce.attached": "Returmeldingen er vedlagt.",
  "draft.bounce.inline": "Hele returmeldingen står nedenfor.",
  "draft.bounce.heading": "Returmeldingen:",
  "draft.note.bounceAttached": "Returmeldingen blir lagt ved meldingen.",
  "draft.note.bounceInline":
    "Returmeldingen ble ikke åpnet fra Outlook, så hele teksten står i meldingen i stedet for som vedlegg.",

  // hva som skjedde, i én setning (årsakens tittel følger etter kolonet)
  "draft.happened.recipientAdmin": "E-posten min til {recipient} ble ikke levert: {title}.",
  "draft.happened.ownAdmin": "En e-post jeg sendte til {recipient}, kom i retur: {title}.",
  "draft.happened.group": "Meldingen min til {groups} ble ikke levert: {title}.",
  "draft.happened.held": "Meldingen min til {groups} venter på godkjenning fra en moderator.",

  // navn returmeldingen ikke oppga, slik avsenderen skriver dem
  "draft.name.sender": "meg",
  "draft.name.senderDomain": "domenet vårt",
  "draft.name.recipientDomain": "domenet deres",
  "draft.name.blockedIp": "e-postserveren vår",
  "draft.name.blocklist": "blokkeringslisten",

  // det vi ber om: til mottakerens e-postadministrator (src/core/drafts/asks.ts)
  "draft.ask.recipientGeneral":
    "Kan dere finne ut hva som stoppet den, og slippe gjennom meldingene mine hvis det ikke er noe galt med dem?",
  "draft.ask.acceptExternal":
    "Kan dere la {recipient} ta imot e-post fra eksterne avsendere? Nå tar den bare imot e-post fra godkjente (interne) avsendere.",
  "draft.ask.publicFolderAnonymous":
    "Kan dere la den e-postaktiverte fellesmappen {recipient} ta imot e-post fra eksterne avsendere? I Exchange Online gjør dere det ved å gi den anonyme kontoen tillatelsen CreateItems på mappen (Add-PublicFolderClientPermission).",
  "draft.ask.allowSender": "Kan dere legge {sender} til blant avsenderne som {recipient} tar imot e-post fra?",
  "draft.ask.transportRule":
    "En transportregel hos dere avviste den. Kan dere endre regelen slik at den godtar meldinger fra {sender}?",
  "draft.ask.unblockSender":
    "Kan dere ta {sender} og serveren vi sender fra, ut av blokkeringslistene deres, eller tillate {sender} i søppelpostfilteret?",
  "draft.ask.filterException":
    "Kan dere finne regelen i e-postfilteret som avviste den, og legge inn et unntak for {sender} hvis det ikke er noe galt med meldingen?",
  "draft.ask.domainSetup":
    "Kan dere kontrollere at {recipientDomain} er fullstendig registrert i Microsoft 365 (vises som aktivt under Domener), og at domenets ene MX-post peker til sin egen *.mail.protection.outlook.com-vert?",
  "draft.ask.receiveAnonymous":
    "Kan dere kontrollere at MX-posten for {recipientDomain} peker til serveren som tar imot e-posten deres fra Internett, og at den serveren godtar e-post fra anonyme avsendere?",
  "draft.ask.theirTls":
    "Kan dere kontrollere TLS-oppsettet på e-postserveren deres: sertifikatet, TLSA-postene (DANE) eller MTA-STS-policyen?",
  "draft.ask.loop":
    "Kan dere se etter videresending, innboksregler, koblinger eller MX-poster som sender meldinger til {recipient} fram og tilbake?",
  "draft.ask.unreachable":
    "Kan dere finne ut hvorfor e-postserveren deres ikke kunne nås: MX-posten for {recipientDomain}, DNS, en brannmur eller en server som er nede?",
  "draft.ask.greylisting":
    "E-postserveren deres ber vår server prøve igjen senere, gang på gang (grålisting), så meldingen min har ikke kommet fram. Kan dere unnta våre e-postservere (eller leverandørens avsenderadresser) fra grålisting?",
  "draft.ask.notAccepting":
    "E-postserveren deres avviser meldingen min inntil videre (den sier at den ikke tar imot e-post nå, eller at den mangler ressurser). Kan dere sjekke at den kjører som den skal og tar imot e-post igjen?",
  "draft.ask.systemFault":
    "E-postsystemet deres meldte om en feil hos seg selv (disk, program eller oppsett). Kan dere se på det?",
  "draft.ask.directory":
    "Kan dere kontrollere at {recipient} finnes i katalogen deres (og er synkronisert, hvis dere har en hybriddistribusjon)?",

  // det vi ber om: til IT-avdelingen din
  "draft.ask.ownGeneral": "Kan dere se på dette og rette det som må rettes hos oss, eller si fra hva jeg bør gjøre?",
  "draft.ask.delistMicrosoft":
    "Kan dere finne ut hvorfor {blockedIp} havnet på listen, rette det og så videresende returmeldingen til delist@messaging.microsoft.com, slik at den blir fjernet fra Microsofts blokkeringsliste?",
  "draft.ask.delistPortal":
    "Kan dere finne ut hvorfor {blockedIp} ble blokkert, rette det og så be om å få den fjernet i Microsofts portal for fjerning fra blokkeringslisten (sender.office.com)?",
  "draft.ask.delistThirdParty":
    "Kan dere finne ut hvorfor {blockedIp} står på {blocklist}, rette det og så be {blocklist} om å fjerne den?",
  "draft.ask.reputation":
    "Kan dere kontrollere at all e-post fra oss er autentisert (SPF, DKIM, DMARC), se etter uønsket e-post eller plutselige topper i volumet, og følge leverandørens veiledning for avsendere?",
  "draft.ask.spf":
    "Kan dere sørge for at SPF-posten for {senderDomain} tar med alle servere som sender e-post for domenet? Serveren som sendte denne meldingen, står ikke i den. For Microsoft 365 skal posten inneholde spf.protection.outlook.com.",
  "draft.ask.spfError":
    "Kan dere rette SPF-posten for {senderDomain}: bare én post, høyst 10 DNS-oppslag og aldri +all?",
  "draft.ask.dkim":
    "Kan dere sørge for at e-post fra {senderDomain} består SPF eller DKIM for det samme domenet: DKIM-signering slått på, begge DKIM-postene publisert og en fullstendig SPF-post?",
  "draft.ask.ptr":
    "Kan dere gi {blockedIp} en PTR-post med et navn som peker tilbake til samme adresse, og få avsenderserveren til å presentere seg (HELO/EHLO) med det navnet?",
  "draft.ask.connectors":
    "Kan dere kontrollere den inngående og den utgående koblingen vår i Exchange Online, og kjøre veiviseren for hybridkonfigurasjon på nytt hvis de er feil?",
  "draft.ask.directSend":
    "Kan dere opprette en inngående kobling for appen eller enheten som sendte dette (etter IP-adresse eller sertifikat), eller la den logge på med SMTP AUTH?",
  "draft.ask.smtpAuth":
    "Kan dere kontrollere hvordan appen eller enheten logger på for å sende e-post: autentisert SMTP slått på for kontoen, riktig passord, port 587 med TLS, eller en kobling i stedet?",
  "draft.ask.sendAs": "Kan dere gi kontoen min tillatelsen Send som på adressen jeg sendte fra?",
  "draft.ask.restrictedAccount":
    "Kan dere sikre kontoen min (nytt passord, tofaktorpålogging, ingen ukjente innboksregler eller videresendinger) og så fjerne den fra listen over begrensede brukere i Microsoft Defender-portalen?",
  "draft.ask.tenantBlocked":
    "Kan dere finne og fjerne det som fikk Microsoft 365 til å sperre utgående e-post fra organisasjonen vår, og så opprette en sak hos Microsoft?",
  "draft.ask.acceptedDomains":
    "Kan dere legge til og bekrefte {senderDomain} som godkjent domene i Microsoft 365, og se etter koblinger vi ikke har laget selv?",
  "draft.ask.forwarding":
    "Kan dere tillate automatisk videresending til eksterne adresser for kontoen min (med en policy for utgående søppelpost), hvis jeg trenger det?",
  "draft.ask.tenantBlockList":
    "Listen over tillatte og blokkerte adresser i leieren vår blokkerer {recipient}. Kan dere fjerne oppføringen hvis den er feil?",
  "draft.ask.ourTls":
    "Kan dere få serveren vår og deres til å bli enige om TLS (STARTTLS med TLS 1.2 eller nyere), eller endre koblingen som krever TLS?",
  "draft.ask.senderAddress":
    "Kan dere kontrollere at avsenderadressen min og domenet finnes i DNS og kan ta imot svar og returmeldinger?",
  "draft.ask.sendingProgram":
    "Kan dere kontrollere programmet som sendte meldingen (meldingshodene, linjeskift og koding)?",

  // det vi ber om: til gruppeeieren eller moderatoren
  "draft.ask.groupAllowedSenders":
    "Kan du legge meg til i gruppens liste over tillatte avsendere, eller legge meg til i gruppen?",
  "draft.ask.groupAcceptExternal":
    "Kan du la gruppen ta imot meldinger fra eksterne avsendere, eller legge meg til i gruppens liste over tillatte avsendere?",
  "draft.ask.listPost": "Kan du tillate innlegg fra meg i innstillingene for listen, eller legge meg til som medlem?",
  "draft.ask.moderator":
    "Kan du godkjenne meldingen min, eller legge meg til i gruppen slik at meldingene mine kommer fram? Jeg sender meldingen på nytt når det er ordnet.",
  "draft.ask.heldPost":
    "Kan du se på den i modereringskøen for listen og godkjenne den, eller si fra hva som er galt med den? Jeg sender den ikke på nytt i mellomtiden.",

  // til Microsofts tjeneste for fjerning fra blokkeringslisten
  "draft.delist.happened":
    "Microsoft 365 avviser e-post fra serveren vår med IP-adressen {ip} fordi adressen står på blokkeringslisten deres.",
  "draft.delist.happenedNoIp":
    "Microsoft 365 avviser e-post fra serveren vår fordi IP-adressen står på blokkeringslisten deres.",
  "draft.delist.ask": "Vi har rettet årsaken hos oss. Kan dere fjerne {ip} fra listen?",
  "draft.delist.askNoIp": "Vi har rettet årsaken hos oss. Kan dere fjerne adressen fra listen?",

  // opplysninger
  "draft.fact.recipient": "Mottaker",
  "draft.fact.sender": "Avsender",
  "draft.fact.group": "Begrenset gruppe",
  "draft.fact.groups": "Begrensede grupper",
  "draft.fact.status": "Statuskode",
  "draft.fact.remoteServer": "Mottakerens server",
  "draft.fact.generatingServer": "Serveren som skrev returmeldingen",
  "draft.fact.date": "Dato og klokkeslett",
  "draft.fact.blockedIp": "Blokkert IP-adresse",
  "draft.fact.blocklist": "Blokkeringsliste",

  // be mottakerens e-postadministrator om hjelp
  "draft.recipientAdmin.subject": "E-posten min til {recipient} ble avvist",
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
  "draft.moderator.subject": "Kan du godkjenne meldingen min til {groups}?",
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
  "draft.ownAdmin.note.noHelpDesk":
    "Adressen til IT-avdelingen din er ikke lagret, så Til-linjen er tom. Skriv den inn her, eller lagre den én gang for alle i innstillingene til NDR Explainer.",

  // videresend til Microsofts tjeneste for fjerning fra blokkeringslisten
  "draft.delist.subject": "Forespørsel om fjerning fra blokkeringslisten for IP-adressen {ip}",
  "draft.delist.subjectNoIp": "Forespørsel om fjerning fra blokkeringslisten",
  "draft.delist.note.fixFirst":
    "Send dette først når årsaken er rettet (for eksempel en kapret konto, et åpent relé eller en feilkonfigurert server). Ellers havner adressen snart på listen igjen.",
  "draft.delist.note.english":
    "Microsofts tjeneste for fjerning fra blokkeringslisten arbeider på engelsk, så meldingen er skrevet på engelsk.",
  "draft.delist.note.portal":
    "For kodene 5.7.606 til 5.7.649 går det som regel raskere å be om fjerning selv i Microsofts portal på sender.office.com.",

  // den tekniske rapporten («Kopier rapporten», saker til IT-avdelingen)
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
  "report.reportingMta": "Serveren som meldte fra om feilen",
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
  "report.displayName": "Visningsnavn (ingen adresse oppgitt)",
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
  "report.names": "Navn i returmeldingen",
  "report.subject": "Emne",
  "report.messageId": "Message-ID",
  "report.date": "Dato",
  "report.from": "Fra",
  "report.to": "Til",
  "report.yes": "ja",
  "report.no": "nei",
  "report.none": "(ingen)",

  // ord for kodene i rapporten, vist med koden i parentes: type, handling, grunn (Sisimais ord), navn
  "report.kind.failed": "returmelding",
  "report.kind.delayed": "varsel om forsinket levering",
  "report.kind.delivered": "leveringskvittering",
  "report.kind.auto-reply": "automatisk svar",
  "report.kind.feedback": "søppelpostklage",
  "report.kind.not-a-report": "ikke en returmelding",
  "report.kind.challenge": "bekreftelsesforespørsel",
  "report.action.failed": "mislyktes",
  "report.action.delayed": "forsinket",
  "report.action.delivered": "levert",
  "report.action.relayed": "sendt videre uten kvittering",
  "report.action.expanded": "levert til medlemmene av en liste",
  "report.reason.userunknown": "ukjent mottaker",
  "report.reason.hostunknown": "ukjent domene",
  "report.reason.hasmoved": "postboksen er flyttet",
  "report.reason.mailboxfull": "full postboks",
  "report.reason.suspend": "postboksen er stengt",
  "report.reason.exceedlimit": "over størrelsesgrensen",
  "report.reason.mesgtoobig": "for stor melding",
  "report.reason.filtered": "filtrert bort",
  "report.reason.rejected": "avsenderen avvist",
  "report.reason.blocked": "blokkert",
  "report.reason.requireptr": "krever omvendt DNS",
  "report.reason.badreputation": "dårlig omdømme",
  "report.reason.authfailure": "autentiseringen mislyktes",
  "report.reason.notcompliantrfc": "bryter med e-poststandardene",
  "report.reason.spamdetected": "vurdert som søppelpost",
  "report.reason.virusdetected": "virus funnet",
  "report.reason.policyviolation": "i strid med en regel",
  "report.reason.securityerror": "sikkerhetsfeil",
  "report.reason.norelaying": "videresending avvist",
  "report.reason.contenterror": "innholdet avvist",
  "report.reason.notaccept": "tar ikke imot e-post",
  "report.reason.toomanyconn": "for mange tilkoblinger",
  "report.reason.speeding": "sender for fort",
  "report.reason.failedstarttls": "TLS mislyktes",
  "report.reason.suppressed": "holdt tilbake av avsendersiden",
  "report.reason.networkerror": "nettverksfeil",
  "report.reason.expired": "tiden for levering gikk ut",
  "report.reason.systemerror": "systemfeil",
  "report.reason.systemfull": "systemet er fullt",
  "report.reason.mailererror": "feil i e-postprogrammet",
  "report.reason.syntaxerror": "protokollfeil",
  "report.reason.onhold": "satt på vent",
  "report.reason.undefined": "ikke kjent",
  "report.reason.delivered": "levert",
  "report.reason.feedback": "søppelpostklage",
  "report.reason.vacation": "automatisk svar",
  "report.name.recipient": "mottaker",
  "report.name.recipientDomain": "mottakerens domene",
  "report.name.senderAddress": "avsender",
  "report.name.senderDomain": "avsenderens domene",
  "report.name.groups": "grupper",
  "report.name.blockedIp": "blokkert IP-adresse",
  "report.name.blocklist": "blokkeringsliste",
  "report.name.publicFolder": "fellesmappe",
  "report.name.tenant": "leier",
  "report.name.generatingServer": "serveren som skrev returmeldingen",
  "report.name.remoteServer": "mottakerens server",
  "report.percent": "{percent} %",
  "report.languageUnknown": "ukjent",
  "report.hop.from": "fra {host}",
  "report.hop.by": "mottatt av {host}",
  "report.hop.with": "med {protocol}",
  "report.owner.sender": "avsenderen",
  "report.owner.sender-admin": "avsenderens IT-avdeling",
  "report.owner.recipient": "mottakeren",
  "report.owner.group-owner": "gruppeeieren",
  "report.owner.recipient-admin": "mottakerens e-postadministrator",
  "report.owner.provider": "den som driver blokkeringslisten",
};
