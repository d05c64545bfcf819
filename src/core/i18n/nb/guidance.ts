/**
 * Diagnose- og veiledningstekster (bokmål): årsakstitler, konklusjon, hvem som må gjøre noe,
 * trinn for hver målgruppe, handlingsnavn og hva statuskodene betyr. Samme nøkler som
 * en/guidance.ts; begrepene følger ordlisten i seed-causes.md.
 */
import type { guidance as en } from "../en/guidance.js";

export const guidance: { [K in keyof typeof en]: string } = {
  "unknown.title": "Leveringen mislyktes av en grunn vi ikke kjenner igjen",

  // ── konklusjon ──
  "verdict.frame": "{title} – {who}.",
  "verdict.delayedFrame": "{title} – {who} hvis meldingen ikke kommer fram.",
  "verdict.notFailure": "{title} – det er ingenting å rette opp.",
  "who.sender": "dette kan du ordne selv",
  "who.sender-admin": "IT-avdelingen din må rette dette",
  "who.group-owner": "gruppeeieren eller moderatoren må gi deg tilgang",
  "who.recipient": "mottakeren må ordne dette på sin side",
  "who.recipient-admin": "mottakerens e-postadministrator må endre en innstilling",
  "who.recipient-admin.fault": "mottakerens e-postadministrator må rette en feil på e-postserveren sin",
  "who.provider": "den som driver blokkeringslisten, må oppheve blokkeringen",

  // ── reserveord når rapporten mangler navnet ──
  "name.recipient": "mottakeren",
  "name.recipientDomain": "mottakerens domene",
  "name.recipientPostmaster": "postmaster for mottakerens domene",
  "name.sender": "avsenderen",
  "name.senderDomain": "domenet ditt",
  "name.group": "gruppen",
  "name.blockedIp": "IP-adressen til e-postserveren din",
  "name.blocklist": "blokkeringslisten",
  "name.folder": "fellesmappen",
  "name.tenant": "leieren din",
  "name.generatingServer": "serveren som skrev returmeldingen",
  "name.remoteServer": "mottakerens server",
  "name.listOwner": "adressen deres står på nettsiden til listen",

  // ── årsakstitler ──
  "cause.EXO_PUBLICFOLDER_REJECTS_EXTERNAL.title": "Fellesmappen tar ikke imot e-post fra eksterne avsendere",
  "cause.EXO_GROUP_SENDER_NOT_ALLOWED.title": "Du står ikke på gruppens liste over tillatte avsendere",
  "cause.EXO_GROUP_REJECTS_EXTERNAL.title": "Gruppen tar bare imot e-post fra egen organisasjon",
  "cause.EXO_MAILBOX_REJECTS_EXTERNAL.title": "Postboksen tar bare imot e-post fra egen organisasjon",
  "cause.EXO_MAILUSER_REJECTS_EXTERNAL.title": "Mottakeren tar bare imot e-post fra godkjente (interne) avsendere",
  "cause.EXO_RECIPIENT_REJECTS_EXTERNAL.title": "Mottakeren tar bare imot e-post fra egen organisasjon",
  "cause.EXCH_AUTH_REQUIRED.title": "Mottakeren godtar bare godkjente (interne) avsendere",
  "cause.EXO_RESTRICTED_TO_RECIPIENTS_5_7_129.title": "Mottakeren tar bare imot e-post fra bestemte avsendere",
  "cause.EXO_LARGE_GROUP_NEEDS_RESTRICTION.title": "Den store gruppen må begrenses til medlemmer eller ha moderator",
  "cause.MODERATION_REJECTED_OR_EXPIRED.title": "En moderator godkjente ikke meldingen",
  "cause.CONTENT_HELD_FOR_REVIEW.title": "Et e-postfilter holder tilbake meldingen din til noen har sett på den",
  "cause.LIST_POST_HELD_FOR_MODERATION.title":
    "E-postlisten holder tilbake meldingen din til en moderator godkjenner den",
  "cause.EXCH_NOT_AUTHORIZED.title": "Du har ikke tillatelse til å sende til denne mottakeren",
  "cause.TRANSPORT_RULE_REJECT.title": "En transportregel avviste meldingen",
  "cause.EXO_RECIPIENT_BANNED.title": "Mottakeradressen er sperret i Microsoft 365",
  "cause.RECIPIENT_ORG_BLOCKED_SENDER.title": "Mottakerens organisasjon blokkerer adressen eller serveren din",
  "cause.RECIPIENT_DOMAIN_POLICY.title": "Reglene hos mottakeren stoppet meldingen",
  "cause.MAILING_LIST_POST_DENIED.title": "Du har ikke lov til å skrive til denne e-postlisten eller gruppen",
  "cause.EXO_TENANT_ATTRIBUTION.title":
    "Microsoft 365 kunne ikke knytte e-posten som kom via koblingen, til organisasjonen din",
  "cause.EXO_DIRECT_SEND_REJECTED.title": "Organisasjonen tar ikke imot uautentisert Direct Send-e-post",
  "cause.EXO_RELAY_ACCESS_DENIED_5_4_1.title": "Microsoft 365-serveren tar ikke imot e-post for dette domenet",
  "cause.EXO_WRONG_REGION_OR_NO_SUBSCRIPTION.title": "E-posten havnet hos feil Microsoft 365-servere",
  "cause.EXO_SMTP_AUTH_FAILED.title": "Appen eller enheten fikk ikke logge på for å sende e-post",
  "cause.SEND_AS_DENIED.title": "Kontoen har ikke lov til å sende som denne adressen",
  "cause.GOOGLE_SMTP_RELAY_DENIED.title": "Googles SMTP-relé kjenner ikke igjen serveren som sender",
  "cause.RELAY_DENIED.title": "En e-postserver underveis ville ikke sende meldingen videre",
  "cause.ANON_CLIENT_NOT_AUTHENTICATED.title": "Mottakerens server tar ikke imot e-post fra anonyme avsendere",
  "cause.SMTP_AUTH_CREDENTIALS_REJECTED.title": "Påloggingen til e-postserveren ble avvist",
  "cause.EXCH_SERVER_AUTH_FAILED.title": "To Exchange-servere fikk ikke godkjent hverandre",
  "cause.DEST_TLS_DANE_MTASTS_FAILURE.title": "TLS-oppsettet hos mottakerens server besto ikke kontrollen",
  "cause.STARTTLS_REQUIRED.title": "Det krevdes kryptert forbindelse (TLS), men den kom ikke i stand",
  "cause.DMARC_REJECT.title": "Meldingen besto ikke DMARC-kontrollen for avsenderdomenet",
  "cause.SENDER_UNAUTHENTICATED_BULK_RULES.title": "Meldingen var verken autentisert med SPF eller DKIM",
  "cause.DKIM_FAIL.title": "Meldingen manglet en gyldig DKIM-signatur",
  "cause.SPF_ERROR.title": "SPF-posten til avsenderdomenet er ugyldig",
  "cause.SPF_FAIL.title": "Serveren som sendte, står ikke i SPF-posten til avsenderdomenet",
  "cause.PTR_RDNS_MISSING.title": "IP-adressen til avsenderserveren mangler gyldig omvendt DNS",
  "cause.BAD_HELO.title": "Avsenderserveren presenterte seg med et ugyldig navn",
  "cause.IPV6_POLICY.title": "Meldingen ble avvist over IPv6",
  "cause.FROM_HEADER_NONCOMPLIANT.title": "Meldingshodene bryter med reglene for e-postformatet",
  "cause.NULL_MX_SENDER_OR_RECIPIENT.title": "Domenet oppgir at det ikke tar imot e-post i det hele tatt",
  "cause.SPAMHAUS_LISTED.title": "Avsenderserveren står på en blokkeringsliste hos Spamhaus",
  "cause.EOP_BLOCKLIST_1.title": "Avsenderserveren står på Microsofts blokkeringsliste (Blocklist 1)",
  "cause.EOP_BANNED_SENDING_IP.title": "Avsenderserveren står på Microsofts blokkeringsliste",
  "cause.OUTLOOKCOM_IP_BLOCKED.title": "Outlook.com blokkerer eller struper avsenderserveren",
  "cause.BARRACUDA_BRBL.title": "Avsenderserveren står på Barracudas blokkeringsliste",
  "cause.SPAMCOP_LISTED.title": "Avsenderserveren står på SpamCops blokkeringsliste",
  "cause.PROOFPOINT_BLOCKED.title": "Proofpoint blokkerer avsenderserveren",
  "cause.TRENDMICRO_ERS.title": "Trend Micros omdømmetjeneste blokkerer avsenderserveren",
  "cause.CISCO_SBRS_POOR_REPUTATION.title":
    "E-postfilteret hos mottakeren mener at avsenderserveren har for dårlig omdømme",
  "cause.SENDING_SERVICE_SUPPRESSED.title":
    "Utsendingstjenesten din sender ikke lenger til denne adressen fordi den har avvist e-post eller klaget før",
  "cause.MIMECAST_REJECT.title": "Mimecast-filteret hos mottakeren avviste meldingen",
  "cause.OTHER_DNSBL_LISTED.title": "Avsenderserveren står på en blokkeringsliste",
  "cause.SENDING_SERVER_POOR_REPUTATION.title":
    "Mottakerens e-postserver mener at avsenderserveren har for dårlig omdømme",
  "cause.GMAIL_LOW_REPUTATION.title": "Gmail mener avsenderen har for dårlig omdømme",
  "cause.GMAIL_DIRECT_FROM_DYNAMIC_IP.title": "Gmail tar ikke imot e-post direkte fra denne typen IP-adresse",
  "cause.YAHOO_REPUTATION_BLOCK.title": "Yahoo utsetter eller blokkerer avsenderserveren",
  "cause.ICLOUD_REPUTATION_BLOCK.title": "iCloud Mail blokkerer avsenderserveren",
  "cause.EXO_SENDER_RESTRICTED_OUTBOUND_SPAM.title":
    "Kontoen din er sperret for sending fordi den mistenkes for søppelpost",
  "cause.EXO_TENANT_SENDING_BLOCKED.title": "Microsoft 365 sperrer utgående e-post fra organisasjonen din",
  "cause.EXO_UNREGISTERED_DOMAIN.title": "Organisasjonen din sender fra domener den ikke har registrert",
  "cause.EXO_EXTERNAL_FORWARDING_BLOCKED.title": "Organisasjonen din tillater ikke automatisk videresending ut",
  "cause.EXO_TABL_BLOCKED_RECIPIENT.title": "Organisasjonen din blokkerer e-post til denne mottakeren",
  "cause.EXO_INBOUND_IP_THROTTLED.title": "Mottakerens servere struper e-post fra serveren din",
  "cause.SPAM_CONTENT_REJECTED.title": "Meldingen ble vurdert som søppelpost",
  "cause.ATTACHMENT_OR_MALWARE_BLOCKED.title": "Et vedlegg eller innholdet ble vurdert som farlig",
  "cause.INVALID_CONTENT_FORMAT.title": "Formatet på meldingen kunne ikke håndteres",
  "cause.RECIPIENT_UNKNOWN.title": "Mottakeradressen finnes ikke",
  "cause.EXO_RECIPIENT_NOT_FOUND.title": "Mottakeradressen ble ikke funnet",
  "cause.EXO_DBEB_ACCESS_DENIED.title": "Adressen finnes ikke i katalogen til mottakerens organisasjon",
  "cause.MAILBOX_FULL.title": "Postboksen til mottakeren er full",
  "cause.SENDER_RATE_OR_QUOTA_LIMIT.title": "For mange meldinger eller mottakere på for kort tid",
  "cause.MESSAGE_TOO_LARGE_RECIPIENT.title": "Meldingen er større enn mottakeren har lov til å motta",
  "cause.MESSAGE_TOO_LARGE_SYSTEM.title": "Meldingen er større enn e-postsystemet godtar",
  "cause.MAIL_LOOP.title": "Meldingen gikk i ring",
  "cause.GREYLISTED.title": "Mottakerens server ba serveren din prøve igjen senere, gang på gang (grålisting)",
  "cause.DELIVERY_EXPIRED.title": "Leveringen ble forsøkt for lenge og så gitt opp",
  "cause.DOMAIN_NOT_FOUND.title": "Mottakerens domene finnes ikke",
  "cause.ACCOUNT_DISABLED_OR_INACTIVE.title": "Mottakerens postboks er deaktivert eller ikke i bruk",
  "cause.SENDER_ADDRESS_REJECTED.title": "Mottakerens server godtok ikke avsenderadressen din",
  "cause.MAILBOX_MOVED.title": "Mottakerens postboks er flyttet eller lagt ned",
  "cause.DOMAIN_ACCEPTS_NO_MAIL.title": "Mottakerens domene tar ikke imot e-post",
  "cause.RECEIVING_SYSTEM_FULL.title": "E-postsystemet hos mottakeren er fullt",
  "cause.RECEIVING_SYSTEM_UNAVAILABLE.title":
    "Mottakerens e-postserver tok ikke imot e-post akkurat da (opptatt, tom for ressurser eller på vei ned)",
  "cause.LOCAL_DELIVERY_PROGRAM_FAILED.title":
    "Leveringen til et program eller en postboksfil på mottakerens server feilet",
  "cause.CONNECTION_REFUSED_BY_HOST.title": "Mottakerens server avviste avsenderserveren",
  "cause.PROTOCOL_SYNTAX_ERROR.title": "Serverne forsto ikke hverandre",
  "cause.NETWORK_PROBLEM.title": "Et nettverks- eller DNS-problem stoppet leveringen",
  "cause.RECEIVING_SYSTEM_ERROR.title": "Det oppsto en feil i e-postsystemet hos mottakeren",
  "cause.RECIPIENT_FILTERED.title": "Mottakersiden filtrerte bort meldingen",
  "cause.POLICY_UNSPECIFIED_5_7_X.title": "En sikkerhetsinnstilling eller regel stoppet meldingen",
  "cause.CONTENT_MEDIA_ERROR.title": "Innholdet eller kodingen i meldingen ble avvist",
  "cause.PROTOCOL_STATUS.title": "Mottakerens server avviste en SMTP-kommando",
  "cause.UNKNOWN.title": "Leveringen mislyktes av en grunn vi ikke kjenner igjen",
  "cause.DELIVERED.title": "Dette er en leveringskvittering, ikke en feil",
  "cause.AUTO_REPLY.title": "Dette er et automatisk svar, ikke en feil",
  "cause.FEEDBACK_REPORT.title": "Dette er en klage på søppelpost, ikke en feil",

  // ── trinn for avsenderen ──
  "step.sender.askRecipientAdmin":
    "Be {recipient} (på telefon eller på en annen adresse) om å få e-postadministratoren sin til å slippe gjennom meldingene dine. Du kan også skrive til {recipientPostmaster}.",
  "step.sender.askRecipientAllow": "Be {recipient} legge adressen din inn i listen over klarerte avsendere.",
  "step.sender.askGroupOwner": "Be eieren av {group} om å få sende til gruppen.",
  "step.sender.findGroupOwner":
    "Slik finner du eieren: I Outlook på nettet merker du denne returmeldingen, velger gruppenavnet på Til-linjen og så Eier. I Outlook dobbeltklikker du gruppenavnet og velger Kontakt.",
  "step.sender.joinGroup":
    "Meld deg inn i {group}, eller be om å bli lagt til. Medlemmer kan som regel sende til gruppen.",
  "step.sender.askModerator":
    "Be moderatoren eller eieren av {group} om å godkjenne meldingen, og send den så på nytt.",
  "step.sender.contactOwnAdmin":
    "Send returmeldingen til IT-avdelingen din. Løsningen ligger i innstillingene i organisasjonen din.",
  "step.sender.forwardToOwnAdmin":
    "Videresend returmeldingen til IT-avdelingen din. E-postserveren organisasjonen din sender fra ({blockedIp}), er blokkert, og bare IT-avdelingen kan få den fjernet fra listen.",
  "step.sender.forwardToOwnAdminUnnamed":
    "Videresend returmeldingen til IT-avdelingen din. E-postserveren organisasjonen din sender fra, er blokkert, og bare IT-avdelingen kan få den fjernet fra listen.",
  "step.sender.reputationToOwnAdmin":
    "Videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din. Mottakerens e-postserver avviste e-post fra serveren du sender gjennom, på grunn av omdømmet til den serveren. Det er ingenting galt med meldingen eller adressen, og den kommer ikke frem om du sender den på nytt før de har rettet opp omdømmet.",
  "step.sender.reputationDeferred":
    "Mottakerens e-postserver avviste inntil videre e-post fra serveren du sender gjennom, på grunn av omdømmet til den serveren eller hvor mye den sender, og avsenderserveren har sluttet å prøve. Det kan lykkes å sende meldingen på nytt senere. Blir den avvist igjen, videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din.",
  "step.sender.reputationIfItLasts":
    "Mottakerens e-postserver avviser foreløpig e-post fra serveren du sender gjennom, på grunn av omdømmet til den serveren eller hvor mye den sender. Hvis meldingen fortsatt ikke kommer frem, videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din.",
  "step.sender.checkAddress":
    "Se etter skrivefeil i {recipient}, og fjern adressen fra Autofullfør-listen i Outlook hvis den er gammel.",
  "step.sender.checkAddressOfName":
    "Returmeldingen oppgir bare navnet {recipient}. Åpne kontakten i Outlook, se etter skrivefeil i adressen du brukte, og fjern en gammel adresse fra Autofullfør-listen.",
  "step.sender.checkDomain": "Se etter skrivefeil i domenet {recipientDomain}.",
  "step.sender.otherChannel":
    "Ta kontakt med {recipient} på en annen måte (telefon, en annen adresse) og si fra at postboksen ikke tar imot e-post.",
  "step.sender.resendLater": "Prøv å sende på nytt senere.",
  "step.sender.nothingYet": "Du trenger ikke gjøre noe ennå. Serveren prøver igjen en stund.",
  "step.sender.shrinkMessage":
    "Gjør meldingen mindre: fjern eller komprimer vedlegg, eller del en lenke til filen i stedet.",
  "step.sender.removeAttachment":
    "Fjern vedlegget (særlig programmer, skript og arkivfiler) eller del det som en lenke, og send på nytt.",
  "step.sender.rewriteContent":
    "Send en kortere og enklere melding uten lenkeforkortere og mange lenker, og unngå ord som er typiske for søppelpost.",
  "step.sender.checkCredentials":
    "Kontroller brukernavn, passord og serverinnstillinger i appen eller enheten som sender e-posten.",
  "step.sender.useOwnAddress":
    "Send fra din egen adresse, eller be IT-avdelingen din om tillatelse til å sende som denne adressen.",
  "step.sender.newMessageNotReply":
    "Skriv en ny melding i stedet for å svare på en gammel eller lagret melding, og kontroller din egen adresse.",
  "step.sender.secureAccount":
    "Bytt passord nå og si fra til IT-avdelingen din. Kontoen kan ha blitt misbrukt til å sende søppelpost.",
  "step.sender.slowDown": "Send til færre mottakere om gangen, eller fordel utsendingen over lengre tid.",
  "step.sender.copyReport":
    "Kopier den tekniske rapporten, så kan du lime den inn i en melding eller en sak til IT-avdelingen din.",
  "step.sender.mailingListJoin": "Meld deg inn i listen eller gruppen først, eller be eieren om lov til å skrive dit.",
  "step.sender.heldByFilter":
    "Ingenting er returnert: et e-postfilter holder meldingen i karantene til en e-postadministrator slipper den fram eller sletter den. Ikke send den på nytt. Haster det, skriv til adressen i varselet, eller spør IT-avdelingen din.",
  "step.sender.heldNothingLost":
    "Ingenting er tapt, og ingenting har feilet: {group} tar vare på meldingen din til en moderator godkjenner eller avviser den. Ikke send den på nytt: en kopi til ville bare ventet i den samme køen.",
  "step.sender.askModeratorHeld":
    "Hvis det ikke kan vente, ber du eierne av listen ({listOwner}) om å se på den tilbakeholdte meldingen din til {group}.",
  "step.sender.heldJoinList":
    "Listen holder tilbake innlegg fra adresser som ikke er påmeldt. Meld deg inn i {group}, eller skriv fra adressen du er påmeldt med, så går de neste meldingene dine rett gjennom.",
  "step.sender.tellRecipientFault":
    "Hvis det fortsetter å feile, si fra til {recipient} (på telefon eller på en annen adresse) at e-postserveren deres ikke tar imot e-posten din, så e-postadministratoren deres kan se på den. Du kan også skrive til {recipientPostmaster}.",
  "step.sender.tellRecipientUnreachable":
    "Hvis det fortsetter å feile, si fra til {recipient} på en annen måte (telefon, en annen adresse) at e-postserveren deres ikke kan nås, så e-postadministratoren deres kan se på den. E-post til {recipientPostmaster} kommer kanskje ikke frem heller.",
  "step.sender.tellRecipientLoop":
    "Si fra til {recipient} (på telefon eller på en annen adresse) at e-postsystemet deres sender meldinger til dem rundt i ring, så e-postadministratoren deres kan rette videresendingen eller rutingen. Det er ingenting galt med meldingen din. Du kan også skrive til {recipientPostmaster}.",
  "step.sender.tellRecipientSetupFault":
    "Si fra til {recipient} (på telefon eller på en annen adresse) at oppsettet av e-postsystemet deres avviste meldingen din, så e-postadministratoren deres kan rette det: ingenting du endrer, får den gjennom. Du kan også skrive til {recipientPostmaster}.",
  "step.sender.deliveryProgramFailed":
    "Det er ingenting galt med meldingen eller adressen du brukte: programmet eller postboksfilen som tar imot e-posten på e-postserveren til {recipient}, feilet. Bare e-postadministratoren deres kan rette det: si fra til dem ({recipientPostmaster}), eller gi beskjed til {recipient} på en annen måte.",
  "step.sender.unknownAsk":
    "Spør mottakerens e-postadministrator ({recipientPostmaster}) hva som stoppet meldingen. Utkastet er skrevet for deg, med opplysningene fra returmeldingen.",

  // ── trinn for gruppeeieren ──
  "step.owner.addAllowedSender":
    "Legg {sender} inn i listen over tillatte avsendere for {group} (leveringsbehandling i gruppeinnstillingene). En avsender utenfor organisasjonen trenger i tillegg at gruppen tar imot eksterne avsendere.",
  "step.owner.addMember": "Du kan også legge {sender} til som medlem av {group}.",
  "step.owner.allowExternal":
    "Hvis avsenderen er utenfor organisasjonen, kan du la {group} ta imot meldinger fra eksterne avsendere.",
  "step.owner.changeTransportRule":
    "Hvis en transportregel begrenser hvem som kan sende, ber du IT-avdelingen din om å gjøre unntak for denne avsenderen.",
  "step.owner.approveMessage":
    "Som moderator godkjenner du meldingen (eller ber avsenderen sende den på nytt og godkjenner den da).",
  "step.owner.bypassModeration": "La {sender} sende uten moderering heretter.",
  "step.owner.largeGroup":
    "Grupper med over 5000 medlemmer tar bare imot e-post fra medlemmer, krever godkjenning fra en moderator og avviser store meldinger. Godkjenn meldingen, eller legg avsenderen til som medlem.",
  "step.owner.listSettings":
    "Tillat innlegg fra denne avsenderen i innstillingene for listen eller gruppen (eventuelt fra alle, også eksterne).",
  "step.owner.approveHeldPost":
    "Åpne modereringskøen for {group} (meldingene som venter, på administrasjonssidene for listen) og godkjenn eller avvis meldingen.",
  "step.owner.acceptHeldSender":
    "Skal {sender} kunne skrive uten gjennomgang heretter, legger du adressen til blant de tillatte avsenderne for listen, eller gjør den til medlem.",
  "step.owner.notAGroup": "Ingenting å gjøre her. Dette gjelder ikke leveringsinnstillingene til en gruppe.",

  // ── trinn for administratorer ──
  "step.admin.connectPowerShell": "Koble til Exchange Online med PowerShell.",
  "step.admin.groupAllowExternal": "La {group} ta imot e-post fra eksterne avsendere.",
  "step.admin.unifiedGroupAllowExternal":
    "Er {group} en Microsoft 365-gruppe, må du tillate eksterne avsendere på den (nye grupper sperrer dem som standard).",
  "step.admin.groupAddSender":
    "Tar {group} bare imot e-post fra gruppens liste over tillatte avsendere, legger du {sender} inn i den. En avsender utenfor organisasjonen slipper bare gjennom når {group} også tar imot e-post fra eksterne avsendere.",
  "step.admin.externalContact":
    "En ekstern avsender må finnes som e-postkontakt før du kan føre vedkommende opp som tillatt avsender.",
  "step.admin.mailboxAllowExternal":
    "La postboksen {recipient} ta imot e-post fra eksterne avsendere, ikke bare fra godkjente (interne) avsendere.",
  "step.admin.mailUserAllowExternal": "La e-postbrukeren {recipient} ta imot e-post fra eksterne avsendere.",
  "step.admin.recipientAllowExternal":
    "Finn ut hva slags mottaker {recipient} er (postboks, gruppe, e-postbruker, fellesmappe), og slå av «Krev at alle avsendere er godkjent» for den.",
  "step.admin.publicFolderAnonymous":
    "Gi den anonyme kontoen rett til å opprette elementer i den e-postaktiverte fellesmappen «{folder}» (kontroller mappebanen med Get-MailPublicFolder).",
  "step.admin.publicFolderAuth": "La fellesmappen ta imot e-post fra eksterne avsendere.",
  "step.admin.inspectRestrictions":
    "Les først leveringsinnstillingene for {recipient}: hvilke avsendere den tar imot e-post fra, hvilke den avviser, og om den bare tar imot e-post fra godkjente (interne) avsendere.",
  "step.admin.recipientAllowSender":
    "Tar {recipient} allerede bare imot e-post fra bestemte avsendere, legger du {sender} inn i den listen. Ikke begynn på en ny liste: da avviser {recipient} alle andre. En avsender utenfor organisasjonen slipper bare gjennom når {recipient} ikke krever godkjente (interne) avsendere.",
  "step.admin.recipientUnblockSender":
    "Står {sender} blant avsenderne {recipient} avviser, fjerner du vedkommende fra den listen.",
  "step.admin.hybridDisabledAccount":
    "I en hybriddistribusjon skjer dette når den lokale kontoen bak skypostboksen er deaktivert. Aktiver den igjen, eller fjern kontoen på riktig måte når personen har sluttet.",
  "step.admin.largeGroupModeration":
    "Grupper med over 5000 medlemmer må modereres eller begrenses til medlemmer. Slå på moderering for {group}.",
  "step.admin.transportRule": "Finn transportregelen som avviser meldingen, og juster den eller legg inn et unntak.",
  "step.admin.messageTrace":
    "Kjør en meldingssporing for {recipient} for å se hvilken regel eller kontroll som stoppet den.",
  "step.admin.forwardToDelist":
    "Videresend returmeldingen til delist@messaging.microsoft.com og be om at {blockedIp} fjernes fra Microsofts blokkeringsliste.",
  "step.admin.delistPortal":
    "Bruk Microsofts side for fjerning fra blokkeringslisten (sender.office.com): Oppgi adressen din og {blockedIp}, og bekreft via e-post. Det kan ta opptil et døgn.",
  "step.admin.thirdPartyDelist":
    "Slå opp {blockedIp} på siden til {blocklist}, og følg fremgangsmåten for fjerning der.",
  "step.admin.sendingServiceSuppression":
    "Slå opp adressen i utsendingstjenestens sperreliste (suppression list); fjern den der først når du vet at den tar imot e-post igjen, ellers kan tjenesten stenge kontoen.",
  "step.admin.findListingCause":
    "Finn først ut hvorfor serveren havnet på listen: en kapret konto, et åpent relé, skadevare eller uønsket e-post. Står årsaken igjen, havner du på listen på nytt.",
  "step.admin.reputationLookUp":
    "Slå opp {blockedIp}, adressen avvisningen nevner, på avsendersidene (postmaster-sidene) til leverandøren som driver {remoteServer}. De fleste store leverandører har et skjema for avsenderstøtte eller en side for fjerning fra blokkeringslisten der. Finn sidene på leverandørens eget nettsted, ikke gjennom en lenke i returmeldingen.",
  "step.admin.reputationLookUpUnnamed":
    "Finn den offentlige IP-adressen til avsenderserveren i loggen for denne meldingen, og slå den opp på avsendersidene (postmaster-sidene) til leverandøren som driver {remoteServer}. De fleste store leverandører har et skjema for avsenderstøtte eller en side for fjerning fra blokkeringslisten der. Finn sidene på leverandørens eget nettsted, ikke gjennom en lenke i returmeldingen.",
  "step.admin.reputationCause":
    "Finn ut hvorfor omdømmet til serveren falt: en kapret konto eller et nettskjema som sender søppelpost, et åpent relé, skadevare, en plutselig økning i volumet, eller e-post mottakerne ikke har bedt om og klager på. Står årsaken igjen, kommer avvisningene tilbake.",
  "step.admin.outlookComSupport":
    "Fyll ut skjemaet for avsenderstøtte hos Outlook.com for {blockedIp}, og meld deg på SNDS for å følge med på omdømmet.",
  "step.admin.googlePostmaster":
    "Følg Googles retningslinjer for avsendere, og følg med på domenet i Google Postmaster Tools.",
  "step.admin.yahooSenderHub": "Følg Yahoos veiledning for avsendere og feilkodesidene i Yahoo Sender Hub.",
  "step.admin.appleGuidance":
    "Følg Apples postmaster-veiledning for iCloud Mail, og be om ny vurdering av {blockedIp}.",
  "step.admin.spfRecord":
    "Sørg for at SPF-posten for {senderDomain} tar med alle servere som sender for domenet. For Microsoft 365 skal den inneholde spf.protection.outlook.com; legg til ip4:/include: for andre avsendere.",
  "step.admin.spfLookups": "Hold SPF-posten gyldig: bare én post, høyst 10 DNS-oppslag og aldri +all.",
  "step.admin.dkimSelector1": "Publiser den første DKIM-posten (CNAME) for {senderDomain}.",
  "step.admin.dkimSelector2": "Publiser den andre DKIM-posten (CNAME) for {senderDomain}.",
  "step.admin.dkimEnable": "Slå på DKIM-signering for {senderDomain}.",
  "step.admin.dmarcRecord":
    "Publiser en DMARC-post for {senderDomain}; begynn med p=none mens du går gjennom rapportene.",
  "step.admin.dmarcAlign":
    "Sørg for at e-post fra {senderDomain} består SPF eller DKIM for det samme domenet. Tjenester som sender på vegne av dere, må signere som {senderDomain}.",
  "step.admin.ptrRecord":
    "Be den som eier IP-adressen {blockedIp} (Internett-leverandøren eller skyleverandøren) om en PTR-post med et navn som peker tilbake til samme adresse.",
  "step.admin.heloName":
    "Sørg for at avsenderserveren presenterer seg (HELO/EHLO) med sitt eget offentlige navn som finnes i DNS.",
  "step.admin.ipv4Fallback":
    "Send til dette domenet over IPv4, eller gi IPv6-adressen en PTR-post og sørg for at SPF eller DKIM går gjennom.",
  "step.admin.fromHeader":
    "Rett opp programmet som sender: én gyldig Fra-adresse, én Message-ID og ingen doble meldingshoder.",
  "step.admin.nullMx":
    "E-post må sendes fra et domene som kan ta imot svar. Fjern null-MX-posten, eller bruk et annet avsenderdomene.",
  "step.admin.bulkRequirements":
    "Oppfyll kravene de store leverandørene stiller til avsendere: SPF og DKIM på hver melding, DMARC for masseutsendinger, enkel avmelding og få klager.",
  "step.admin.mxRecord":
    "Kontroller MX-posten for {recipientDomain}. Et domene i Exchange Online skal peke til sin egen *.mail.protection.outlook.com-vert. Bekreft dette med DNS-leverandøren.",
  "step.admin.singleMx":
    "Ha bare én MX-post for et domene i Exchange Online, og regn med inntil 72 timer etter en DNS-endring.",
  "step.admin.connectivityAnalyzer":
    "Test med Microsoft Remote Connectivity Analyzer (Office 365 › Mail Flow Configuration: Verify MX Record and Outbound Connector Test).",
  "step.admin.acceptedDomain": "Kontroller at domenet står som godkjent domene.",
  "step.admin.domainActive":
    "Kontroller at {recipientDomain} står som konfigurert og bekreftet under Innstillinger › Domener i administrasjonssenteret for Microsoft 365, og fullfør domenebekreftelsen hvis ikke.",
  "step.admin.hybridWizard":
    "I en hybriddistribusjon kontrollerer du den inngående og den utgående koblingen. Er de feil, kjører du veiviseren for hybridkonfigurasjon på nytt i den lokale organisasjonen.",
  "step.admin.inboundConnector":
    "Kontroller den inngående koblingen: De offentlige IP-adressene eller sertifikatnavnet til de lokale serverne må stemme med det Microsoft 365 ser.",
  "step.admin.outboundConnector":
    "Kontroller den utgående koblingen: Med smartverter må IP-adressen eller navnet være riktig, med MX-ruting må MX-posten peke til riktig server, og domenelisten må ta med alle lokale e-postdomener.",
  "step.admin.certificateChain":
    "Bruker koblingen et sertifikat, må avsenderserveren vise hele kjeden, også mellomsertifikatene, og navnet må stemme.",
  "step.admin.directSend":
    "Organisasjonen avviser Direct Send. Opprett en inngående kobling for enheten eller appen (etter IP-adresse eller sertifikat), eller la den logge på med SMTP AUTH.",
  "step.admin.relayConnector":
    "La appen eller enheten sende via en konto som logger på, eller sett opp en mottakskobling som bare tillater videresending fra dens IP-adresse.",
  "step.admin.anonymousReceive":
    "Er dette deres egen server, må mottakskoblingen mot Internett godta anonyme avsendere. Ellers må e-posten sendes til domenets riktige MX-vert.",
  "step.admin.smtpAuthMailbox": "Slå på autentisert SMTP for postboksen som sender ({sender}).",
  "step.admin.smtpAuthModern":
    "Kontroller at appen logger på med moderne godkjenning (OAuth) eller en tillatt SMTP AUTH-konto over TLS 1.2, eller flytt den over på en kobling.",
  "step.admin.smarthostCredentials":
    "Kontroller påloggingsinformasjonen og porten (587 med TLS) for reléet eller smartverten serveren logger på.",
  "step.admin.sendAs": "Gi kontoen tillatelsen Send som på adressen den sender fra.",
  "step.admin.exchangeServerAuth":
    "Kontroller at ingenting mellom Exchange-serverne (brannmur, SMTP-proxy) fjerner godkjenningen, og at mottakskoblingene tillater Exchange-servergodkjenning.",
  "step.admin.googleRelay":
    "I Google Admin-konsollen (Apper › Google Workspace › Gmail › Ruting › SMTP-relétjeneste) legger du til IP-adressen som sender, eller krever SMTP-pålogging.",
  "step.admin.tlsSettings":
    "Få serverne til å bli enige om TLS: Støtt STARTTLS med TLS 1.2 eller nyere, eller endre koblingen som krever TLS, hvis partneren ikke kan bruke TLS.",
  "step.admin.daneMtaSts":
    "Mottakerdomenet må rette TLS-oppsettet sitt: fornye sertifikatet, rette TLSA-postene (DANE) eller oppdatere MTA-STS-policyen.",
  "step.admin.restrictedUsers":
    "Når kontoen er sikret, fjerner du {sender} fra listen over begrensede brukere (Microsoft Defender-portalen › Begrensede enheter).",
  "step.admin.secureCompromised":
    "Sikre kontoen {sender}: bytt passord, krev tofaktorpålogging og fjern ukjente innboksregler, videresendinger og stedfortredere.",
  "step.admin.supportCase": "Opprett en sak hos Microsoft når årsaken er fjernet.",
  "step.admin.registerDomains":
    "Legg til og bekreft {senderDomain} og alle andre domener organisasjonen sender fra som godkjente domener, og se etter koblinger dere ikke har laget selv.",
  "step.admin.externalForwarding":
    "Automatisk videresending ut av organisasjonen er slått av som standard. Tillat det bare for brukerne som trenger det, med en policy for utgående søppelpost, eller stopp videresendingen.",
  "step.admin.tenantBlockList":
    "Listen over tillatte og blokkerte avsendere i leieren deres blokkerer {recipient}. Fjern oppføringen hvis den er feil.",
  "step.admin.waitThrottle":
    "Dette går som regel over av seg selv når nye forsøk lykkes. Varer det, bør du se på volumet og koblingene.",
  "step.admin.multiGeo":
    "E-posten kom til Microsoft 365-servere som ikke har domenet (feil region, utdatert MX-post eller smartvert, eller en leier uten Exchange-lisens). Rett MX-posten eller smartverten og lisensene.",
  "step.admin.dbeb":
    "Kontroller at {recipient} finnes i katalogen (og er synkronisert fra den lokale organisasjonen hvis dere har hybridoppsett).",
  "step.admin.dbebDomainType":
    "Finnes mottakerne utenfor Exchange Online, gjør du domenet om til et internt relédomene i stedet for autoritativt, eller oppretter e-postkontakter for dem.",
  "step.admin.mailboxQuota": "Frigjør plass i postboksen {recipient}, øk kvoten eller slå på arkiv.",
  "step.admin.sizeLimits": "Kontroller størrelsesgrensene for meldinger på {recipient}, og øk dem om nødvendig.",
  "step.admin.orgSizeLimits": "Kontroller størrelsesgrensene for meldinger i organisasjonen og på koblingene.",
  "step.admin.mailLoop":
    "Se etter videresendinger eller innboksregler som sender meldingen fram og tilbake, og etter koblinger eller MX-poster som peker på hverandre.",
  "step.admin.greylisting":
    "Mottakerens server bruker grålisting: den avviser en avsender den ikke har sett før, og venter på at avsenderserveren prøver igjen. Hvis forsøkene fortsatt blir avvist, bør mottakerens administrator unnta avsenderens e-postservere (eller leverandørens publiserte avsenderadresser) fra grålisting. En tjeneste som sender fra mange adresser, som Microsoft 365, kan se ny ut ved hvert forsøk.",
  "step.admin.expiredQueue":
    "Finn ut hvorfor mottakerens server ikke kunne nås: DNS, brannmur, en server som er nede, eller en skjult utsettelse i svaret på siste forsøk.",
  "step.admin.recipientDns": "Eieren av domenet må rette DNS-oppsettet (MX- eller A-post) eller fornye domenet.",
  "step.admin.senderAddress":
    "Sørg for at avsenderadressen og domenet finnes, kan slås opp i DNS og kan ta imot returmeldinger.",
  "step.admin.contentFormat":
    "Rett opp programmet som sender e-posten (linjeskift, koding), eller slutt å sende rik tekst (TNEF) til eksterne mottakere.",
  "step.admin.allowSender": "Stoler dere på avsenderen, kan du tillate {sender} i søppelpostfilteret.",
  "step.admin.removeBlockEntry":
    "Fjern blokkeringen av {sender} eller {blockedIp} i deres egne blokkeringslister (tilkoblingsfilteret, leierens liste over tillatte og blokkerte avsendere eller reglene i e-postfilteret).",
  "step.admin.releaseHeld":
    "Er filteret deres, finn meldingen i karantenen, se hvilken regel som holdt den tilbake, og slipp den fram eller juster regelen.",
  "step.admin.gatewayPolicy":
    "Finn regelen i e-postfilteret som avviste meldingen, og juster den eller legg inn et unntak.",
  "step.admin.recipientRateLimit":
    "Undersøk om kontoen sender mer enn leverandørens grenser tillater, og om den er blitt misbrukt.",
  "step.admin.reputation":
    "Bedre omdømmet til avsenderserveren: Autentiser all e-post, stopp uønsket e-post og følg med på plutselige topper i volumet.",
  "step.admin.accountState":
    "Finn ut om postboksen er deaktivert, flyttet eller slettet, og gi avsendere den nye adressen.",
  "step.admin.systemUnavailable":
    "Mottakerens server avviste meldingen inntil videre: den var på vei ned, overbelastet, under vedlikehold eller manglet minne eller diskplass. Dette går som regel over, og avsenderserveren prøver igjen. Varer det i timevis, må mottakerens e-postadministrator finne ut hvorfor serveren ikke tar imot e-post (tjenestestatus, diskplass, minne, belastning).",
  "step.admin.deliveryProgram":
    "Se på den lokale leveringen returmeldingen nevner, på e-postserveren til mottakeren: programmet e-posten sendes videre til (avslutningsstatus, tillatelser og brukeren det kjører som) eller postboksfilen (eier, tillatelser, diskplass og kvote). E-postloggen på serveren viser hvilken av dem som feilet for denne meldingen.",
  "step.admin.systemProblem":
    "Det er en feil i e-postsystemet hos mottakeren (disk, program, oppsett), og administratoren der må rette den.",
  "step.admin.mailingListAdmin":
    "Kontroller i innstillingene for listen eller gruppen hvem som kan skrive dit, og om eksterne medlemmer og innlegg er tillatt for domenet.",
  "step.admin.heldListSettings":
    "Som regel ingenting for en e-postadministrator: ingen e-postserver avviste meldingen. Det er listens egne modereringsinnstillinger som holder den tilbake, og eierne av listen endrer dem.",
  "step.admin.readFullReply":
    "Les hele svaret fra mottakerens server nedenfor. Der står regelen eller kontrollen som slo til.",

  // ── handlingsnavn ──
  "action.forward-to-delist": "Be Microsoft fjerne IP-adressen fra blokkeringslisten",
  "action.delist-portal": "Åpne siden for fjerning fra listen",
  "action.third-party-delist": "Åpne oppslagssiden for blokkeringslisten",
  "action.contact-recipient-admin": "Skriv til mottakerens e-postadministrator",
  "action.ask-group-owner": "Spør gruppeeieren",
  "action.ask-moderator": "Spør moderatoren",
  "action.contact-own-admin": "Spør IT-avdelingen din",
  "action.fix-address": "Kontroller adressen",
  "action.admin-command": "Kopier kommandoen",
  "action.dns-record": "Kopier DNS-verdien",
  "action.copy-report": "Kopier rapporten",

  // ── hva statuskodene betyr ──
  "code.class.2": "Vellykket",
  "code.class.4": "Midlertidig feil: serveren kan prøve igjen",
  "code.class.5": "Varig feil: meldingen blir ikke levert",
  // klassen sagt om siste forsøk når serveren som sender, har bestemt noe annet
  "code.class.5.delayed": "Siste forsøk fikk en kode for varig feil, men serveren prøver fortsatt",
  "code.class.4.failed": "Midlertidig feil, men serveren har sluttet å prøve",
  "code.subject.0": "Serveren oppga ingen mer presis grunn",
  "code.subject.1": "Det er et problem med en adresse",
  "code.subject.2": "Det er et problem med mottakerens postboks",
  "code.subject.3": "Det er et problem med e-postsystemet hos mottakeren",
  "code.subject.4": "Det er et problem med nettverk eller ruting",
  "code.subject.5": "Det er et problem i e-postprotokollen",
  "code.subject.6": "Det er et problem med innholdet eller formatet i meldingen",
  "code.subject.7": "Den ble avvist av sikkerhetshensyn eller på grunn av en regel",
  "code.frame": "{klass}. {detail}.",
  "code.1.1": "Postboksen finnes ikke",
  "code.1.2": "Mottakerens domene finnes ikke eller tar ikke imot e-post",
  "code.1.3": "Adressen er ugyldig",
  "code.1.6": "Postboksen er flyttet",
  "code.1.7": "Avsenderadressen er ugyldig",
  "code.1.8": "Avsenderens domene er ugyldig",
  "code.1.10": "Mottakerens domene tar ikke imot e-post (null-MX)",
  "code.1.10.exchange": "I Exchange Online betyr det at mottakeren ikke ble funnet",
  "code.2.1": "Postboksen er deaktivert",
  "code.2.2": "Postboksen er full",
  "code.2.3": "Meldingen er større enn grensen hos mottakeren",
  "code.3.4": "Meldingen er større enn grensen i e-postsystemet",
  "code.4.1": "Mottakerens server svarte ikke",
  "code.5.4.1.exchange":
    "I Exchange Online betyr det at mottakerens organisasjon avviste adressen: den finnes ikke i katalogen, eller organisasjonen tar ikke imot e-post for det domenet",
  "code.4.4": "Det finnes ingen vei fram til mottakeren",
  "code.4.6": "Meldingen gikk i ring",
  "code.4.7": "Tiden for levering gikk ut",
  "code.5.3": "Det var for mange mottakere",
  "code.7.0": "Den ble avvist av en annen sikkerhetsgrunn eller regel",
  "code.7.1": "Levering var ikke tillatt, og meldingen ble avvist",
  "code.7.8": "Påloggingsinformasjonen var ugyldig",
  "code.7.12": "Passordet må byttes",
  "code.7.13": "Kontoen er deaktivert",
  "code.7.12.exchange":
    "I Exchange Online betyr det at mottakerens organisasjon ikke godtok avsenderen som godkjent (intern) avsender",
  "code.7.13.exchange":
    "I Exchange Online betyr det at avsenderen ikke var en godkjent (intern) avsender for fellesmappen",
  "code.7.23": "SPF-kontrollen mislyktes",
  "code.7.25": "Kontrollen av omvendt DNS mislyktes",
  "code.7.26": "Flere autentiseringskontroller mislyktes",
  "code.7.27": "Avsenderens domene tar ikke imot e-post (null-MX)",

  // ── administratorkommandoer: hva hver endrer, og når den passer (diagnose/commands.ts) ──
  "adminCommand.readsOnly": "Ingenting i innstillingene til organisasjonen.",
  "adminCommand.connectExchangeOnline.when": "Før Exchange Online-kommandoene nedenfor, én gang per PowerShell-økt.",
  "adminCommand.groupAllowExternal.changes":
    "Gruppen tar imot e-post også fra avsendere utenfor organisasjonen, ikke bare fra godkjente (interne) avsendere.",
  "adminCommand.groupAllowExternal.when":
    "Gruppen skal få e-post utenfra og avviste en ekstern avsender fordi den krever godkjente (interne) avsendere.",
  "adminCommand.unifiedGroupAllowExternal.changes":
    "Microsoft 365-gruppen tar imot e-post også fra avsendere utenfor organisasjonen.",
  "adminCommand.unifiedGroupAllowExternal.when":
    "Gruppen er en Microsoft 365-gruppe (ikke en distribusjonsgruppe) og skal få e-post utenfra.",
  "adminCommand.groupAddSender.changes": "Legger avsenderen inn i gruppens liste over tillatte avsendere.",
  "adminCommand.groupAddSender.when":
    "Bare når gruppen allerede har en liste over tillatte avsendere: på en gruppe uten liste stenger denne ene oppføringen alle andre avsendere ute. En avsender utenfor organisasjonen trenger i tillegg at gruppen tar imot eksterne avsendere, og en e-postkontakt.",
  "adminCommand.groupAddMember.changes":
    "Gjør avsenderen til medlem av gruppen: vedkommende kan sende til den og får alle meldinger som sendes til den.",
  "adminCommand.groupAddMember.when":
    "Gruppen tar bare imot e-post fra medlemmene sine, og avsenderen skal være medlem.",
  "adminCommand.groupBypassModeration.changes":
    "Meldinger fra avsenderen til gruppen venter ikke lenger på en moderator.",
  "adminCommand.groupBypassModeration.when": "Gruppen er moderert, og avsenderen kan sende uten godkjenning.",
  "adminCommand.groupModeration.changes": "Alle meldinger til gruppen venter på at moderatoren godkjenner dem.",
  "adminCommand.groupModeration.when":
    "Gruppen har over 5000 medlemmer og er verken moderert eller begrenset til tillatte avsendere. Bytt ut <moderator> med adressen til moderatoren.",
  "adminCommand.externalContact.changes":
    "Oppretter en e-postkontakt for den eksterne avsenderen. Den vises i adresselisten.",
  "adminCommand.externalContact.when":
    "Før du legger en ekstern avsender inn i en liste over tillatte avsendere, når lesingen ikke finner noen kontakt for vedkommende.",
  "adminCommand.mailboxAllowExternal.changes":
    "Postboksen tar imot e-post også fra avsendere utenfor organisasjonen, ikke bare fra godkjente (interne) avsendere.",
  "adminCommand.mailboxAllowExternal.when":
    "Postboksen skal få e-post utenfra og avviste en ekstern avsender fordi RequireSenderAuthenticationEnabled er True.",
  "adminCommand.mailUserAllowExternal.changes":
    "E-postbrukeren tar imot e-post også fra avsendere utenfor organisasjonen.",
  "adminCommand.mailUserAllowExternal.when":
    "E-postbrukeren skal få e-post utenfra og avviste en ekstern avsender fordi den krever godkjente (interne) avsendere.",
  "adminCommand.publicFolderAnonymous.changes":
    "Hvem som helst, i eller utenfor organisasjonen, kan legge elementer i fellesmappen med e-post.",
  "adminCommand.publicFolderAnonymous.when":
    "Den e-postaktiverte fellesmappen skal ta imot e-post utenfra og avviste en ekstern avsender.",
  "adminCommand.publicFolderAllowExternal.changes":
    "Fellesmappen tar imot e-post også fra avsendere utenfor organisasjonen.",
  "adminCommand.publicFolderAllowExternal.when":
    "Den e-postaktiverte fellesmappen skal ta imot e-post utenfra og avviste en ekstern avsender fordi den krever godkjente (interne) avsendere.",
  "adminCommand.mailboxRestrictions.when":
    "Først, hver gang en postboks avviser en avsender: viser hvilke avsendere postboksen tar imot e-post fra, hvilke den avviser, og om den krever godkjente (interne) avsendere.",
  "adminCommand.mailboxAcceptSender.changes": "Legger avsenderen til blant avsenderne postboksen tar imot e-post fra.",
  "adminCommand.mailboxAcceptSender.when":
    "Bare når AcceptMessagesOnlyFrom allerede har avsendere: på en tom liste stenger denne ene oppføringen alle andre avsendere ute. Den slipper ikke en ekstern avsender gjennom så lenge RequireSenderAuthenticationEnabled er True.",
  "adminCommand.mailboxUnrejectSender.changes": "Fjerner avsenderen fra avsenderne postboksen avviser.",
  "adminCommand.mailboxUnrejectSender.when": "Når lesingen viser avsenderen i RejectMessagesFrom.",
  "adminCommand.rejectingTransportRules.when":
    "En transportregel kan ha avvist meldingen: viser reglene som avviser, med tekstene deres.",
  "adminCommand.messageTrace.when":
    "For å se hva som skjedde med meldingen i Exchange Online, og hvilken regel eller kontroll som stoppet den.",
  "adminCommand.dkimEnable.changes": "Exchange Online begynner å signere e-post fra domenet med DKIM.",
  "adminCommand.dkimEnable.when":
    "Når begge DKIM-CNAME-postene for domenet er publisert i DNS. Før det mislykkes kommandoen.",
  "adminCommand.sendConnectorFqdn.changes":
    "Navnet serveren oppgir i HELO/EHLO når den sender via denne sendekoblingen.",
  "adminCommand.sendConnectorFqdn.when":
    "Exchange Server (lokalt) presenterer seg med et navn som ikke finnes i DNS eller ikke stemmer med IP-adressen. Bytt ut <connector> med navnet på sendekoblingen.",
  "adminCommand.acceptedDomains.when": "For å se om domenet er et godtatt domene i leieren, og av hvilken type.",
  "adminCommand.inboundConnectors.when":
    "E-post som kommer inn via en kobling (hybrid, et e-postfilter foran), blir avvist eller behandlet som anonym.",
  "adminCommand.outboundConnectors.when":
    "E-post som går ut via en kobling (smartvert, hybrid), havner feil sted eller feiler på TLS.",
  "adminCommand.directSend.when":
    "En enhet eller et program sender rett til leierens MX uten å logge på (Direct Send) og blir avvist.",
  "adminCommand.smtpAuthMailbox.changes":
    "Slår på SMTP AUTH for denne postboksen: en enhet eller et program kan logge på som den for å sende via smtp.office365.com.",
  "adminCommand.smtpAuthMailbox.when":
    "En enhet eller et program må sende som denne postboksen via smtp.office365.com, og lesingen viser at SMTP AUTH er slått av. Ikke når MX-posten til mottakerdomenet peker på smtp.office365.com: da er det mottakerens MX-post som må rettes.",
  "adminCommand.sendAs.changes": "Gir avsenderen rett til å sende som en annen postboks.",
  "adminCommand.sendAs.when":
    "Avsenderen skal sende som en delt eller annen postboks og mangler retten. Bytt ut <mailbox> med den postboksen.",
  "adminCommand.receiveConnectors.when":
    "Exchange Server (lokalt) avviser e-post fra en annen server fordi de to ikke godkjenner hverandre.",
  "adminCommand.unblockRestrictedSender.changes": "Lar den sperrede kontoen sende e-post igjen.",
  "adminCommand.unblockRestrictedSender.when":
    "Først når kontoen er sikret: passordet er byttet, totrinnspålogging er på, og innboksreglene og videresendingen er kontrollert.",
  "adminCommand.inboxRules.when":
    "Kontoen kan være misbrukt: se etter regler som videresender, sletter eller flytter e-post.",
  "adminCommand.autoForwarding.when":
    "Automatisk videresending til eksterne adresser ble stoppet: viser innstillingen for videresending i policyen for utgående søppelpost.",
  "adminCommand.removeBlockedRecipient.changes":
    "Fjerner sperringen, så e-post fra organisasjonen til adressen kan gå ut.",
  "adminCommand.removeBlockedRecipient.when": "Adressen er sperret ved en feil i leierens Tenant Allow/Block List.",
  "adminCommand.recipientLookup.when": "For å se om adressen finnes i katalogen, og som hva.",
  "adminCommand.domainInternalRelay.changes":
    "Exchange Online slutter å avvise ukjente adresser i domenet og sender dem videre via koblingen din.",
  "adminCommand.domainInternalRelay.when":
    "Bare når noen postbokser i domenet ligger et annet sted (lokalt eller i et annet system) og en utgående kobling sender e-post dit. Ellers går e-posten i sløyfe.",
  "adminCommand.mailboxSize.when": "For å se hvor full postboksen er.",
  "adminCommand.mailboxSizeLimits.when": "For å se hvor store meldinger postboksen kan sende og motta.",
  "adminCommand.organisationSizeLimits.when": "For å se hvor store meldinger organisasjonen tar imot i det hele tatt.",
  "adminCommand.mailboxForwarding.when": "E-posten går i sløyfe: viser hvor postboksen videresender e-posten sin.",
  "adminCommand.allowSender.changes":
    "E-post fra avsenderen blir ikke lenger blokkert som søppelpost eller av en sperring i leieren, uten sluttdato.",
  "adminCommand.allowSender.when":
    "Bare når avsenderen er til å stole på og ditt eget filter blokkerte vedkommende ved en feil.",
  // ── situasjonen (sak 13): steg som avhenger av hvem som sendte, hvem som leser og hvor det stoppet ──
  "cause.GREYLISTED.delayedTitle":
    "Leveringen er forsinket: mottakerens server ber serveren din prøve igjen senere (grålisting)",
  "cause.DELIVERY_EXPIRED.delayedTitle": "Leveringen er forsinket: serveren prøver fortsatt",
  "cause.UNKNOWN.delayedTitle": "Leveringen er forsinket av en grunn vi ikke kjenner igjen; serveren prøver fortsatt",
  "cause.NETWORK_PROBLEM.delayedTitle":
    "Et nettverks- eller DNS-problem forsinker leveringen; serveren prøver fortsatt",
  "cause.POLICY_UNSPECIFIED_5_7_X.delayedTitle":
    "En sikkerhetsinnstilling eller regel holder meldingen tilbake; serveren prøver fortsatt",
  "cause.CONNECTION_REFUSED_BY_HOST.delayedTitle":
    "Mottakerens server avviser foreløpig avsenderserveren, som fortsatt prøver",
  "cause.SENDER_ADDRESS_REJECTED.delayedTitle":
    "Mottakerens server avviser foreløpig avsenderadressen din; serveren prøver fortsatt",
  "cause.RECEIVING_SYSTEM_UNAVAILABLE.delayedTitle":
    "Mottakerens e-postserver tar ikke imot e-post akkurat nå; serveren prøver fortsatt",
  "step.sender.askRecipientSideForGroup":
    "Utenfra {recipientDomain} når du ikke eieren av {group}. Be personen du skrev til, eller e-postadministratoren for {recipientDomain} ({recipientPostmaster}), om å sende forespørselen videre eller slippe adressen din gjennom.",
  "step.sender.askRecipientAdminMx":
    "Si fra til e-postadministratoren for {recipientDomain} ({recipientPostmaster}, eller på telefon) at e-post til {recipientDomain} sendes til {remoteServer}, Microsofts adresse for e-postprogrammer. MX-posten deres må peke på deres egen Microsoft 365-vert, som slutter på mail.protection.outlook.com.",
  "step.sender.askRecipientAdminRelay":
    "Si fra til e-postadministratoren for {recipientDomain} ({recipientPostmaster}, eller på telefon) at serveren deres {remoteServer} avviser e-post til deres eget domene: godkjente domener eller MX-posten deres må rettes. Det er ingenting galt med kontoen din.",
  "step.sender.hybridToOwnAdmin":
    "Send returmeldingen til IT-avdelingen din. Meldingen gikk gjennom deres egne lokale Exchange-servere og kom til Exchange Online uten påloggingen din, så {recipient} trodde den kom utenfra. Hybridkoblingene må kontrolleres.",
  "step.sender.ownRelayToOwnAdmin":
    "Send returmeldingen til IT-avdelingen din. E-postserveren underveis ut fra dere ({remoteServer}) sendte ikke meldingen videre. Det er ingenting galt med mottakerens adresse.",
  "step.sender.stillTryingThen":
    "Du trenger ikke gjøre noe ennå. Meldingen er ikke levert, men serveren prøver fortsatt og sier fra hvis den stopper. Stegene nedenfor gjelder hvis det skjer.",
  "step.sender.stillTrying":
    "Du trenger ikke gjøre noe ennå. Meldingen er ikke levert, men serveren prøver fortsatt og sier fra hvis den stopper.",
  "step.sender.askListOwner":
    "Be eierne av listen ({listOwner}) om lov til å skrive til den, eller meld deg inn først.",
  "step.sender.askListOwnerUnnamed": "Be en eier av {group} om lov til å skrive til gruppen, eller meld deg inn først.",
  "step.sender.waitForModerator":
    "Ingenting å gjøre ennå. Listen holder meldingen din til en moderator godkjenner eller avviser den.",
  "step.sender.moderatorDecided":
    "En moderator for {group} valgte å ikke sende meldingen videre. Spør hvorfor før du sender den igjen.",
  "step.owner.outsideOrganisation":
    "Eieren av {group} er i organisasjonen til {recipientDomain}. Utenfra må du gå gjennom personen du skrev til eller e-postadministratoren deres.",
  "step.owner.hybridNotTheGroup":
    "Ingenting å endre på {group}. Gruppen avviste meldingen fordi den kom uten avsenderens pålogging, gjennom hybridkoblingen.",
  "step.owner.noGroupNamed": "Ingenting å gjøre her. Returmeldingen nevner ingen gruppe eller liste.",
  "step.owner.moderatorDecided":
    "En moderator avviste meldingen. Hvis det var feil, kan avsenderen sende den igjen, og en moderator kan godkjenne den da.",
  "step.admin.otherOrganisation":
    "Innstillingen er i organisasjonen til {recipientDomain}, ikke deres: bare e-postadministratoren der kan endre den. Send dem returmeldingen ({recipientPostmaster}). Det de ville kontrollert, står nedenfor.",
  "step.admin.otherOrganisationFault":
    "Feilen er på e-postserveren til {recipientDomain}, ikke hos dere: bare e-postadministratoren der kan rette den. Send dem returmeldingen ({recipientPostmaster}). Det de ville kontrollert, står nedenfor.",
  "step.admin.senderOrganisation":
    "Løsningen ligger i avsenderens organisasjon ({senderDomain}), ikke deres: bare avsenderens IT-avdeling kan endre den. Det de ville kontrollert, står nedenfor.",
  "step.admin.hybridAuthentication":
    "Dette er en hybriddistribusjon: e-post fra de lokale Exchange-serverne deres ({hybridHops}) kom til Exchange Online som anonym. Kontroller at den inngående koblingen fra lokalmiljøet kjenner igjen serverne (med sertifikat), så intern e-post beholder autentiseringen.",
  "step.admin.smartHostRefused":
    "Reléet eller smartverten {remoteServer} ville ikke sende meldingen videre. Kontroller kontoen, passordet og porten serveren bruker for å logge på, eller at den godtar IP-adressen deres.",
  "step.admin.smartHostUnreachable":
    "Serveren fikk ikke levert meldingen til reléet eller smartverten {remoteServer}. Kontroller at navnet slås opp, at porten er åpen og at verten er oppe.",
  "step.sender.mailServiceMarkSafe":
    "Be {recipient} (på telefon eller på en annen adresse) legge adressen din inn i kontaktene eller listen over klarerte avsendere, og merke meldinger fra deg i søppelpostmappen som ikke søppelpost. {recipientDomain} er en offentlig e-posttjeneste som ikke endrer filtrene sine på forespørsel, så det finnes ingen e-postadministrator å spørre.",
  "step.sender.mailServiceUnblock":
    "Be {recipient} (på telefon eller på en annen adresse) fjerne adressen din fra blokkerte avsendere og filtre i innstillingene sine hos {recipientDomain}, og legge den inn i kontaktene. {recipientDomain} er en offentlig e-posttjeneste: bare {recipient} kan endre disse innstillingene, det finnes ingen e-postadministrator å spørre.",
  "step.sender.mailServiceSendingSide":
    "Videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din. {recipientDomain} er en offentlig e-posttjeneste som ikke endrer filtrene sine på forespørsel, så det finnes ingen e-postadministrator å spørre. Det som hjelper, ligger på avsendersiden: hvordan e-posten din er autentisert, og omdømmet til serveren du sender gjennom.",
  "step.sender.mailServiceSendingSideIfItLasts":
    "Blir meldingene dine til {recipientDomain} avvist igjen, videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din. De kan kontrollere hvordan e-posten din er autentisert, og omdømmet til serveren du sender gjennom.",
  "step.admin.mailServiceSendingSide":
    "{recipientDomain} er en offentlig e-posttjeneste: filtrene endres ikke på forespørsel, og det finnes ingen administrator der som slipper gjennom én avsender. Kontroller avsendersiden mot sidene leverandøren har publisert for avsendere (finn dem på leverandørens eget nettsted, ikke gjennom en lenke i returmeldingen): SPF, DKIM og DMARC for {senderDomain}, og omdømmet til avsenderserveren.",
  "step.admin.mailServiceRecipientSetting":
    "Ingenting å endre i organisasjonen deres: {recipient} er en postkasse hos den offentlige e-posttjenesten {recipientDomain}, og blokkeringen ligger i mottakerens egne innstillinger der, som bare mottakeren kan endre.",
  "step.sender.mailServiceFault":
    "Hvis det fortsetter å feile, nå {recipient} på en annen måte (telefon, en annen adresse). {recipientDomain} er en offentlig e-posttjeneste: problemer på e-postserverne deres er tjenestens egne å rette og går som regel over, og det finnes ingen e-postadministrator der å skrive til.",
  "step.sender.mailServiceUnreachable":
    "Hvis det fortsetter å feile, nå {recipient} på en annen måte (telefon, en annen adresse), og videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din: {recipientDomain} er en offentlig e-posttjeneste med servere som sjelden er utilgjengelige lenge, så feilen kan ligge på veien ut fra deres side. Det finnes ingen e-postadministrator hos {recipientDomain} å skrive til.",
  "step.admin.mailServiceFault":
    "Ingenting å endre i organisasjonen deres, og ingen e-postadministrator å spørre: problemet er på e-postserverne til den offentlige e-posttjenesten {recipientDomain}, og bare tjenesten retter det. Det går som regel over; avsenderen kan prøve igjen senere.",
  "step.sender.mailServiceUnknown":
    "Videresend returmeldingen til IT-avdelingen din eller e-postleverandøren din: de kan lese hva svaret fra serveren betyr. {recipientDomain} er en offentlig e-posttjeneste uten noen e-postadministrator å skrive til. Haster meldingen, nå {recipient} på en annen måte (telefon, en annen adresse).",
  "step.admin.mailServiceUnknown":
    "{recipientDomain} er en offentlig e-posttjeneste uten noen administrator å spørre om avvisningene deres. Les hele svaret fra serveren: det nevner kontrollen som stoppet meldingen. De fleste avvisninger der gjelder avsendersiden: kontroller hvordan {senderDomain} er autentisert og omdømmet til serveren dere sender gjennom, mot leverandørens egne sider for avsendere (på nettstedet deres, ikke gjennom en lenke i returmeldingen).",
  "step.admin.mailServiceUnreachable":
    "{recipientDomain} er en offentlig e-posttjeneste uten e-postadministrator å spørre, og serverne deres er sjelden utilgjengelige lenge: kontroller deres egen vei ut først, at serveren deres slår opp MX-postene til {recipientDomain}, at utgående port 25 er åpen i brannmuren, og at reléet eller smarthosten deres sender e-posten videre.",
  "step.admin.mailServiceMailbox":
    "Ingenting å endre i organisasjonen deres, og ingen e-postadministrator å spørre: {recipient} er en postkasse hos den offentlige e-posttjenesten {recipientDomain}. Det som hjelper, står i stegene for avsenderen.",

  // ── situasjonen, vist sammen med bevisene ──
  "situation.outside":
    "Du er utenfor {recipientDomain}: innstillingen som avviste meldingen din til {recipient}, hører til organisasjonen til {recipientDomain}.",
  "situation.inside": "Du og {recipient} er i samme organisasjon.",
  "situation.hybrid":
    "Meldingen din til {recipient} gikk gjennom de lokale Exchange-serverne deres ({hybridHops}) før Exchange Online avviste den: en hybriddistribusjon.",
  "situation.clientEndpoint":
    "{remoteServer} er Microsofts adresse for e-postprogrammer, ikke et domenes e-postserver: MX-posten til {recipientDomain} peker på feil vert.",
  "situation.ourRelay":
    "Den stoppet hos {remoteServer}, en e-postserver underveis ut fra dere (relé eller smartvert), ikke hos mottakerens server.",
  "situation.recipientServer": "Den stoppet hos {remoteServer}, serveren til {recipient}.",
  "situation.delayed": "Meldingen er forsinket, ikke avvist: serveren prøver fortsatt.",
  "situation.nested": "Du skrev til {parentGroup}. {nestedGroup}, en gruppe i den, avviste meldingen.",
  "situation.large": "{group} har mer enn 5 000 medlemmer.",
  "situation.ndrSays": "Returmeldingen sier selv: {said}.",
  "situation.ndrDisagrees.hybrid":
    "Returmeldingen sier: {said}. Men meldingen kom fra deres egen organisasjon gjennom de lokale serverne, så det er IT-avdelingen din som må rette det.",
  "situation.ndrDisagrees.inside":
    "Returmeldingen sier: {said}. Men du og mottakeren er i samme organisasjon, så det er IT-avdelingen din som må rette det.",
  "situation.ndrDisagrees.recipient":
    "Returmeldingen sier: {said}. Men innstillingen som avviste den, hører til organisasjonen til {recipientDomain}, så du kan bare be dem om å endre den.",
  "situation.ndrDisagrees.sender":
    "Returmeldingen sier: {said}. Sett ut fra hvem som sendte den og hvor den stoppet, ligger løsningen hos dere: {who}.",
  "step.sender.sharedProviderIp":
    "Ingenting du eller IT-avdelingen din kan endre: den blokkerte adressen {blockedIp} er en av Microsoft 365s felles sendeservere, og Microsoft får den fjernet fra {blocklist}. Send meldingen igjen senere, eller nå {recipient} på en annen måte.",
  "step.admin.sharedProviderIp":
    "Den oppførte adressen {blockedIp} hører til Microsoft 365s felles utgående servere, ikke til dere: Microsoft tar seg av oppføringen på {blocklist}. Hvis den blir stående, opprett en støttesak hos Microsoft.",
  "situation.recipientFilter": "Den stoppet hos {remoteServer}, e-postfilteret foran serveren til {recipient}.",
  "situation.listService":
    "{group} er en e-postliste eller en gruppetjeneste: eierne bestemmer hvem som kan skrive til den.",
};
