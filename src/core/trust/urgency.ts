/**
 * Calls to action that real bounces never make. A genuine NDR tells you what failed; it never
 * asks you to release held mail, sign in, confirm a password or act within hours. Kept as data:
 * one entry per lure, English and Norwegian (plus the commonest German/Swedish/Danish forms,
 * since lures arrive in the victim's language). Gaps between words are bounded ({0,40}), so no
 * pattern can backtrack badly.
 */

export interface UrgencyRule {
  id: string;
  pattern: RegExp;
}

export const URGENCY_RULES: readonly UrgencyRule[] = [
  // held / pending / quarantined mail waiting for the user
  { id: "release-messages", pattern: /\b(?:release|recover|retrieve|restore|unlock)\b[^.!?\n]{0,40}\b(?:messages?|e-?mails?|mails?)\b/i },
  { id: "release-messages", pattern: /\b(?:messages?|e-?mails?|mails?)\b[^.!?\n]{0,40}\b(?:release|released|releasing)\b/i },
  { id: "held-messages", pattern: /\b(?:held|pending|incoming|queued|suspended|quarantined|undelivered)\s+(?:\w+\s+){0,2}(?:messages?|e-?mails?|mails?)\b[^.!?\n]{0,60}\b(?:click|below|link|button|portal|here|now)\b/i },
  { id: "held-messages", pattern: /\b(?:messages?|e-?mails?|mails?)\s+(?:are|were|have\s+been|has\s+been)\s+(?:held|placed\s+on\s+hold|on\s+hold|suspended|pending)\b/i },
  // sign in / verify / password
  { id: "verify-account", pattern: /\b(?:verify|confirm|validate|re-?validate|update|reactivate|re-?confirm|upgrade)\s+(?:your|the|this)\s+(?:e-?mail\s+|mailbox\s+|webmail\s+|office\s*365\s+|microsoft\s+)?(?:account|mailbox|identity|e-?mail|address|credentials|details|information|login)\b/i },
  { id: "password", pattern: /\b(?:your|enter|confirm|current|re-?enter|reset|update|change)\s+(?:your\s+)?(?:e-?mail\s+|account\s+|mailbox\s+)?password\b/i },
  { id: "password", pattern: /\bpassword\s+(?:will\s+)?(?:expires?|expired|expiring)\b/i },
  { id: "sign-in", pattern: /\b(?:log\s?in|sign\s?in|logon|log\s+on)\s+(?:to|into|with)\s+(?:your|the)\b/i },
  { id: "click-here", pattern: /\bclick\s+(?:here|below|the\s+(?:link|button)|on\s+the\s+(?:link|button)|to\s+(?:release|view|retrieve|recover|deliver|verify|confirm|continue|restore))\b/i },
  { id: "deadline", pattern: /\b(?:within|in\s+the\s+next)\s+(?:24|48|72|12|2|3|twenty[- ]four|forty[- ]eight)\s+(?:hours?|hrs?)\b/i },
  { id: "account-threat", pattern: /\b(?:account|mailbox|e-?mail)\s+(?:will\s+be|has\s+been|is\s+being|may\s+be)\s+(?:suspended|closed|deactivated|disabled|terminated|deleted|blocked|locked|restricted)\b/i },
  { id: "account-threat", pattern: /\bfailure\s+to\s+(?:verify|confirm|comply|act|do\s+so|update)\b/i },

  // Norsk (bokmål)
  { id: "release-messages", pattern: /(?:^|[^\p{L}])(?:frigi|frigjør|frigjøre|slipp|slippe|gjenopprett|hent)\s+(?:\p{L}+\s+){0,2}(?:meldinge(?:r|ne)|e-?poste(?:r|ne)|e-?post|beskjede(?:r|ne))(?:$|[^\p{L}])/iu },
  { id: "held-messages", pattern: /(?:^|[^\p{L}])(?:tilbakeholdte|ventende|ikke\s+leverte|stoppede|blokkerte)\s+(?:\p{L}+\s+){0,2}(?:meldinger|e-?poster|e-?post)(?:$|[^\p{L}])/iu },
  { id: "held-messages", pattern: /(?:^|[^\p{L}])(?:meldinger|e-?poster)\s+(?:\p{L}+\s+){0,2}(?:holdt\s+tilbake|holdes\s+tilbake|venter\s+på\s+deg|venter\s+på\s+godkjenning)(?:$|[^\p{L}])/iu },
  { id: "verify-account", pattern: /(?:^|[^\p{L}])(?:bekreft|verifiser|valider|oppdater|reaktiver)\s+(?:\p{L}+\s+){0,2}(?:kontoen|konto|e-?postkontoen|postkassen|identiteten|e-?postadressen|innloggingen|opplysningene)(?:$|[^\p{L}])/iu },
  { id: "password", pattern: /(?:^|[^\p{L}])(?:passordet\s+ditt|ditt\s+passord|skriv\s+inn\s+(?:\p{L}+\s+){0,2}passord|bekreft\s+passord|passordet\s+(?:ditt\s+)?(?:utløper|er\s+utløpt|går\s+ut))(?:$|[^\p{L}])/iu },
  { id: "sign-in", pattern: /(?:^|[^\p{L}])(?:logg\s+inn|logg\s+på)\s+(?:\p{L}+\s+){0,2}(?:kontoen|konto|postkassen|webmail|portalen|e-?posten)(?:$|[^\p{L}])/iu },
  { id: "click-here", pattern: /(?:^|[^\p{L}])klikk\s+(?:her|nedenfor|på\s+lenken|på\s+knappen|for\s+å)(?:$|[^\p{L}])/iu },
  { id: "deadline", pattern: /(?:^|[^\p{L}])innen\s+(?:24|48|72|12)\s+timer(?:$|[^\p{L}])/iu },
  { id: "account-threat", pattern: /(?:^|[^\p{L}])(?:kontoen|postkassen|e-?postkontoen)\s+(?:din\s+)?(?:vil\s+bli|blir|kan\s+bli)\s+(?:stengt|deaktivert|sperret|slettet|låst|suspendert)(?:$|[^\p{L}])/iu },

  // a few neighbours (lures arrive in the victim's language)
  { id: "click-here", pattern: /\b(?:klicken\s+sie\s+hier|klicka\s+här|klik\s+her|cliquez\s+ici|haga\s+clic\s+aquí)\b/iu },
  { id: "verify-account", pattern: /\b(?:bestätigen\s+sie\s+ihr(?:\s+konto|e\s+identität)|verifiera\s+ditt\s+konto|bekræft\s+din\s+konto|vérifiez\s+votre\s+compte)\b/iu },
];

export interface UrgencyHit {
  id: string;
  /** the phrase as it stood in the text */
  phrase: string;
}

/** Distinct lures found (one hit per id), scanning at most the first 200,000 characters. */
export function findUrgency(text: string): UrgencyHit[] {
  const scanned = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const hits: UrgencyHit[] = [];
  for (const rule of URGENCY_RULES) {
    if (hits.some((hit) => hit.id === rule.id)) continue;
    const match = rule.pattern.exec(scanned);
    if (match) hits.push({ id: rule.id, phrase: match[0].trim().slice(0, 120) });
  }
  return hits;
}
