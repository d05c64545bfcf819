/** What an enhanced status code means by the standard (RFC 3463 and the IANA registry), in words. */
import type { Language } from "../types.js";
import { hasKey, t } from "../i18n/index.js";

export function codeMeaning(status: string | undefined, lang: Language): string | undefined {
  const m = status ? /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(status) : null;
  if (!m) return undefined;
  const [, klass, subject, detail] = m;
  const detailKey = `code.${subject}.${detail}`;
  const subjectKey = `code.subject.${subject}`;
  const text = hasKey(detailKey)
    ? t(lang, detailKey)
    : hasKey(subjectKey)
      ? t(lang, subjectKey)
      : t(lang, "code.subject.0");
  return t(lang, "code.frame", { klass: t(lang, `code.class.${klass}`), detail: text });
}
