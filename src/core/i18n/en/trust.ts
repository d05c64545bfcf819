/**
 * Why a bounce may be fake, in the user's words: one entry per trust reason code
 * (src/core/trust/reasons.ts), keyed `trust.reason.<code>`, plus the link list's labels.
 */
export const trust = {
  "trust.reason.sender-not-system":
    "It was sent from an ordinary mailbox, not from a postmaster, MAILER-DAEMON or Exchange system address.",
  "trust.reason.sender-lookalike-domain":
    "The sender's domain imitates a known name, or hides behind punycode or an IP address.",
  "trust.reason.sender-brand-name":
    "The sender's name claims to be Microsoft or your IT department, but the address is neither a system address nor Microsoft's.",
  "trust.reason.reply-to-elsewhere": "Replies would go to a different domain than the sender's.",
  "trust.reason.no-report-part":
    "There is no delivery report inside: no delivery-status part and no text a mail server would write.",
  "trust.reason.auth-failed": "The bounce itself failed authentication (SPF, DKIM, DMARC or compauth).",
  "trust.reason.link-lookalike":
    "A link goes to a look-alike domain (punycode, digits in place of letters, or a well-known name on someone else's domain).",
  "trust.reason.link-ip-literal": "A link goes to a bare IP address instead of a domain name.",
  "trust.reason.link-shortener": "A link hides where it goes behind a URL shortener.",
  "trust.reason.link-credential-page":
    'A link leads to a sign-in, password or "release" page outside the sender\'s domain and Microsoft.',
  "trust.reason.link-userinfo": "A link hides its real destination behind a user name before an @.",
  "trust.reason.link-script": "A link runs script or carries embedded data (javascript:, data:, vbscript:).",
  "trust.reason.link-text-mismatch": "A link's visible text shows one address, but the link goes to another.",
  "trust.reason.html-form": "The message contains a form or a password field.",
  "trust.reason.urgent-call-to-action":
    "The text pushes you to act: release held mail, sign in, confirm a password or act within hours.",
  "trust.links.heading": "Links in this message (shown as text, never opened)",
  "trust.links.goesTo": "goes to {host}",
  "trust.links.shownAs": "the text shows {shown}",
  "trust.links.none": "The message contains no links.",
} as const;
