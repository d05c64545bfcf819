import { Link } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { recipientLabel } from "../../core/recipient-label.js";
import type { Explanation, RecipientExplanation } from "../../core/types.js";
import { useT } from "../i18n.js";
import { classes, useSectionStyles } from "../styles.js";
import { sentenceAfterTitle } from "../verdict-text.js";

export function statusText(rx: RecipientExplanation): string | undefined {
  const parts = [rx.facts.replyCode, rx.facts.status].filter(Boolean);
  return parts.length ? parts.join(" ") : undefined;
}

/** A recipient's card: in full when it is the one shown, else only its title and address, so that with
 * several recipients the reader's first action still sits on the first screen at 320 × 560. */
function VerdictBody({ rx, titleAs, brief }: { rx: RecipientExplanation; titleAs?: "h3"; brief?: boolean }) {
  const t = useT();
  const section = useSectionStyles();
  const code = statusText(rx);
  const title = titleAs && (
    <h3 className="ndr-verdict__title" data-testid="verdict-title" tabIndex={-1}>
      {rx.title}
    </h3>
  );
  if (brief) {
    return (
      <>
        {title}
        <p className={section.muted}>{recipientLabel(rx.facts)}</p>
      </>
    );
  }
  // The title says what happened; the sentence goes on from there instead of saying it twice.
  const sentence = rx.verdict
    ? sentenceAfterTitle(rx.title, rx.verdict)
    : t("ui.verdict.fallback", { recipient: recipientLabel(rx.facts) });
  return (
    <>
      {title}
      {sentence && (
        <p className="ndr-verdict__sentence" data-testid="verdict">
          {sentence}
        </p>
      )}
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
      </div>
      <p className={section.muted}>
        {recipientLabel(rx.facts)} ·{" "}
        <span className="ndr-verdict__code" data-testid="status-badge">
          {code ? t("ui.verdict.status", { code }) : t("ui.verdict.noCode")}
        </span>
      </p>
    </>
  );
}

export interface VerdictProps {
  explanation: Explanation;
  shown: RecipientExplanation[];
  selected: number;
  onSelect(index: number): void;
}

/**
 * What happened, who must act and the code; with several failed recipients, one card each (the card
 * picks what the rest shows). Its heading takes the focus when a bounce has been explained, so a
 * screen reader reads the verdict first (and the pane scrolls back up to it).
 */
export function Verdict({ explanation, shown, selected, onSelect }: VerdictProps) {
  const t = useT();
  const section = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only while the pane has the focus: a pinned pane must not pull it away from Outlook's message list.
    if (document.hasFocus()) heading.current?.focus();
  }, [explanation]);
  // The chosen card's button goes away once it is chosen, so its title takes the focus instead.
  const cards = useRef<HTMLUListElement>(null);
  const focusChosen = useRef(false);
  useEffect(() => {
    if (!focusChosen.current) return;
    focusChosen.current = false;
    cards.current?.querySelector<HTMLElement>("[data-selected=true] [data-testid=verdict-title]")?.focus();
  }, [selected]);
  const choose = (index: number) => {
    focusChosen.current = true;
    onSelect(index);
  };
  const single = shown.length === 1 ? shown[0] : undefined;
  return (
    <section className={section.section} aria-labelledby="verdict-heading" style={{ borderTop: "none" }}>
      {single ? (
        <div className="ndr-verdict__card">
          <h2 id="verdict-heading" className="ndr-verdict__heading" tabIndex={-1} ref={heading}>
            <span className="ndr-verdict__overline">{t("ui.verdict.heading")}</span>
            <span className="ndr-verdict__title" data-testid="verdict-title">
              {single.title}
            </span>
          </h2>
          <VerdictBody rx={single} />
        </div>
      ) : (
        <>
          <h2 id="verdict-heading" className={section.heading} tabIndex={-1} ref={heading}>
            {t("ui.verdict.recipientCount", { count: shown.length })}
          </h2>
          <ul className="ndr-verdict__cards" ref={cards}>
            {shown.map((rx, index) => (
              <li key={`${rx.facts.address}-${index}`}>
                <div
                  className={classes("ndr-verdict__card", index === selected && "ndr-verdict__card--selected")}
                  data-testid="recipient-card"
                  data-selected={index === selected}
                >
                  <VerdictBody rx={rx} titleAs="h3" brief={index !== selected} />
                  {index === selected ? (
                    // the card's frame shows which one is chosen; a button that does nothing would only cost a line
                    <span className="ndr-visually-hidden">{t("ui.verdict.shown")}</span>
                  ) : (
                    <div>
                      <Link as="button" onClick={() => choose(index)}>
                        {t("ui.verdict.show")}
                      </Link>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
