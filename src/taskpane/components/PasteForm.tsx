import { Button, Field, Textarea, makeStyles } from "@fluentui/react-components";
import { DocumentArrowUp16Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { Candidate } from "../../host/types.js";
import { useT } from "../i18n.js";
import { acceptedFiles, candidateFromFile, candidateFromText, maxFileBytes } from "../input.js";
import { useSectionStyles } from "../styles.js";

const useStyles = makeStyles({
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
    pointerEvents: "none",
  },
  textarea: { width: "100%" },
});

export interface PasteFormProps {
  onInput(candidate: Candidate): void;
  /** the first thing on screen (no bounce to show): a taller box */
  prominent: boolean;
}

/**
 * Paste box and file picker. Loaded on demand (React.lazy in InputPanel): in Outlook most users
 * never need it, so its Field and Textarea stay out of the pane's first-load scripts.
 */
export default function PasteForm({ onInput, prominent }: PasteFormProps) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const submitText = () => {
    if (!text.trim()) {
      setError(t("ui.input.empty"));
      return;
    }
    setError(undefined);
    onInput(candidateFromText(text));
  };

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await candidateFromFile(file);
    if (result.ok) {
      setError(undefined);
      onInput(result.candidate);
    } else {
      setError(
        result.reason === "too-large"
          ? t("ui.input.tooLarge", { size: maxFileBytes / 1024 / 1024 })
          : t("ui.input.readFailed"),
      );
    }
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <section className={section.section} aria-labelledby="input-heading" data-testid="input-panel">
      <h2 id="input-heading" className={section.heading}>
        {prominent ? t("ui.input.heading") : t("ui.input.again")}
      </h2>
      <Field label={t("ui.input.label")} validationMessage={error} validationState={error ? "error" : "none"}>
        <Textarea
          autoFocus={!prominent}
          className={styles.textarea}
          resize="vertical"
          rows={prominent ? 6 : 3}
          value={text}
          placeholder={t("ui.input.placeholder")}
          onChange={(_e, data) => setText(data.value)}
          data-testid="paste-box"
        />
      </Field>
      <div className={section.row}>
        <Button appearance="primary" onClick={submitText} data-testid="explain-button">
          {t("ui.input.explain")}
        </Button>
        <Button icon={<DocumentArrowUp16Regular />} onClick={() => fileInput.current?.click()}>
          {t("ui.input.pickFile")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept={acceptedFiles}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void pickFile(e.target.files?.[0])}
          data-testid="file-input"
        />
      </div>
      <p className={section.muted}>{t("ui.input.drop")}</p>
    </section>
  );
}
