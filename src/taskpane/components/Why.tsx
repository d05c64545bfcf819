import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecipientExplanation } from "../../core/types.js";
import { breakable } from "../breakable.js";
import { highlight } from "../evidence.js";
import { useT } from "../i18n.js";
import { useOutLink } from "../outLink.js";
import { useSectionStyles } from "../styles.js";

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    overflowWrap: "anywhere",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: "2px",
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText" },
  },
});

/** Where the cause's explanation comes from (Microsoft Learn and the like), as a link out. */
function SourceLink({ url, className }: { url: string; className: string }) {
  const t = useT();
  const section = useSectionStyles();
  const link = useOutLink(url);
  return (
    <p className={section.muted}>
      {t("ui.why.source")}:{" "}
      <a className={className} {...link}>
        {url.replace(/^https:\/\//i, "")}
      </a>
    </p>
  );
}

/** The decisive NDR line with the span that decided highlighted — as text, never as HTML. */
export function Why({ rx }: { rx: RecipientExplanation }) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const evidence = rx.diagnosis.evidence;
  const parts = evidence ? highlight(evidence) : undefined;
  const source = rx.diagnosis.sourceUrl;
  return (
    <section className={section.section} aria-labelledby="why-heading">
      <h2 id="why-heading" className={section.heading}>
        {t("ui.why.heading")}
      </h2>
      {parts ? (
        <>
          <p className={section.muted} id="why-line-label">
            {t("ui.why.lineLabel")}
          </p>
          <pre className={section.code} aria-labelledby="why-line-label" data-testid="evidence-line">
            {breakable(parts.before)}
            {parts.match && (
              <mark className={styles.mark} data-testid="evidence-mark">
                {breakable(parts.match)}
              </mark>
            )}
            {breakable(parts.after)}
          </pre>
        </>
      ) : (
        <>
          <p className={section.muted}>{t("ui.why.none")}</p>
          <pre className={section.code} data-testid="evidence-line">
            {rx.facts.diagnostic ? breakable(rx.facts.diagnostic) : t("ui.why.noReply")}
          </pre>
        </>
      )}
      {rx.codeMeaning && <p className={section.text}>{t("ui.why.codeMeaning", { meaning: rx.codeMeaning })}</p>}
      {rx.diagnosis.confidence > 0 && (
        <p className={section.muted}>
          {t("ui.why.confidence", { percent: Math.round(rx.diagnosis.confidence * 100) })}
        </p>
      )}
      {source && /^https:\/\//i.test(source) && <SourceLink url={source} className={styles.link} />}
    </section>
  );
}
