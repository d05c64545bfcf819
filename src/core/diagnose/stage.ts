/**
 * Which SMTP step the server's refusal answered, read from the reply or from the NDR text near the
 * recipient. It tells what was judged: the connecting host (greeting, HELO), the sender address
 * (MAIL FROM), the recipient (RCPT TO) or the message itself (DATA).
 */
import { requiredWords, WordIndex } from "./needles.js";

export type SmtpStage = "connect" | "helo" | "mail" | "rcpt" | "data";

const stages: [SmtpStage, RegExp][] = [
  [
    "data",
    /end of DATA|after (?:end of )?data\b|in reply to DATA|DATA command|final DATA|\[DATA\]|failed after I sent the message|>>> DATA/i,
  ],
  [
    "rcpt",
    /after RCPT(?: TO)?\b|in reply to RCPT TO|most progress was RCPT|does not like recipient|\[RCPT_TO\]|>>> RCPT To|did not like our RCPT|SMTP:RCPT host/i,
  ],
  ["mail", /after (?:pipelined )?MAIL FROM|in reply to MAIL FROM|sender was rejected|\[MAIL_FROM\]|>>> MAIL From/i],
  ["helo", /after (?:HELO|EHLO)|in reply to (?:HELO|EHLO)|my name was rejected|\[(?:HELO|EHLO)\]/i],
  ["connect", /refused to talk to me|after initial connection|on connect|\[CONNECT\]|greeting|banner/i],
];

/** Sendmail's transcript names the command just before the address: ">>> RCPT To:<…>". */
function commandBefore(lowerBody: string, at: number): SmtpStage | undefined {
  const before = lowerBody.slice(Math.max(0, at - 250), at);
  const command = before.lastIndexOf(">>> ");
  if (command < 0) return undefined;
  const verb = before.slice(command + 4, command + 8);
  return verb === "rcpt" ? "rcpt" : verb === "mail" ? "mail" : verb === "data" ? "data" : undefined;
}

/** The stages whose pattern's words a text holds: most texts name no SMTP step, and are ruled out in one pass. */
const stageWords = new WordIndex();
stages.forEach(([, pattern], at) => stageWords.add(at, requiredWords(pattern)));

function stageIn(text: string): SmtpStage | undefined {
  const candidates = stageWords.candidates(text.toLowerCase());
  for (let at = 0; at < stages.length; at++) if (candidates[at] && stages[at]![1].test(text)) return stages[at]![0];
  return undefined;
}

/**
 * The stage, or undefined when neither says: the reply first, then the NDR's text just after the
 * recipient's address (Postfix, Exim, Sendmail and qmail name the SMTP command there).
 */
export function smtpStage(reply: string, body = "", address = "", lowerBody?: string): SmtpStage | undefined {
  const fromReply = stageIn(reply);
  if (fromReply || !body || !address) return fromReply;
  const text = lowerBody ?? body.toLowerCase();
  const needle = address.toLowerCase();
  // The command is named at the address's first mention (always, in the corpus); looking at every
  // mention made an NDR repeating one address hundreds of times quadratic.
  for (
    let at = text.indexOf(needle), seen = 0;
    at >= 0 && seen < 4;
    at = text.indexOf(needle, at + needle.length), seen++
  ) {
    const stage = stageIn(body.slice(at, at + 400).replace(/\s+/g, " ")) ?? commandBefore(text, at);
    if (stage) return stage;
  }
  return undefined;
}
