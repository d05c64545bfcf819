import { Link } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { Candidate } from "../../host/types.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";

const PasteForm = lazy(() => import(/* webpackChunkName: "paste-form" */ "./PasteForm.js"));

export interface InputPanelProps {
  onInput(candidate: Candidate): void;
  /** open and first when there is nothing else to show */
  prominent: boolean;
}

/** Paste box and file picker, always available; dropping a file anywhere on the pane is handled by the pane itself. */
export function InputPanel({ onInput, prominent }: InputPanelProps) {
  const t = useT();
  const section = useSectionStyles();
  // Under an explanation the box waits behind one button (drop still works anywhere on the pane).
  const [open, setOpen] = useState(prominent);
  useEffect(() => {
    if (prominent) setOpen(true);
  }, [prominent]);

  if (open) {
    return (
      // nothing while the form's code arrives: "reading the message" would be wrong here
      <Suspense fallback={null}>
        <PasteForm onInput={onInput} prominent={prominent} />
      </Suspense>
    );
  }
  return (
    <section className={section.section} aria-labelledby="input-heading" data-testid="input-panel">
      <h2 id="input-heading" className={section.heading}>
        {t("ui.input.again")}
      </h2>
      <div>
        <Link as="button" onClick={() => setOpen(true)} data-testid="open-input">
          {t("ui.input.heading")}
        </Link>
      </div>
      <p className={section.muted}>{t("ui.input.drop")}</p>
    </section>
  );
}
