import { makeStyles, tokens } from "@fluentui/react-components";
import type { Draft } from "../../core/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";
import { CopyButton } from "./CopyButton.js";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  body: { maxHeight: "240px", overflowY: "auto" },
});

/** A draft shown as text with copy buttons: where Outlook can't open it, and on the preview page. */
export function DraftView({ draft, idPrefix }: { draft: Draft; idPrefix: string }) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const fields: { key: string; label: string; value: string; long?: boolean }[] = [
    { key: "to", label: t("ui.draft.to"), value: draft.to.join("; ") },
    ...(draft.cc.length ? [{ key: "cc", label: t("ui.draft.cc"), value: draft.cc.join("; ") }] : []),
    { key: "subject", label: t("ui.draft.subject"), value: draft.subject },
    { key: "body", label: t("ui.draft.body"), value: draft.textBody, long: true },
  ];
  return (
    <div className={styles.box} data-testid="draft-view">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        return (
          <div key={field.key} className={styles.field}>
            <span className={styles.label} id={`${id}-label`}>
              {field.label}
            </span>
            <pre
              className={field.long ? `${section.code} ${styles.body}` : section.code}
              aria-labelledby={`${id}-label`}
              data-testid={`draft-${field.key}`}
              tabIndex={field.long ? 0 : undefined}
            >
              {field.value || "—"}
            </pre>
            {field.value && (
              <div>
                <CopyButton text={field.value} describedBy={`${id}-label`} />
              </div>
            )}
          </div>
        );
      })}
      {draft.notes.length > 0 && (
        <ul className={section.list}>
          {draft.notes.map((note, i) => (
            <li key={i} className={section.muted}>
              {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
