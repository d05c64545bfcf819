import { ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Explanation, RecipientExplanation } from "../../core/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";

const useStyles = makeStyles({
  cards: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    font: "inherit",
    width: "100%",
    boxSizing: "border-box",
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  badge: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  ownerYou: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  ownerOther: { backgroundColor: tokens.colorNeutralForeground1, color: tokens.colorNeutralBackground1 },
  code: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  sentence: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
});

export function statusText(rx: RecipientExplanation): string | undefined {
  const parts = [rx.facts.replyCode, rx.facts.status].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

function VerdictBody({ rx }: { rx: RecipientExplanation }) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const code = statusText(rx);
  const sentence = rx.verdict || t("ui.verdict.fallback", { recipient: rx.facts.address });
  return (
    <>
      <p className={styles.title} data-testid="verdict-title">
        {rx.title}
      </p>
      <p className={styles.sentence} data-testid="verdict">
        {sentence}
      </p>
      <div className={section.row}>
        <span
          className={mergeClasses(
            styles.badge,
            rx.diagnosis.fixOwner === "sender" ? styles.ownerYou : styles.ownerOther,
          )}
          data-testid="owner-badge"
        >
          {t("ui.verdict.mustAct")}: {t(`ui.owner.${rx.diagnosis.fixOwner}`)}
        </span>
        <span className={mergeClasses(styles.badge, styles.code)} data-testid="status-badge">
          {code ? t("ui.verdict.status", { code }) : t("ui.verdict.noCode")}
        </span>
      </div>
      <p className={section.muted}>{rx.facts.address}</p>
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
  const styles = useStyles();
  const section = useSectionStyles();
  return (
    <section className={section.section} aria-labelledby="verdict-heading" style={{ borderTop: "none" }}>
      <h2 id="verdict-heading" className={section.heading}>
        {shown.length > 1 ? t("ui.verdict.recipientCount", { count: shown.length }) : t("ui.verdict.heading")}
      </h2>
      {shown.length === 1 ? (
        <div className={styles.card}>
          <VerdictBody rx={shown[0]!} />
        </div>
      ) : (
        <ul className={styles.cards}>
          {shown.map((rx, index) => (
            <li key={`${rx.facts.address}-${index}`}>
              <div
                className={mergeClasses(styles.card, index === selected && styles.selected)}
                data-testid="recipient-card"
                data-selected={index === selected}
              >
                <VerdictBody rx={rx} />
                <div>
                  <ToggleButton
                    size="small"
                    checked={index === selected}
                    aria-pressed={index === selected}
                    onClick={() => onSelect(index)}
                  >
                    {index === selected ? t("ui.verdict.shown") : t("ui.verdict.show")}
                  </ToggleButton>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
