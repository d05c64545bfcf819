import { Link } from "@fluentui/react-components";
import { recipientLabel } from "../../core/recipient-label.js";
import type { Explanation, RecipientExplanation } from "../../core/types.js";
import { useT } from "../i18n.js";
import { classes, useSectionStyles } from "../styles.js";

export function statusText(rx: RecipientExplanation): string | undefined {
  const parts = [rx.facts.replyCode, rx.facts.status].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function VerdictBody({ rx }: { rx: RecipientExplanation }) {
  const t = useT();
  const section = useSectionStyles();
  const code = statusText(rx);
  const sentence = rx.verdict || t("ui.verdict.fallback", { recipient: recipientLabel(rx.facts) });
  return (
    <>
      <p className="ndr-verdict__title" data-testid="verdict-title">
        {rx.title}
      </p>
      <p className="ndr-verdict__sentence" data-testid="verdict">
        {sentence}
      </p>
      <div className={section.row}>
        <span
          className={classes(
            "ndr-verdict__badge",
            rx.diagnosis.fixOwner === "sender" ? "ndr-verdict__badge--you" : "ndr-verdict__badge--other",
          )}
          data-testid="owner-badge"
        >
          {t("ui.verdict.mustAct")}: {t(`ui.owner.${rx.diagnosis.fixOwner}`)}
        </span>
        <span className="ndr-verdict__badge ndr-verdict__badge--code" data-testid="status-badge">
          {code ? t("ui.verdict.status", { code }) : t("ui.verdict.noCode")}
        </span>
      </div>
      <p className={section.muted}>{recipientLabel(rx.facts)}</p>
    </>
  );
}

export interface VerdictProps {
  explanation: Explanation;
  shown: RecipientExplanation[];
  selected: number;
  onSelect(index: number): void;
}

/** One sentence, who must act and the code; with several failed recipients, one card each (the card picks what the rest shows). */
export function Verdict({ shown, selected, onSelect }: VerdictProps) {
  const t = useT();
  const section = useSectionStyles();
  return (
    <section className={section.section} aria-labelledby="verdict-heading" style={{ borderTop: "none" }}>
      <h2 id="verdict-heading" className={section.heading}>
        {shown.length > 1 ? t("ui.verdict.recipientCount", { count: shown.length }) : t("ui.verdict.heading")}
      </h2>
      {shown.length === 1 ? (
        <div className="ndr-verdict__card">
          <VerdictBody rx={shown[0]!} />
        </div>
      ) : (
        <ul className="ndr-verdict__cards">
          {shown.map((rx, index) => (
            <li key={`${rx.facts.address}-${index}`}>
              <div
                className={classes("ndr-verdict__card", index === selected && "ndr-verdict__card--selected")}
                data-testid="recipient-card"
                data-selected={index === selected}
              >
                <VerdictBody rx={rx} />
                <div>
                  <Link as="button" aria-pressed={index === selected} onClick={() => onSelect(index)}>
                    {index === selected ? t("ui.verdict.shown") : t("ui.verdict.show")}
                  </Link>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
