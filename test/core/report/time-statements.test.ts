/**
 * Failed or delayed, from what the notice itself says of its retrying (docs/cli.md: `permanent` is true for
 * every failed recipient and false for every delayed one; `retryLater` is true for every delayed one, and for
 * a failed one when its last reason passes with time). Each statement below, in English and in the languages
 * our users receive bounces in, is put into the shapes of several mail systems (a DSN with and without its
 * Action field, Postfix, Exim, Sendmail, qmail, Exchange in the statement's language, Gmail) with replies of
 * each class quoted beside it:
 *  - a statement that the server keeps trying makes every recipient delayed, even beside a 5xx reply
 *    from an earlier attempt ("a 5xx in a warning's history");
 *  - a statement that it gave up makes it failed, even beside a 4xx reply: the message expired after
 *    temporary failures, so sending again later may work, and the cause is that last temporary reason;
 *  - a statement that only says how long it tried ("has been attempted for 2 days") makes it failed: a
 *    warning says that it goes on;
 *  - a remote server's reply that says "will be retried" is that server's, not the notice's statement;
 *  - the own words outrank a Subject that says the other way ("Undeliverable" over "will keep trying",
 *    "Delayed Mail" over "no further attempts") and a DSN group's Action "delayed" beside a give-up,
 *    not an Action "failed" beside a retry statement (the sender can act on failed: send again later).
 */
import { describe, expect, it } from "vitest";
import { explainBounces } from "../../../src/core/index.js";

const RECIPIENT = "anna@example.org";
/** keeps trying; gave up; or says only how long it tried ("took": a final, unless a delay Subject says otherwise) */
type Said = "keeps" | "gave" | "took";

/** [what the notice says, which way, its language] */
const STATEMENTS: [string, Said, string][] = [
  ["Delivery attempts will continue to be made for 5 day(s).", "keeps", "en"],
  ["This is a warning message only. You do NOT need to resend your message.", "keeps", "en"],
  ["Will keep trying until message is 5 days old.", "keeps", "en"],
  ["Delivery to the following recipient was temporarily deferred.", "keeps", "en"],
  ["Your message is delayed.", "keeps", "en"],
  ["Delivery to the following recipient has been delayed:", "keeps", "en"],
  ["Retrying for 3 more days.", "keeps", "en"],
  ["A message is delayed for more than 10 minutes for the following\nlist of recipients:", "keeps", "en"],
  [
    "The server will continue to try for 4 more days. If it still cannot be delivered, it will be deleted from the queue.",
    "keeps",
    "en",
  ],
  [
    "Delivery attempts will continue for some time. Eventually the mail delivery software will give up, and no further attempts will be made.",
    "keeps",
    "en",
  ],
  ["No further attempts will be made to deliver this message.", "gave", "en"],
  ["I've given up. Sorry it didn't work out.", "gave", "en"],
  ["The message was deferred for 5 days and has now expired.", "gave", "en"],
  ["retry time not reached for any host after a long failure period", "gave", "en"],
  ["Delivery was delayed; the server has stopped trying.", "gave", "en"],
  ["Meldingen din er ennå ikke levert. Nye forsøk vil bli gjort.", "keeps", "nb"],
  ["Serveren har gitt opp å levere meldingen etter 5 dager.", "gave", "nb"],
  ["Meddelandet har ännu inte levererats. Nya försök kommer att göras.", "keeps", "sv"],
  ["Inga fler leveransförsök kommer att göras.", "gave", "sv"],
  ["Meddelelsen er endnu ikke leveret. Der vil blive gjort nye forsøg.", "keeps", "da"],
  ["Serveren har opgivet leveringen efter 5 dage.", "gave", "da"],
  ["Die Nachricht konnte noch nicht zugestellt werden.", "keeps", "de"],
  ["Es werden keine weiteren Zustellversuche unternommen.", "gave", "de"],
  ["Votre message n'a pas encore été remis.", "keeps", "fr"],
  ["Aucune autre tentative de remise ne sera effectuée.", "gave", "fr"],
  ["Su mensaje aún no se ha entregado. Se realizarán nuevos intentos.", "keeps", "es"],
  ["No se realizarán más intentos de entrega.", "gave", "es"],
  ["Uw bericht is nog niet bezorgd. Er worden nieuwe pogingen gedaan.", "keeps", "nl"],
  ["Er worden geen verdere bezorgpogingen gedaan.", "gave", "nl"],
  // retries and their horizon in more words, and how long it tried with or without what comes next
  ["Next attempt in 30 minutes. Delivery will be attempted until 12 Dec 2025.", "keeps", "en"],
  ["Delivery has been attempted for 2 days. The server will keep trying until 12 Dec.", "keeps", "en"],
  ["Delivery has been attempted for 2 days.", "took", "en"],
  ["Your message has been queued for 48 hours.", "took", "en"],
  ["Your message has been queued for 48 hours. Giving up.", "gave", "en"],
  ["Delivery to the following recipient failed permanently:", "gave", "en"],
  ["Es wird erneut versucht, die Nachricht zuzustellen.", "keeps", "de"],
  ["Une nouvelle tentative sera effectuée plus tard.", "keeps", "fr"],
  ["Meldingen vil bli forsøkt levert på nytt.", "keeps", "nb"],
  ["Servern kommer att försöka igen i ytterligare 4 dagar.", "keeps", "sv"],
  ["Leveringen vil blive forsøgt igen.", "keeps", "da"],
  // the same verbs in the past tense say only how long it tried
  ["Meldingen ble forsøkt levert på nytt i 2 døgn.", "took", "nb"],
  ["Meddelandet har försökts igen i 2 dagar.", "took", "sv"],
  ["Beskeden er blevet forsøgt igen i 3 dage.", "took", "da"],
  ["Se volverá a intentar la entrega hasta el 12 de diciembre.", "keeps", "es"],
];

/** [reply, its enhanced status for a DSN, the causes a final notice may name, retryLater when failed] */
const REPLIES: [string, string, string[], boolean][] = [
  ["Connection timed out", "4.4.1", ["NETWORK_PROBLEM", "DELIVERY_EXPIRED"], true],
  ["452 4.2.2 Mailbox full", "4.2.2", ["MAILBOX_FULL"], true],
  ["451 Greylisted, please come back in 5 minutes", "4.0.0", ["GREYLISTED"], true],
  ["550 5.1.1 User unknown", "5.1.1", ["RECIPIENT_UNKNOWN"], false],
  // the remote server's own "will be retried" is its side of one attempt, not the notice's statement
  [
    "421 4.3.2 System not accepting network messages, will be retried",
    "4.3.2",
    ["RECEIVING_SYSTEM_UNAVAILABLE", "DELIVERY_EXPIRED"],
    true,
  ],
];

/** Exchange's delay and failure headings and its administrator section, in each statement's language. */
const EXCHANGE: Record<string, [string, string, string, string]> = {
  en: [
    "Delivery is delayed to these recipients or groups:",
    "Delivery has failed to these recipients or groups:",
    "Diagnostic information for administrators:",
    "Generating server",
  ],
  nb: [
    "Leveringen er forsinket til disse mottakerne eller gruppene:",
    "Levering til disse mottakerne eller gruppene mislyktes:",
    "Diagnostisk informasjon for administratorer:",
    "Genererende server",
  ],
  sv: [
    "Leveransen till de här mottagarna eller grupperna är försenad:",
    "Leveransen misslyckades till följande mottagare eller grupper:",
    "Diagnostisk information för administratörer:",
    "Genererande server",
  ],
  da: [
    "Leveringen til disse modtagere eller grupper er forsinket:",
    "Levering mislykkedes til disse modtagere eller grupper:",
    "Fejlfindingsoplysninger for administratorer:",
    "Genererende server",
  ],
  de: [
    "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:",
    "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
    "Diagnoseinformationen für Administratoren:",
    "Generierender Server",
  ],
  fr: [
    "La remise à ces destinataires ou groupes est retardée :",
    "La remise aux destinataires ou groupes suivants a échoué :",
    "Informations de diagnostic pour les administrateurs :",
    "Serveur de génération",
  ],
  es: [
    "La entrega a estos destinatarios o grupos se ha retrasado:",
    "Error en la entrega a estos destinatarios o grupos:",
    "Información de diagnóstico para administradores:",
    "Servidor de generación",
  ],
  nl: [
    "De bezorging bij deze geadresseerden of groepen is vertraagd:",
    "Bezorging is mislukt voor deze geadresseerden of groepen:",
    "Diagnostische gegevens voor beheerders:",
    "Bronserver",
  ],
};

const ORIGINAL = `From: Per Hansen <per@example.com>\nTo: Anna Berg <${RECIPIENT}>\nSubject: Quarterly figures\nMessage-ID: <orig-1@example.com>\n\nHi Anna.\n`;

function header(subject: string, contentType = "text/plain; charset=utf-8"): string {
  return `Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.com>\nTo: Per Hansen <per@example.com>\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: ${contentType}\n\n`;
}

function dsn(
  statement: string,
  reply: string,
  status: string,
  action: string | undefined,
  subject = "Delivery Status Notification",
): string {
  const b = "==b==";
  const diagnostic = /^\d/.test(reply) ? `smtp; ${reply}` : `X-Postfix; ${reply}`;
  return (
    header(subject, `multipart/report; report-type=delivery-status; boundary="${b}"`) +
    `--${b}\nContent-Type: text/plain\n\nThis is the mail system at host mail.example.com.\n\n${statement}\n\n<${RECIPIENT}>: ${reply}\n\n` +
    `--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n` +
    `Final-Recipient: rfc822; ${RECIPIENT}\n${action ? `Action: ${action}\n` : ""}Status: ${status}\nDiagnostic-Code: ${diagnostic}\n\n` +
    `--${b}\nContent-Type: message/rfc822\n\n${ORIGINAL}\n--${b}--\n`
  );
}

/** The text notices: each system's own frame around the statement and the reply. */
const TEXT_SHAPES: Record<string, (statement: string, reply: string, said: Said, language: string) => string> = {
  postfix: (s, r) =>
    `This is the mail system at host mail.example.com.\n\n${s}\n\n                   The mail system\n\n<${RECIPIENT}>: ${
      r.startsWith("Conn")
        ? `connect to mx.example.org[192.0.2.25]:25: ${r}`
        : `host mx.example.org[192.0.2.25] said: ${r} (in reply to RCPT TO command)`
    }\n`,
  exim: (s, r) =>
    `This message was created automatically by mail delivery software.\n\n${s}\n\n  ${RECIPIENT}\n    host mx.example.org [192.0.2.25]\n    ${
      r.startsWith("Conn") ? r : `SMTP error from remote mail server after RCPT TO:<${RECIPIENT}>:\n    ${r}`
    }\n\n------ This is a copy of the message's headers. ------\n\n${ORIGINAL}`,
  sendmail: (s, r) =>
    `The original message was received at Sun, 6 Apr 2025 09:00:00 +0200\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> RCPT To:<${RECIPIENT}>\n<<< ${r}\n<${RECIPIENT}>... ${
      r.startsWith("5") ? r.replace(/^\d{3} (?:\d\.\d\.\d )?/, "") : `Deferred: ${r}`
    }\n${s}\n\n   ----- Original message follows -----\n${ORIGINAL}`,
  qmail: (s, r) =>
    `Hi. This is the qmail-send program at mail.example.com.\n${s}\n\n<${RECIPIENT}>:\nRemote host said: ${r}\n\n--- Below this line is a copy of the message.\n\n${ORIGINAL}`,
  exchange: (s, r, said, language) => {
    const [delayed, failed, admin, generating] = EXCHANGE[language]!;
    return `${said === "keeps" ? delayed : failed}\n\n${RECIPIENT} (${RECIPIENT})\n\n${s}\n\n${admin}\n\n${generating}: MAIL1.example.com\n\n${RECIPIENT}\nRemote Server at mx.example.org (192.0.2.25) returned '${r}'\n`;
  },
  gmail: (s, r) =>
    `** ${s} **\n\nThere was a problem delivering your message to ${RECIPIENT}.\n\nThe response from the remote server was:\n${r}\n`,
};

interface Shape {
  name: string;
  said: Said;
  reply: (typeof REPLIES)[number];
  eml: string;
}

/** A Subject that says the other way than the notice's own words (a template's, or a gateway's mistake). */
const CONTRARY_SUBJECT: Record<Said, string> = {
  keeps: "Undeliverable: Quarterly figures",
  gave: "Delayed Mail (still being retried)",
  took: "",
};

function shapes(): Shape[] {
  const all: Shape[] = [];
  for (const [statement, said, language] of STATEMENTS) {
    for (const reply of REPLIES) {
      const [text, status] = reply;
      const name = (shape: string) => `${shape} | ${text} | ${statement.split("\n")[0]}`;
      const action = said === "keeps" ? "delayed" : "failed";
      all.push({ name: name("dsn"), said, reply, eml: dsn(statement, text, status, action) });
      all.push({ name: name("dsn without Action"), said, reply, eml: dsn(statement, text, status, undefined) });
      for (const [shape, frame] of Object.entries(TEXT_SHAPES))
        all.push({
          name: name(shape),
          said,
          reply,
          eml: header("Mail System Notice") + frame(statement, text, said, language),
        });
      // A field or Subject that says the other way: the own words that the server keeps trying or gave up
      // outrank the Subject; they outrank an Action "delayed" (reading failed), not an Action "failed"
      // (sending again later at worst delivers a second copy). How long it tried outranks neither.
      const contrary = CONTRARY_SUBJECT[said];
      if (!contrary) continue;
      const contraryAction = said === "keeps" ? "failed" : "delayed";
      const wrongAction = dsn(statement, text, status, contraryAction);
      all.push({ name: name("dsn, contrary Action"), said: "gave", reply, eml: wrongAction });
      const postfix = TEXT_SHAPES.postfix!(statement, text, said, language);
      all.push({ name: name("postfix, contrary Subject"), said, reply, eml: header(contrary) + postfix });
      const eml = dsn(statement, text, status, undefined, contrary);
      all.push({ name: name("dsn without Action, contrary Subject"), said, reply, eml });
    }
  }
  return all;
}

describe("failed or delayed, as the notice says", () => {
  it("reads every recipient's action, permanent, retryLater and the final notice's cause from its own words", async () => {
    const all = shapes();
    const explained = await explainBounces(all.map((shape) => ({ kind: "text" as const, text: shape.eml })));
    const wrong: string[] = [];
    all.forEach((shape, i) => {
      const explanation = explained[i]!;
      const want = shape.said === "keeps" ? "delayed" : "failed";
      const [, , causes, retryWhenFailed] = shape.reply;
      const got = explanation.recipients.map(
        (r) =>
          `${r.facts.address} ${r.facts.action} permanent=${r.diagnosis.permanent} retryLater=${r.diagnosis.retryLater} ${r.diagnosis.causeId}`,
      );
      const recipient = explanation.recipients[0];
      const right =
        explanation.report.kind === want &&
        explanation.recipients.length === 1 &&
        recipient?.facts.address === RECIPIENT &&
        recipient.facts.action === want &&
        recipient.diagnosis.permanent === (want === "failed") &&
        recipient.diagnosis.retryLater === (want === "delayed" || retryWhenFailed) &&
        (want === "delayed" || causes.includes(recipient.diagnosis.causeId));
      if (!right) wrong.push(`${shape.name}: ${explanation.report.kind}; ${got.join(", ")}`);
    });
    expect(all.length).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
    // about 3 s alone; twice that on a shared, loaded machine, past vitest's 5 s default
  }, 30_000);
});
