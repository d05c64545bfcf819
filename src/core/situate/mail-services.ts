/**
 * Big free-mail services, as data: a mailbox there belongs to a person, not to an organisation with an
 * email admin a sender could ask. The service's filters and policies are not changed on request; what
 * helps is the recipient's own settings (safe senders, junk folder) and the sending side.
 * Only the service's own mailbox domains: a company whose mail Google or Microsoft hosts is not one.
 */

/** Whose published sender pages apply (the provider, named in the guidance, never a link from the bounce). */
export type MailService = "google" | "microsoft" | "yahoo" | "apple" | "other";

const byDomain: Readonly<Record<string, MailService>> = {
  "gmail.com": "google",
  "googlemail.com": "google",
  "msn.com": "microsoft",
  "aol.com": "yahoo",
  "ymail.com": "yahoo",
  "rocketmail.com": "yahoo",
  "icloud.com": "apple",
  "me.com": "apple",
  "mac.com": "apple",
  "web.de": "other",
  "mail.com": "other",
  "mail.ru": "other",
  "online.no": "other",
  "protonmail.com": "other",
  "proton.me": "other",
};

/** Services with a mailbox domain in many countries (yahoo.co.uk, hotmail.no, gmx.de, yandex.ru). */
const byCountryDomain: readonly (readonly [RegExp, MailService])[] = [
  [/^(?:outlook|hotmail|live)\.(?:com?\.)?[a-z]{2,3}$/, "microsoft"],
  [/^yahoo\.(?:com?\.)?[a-z]{2,3}$/, "yahoo"],
  [/^(?:gmx|yandex)\.(?:com?\.)?[a-z]{2,3}$/, "other"],
];

/** The free-mail service whose mailbox domain this is, if any. */
export function mailServiceOf(domain: string | undefined): MailService | undefined {
  if (!domain) return undefined;
  const lower = domain.toLowerCase();
  return byDomain[lower] ?? byCountryDomain.find(([pattern]) => pattern.test(lower))?.[1];
}
