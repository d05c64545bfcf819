/**
 * Reasons and labels of bounces written in other languages than English: providers that localise
 * their notices (GMX, Orange, Terra, UOL, Libero, KPN, wp.pl, Mail.ru, Japanese, Korean and
 * Chinese providers, Telenor, Telia, national providers from Iceland to Vietnam) give the reason
 * in words only ("Benutzer unbekannt", "casella piena", "宛先不明") and name the recipient after a label ("Destinatario:",
 * "Получатель:", "宛先:"). The report reads the recipient positions from these; the diagnosis
 * reads the same reasons as its causes: the reasons such notices give most (an unknown recipient,
 * a full mailbox, a disabled account, an unknown domain, a message too large), each phrase naming
 * what it is about.
 */

/**
 * The recipient's address or mailbox does not exist, in the words of de, fr, es, pt, it, nl, pl, ru,
 * ja, ko, zh, nb, sv, da, cs, tr, fi, is, et, lv, lt, hu, ro, sk, sl, hr, sr, bg, uk, el, he, ar,
 * fa, vi, th, id, ca.
 */
export const LOCALIZED_RECIPIENT_UNKNOWN: readonly RegExp[] = [
  // de
  /(?:benutzer|empf(?:ä|ae)nger|adresse|postfach|mailbox)(?:adresse)? (?:ist )?unbekannt|unbekannte[rs]? (?:benutzer|empf(?:ä|ae)nger|adresse|postfach)|(?:benutzer|empf(?:ä|ae)nger|postfach|\badresse)(?: de[sr] empf(?:ä|ae)ngers?)? (?:existiert nicht|nicht gefunden|nicht vorhanden)|nicht im [a-z -]{0,20}(?:verzeichnis|directory|adre(?:ss|ß)buch) aufgef(?:ü|ue)hrt/i,
  // fr
  /(?:utilisateur|destinataire|adresse|bo(?:î|i)te aux lettres|compte)(?: destinataire| de messagerie)? (?:inconnue?|inexistante?|introuvable)|(?:utilisateur|destinataire|adresse|bo(?:î|i)te aux lettres)(?: du destinataire)? n['’]existe pas/i,
  // es, pt
  /(?:usuario|destinatario|direcci(?:ó|o)n|buz(?:ó|o)n|cuenta) (?:desconocid[oa]|inexistente|no existe)|(?:usu(?:á|a)rio|destinat(?:á|a)rio|endere(?:ç|c)o|utilizador|conta|caixa postal) (?:desconhecid[oa]|inexistente|n(?:ã|a)o existe)/i,
  // it
  /(?:utente|destinatario|indirizzo|casella) (?:sconosciut[oa]|inesistente|non esiste)/i,
  // nl
  /onbekende (?:gebruiker|ontvanger|geadresseerde)|(?:gebruiker|ontvanger|mailbox|adres) (?:is )?onbekend|(?:gebruiker|ontvanger|mailbox|adres) bestaat niet/i,
  // pl
  /nie ma takiego (?:u(?:ż|z)ytkownika|adresu|konta)|(?:u(?:ż|z)ytkownik|adres|konto|skrzynka) nie istnieje|nieznany (?:u(?:ż|z)ytkownik|adresat|odbiorca)/i,
  // ru
  /(?:пользователь|получатель|адресат|адрес|ящик)[а-я ]{0,20} не (?:найден|существует)|нет такого (?:пользователя|ящика|адреса)|неизвестный (?:пользователь|получатель|адресат)/i,
  // ja
  /宛先不明|(?:ユーザー?|アドレス|宛先)(?:が|は)(?:存在しません|見つかりません)|(?:アドレス|アカウント)は(?:現在)?使われて(?:おりません|いません)|存在しない(?:ユーザー?|アドレス|宛先)|ディレクトリ(?:に|で)は?(?:見つかりません|登録されていません)/i,
  // ko
  /(?:주소|계정|사용자|아이디)[가-힣 ]{0,12}존재하지 않|존재하지 않는 (?:메일 ?)?(?:주소|계정|사용자|아이디)|없는 (?:사용자|주소|계정)/i,
  // zh
  /(?:收件人|收件者|用户|用戶|邮箱|信箱|郵箱|帐号|帳號|账户|地址)[^\n，。,.]{0,6}不存在|不存在的(?:用户|用戶|邮箱|信箱|地址|收件人)|查无此(?:用户|人)|无此用户|無此用戶/i,
  // nb, sv, da: "Ukjent mottaker", "Adressen finnes ikke", "Mottakeren ble ikke funnet", "Modtageren
  // blev ikke fundet", "Användaren hittades inte" (never the sender's "avsenderadressen", \b keeps it out)
  /(?:ukjent|ugyldig) (?:e-?post)?(?:mottaker|bruker|adresse)|ok(?:ä|a)nd (?:mottagare|anv(?:ä|a)ndare|adress)|ogiltig (?:e-?post)?(?:mottagare|adress)|(?:ukendt|ugyldig) (?:e-?mail)?(?:modtager|bruger|adresse)|\bingen slik bruker|\b(?:mottakeren|brukeren|mottagaren|anv(?:ä|a)ndaren|modtageren|brugeren|(?:e-?post|mottaker|mottagar|modtager)?adressen|e-?postkontoen|kontot) (?:finnes|fins|finns|findes|eksisterer|existerar) (?:ikke|inte)/i,
  // with the owner in the genitive: "Mottakerens postkasse finnes ikke", "Mottagarens adress finns inte"
  /\b(?:mottakerens|mottagarens|modtagerens|brukerens|anv(?:ä|a)ndarens|brugerens) (?:e-?post)?(?:postkasse|innboks|brevl(?:å|a)da|postl(?:å|a)da|adresse|adress|konto) (?:finnes|fins|finns|findes|eksisterer|existerar) (?:ikke|inte)\b/i,
  /\b(?:mottakeren|brukeren|mottagaren|anv(?:ä|a)ndaren|modtageren|brugeren|(?:e-?post|mottaker|mottagar|modtager)?adressen) (?:ble ikke funnet|vart ikkje funnen|blev ikke fundet|hittades inte|kunde inte hittas)/i,
  // cs, tr
  /(?:uživatel|příjemce|adresa|schránka|účet)[^.\n]{0,20}(?:neexistuje|nebyl[aoy]? nalezen|nenalezen)|neznám(?:ý|á) (?:uživatel|příjemce|adresa)/i,
  /(?:kullanıcı|alıcı|adres|posta kutusu|hesap)[^.\n]{0,20}(?:bulunamadı|mevcut değil)|bilinmeyen (?:kullanıcı|alıcı|adres)/i,
  // fi, is, et, lv, lt, hu, ro, sk, sl, hr, sr
  /(?:käyttäjää|vastaanottajaa|osoitetta) ei (?:löytynyt|ole olemassa)|(?:notandi|netfang|viðtakandi) (?:er )?ekki til|(?:kasutajat|adressaati|aadressi) ei (?:leitud|eksisteeri)|(?:lietotājs|adresāts|adrese) neeksistē|(?:vartotojas|gavėjas|adresas) neegzistuoja|(?:címzett|felhasználó|cím|postafiók) nem létezik|(?:utilizatorul|destinatarul|adresa) nu există/i,
  /(?:používateľ|adresát|adresa|schránka) neexistuje|(?:uporabnik|prejemnik|naslov|naslovnik) ne obstaja|(?:korisnik|primatelj|primalac|adresa) ne postoji|nepoznat(?:i|a) (?:korisnik|primatelj|primalac|adresa)/i,
  // bg, uk, sr (Cyrillic), el, he, ar, fa
  /(?:потребител|получател|адрес)[а-я ]{0,20} не (?:съществува|е намерен)|(?:користувач[а-яіїє]{0,3}|одержувач[а-яіїє]{0,3}|адрес[а-яіїє]{0,3}|скриньк[а-яіїє]{0,3}) не (?:знайдено|існує)|(?:корисник|прималац|адреса) не постоји|(?:ο χρήστης|ο παραλήπτης|η διεύθυνση)[^.\n]{0,40}δεν (?:υπάρχει|βρέθηκε)/i,
  /(?:המשתמש|הנמען|הכתובת) (?:אינו קיים|אינה קיימת|לא נמצא|לא נמצאה)|(?:المستخدم|المستلم|العنوان) غير موجود|تعذر العثور على (?:عنوان|المستلم)|(?:کاربر|گیرنده|نشانی|آدرس)[^.\n]{0,20}(?:وجود ندارد|یافت نشد)/i,
  // vi, th, id, ca
  /(?:địa chỉ|người dùng|người nhận|tài khoản)[^.\n]{0,25}không tồn tại|ไม่มีผู้ใช้|ไม่พบ(?:ผู้ใช้|ผู้รับ|ที่อยู่)|(?:pengguna|penerima|alamat)[^.\n]{0,25}tidak (?:ada|ditemukan|dikenal)|(?:usuari|destinatari|adreça|bústia) (?:desconegut|desconeguda|inexistent|no existeix)/i,
];

/** The recipient's mailbox is full or over its quota. */
export const LOCALIZED_MAILBOX_FULL: readonly RegExp[] = [
  // de
  /(?:postfach|mailbox|speicherplatz)[^.\n]{0,30}(?:voll|(?:ü|ue)berf(?:ü|ue)llt|(?:ü|ue)berschritten|ersch(?:ö|oe)pft)\b/i,
  // fr
  /bo(?:î|i)te (?:aux lettres |de r(?:é|e)ception |mail )?(?:du destinataire )?(?:est )?pleine|quota (?:d(?:é|e)pass(?:é|e)|atteint)/i,
  // es, pt
  /buz(?:ó|o)n[^.\n]{0,30}\blleno|cuota (?:excedida|superada)|caixa (?:postal |de correio |de entrada )?(?:est(?:á|a) )?(?:cheia|lotada)|cota (?:excedida|esgotada)/i,
  // it
  /casella (?:di posta )?(?:(?:è|e') )?(?:piena|satura)|quota (?:superata|esaurita)/i,
  // nl
  /(?:mailbox|postvak|postbus|brievenbus)(?: van [^.\n]{1,30}?)? (?:is )?(?:vol|overvol)\b/i,
  // pl
  /skrzynka[^.\n]{0,30}(?:pe(?:ł|l)na|przepe(?:ł|l)niona)/i,
  // ru
  /(?:ящик|квота)[а-я ]{0,25}(?:переполнен|заполнен|превышен)|превышен[а-я ]{0,12}(?:квот|размер ящика|лимит ящика)/i,
  // ja
  /メールボックス[^。\n]{0,20}(?:いっぱい|一杯|容量超過|容量を超え|満杯)|容量(?:超過|オーバー)/i,
  // ko
  /(?:메일함|편지함|사서함)[가-힣 ]{0,12}(?:용량|가득)|용량(?:이)? 초과/i,
  // zh
  /(?:邮箱|信箱|郵箱|空间|空間)[^\n，。,.]{0,6}(?:已满|已滿|满了|容量不足)|超过(?:了)?(?:邮箱)?(?:容量|配额)/i,
  // nb, sv, da: "Postkassen er full", "Mottakerens postkasse er full", "Postboksen til mottakeren er
  // full", "Mottagarens brevlåda är full", "Modtagerens postkasse er fuld"
  /\b(?:postkasse|innboks|brevl(?:å|a)da|postl(?:å|a)da|mailboks|postboks|indbakke)(?:n|en)? (?:til [^.\n]{1,60}? )?(?:er|(?:ä|a)r) (?:full|fuld|overfylt|overfyldt)\b/i,
  // "Kvoten er overskredet", "Mottakerens kvote er brukt opp", "Kvoten är överskriden"
  /\bkvoten? (?:er |(?:ä|a)r |har )?(?:overskredet|brukt opp|opbrugt|(?:ö|o)verskriden|full|fuld)\b|\boverskredet (?:sin kvote|kvoten|lagringsgrensen)/i,
  // cs, tr
  /schránka[^.\n]{0,30}(?:je plná|je přeplněná|přeplněna)|překročen[aá]? kvót/i,
  /posta kutusu[^.\n]{0,30}(?:dolu|kotası aşıldı)|kotası (?:aşıldı|doldu)/i,
  // fi, is, et, lv, lt, hu, ro, sk/sl/hr/sr
  /postilaatikko[^.\n]{0,30}täynnä|pósthólf(?:ið)?[^.\n]{0,30}fullt|postkast[^.\n]{0,30}täis|pastkastīte[^.\n]{0,30}pilna|pašto dėžutė[^.\n]{0,30}(?:pilna|perpildyta)|postafiók(?:ja)?[^.\n]{0,30}(?:megtelt|tele van)|căsuța (?:poștală|de e-mail)[^.\n]{0,30}(?:este )?plină/i,
  /schránka[^.\n]{0,30}(?:je plná|je preplnená)|(?:poštni )?predal[^.\n]{0,30}(?:je poln|je zapolnjen)|(?:poštanski )?(?:pretinac|sandučić|sanduče)[^.\n]{0,30}(?:je pun|je puno|je prepun)/i,
  // bg, uk, sr (Cyrillic), el, he, ar, fa
  /(?:пощенска(?:та)? кутия|кутията)[^.\n]{0,30}(?:е пълна|е препълнена)|(?:поштов[а-яіїє]{0,3} )?скриньк[а-яіїє]{0,3}[^.\n]{0,25}(?:переповнен|заповнен)|(?:поштанско )?сандуче[^.\n]{0,30}(?:је пуно|је препуно)|γραμματοκιβώτιο[^.\n]{0,40}(?:είναι πλήρες|είναι γεμάτο|έχει γεμίσει)/i,
  /תיבת הדואר[^.\n]{0,30}מלאה|صندوق (?:البريد|بريد)[^.\n]{0,30}ممتلئ|صندوق (?:پستی|نامه)[^.\n]{0,30}پر (?:است|شده)/i,
  // vi, th, id, ca
  /hộp thư[^.\n]{0,25}(?:đã )?đầy|กล่อง(?:จดหมาย|ข้อความ)[^.\n]{0,25}เต็ม|kotak (?:surat|masuk)[^.\n]{0,25}penuh|bústia[^.\n]{0,30}(?:és )?plena/i,
];

/** The recipient's account is disabled, suspended or blocked. */
export const LOCALIZED_ACCOUNT_DISABLED: readonly RegExp[] = [
  // de, fr, es, pt, it, nl, pl
  /\b(?:konto|benutzerkonto|postfach) (?:des [^\s:]+ )?(?:ist |wurde )?(?:gesperrt|deaktiviert|stillgelegt)|\bcompte (?:du [^\s:]+ )?(?:est )?(?:d(?:é|e)sactiv(?:é|e)|suspendu|bloqu(?:é|e))|\bcuenta (?:del [^\s:]+ )?(?:est(?:á|a) )?(?:desactivada|suspendida|bloqueada)/i,
  /\bconta (?:d[oa] [^\s:]+ )?(?:est(?:á|a) )?(?:desativada|desactivada|suspensa|bloqueada)|\b(?:account|casella) (?:del [^\s:]+ )?(?:(?:è|e') )?(?:disattivat[oa]|sospes[oa]|bloccat[oa])|\baccount (?:is )?(?:gedeactiveerd|geblokkeerd)|\bkonto (?:jest )?(?:zablokowane|zawieszone)/i,
  // ru, ja, zh, ko, nb, sv, da
  /(?:ящик|аккаунт|учетная запись|учётная запись)[а-я ]{0,15}(?:заблокирован|отключен)|アカウントが(?:停止|無効|凍結)|(?:帐号|帳號|账户|账号|邮箱)[^\n，。,.]{0,6}(?:冻结|凍結|停用|禁用)|(?:계정|아이디)[가-힣 ]{0,10}(?:정지|휴면|비활성)/i,
  // "Kontoen er sperret", "E-postkontoen er avsluttet", "Postkassen er lukket", "Kontot är avstängt"
  /\b(?:e-?post)?(?:kontoen|postkassen|postboksen) (?:er |har blitt |er blitt |er blevet )?(?:sperret|deaktivert|deaktiveret|sp(?:æ|ae)rret|stengt|lukket|nedlagt|avsluttet)\b|\b(?:e-?post)?(?:kontot|brevlådan) (?:är |har )?(?:sp(?:ä|a)rrat|inaktiverats?|avstängt|avstängd|stängd|stängt|avslutat|avslutad)\b/i,
];

/** The recipient's domain does not exist (never the sender's: "Absenderdomain", "domaine de l'expéditeur" stay out). */
export const LOCALIZED_DOMAIN_NOT_FOUND: readonly RegExp[] = [
  // de, fr, es, pt, it, nl, pl
  /\b(?:ziel)?domain(?:name)? (?:[^\s:]{1,60} )?(?:existiert nicht|nicht gefunden|ist unbekannt)|\bunbekannte (?:ziel)?domain|\bdomaine (?:[^\s:]{1,60} )?(?:inconnu|inexistant|introuvable|n'existe pas)/i,
  /\bdomin(?:i)?o (?:[^\s:]{1,60} )?(?:desconocido|desconhecido|sconosciuto|inexistente|no existe|n(?:ã|a)o existe|non esiste)|\bdomein (?:[^\s:]{1,60} )?(?:bestaat niet|onbekend)|\bdomena (?:[^\s:]{1,60} )?nie istnieje/i,
  // ru, ja, zh, ko, nb, sv, da
  /домен[а-я]{0,3} (?:[^\s:]{1,60} )?не (?:найден|существует)|несуществующий домен|ドメイン(?:名)?が(?:存在しません|見つかりません)|域名[^\n，。,.]{0,6}(?:不存在|无法解析|無法解析)|도메인[가-힣 ]{0,10}존재하지 않/i,
  /\bdomenet (?:[^\s:]{1,60} )?(?:finnes|fins|eksisterer) ikke|\bdom(?:ä|a)nen (?:[^\s:]{1,60} )?(?:finns|existerar) inte|\bdom(?:æ|ae)net (?:[^\s:]{1,60} )?(?:findes|eksisterer) ikke|\bukjent (?:mottaker)?domene\b|\bukendt (?:modtager)?dom(?:æ|ae)ne\b|\bok(?:ä|a)nd (?:mottagar)?dom(?:ä|a)n\b/i,
];

/** The message is larger than the receiving system takes. */
export const LOCALIZED_MESSAGE_TOO_LARGE: readonly RegExp[] = [
  // de, fr, es, pt, it, nl, pl
  /\b(?:nachricht|e-?mail) (?:ist )?zu gro(?:ß|ss)|\bmessage (?:est )?trop (?:volumineux|gros)|\bmensaje (?:es )?demasiado grande|\bmensagem (?:(?:é|e) )?(?:muito grande|grande demais)/i,
  /\bmessaggio (?:(?:è|e') )?troppo grande|\bbericht (?:is )?te groot|\bwiadomo(?:ść|sc) (?:jest )?(?:zbyt|za) du(?:ż|z)a/i,
  // ru, ja, zh, ko, nb, sv, da
  /(?:сообщение|письмо)[а-я ]{0,15}слишком (?:большое|велико)|(?:メール|メッセージ)(?:の)?サイズが(?:大きすぎ|制限を超え)|(?:邮件|郵件)[^\n，。,.]{0,6}(?:过大|過大|太大)|(?:메일|메시지) 크기[가-힣 ]{0,10}초과/i,
  // "Meldingen er for stor", "Meldingen er større enn … tillater", "Meddelelsen overskrider den maksimale størrelse"
  /\b(?:meldingen|meldinga|e-posten|meddelelsen|beskeden|mailen) (?:er (?:for stor|større enn)|overskrider (?:den )?(?:maksimale|tillatte|tilladte))|\bmeddelandet (?:(?:ä|a)r (?:f(?:ö|o)r stort|större än)|överskrider)/i,
];

/** The recipient's own reception settings refused the sender (Japanese carriers: "受信設定により", "受信拒否"). */
export const LOCALIZED_RECIPIENT_FILTERED: readonly RegExp[] = [/受信(?:拒否)?設定によ|受信を拒否|受信拒否設定/];

/** The reasons above, by the cause each names, most telling first ("收件人域名不存在" is about the domain). */
export const LOCALIZED_CAUSES: readonly (readonly [readonly RegExp[], string])[] = [
  [LOCALIZED_ACCOUNT_DISABLED, "ACCOUNT_DISABLED_OR_INACTIVE"],
  [LOCALIZED_RECIPIENT_FILTERED, "RECIPIENT_FILTERED"],
  [LOCALIZED_DOMAIN_NOT_FOUND, "DOMAIN_NOT_FOUND"],
  [LOCALIZED_RECIPIENT_UNKNOWN, "RECIPIENT_UNKNOWN"],
  [LOCALIZED_MESSAGE_TOO_LARGE, "MESSAGE_TOO_LARGE_SYSTEM"],
  [LOCALIZED_MAILBOX_FULL, "MAILBOX_FULL"],
];

/** A reason stated in one of these languages: the address failed. */
export function statesLocalizedFailure(text: string): boolean {
  return LOCALIZED_CAUSES.some(([patterns]) => patterns.some((pattern) => pattern.test(text)));
}

/** A label naming the recipient ("Destinatario", "Получатель", "宛先", "收件人地址", "받는 사람"), not the sender or the original's. */
const RECIPIENT_LABEL =
  /^(?:destinatari[oa]|destinataire|destinat(?:á|a)rio|empf(?:ä|ae)nger(?:adresse)?|ontvanger|odbiorca|adres(?:á|a)t|получатель|адресат|宛先|あて先|送信先|受信者|收件人(?:地址)?|收件者|받는 ?사람|수신자|mottaker|mottagare|modtager|příjemce|alıcı|vastaanottaja|viðtakandi|adressaat|adresāts|gavėjas|címzett|destinatar|príjemca|prejemnik|primatelj|primalac|прималац|получател|одержувач|отримувач|παραλήπτης|נמען|المستلم|گیرنده|người nhận|ผู้รับ|penerima|destinatari)$/i;

export function isLocalizedRecipientLabel(label: string): boolean {
  return RECIPIENT_LABEL.test(label.trim());
}

/** A line that gives the reason after a label or in a table's next cell ("Motivo: …", "理由: …", "失败原因：…", "실패 사유  …"). */
const REASON_LABEL =
  /^\s*(?:motivo|raison|motif|grund|reden|pow(?:ó|o)d|причина|理由|原因|エラー内容|失败原因|失敗原因|退信原因|사유|실패 ?사유|(?:å|a)rsak|orsak|(?:å|a)rsag|důvod|neden|syy|ástæða|põhjus|iemesls|priežastis|(?:hiba )?oka|dôvod|razlog|разлог|αιτία|λόγος|סיבה|السبب|سبب|علت|lý do|สาเหตุ|alasan|motiu)(?:\s*[:：]|\t| {2})/i;

export function opensWithReasonLabel(line: string): boolean {
  return REASON_LABEL.test(line);
}

/** What a reason label gives ("Grund: Postfach voll" → "Postfach voll"); undefined when the line opens with none. */
export function reasonAfterLabel(line: string): string | undefined {
  const label = REASON_LABEL.exec(line);
  return label ? line.slice(label[0].length).trim() : undefined;
}

/**
 * The words before the address in "your message to a@b could not be delivered" in other languages
 * ("Ihre Nachricht an", "Votre message à", "Su mensaje para", "您发送给"): always "your", so that
 * an instruction ("senden Sie die Nachricht an postmaster@…") is not read as one.
 */
const RECIPIENT_PHRASE = [
  // de, fr, es, pt, it, nl, pl
  /(?:ihre|deine) (?:nachricht|e-?mail|mail) an$|votre (?:message|courriel|e-?mail|mail) (?:(?:destin(?:é|e) )?(?:à|a)|pour)$|\bsu (?:mensaje|correo(?: electr(?:ó|o)nico)?) (?:a|para|dirigido a)$/i,
  /\bsua mensagem (?:para|a)$|\bseu e-?mail para$|\b(?:suo|il) messaggio (?:inviato )?a$|\bmessaggio inviato (?:da [^\s@]{1,64}@[^\s]{1,255} )?a$|\buw (?:bericht|e-?mail) (?:aan|naar)$|(?:^\s*|twoja )wiadomo(?:ść|sc) do$|wiadomo(?:ść|sc) wys(?:ł|l)ana do$|\bzpráv[ua] (?:pro|adresátovi)(?: adresáta)?$|\bva(?:š|s)u správu pre(?: adresáta)?$/i,
  // fi, lv, ro, hu-free; sk above; hr, sr, bg, uk, el, he, ar, fa, vi, th, id, ca
  /\bviestiäsi (?:osoitteeseen|vastaanottajalle)$|\bjūsu vēstul[ei] (?:adresātam|uz)$|\bmesajul (?:dumneavoastră|dvs\.?|tău) (?:către|pentru)$|\bvaša poruka (?:za|primaocu|primatelju)$|ваша порука (?:за|примаоцу)$|вашето съобщение (?:до|за)$|ваш(?:е)? (?:лист|повідомлення) (?:для|до|на адресу)$/i,
  /το μήνυμά σας (?:προς|στον|στην)$|ההודעה שלך אל$|رسالتك إلى$|پیام شما به$|thư của bạn (?:gửi )?(?:tới|đến)$|ข้อความของคุณ(?:ถึง|ไปยัง)$|\bpesan anda (?:ke|kepada|untuk)$|\bel vostre missatge (?:a|per a|adreçat a)$/i,
  // ru, zh, nb, sv, da
  /ваше (?:письмо|сообщение) (?:для|адресату|на адрес)$|您(?:发送给|发送到|发往|发给|寄給|寄送給|寄給)$|(?:meldingen din|din melding|e-posten din) til$|(?:ditt meddelande|ditt e-postmeddelande) till$|(?:din besked|din e-mail|din mail) til$/i,
  // "Meldingen (som) du sendte (fra a@b) til c@d", "Meddelelsen du sendte til", "Meddelandet du skickade till"
  /\b(?:meldingen|e-posten|meddelelsen|beskeden|mailen) (?:som )?du sendte til$|\b(?:meddelandet|e-postmeddelandet|mejlet) (?:som )?du skickade till$/i,
  // fr, es, pt, it, nl, de: "could not be delivered to" ("n'a pas pu être remis à a@b", "no se pudo entregar a a@b",
  // "konnte nicht an a@b zugestellt werden")
  /\b(?:konnte|kann) nicht an$|n'a pas pu (?:ê|e)tre (?:remis|distribu(?:é|e)|livr(?:é|e)|d(?:é|e)livr(?:é|e))e?s? (?:à|a)$|\bno (?:se )?(?:pudo|ha podido) (?:ser )?entregar(?:se)? a$|\bno (?:pudo|ha podido) ser entregad[oa] a$|\bn(?:ã|a)o (?:p(?:ô|o)de|foi poss(?:í|i)vel) ser entregue (?:a|para)$|\bnon (?:(?:è|e) stato|pu(?:ò|o) essere) recapitat[oa] a$|\bkon niet (?:worden )?(?:afgeleverd|bezorgd) (?:bij|aan)$/i,
  // pt, pl, fr, it, es: "could not deliver (the message) to" ("Não foi possível entregar a mensagem a a@b",
  // "Nie udało się dostarczyć wiadomości do a@b", "Impossible de remettre le message à a@b")
  /\bn(?:ã|a)o foi poss(?:í|i)vel entregar (?:a (?:sua )?mensagem )?(?:a|para)$|\bnie uda(?:ł|l)o si(?:ę|e) dostarczy(?:ć|c) (?:wiadomo(?:ś|s)ci )?do$|\bimpossible de (?:remettre|distribuer|d(?:é|e)livrer) (?:le|votre) message (?:à|a)$|\bimpossibile recapitare il (?:suo )?messaggio a$|\bno se pudo entregar (?:el|su) mensaje a$/i,
  // nb, da, sv: "could not be delivered to", "was not delivered to", "delivery to" ("kunne ikke leveres til a@b")
  /\b(?:kunne|kan) ikke leveres til$|\b(?:ble|blev) ikke (?:levert|leveret) til$|\b(?:kunde|kan) inte levereras till$|\blevererades inte till$|\b(?:er|har) (?:ennå |endnu |fortsatt )?ikke (?:blitt |blevet )?(?:levert|leveret) til$|\bhar (?:ännu |fortfarande )?inte levererats till$|\blevering(?:en)? til$|\bleverans(?:en)? till$/i,
  // "delivery to": a noun, never an instruction (de, fr, es, pt, it, nl, ru, zh, ja)
  /\b(?:die )?zustellung an$|\bla remise (?:à|a)$|\bla entrega (?:a|para)$|\ba entrega para$|\bil recapito a$|\bde (?:bezorging|aflevering) (?:aan|bij)$|доставка (?:для|на адрес|адресату)$|(?:无法投递到|无法投递给|无法送达|投遞到)$|\btoimittaa vastaanottajalle$/i,
];

/**
 * A label that says delivery failed, ending in the address ("Zustellung fehlgeschlagen: a@b",
 * "次のアドレスへの配信に失敗しました: a@b", "发送失败：a@b"), never a sender's label.
 */
const FAILED_LABEL =
  /fehlgeschlagen|nicht zugestellt|(?:é|e)chec|(?:é|e)chou(?:é|e)|n'a pas pu (?:ê|e)tre (?:remis|d(?:é|e)livr(?:é|e))|no se (?:pudo|ha podido) entregar|falha|n(?:ã|a)o (?:foi poss(?:í|i)vel|p(?:ô|o)de)|non (?:è stato )?recapitat|mislukt|niet (?:worden )?afgeleverd|nie (?:mo(?:ż|z)na|uda(?:ł|l)o si(?:ę|e)) dostarczy|не (?:удалось|доставлен)|配信(?:に失敗|できません)|送信(?:に失敗|できません)|失败|失敗|실패|kunne ikke leveres|kunde inte levereras|nelze doručit|nebylo možné doručit|nepodařilo se doručit|se nezdařilo|teslim edilemedi|teslim başarısız|iletilemedi/i;
const SENDER_LABEL =
  /absender|exp(?:é|e)diteur|remitente|remetente|mittente|afzender|nadawca|отправител|差出人|送信者|发件人|寄件者|보낸 ?사람|avsender|avs(?:ä|a)ndare|afsender|odesílatel|gönderen|lähettäjä|sendandi|saatja|sūtītājs|siuntėjas|feladó|expeditor|odosielateľ|pošiljatelj|pošiljalac|подател|відправник|пошиљалац|αποστολέας|שולח|المرسل|فرستنده|người gửi|ผู้ส่ง|pengirim|remitent/i;

/** Words that say delivery failed, beyond a label's: "konnte nicht zugestellt werden", "ha fallado", "不能", "未能". */
const FAILED_STATEMENT =
  /nicht (?:zugestellt|zustellbar)|\b(?:konnte|kann) nicht an \S{1,255} (?:zugestellt|übermittelt|ausgeliefert)|a (?:é|e)chou(?:é|e)|n'a pas (?:encore )?pu|no (?:pudo|ha podido|se ha podido) (?:ser )?entregad|ha fallado|n(?:ã|a)o (?:pôde|pode|foi) (?:ser )?entregue|non (?:(?:è|e) (?:ancora )?stato |(?:è|e) )?(?:recapitat|riuscit)|niet (?:worden )?(?:afgeleverd|bezorgd)|is mislukt|nie (?:mog(?:ł|l)a|mo(?:ż|z)e|zosta(?:ł|l)a) (?:zosta(?:ć|c) )?dostarczon|не (?:доставлен|удал)|не может быть доставлен|\bimpossible de (?:remettre|distribuer|d(?:é|e)livrer)|\bimpossibile recapitare|无法|未能|不能|失败|失敗|できません|失敗しました|실패|되지 않았|kunne ikke|kunde inte|kan ikke leveres|kan inte levereras|(?:ble|blev) (?:avvist|afvist)|\b(?:er|har|ble|blev) (?:ennå |endnu |fortsatt )?ikke (?:blitt |blevet )?(?:levert|leveret)\b|\b(?:har )?(?:ännu |fortfarande )?inte levererats\b|avvisades|levererades inte|mislyktes|mislykkedes|misslyckades|\bfeilet\b|nelze doručit|nebyl[aoy]? doručen|nebylo možné doručit|nepodařilo|se nezdařilo|teslim edil(?:e)?medi|başarısız|iletilemedi|ei voitu toimittaa|toimitus epäonnistui|tókst ekki|ekki hægt að (?:koma|afhenda)|nurjus|ei õnnestunud|nevarēja (?:nogādāt|piegādāt)|netika piegādāt|nepavyko pristatyti|nem sikerült kézbesíteni|kézbesíthetetlen|nu a putut fi (?:livrat|trimis)|nebolo možné doručiť|nepodarilo sa doručiť|ni bilo mogoče dostaviti|nije (?:mogla biti |bilo moguće )?isporuč|nije moguće isporučiti|не може да бъде доставен|не може бути доставлен|не вдалося доставити|није (?:могла бити )?испоручен|није успела|απέτυχε|δεν ήταν δυνατή η παράδοση|δεν (?:ήταν δυνατό να|μπόρεσε να) παραδοθεί|δεν παραδόθηκε|נכשלה|לא ניתן למסור|לא נמסר|فشل التسليم|تعذر (?:التسليم|تسليم)|لم يتم (?:التسليم|تسليم)|تحویل داده نشد|không thể (?:chuyển|gửi)|không gửi được|ไม่สามารถส่ง|pengiriman gagal|(?:tidak dapat|gagal|belum (?:dapat )?)dikirim|belum terkirim|no s['’]ha (?:pogut )?lliura[rt]|nem (?:lett |volt )?kézbesítve|nincs kézbesítve|nu a fost (?:încă )?livrat|nebol[aoi]? doručen|не (?:беше |е )?доставен|ไม่ได้(?:ถูก)?ส่ง|tidak terkirim/i;

/** A line that says delivery failed, in one of these languages. */
export function statesLocalizedDeliveryFailure(line: string): boolean {
  return FAILED_STATEMENT.test(line) || FAILED_LABEL.test(line) || statesLocalizedFailure(line);
}

/** Stems every delivery statement below contains: lines without one are skipped cheaply. */
const DELIVERY_STEM =
  /zugestellt|bermittelt|abgeschlossen|remis|termin(?:é|e)e|entreg|recapit|complet(?:ad|at)|bezorgd|afgeleverd|voltooid|lever(?:t|et|ingen|ansen|erats|erades)\b|dostarcz|doruč|teslim|доставлен|配信|投递|投遞|送达|送達|배달|erfolgreich|r(?:é|e)ussi|correctamente|con successo|succesvol|vellykket|lyckad|toimit|kézbesít|livrat|kohale|piegādāt|nogādāt|pristatyt|dostavljen|isporučen|испоручен|доставен|παραδόθηκε|παράδοση|נמסר|تسليم|تحویل|đã được|ส่งถึง|dikirim|terkirim|pengiriman|lliurat/i;

/**
 * Receipts' and relay notices' words that the message was delivered, as Exchange and other servers
 * write them ("Ihre Nachricht wurde … zugestellt", "Votre message a été remis", "se entregó",
 * "è stato recapitato", "is bezorgd", "ble levert", "har levererats", "er blevet leveret",
 * "配信されました", "wurde … übermittelt", "została dostarczona", "доставлено", "已成功投递"; "Die Zustellung an diese Empfänger oder Gruppen ist abgeschlossen", "La remise à
 * ces destinataires … est terminée": delivered without a notification from the destination).
 */
const DELIVERED_STATEMENT = [
  // de, fr, es, pt, it
  /\b(?:wurde|wurden|ist|sind)\b[^.:]{0,60}\bzugestellt\b|\bzugestellt an\b|\bzustellung an diese[^.:]{0,40}\babgeschlossen\b|\b(?:a|ont) (?:(?:é|e)t(?:é|e) )?remis\b|\bremise (?:à|a) ces[^.:]{0,40}\btermin(?:é|e)e\b/i,
  /\bse (?:ha )?entreg(?:ó|ado\b|o\b)|\b(?:ha|han) sido entregad|\bfue(?:ron)? entregad|\bentrega a estos[^.:]{0,40}\bcomplet|\bfo(?:i|ram) entregues?\b|(?:^|\s)(?:è|e'|sono) stat[oaie] recapitat|\brecapito a questi[^.:]{0,40}\bcomplet/i,
  // nl, nb, sv, da, ja
  /\b(?:is|zijn)\b[^.:]{0,40}\b(?:bezorgd|afgeleverd)\b|\bbezorging (?:bij|aan) deze[^.:]{0,40}\bvoltooid\b|\b(?:ble|er|har blitt) levert\b|\bhar levererats\b|\blevererades\b|\b(?:blev|er(?: blevet)?) leveret\b|配信されました|配信済み|への配信は完了しました/i,
  // de (Outlook's "übermittelt"), pl, ru, zh
  /\b(?:wurde|wurden|ist|sind)\b[^.:]{0,60}(?:ü|ue)bermittelt\b|\bzosta(?:ł|l)(?:a|y|o) (?:pomy(?:ś|s)lnie )?dostarczon|\bdostarczono\b|(?:^|[\s(])(?:было |успешно )?доставлен[оаы]?(?![а-я])|已(?:成功)?(?:投递|投遞|送达|送達)/i,
  // cs, tr, ko: "Zpráva byla doručena", "Doručení … bylo dokončeno"; "İletiniz … teslim edildi", "teslim işlemi
  // tamamlandı"; "메시지가 … 배달되었습니다", "배달이 완료되었습니다"
  /\b(?:byla|byly|bylo|byl) (?:úspěšně )?doručen|\bdoručeno\b|\bdoručení[^.:]{0,60}\bdokončeno\b|\bteslim edildi\b|\bteslim (?:işlemi )?tamamlandı|배달되었습니다|배달됨|배달이 완료되었/i,
  // a delivery noun with a success word: "Die Übermittlung an folgende Empfänger wurde erfolgreich durchgeführt",
  // "La remise aux destinataires suivants a réussi", "La entrega … se realizó correctamente"
  // (the noun starts a word: "(?:^|[^a-z])" rather than a lookbehind, which the pane's script floor forbids)
  /(?:^|[^a-z])(?:zustellung|(?:ü|ue)bermittlung|remise|entrega|recapito|bezorging|levering(?:en)?|leveransen)\b[^.:]{0,60}(?:\berfolgreich|\br(?:é|e)ussi|\bcorrectamente|\bcon successo|\bsuccesvol|\bvellykket|\blyckad)/i,
  // fi, hu, ro, et, lv, lt, sk, sl, hr, sr: "on toimitettu", "sikeresen kézbesítve", "a fost livrat", "on kohale
  // toimetatud", "tika piegādāta", "buvo pristatytas", "bola doručená", "je bilo dostavljeno", "je isporučena"
  /\b(?:on|oli) toimitettu\b|\btoimitettiin\b|\btoimitus [^.:]{0,60}\bon valmis\b|\bsikeresen (?:megtörtént|kézbesítve)|\bkézbesítve\b|\bkézbesítettük\b|\bkézbesítés[^.:]{0,60}\bbefejeződött|\ba fost livrat|\bau fost livrate\b/i,
  /\bon kohale toimetatud\b|\btika (?:veiksmīgi )?(?:piegādāta|nogādāta)|\bbuvo (?:sėkmingai )?pristatyt|\b(?:bola|boli|bolo|bol) (?:úspešne )?doručen|\bje bilo (?:uspešno )?dostavljeno\b|\bje (?:uspješno |uspešno )?isporučen|(?:^|\s)је (?:успешно )?испоручен/i,
  // bg, el, he, ar, fa, vi, th, id, ca: "беше доставено", "παραδόθηκε", "נמסרה", "تم تسليم", "تحویل داده شد",
  // "đã được gửi đến", "ส่งถึง … แล้ว", "telah dikirim", "s'ha lliurat"
  /(?:^|\s)(?:беше|е) (?:успешно )?доставено|παραδόθηκε|(?:^|\s)נמסרה|(?:^|\s)تم (?:تسليم|التسليم)|تحویل داده شد|đã được (?:gửi|chuyển) (?:đến|tới)|ส่งถึง[^\n]{0,40}แล้ว|\btelah (?:berhasil )?(?:dikirim|dikirimkan|terkirim)\b|\bpengiriman ke [^.:]{0,60}\btelah selesai|\bs['’]ha lliurat\b/i,
  // the relay notices' "delivery to these recipients or groups is complete" (nb, sv, da)
  /\bleveringen til disse[^.:]{0,40}\bfullf(?:ø|o)rt|\bleveransen till dessa[^.:]{0,40}\bslutf(?:ö|o)rd|\bleveringen til disse[^.:]{0,40}\bfuldf(?:ø|o)rt/i,
];

/**
 * The delivery itself turned round ("nicht … zugestellt", "non remis", "niet … bezorgd", "ikke levert"),
 * not a relay notice's "no notification was sent" ("… no ha enviado ninguna notificación").
 */
const NEGATION = [
  /\bnicht(?: \S+){0,4} zu(?:gestellt|stellbar)|\bnon remis|\bn'(?:a|ont) pas (?:pu )?(?:(?:ê|e)tre |(?:é|e)t(?:é|e) )?remis|\bno (?:se (?:ha )?|ha (?:sido )?|han (?:sido )?|fue(?:ron)? )?entreg|n(?:ã|a)o (?:foi|foram) entregue/i,
  /\bnon (?:(?:è|e'|sono) )?(?:stat[oaie] )?recapitat|\bniet(?: \S+){0,4} (?:bezorgd|afgeleverd)|\bikke (?:blitt |blevet )?lever|\binte(?: \S+){0,2} levere|配信(?:され|でき)ませんでした|\bnicht erfolgreich|\bn'a pas r(?:é|e)ussi|\bno se (?:ha )?realiz(?:ó|o|ado) correctamente|\bniet succesvol|\bikke vellykket|\binte lyckad|\bnon (?:(?:è|e') )?(?:stat[oaie] )?(?:completat|eseguit)|senza successo/i,
  /\bnicht(?: \S+){0,4} (?:ü|ue)bermittelt|\bnie(?: \S+){0,3} dostarcz|(?:^|\s)не(?:\s\S+){0,2}\sдоставлен|未(?:能)?(?:成功)?(?:投递|投遞|送达|送達)/i,
  /\bnebyl[aoy]? (?:\S+ )?doručen|\bnelze doručit|\bnepodařilo se\b[^.:]{0,30}doručit|\bnedoručen|\bteslim edil(?:e)?me|배달(?:되지|하지|할 수)/i,
];

/** Handed over and then refused ("a été remis au serveur …, qui l'a refusé", "übermittelt, dort aber abgelehnt"). */
const REFUSED =
  /abgelehnt|abgewiesen|zur(?:ü|ue)ckgewiesen|refus|rejet|rechaz|rejeitad|recusad|rifiut|respint|geweigerd|afgewezen|avvist|afvist|avvisa|odrzuc|отклон|отверг|拒否|拒绝|拒絕|退回/i;

/** A line that says the message was delivered (or passed on), in one of these languages, and no failure. */
export function statesLocalizedDelivery(line: string): boolean {
  if (!DELIVERY_STEM.test(line)) return false;
  return (
    DELIVERED_STATEMENT.some((pattern) => pattern.test(line)) &&
    !NEGATION.some((pattern) => pattern.test(line)) &&
    !REFUSED.test(line) &&
    !statesLocalizedDeliveryFailure(line)
  );
}

/** The words right before the address in a delivery sentence: "zugestellt an: a@b", "remis à a@b", "levert til a@b". */
const DELIVERED_TO =
  /(?:zugestellt an|remis (?:à|a)|entregado (?:a|para)|entregue (?:a|para)|recapitato a|(?:bezorgd|afgeleverd) (?:bij|aan)|levert til|levererats till|leveret til)$/i;

export function endsWithLocalizedDeliveredTo(before: string): boolean {
  return DELIVERED_TO.test(before);
}

/** "Zustellung fehlgeschlagen. Bitte wenden Sie sich an: a@b": a contact after the failure, not its recipient. */
const CONTACT_OR_NEW_SENTENCE =
  /[.!?。！？]\s|wenden|kontakt|contact|p(?:ó|o)ngase|contat|skontaktuj|обратитесь|联系|聯絡|問い合わせ|문의|hilfe|aide|ayuda|ajuda|aiuto|hulp|pomoc|помощ|帮助|ヘルプ|도움/i;

/** A label naming the sender ("Absender", "差出人", "发件人", "From"): a summary of what was sent. */
export function isLocalizedSenderLabel(label: string): boolean {
  return SENDER_LABEL.test(label) || /^\s*(?:from|sender)\s*$/i.test(label);
}

export function labelSaysLocalizedFailure(label: string): boolean {
  return (
    label.length <= 60 && FAILED_LABEL.test(label) && !SENDER_LABEL.test(label) && !CONTACT_OR_NEW_SENTENCE.test(label)
  );
}

/** "transférez votre message à …", "senden Sie Ihre Nachricht an …": what to do next, not who failed. */
const INSTRUCTION =
  /(?:^|\s)(?:transf(?:é|e)rez|envoyez|renvoyez|faites suivre|senden sie|leiten sie|schicken sie|reenv(?:í|i)e|env(?:í|i)e|encaminhe|envie|inoltra(?:te)?|invia(?:te)?|stuur|verstuur|перешлите|отправьте|videresend|send|skicka|vidarebefordra)\s[^.!?\n]{0,40}$|(?:请将|请把|請將|請把)[^。！？\n]{0,20}$/i;

/**
 * "Votre message envoyé de kari@… à", "Uw bericht van kari@… aan", "Ihre Nachricht von kari@… an": the
 * sender named between "your message" and "to"; without it the phrase is the one below.
 */
const FROM_SENDER =
  / (?:envoy(?:é|e) |verzonden |gesendet |enviad[oa] )?(?:de|van|von|fra|från|od) [^\s@]{1,64}@[^\s@]{1,255}(?= \S+$)/i;

/** The text before an address ends with "your message to" in one of these languages, and gives no instruction. */
export function endsWithLocalizedRecipientPhrase(before: string): boolean {
  const phrase = before.indexOf("@") >= 0 ? before.replace(FROM_SENDER, "") : before;
  return RECIPIENT_PHRASE.some((pattern) => pattern.test(phrase)) && !INSTRUCTION.test(phrase);
}
