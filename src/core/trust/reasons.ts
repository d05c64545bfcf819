/**
 * The trust reasons: a stable code each (the pane and CLI key their words on it, JSON carries
 * it), how much it lowers the score, and one line of English for logs and JSON. A message is
 * flagged when the weights found add up to SUSPICIOUS_AT or more and at least one sign is active
 * (not just an odd sender, a missing report part or a Reply-To): any single link trick does;
 * a non-system sender or a missing report part alone does not.
 */

export const SUSPICIOUS_AT = 0.5;

export const TRUST_REASONS = {
  "sender-not-system": {
    weight: 0.25,
    text: "Sent from an ordinary mailbox, not a postmaster, MAILER-DAEMON or Exchange system address",
  },
  "sender-lookalike-domain": {
    weight: 0.35,
    text: "The sender's domain imitates a known brand or hides behind punycode or an IP address",
  },
  "sender-brand-name": {
    weight: 0.2,
    text: "The sender's display name claims Microsoft or IT support, but the address is not a system or Microsoft address",
  },
  "reply-to-elsewhere": { weight: 0.15, text: "Replies would go to a different domain than the sender's" },
  "no-report-part": {
    weight: 0.2,
    text: "No delivery report inside: no delivery-status part and no recognised bounce text",
  },
  "auth-failed": { weight: 0.4, text: "The bounce itself failed authentication (SPF, DKIM, DMARC or compauth)" },
  "link-lookalike": {
    weight: 0.5,
    text: "A link goes to a look-alike domain (punycode, digits for letters, or a brand's name on someone else's domain)",
  },
  "link-ip-literal": { weight: 0.5, text: "A link goes to a bare IP address" },
  "link-shortener": { weight: 0.5, text: "A link hides its destination behind a URL shortener" },
  "link-credential-page": {
    weight: 0.5,
    text: "A link leads to a sign-in, password or release page outside the sender's domain and Microsoft",
  },
  "link-userinfo": { weight: 0.5, text: "A link disguises its real host with a user name before an @" },
  "link-script": { weight: 0.5, text: "A link runs script or embeds data (javascript:, data:, vbscript:)" },
  "link-text-mismatch": { weight: 0.4, text: "A link's visible text names one host but the link goes to another" },
  "html-form": { weight: 0.5, text: "The bounce contains a form or a password field" },
  "urgent-call-to-action": {
    weight: 0.3,
    text: "The text urges you to act: release held mail, sign in, confirm a password or act within hours",
  },
} as const satisfies Record<string, { weight: number; text: string }>;

export type TrustReasonCode = keyof typeof TRUST_REASONS;

export const TRUST_REASON_CODES = Object.keys(TRUST_REASONS) as TrustReasonCode[];

/** English text of a reason code (for logs and JSON); unknown codes come back as given. */
export function trustReasonText(code: string): string {
  return (TRUST_REASONS as Record<string, { text: string }>)[code]?.text ?? code;
}
