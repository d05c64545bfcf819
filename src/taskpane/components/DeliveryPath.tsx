import { ArrowDown16Regular, DismissCircle20Filled, Person20Regular, Server20Regular } from "@fluentui/react-icons";
import type { DeliveryReport, RecipientExplanation } from "../../core/types.js";
import { useT } from "../i18n.js";
import { breakable } from "../breakable.js";
import { deliveryPath, type PathPoint } from "../path.js";
import { classes, useSectionStyles } from "../styles.js";

const order: PathPoint[] = ["you", "yourServer", "theirServer", "recipient"];

/** you → your server → their server → recipient, with the failure point marked (in words too, for screen readers). */
export function DeliveryPath({ report, rx }: { report: DeliveryReport; rx: RecipientExplanation }) {
  const t = useT();
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
      <ol className="ndr-path__list">
        {order.map((point, index) => (
          <li key={point}>
            {index > 0 && (
              <div className="ndr-path__arrow" aria-hidden="true">
                <ArrowDown16Regular />
              </div>
            )}
            <div
              className={classes(
                "ndr-path__node",
                index === stopIndex && "ndr-path__node--failed",
                index > stopIndex && "ndr-path__node--after",
              )}
            >
              <span aria-hidden="true" className={index === stopIndex ? "ndr-path__stopped" : undefined}>
                {index === stopIndex ? (
                  <DismissCircle20Filled />
                ) : point === "you" || point === "recipient" ? (
                  <Person20Regular />
                ) : (
                  <Server20Regular />
                )}
              </span>
              <span>
                <span className="ndr-path__label">{labels[point]}</span>
                {names[point] && (
                  <>
                    <br />
                    <span className="ndr-path__name">{breakable(names[point]!)}</span>
                  </>
                )}
                {index === stopIndex && (
                  <>
                    <br />
                    <span className="ndr-path__stopped" data-testid="stopped-here">
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
