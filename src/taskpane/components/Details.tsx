import { makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular } from "@fluentui/react-icons";
import { Fragment, useState, type ReactNode } from "react";
import type { Explanation, RecipientFacts } from "../../core/types.js";
import type { HostDiagnostics } from "../../host/types.js";
import { useT } from "../i18n.js";
import { diagnosticsLine } from "../report.js";
import { useSectionStyles } from "../styles.js";
import { CopyButton } from "./CopyButton.js";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    cursor: "pointer",
    listStyle: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    "::-webkit-details-marker": { display: "none" },
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "& svg": { transitionProperty: "transform", transitionDuration: tokens.durationFast },
  },
  details: { "&[open] > summary svg": { transform: "rotate(180deg)" } },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  hops: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

function Facts({ rows }: { rows: [string, ReactNode | undefined][] }) {
  const section = useSectionStyles();
  const present = rows.filter(([, v]) => v !== undefined && v !== "");
  return (
    <dl className={section.facts}>
      {present.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function RecipientFactsView({ facts }: { facts: RecipientFacts }) {
  const t = useT();
  const d = facts.disagreements;
  const other = d ? [d.status, d.replyCode, d.diagnostic, d.remoteMta].filter(Boolean).join(" · ") : "";
  return (
    <Facts
      rows={[
        [t("ui.details.recipient"), facts.address],
        [t("ui.details.displayName"), facts.displayName],
        [t("ui.details.originalRecipient"), facts.originalAddress],
        [t("ui.details.action"), facts.action],
        [t("ui.details.status"), facts.status],
        [t("ui.details.replyCode"), facts.replyCode],
        [t("ui.details.reply"), facts.diagnostic],
        [t("ui.details.remoteServer"), facts.remoteMta],
        [t("ui.details.lastAttempt"), facts.lastAttempt],
        [t("ui.details.format"), facts.format],
        [t("ui.details.otherValues"), other || undefined],
      ]}
    />
  );
}

export interface DetailsProps {
  explanation: Explanation;
  diagnostics: HostDiagnostics;
  reportText: string;
}

/** Everything else, collapsed: per-recipient facts, servers, the original message, auth results, hops, copy report, diagnostics. */
export function Details({ explanation, diagnostics, reportText }: DetailsProps) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const { report } = explanation;
  const original = report.original;
  const auth = original?.auth;
  const wrapper = report.message.wrapper;
  // The facts are rendered only once opened: the first paint is the verdict, not a table nobody asked for.
  const [open, setOpen] = useState(false);
  return (
    <section className={section.section}>
      {/* Native disclosure: keyboard and screen readers work without extra script. */}
      <details className={styles.details} data-testid="details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className={styles.summary} data-testid="details-header">
          <h2 className={section.heading}>{t("ui.details.heading")}</h2>
          <ChevronDown16Regular aria-hidden="true" />
        </summary>
        {open && (
          <div className={styles.panel} data-testid="details-panel">
            {explanation.recipients.map((rx, i) => (
              <div key={`${rx.facts.address}-${i}`}>
                <h3 className={section.subheading}>
                  {t("ui.details.recipient")} {explanation.recipients.length > 1 ? i + 1 : ""}
                </h3>
                <RecipientFactsView facts={rx.facts} />
                <Facts
                  rows={[[t("ui.details.cause"), `${rx.title} (${rx.diagnosis.causeId} · ${rx.diagnosis.reason})`]]}
                />
              </div>
            ))}
            <h3 className={section.subheading}>{t("ui.details.servers")}</h3>
            <Facts
              rows={[
                [t("ui.details.reportingServer"), report.reportingMta],
                [t("ui.details.generatingServer"), report.generatingServer],
                [t("ui.details.arrival"), report.arrivalDate],
                [t("ui.details.format"), report.format],
                [t("ui.details.ndrLanguage"), report.language !== "und" ? report.language : undefined],
                [
                  t("ui.details.forwarded"),
                  wrapper ? [wrapper.from, wrapper.date].filter(Boolean).join(", ") : undefined,
                ],
              ]}
            />
            {original && (
              <>
                <h3 className={section.subheading}>{t("ui.details.original")}</h3>
                <Facts
                  rows={[
                    [t("ui.details.subject"), original.subject],
                    [t("ui.details.messageId"), original.messageId],
                    [t("ui.details.date"), original.date],
                    [t("ui.details.from"), original.from],
                    [t("ui.details.to"), original.to.join(", ")],
                  ]}
                />
              </>
            )}
            <h3 className={section.subheading}>{t("ui.details.auth")}</h3>
            {auth && (auth.spf || auth.dkim || auth.dmarc || auth.compauth) ? (
              <Facts
                rows={[
                  ["SPF", auth.spf],
                  ["DKIM", auth.dkim],
                  ["DMARC", auth.dmarc],
                  ["compauth", auth.compauth],
                ]}
              />
            ) : (
              <p className={section.muted}>{t("ui.details.authNone")}</p>
            )}
            <h3 className={section.subheading}>{t("ui.details.hops")}</h3>
            {report.hops.length > 0 ? (
              <ol className={styles.hops}>
                {report.hops.map((hop, i) => (
                  <li key={i}>{[hop.time, hop.from, "→", hop.by, hop.with].filter(Boolean).join(" ")}</li>
                ))}
              </ol>
            ) : (
              <p className={section.muted}>{t("ui.details.hopsNone")}</p>
            )}
            {report.problems.length > 0 && (
              <>
                <h3 className={section.subheading}>{t("ui.details.problems")}</h3>
                <ul className={styles.hops}>
                  {report.problems.map((p, i) => (
                    <li key={i}>
                      {p.code}: {p.detail}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div>
              <CopyButton text={reportText} label={t("ui.action.copyReport")} />
            </div>
            <p className={section.muted} data-testid="diagnostics-line">
              {t("ui.details.diagnostics")}: {diagnosticsLine(diagnostics)}
            </p>
          </div>
        )}
      </details>
    </section>
  );
}
