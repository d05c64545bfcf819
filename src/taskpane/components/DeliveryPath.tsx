import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, DismissCircle20Filled, Person20Regular, Server20Regular } from "@fluentui/react-icons";
import type { DeliveryReport, RecipientExplanation } from "../../core/types.js";
import { useT } from "../i18n.js";
import { deliveryPath, type PathPoint } from "../path.js";
import { useSectionStyles } from "../styles.js";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", alignItems: "stretch" },
  node: {
    display: "grid",
    gridTemplateColumns: "24px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  failed: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  // Past the failure point the message never got there: a dashed outline says so without fading text.
  after: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  name: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  stopped: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  arrow: {
    display: "flex",
    justifyContent: "center",
    width: "24px",
    paddingInlineStart: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
});

const order: PathPoint[] = ["you", "yourServer", "theirServer", "recipient"];

/** you → your server → their server → recipient, with the failure point marked (in words too, for screen readers). */
export function DeliveryPath({ report, rx }: { report: DeliveryReport; rx: RecipientExplanation }) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const model = deliveryPath(report, rx);
  const labels: Record<PathPoint, string> = {
    you: t("ui.path.you"),
    yourServer: t("ui.path.yourServer"),
    theirServer: t("ui.path.theirServer"),
    recipient: t("ui.path.recipient"),
  };
  const names: Record<PathPoint, string | undefined> = {
    you: model.you,
    yourServer: model.yourServer ?? t("ui.path.unknownServer"),
    theirServer: model.theirServer ?? t("ui.path.unknownServer"),
    recipient: model.recipient,
  };
  const stopIndex = order.indexOf(model.stoppedAt);
  return (
    <section
      className={section.section}
      aria-labelledby="path-heading"
      data-testid="delivery-path"
      data-stopped-at={model.stoppedAt}
    >
      <h2 id="path-heading" className={section.heading}>
        {t("ui.path.heading")}
      </h2>
      <p className={section.muted}>{t("ui.path.summary", { point: labels[model.stoppedAt].toLowerCase() })}</p>
      <ol className={styles.list}>
        {order.map((point, index) => (
          <li key={point}>
            {index > 0 && (
              <div className={styles.arrow} aria-hidden="true">
                <ArrowDown16Regular />
              </div>
            )}
            <div
              className={mergeClasses(
                styles.node,
                index === stopIndex && styles.failed,
                index > stopIndex && styles.after,
              )}
            >
              <span aria-hidden="true" className={index === stopIndex ? styles.stopped : undefined}>
                {index === stopIndex ? (
                  <DismissCircle20Filled />
                ) : point === "you" || point === "recipient" ? (
                  <Person20Regular />
                ) : (
                  <Server20Regular />
                )}
              </span>
              <span>
                <span className={styles.label}>{labels[point]}</span>
                {names[point] && (
                  <>
                    <br />
                    <span className={styles.name}>{names[point]}</span>
                  </>
                )}
                {index === stopIndex && (
                  <>
                    <br />
                    <span className={styles.stopped} data-testid="stopped-here">
                      {t("ui.path.stoppedHere")}
                    </span>
                  </>
                )}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
