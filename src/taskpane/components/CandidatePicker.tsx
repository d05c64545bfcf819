import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentText16Regular } from "@fluentui/react-icons";
import type { Candidate } from "../../host/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  button: { width: "100%", justifyContent: "flex-start", textAlign: "start", overflowWrap: "anywhere" },
});

/** Several bounces in one message (attachments): the user picks the one to explain. */
export function CandidatePicker({
  candidates,
  onPick,
}: {
  candidates: Candidate[];
  onPick(candidate: Candidate): void;
}) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  return (
    <section
      className={section.section}
      aria-labelledby="pick-heading"
      style={{ borderTop: "none" }}
      data-testid="candidate-picker"
    >
      <h2 id="pick-heading" className={section.heading}>
        {t("ui.pick.heading", { count: candidates.length })}
      </h2>
      <p className={section.text}>{t("ui.pick.hint")}</p>
      <ul className={styles.list}>
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <Button className={styles.button} icon={<DocumentText16Regular />} onClick={() => onPick(candidate)}>
              {candidate.label}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
