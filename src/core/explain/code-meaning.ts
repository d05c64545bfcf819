/**
 * What an enhanced status code means by the standard (RFC 3463 and the IANA registry), in two
 * sentences: the class ("Permanent failure: the message will not be delivered.") and the detail.
 * A few codes mean something else in Exchange (5.1.10 is "recipient not found" there, not null MX):
 * when Exchange wrote the bounce, its meaning is the one given (`code.<s>.<d>.exchange`). The class is
 * said of the last attempt when the sending server decided otherwise (`action`): a 5.x.x in a warning's
 * history is no "will not be delivered" while the server still tries, nor a 4.x.x "may keep trying"
 * once it gave up.
 */
import type { DeliveryReport, Language, RecipientFacts } from "../types.js";
import { hasKey, t } from "../i18n/index.js";

/**
 * Exchange wrote the report: read by an Exchange decoder, sent with Exchange's own X-MS-Exchange
 * headers, or the reply carries Exchange's tokens (RESOLVER.ADR.RecipientNotFound).
 */
export function writtenByExchange(report: DeliveryReport, facts: RecipientFacts): boolean {
  return (
    report.format.startsWith("exchange") ||
    report.message.headers.some((header) => header.name.startsWith("x-ms-exchange-")) ||
    /\b(?:RESOLVER|STOREDRV|SMTPSEND)\.[A-Z]/.test(facts.diagnostic ?? "")
  );
}

export function codeMeaning(
  status: string | undefined,
  lang: Language,
  options: { exchange?: boolean; action?: string } = {},
): string | undefined {
  const m = status ? /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status) : null;
  if (!m) return undefined;
  const [, klass, subject, detail] = m;
  const detailKey = `code.${subject}.${detail}`;
  // Exchange gives some codes a meaning of its own in one class only (5.4.1 refuses, 4.4.1 did not connect)
  const classedExchangeKey = `code.${klass}.${subject}.${detail}.exchange`;
  const exchangeKey = `${detailKey}.exchange`;
  const subjectKey = `code.subject.${subject}`;
  const key =
    options.exchange && hasKey(classedExchangeKey)
      ? classedExchangeKey
      : options.exchange && hasKey(exchangeKey)
        ? exchangeKey
        : hasKey(detailKey)
          ? detailKey
          : hasKey(subjectKey)
            ? subjectKey
            : "code.subject.0";
  const decidedOtherwise =
    (klass === "5" && options.action === "delayed") || (klass === "4" && options.action === "failed");
  const classKey = decidedOtherwise ? `code.class.${klass}.${options.action}` : `code.class.${klass}`;
  return t(lang, "code.frame", { klass: t(lang, classKey), detail: t(lang, key) });
}
