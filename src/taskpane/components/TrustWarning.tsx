import { hasKey } from "../../core/i18n/index.js";
import type { TrustVerdict } from "../../core/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";
import { Notice } from "./Notice.js";

/** Shown above everything when the "bounce" looks forged; the reasons come from the core's trust check. */
export function TrustWarning({ trust }: { trust: TrustVerdict }) {
  const t = useT();
  const section = useSectionStyles();
  const reasons = trust.reasons.map((code) => {
    const key = `trust.reason.${code}`;
    if (hasKey(key)) return t(key);
    return trust.findings?.find((f) => f.code === code)?.text ?? code;
  });
  // The NDR's links as inert text with their real destination, warned ones first (never clickable).
  const links = [...(trust.links ?? [])]
    .sort((a, b) => Number(Boolean(b.warning)) - Number(Boolean(a.warning)))
    .slice(0, 8);
  return (
    <Notice intent="error" role="alert" title={t("ui.trust.title")} titleAs="h2" data-testid="trust-warning">
      <p className={section.text}>{t("ui.trust.body")}</p>
      {reasons.length > 0 && (
        <>
          <p className={section.text}>{t("ui.trust.reasons")}</p>
          <ul className={section.list}>
            {reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {links.length > 0 && (
        <>
          <p className={section.text}>{t("trust.links.heading")}</p>
          <ul className={section.list} data-testid="trust-links">
            {links.map((link, i) => (
              <li key={i} style={{ overflowWrap: "anywhere" }}>
                {t("trust.links.goesTo", { host: link.host || link.scheme || "?" })}
                {link.shownText && link.shownHost !== link.host
                  ? ` — ${t("trust.links.shownAs", { shown: link.shownText })}`
                  : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
