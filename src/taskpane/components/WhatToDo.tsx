import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Audience, Explanation, RecipientExplanation, Step } from "../../core/types.js";
import type { WayIn } from "../../host/types.js";
import { allowedWhenSuspicious, defaultAudience } from "../audience.js";
import { useT } from "../i18n.js";
import { useSectionStyles } from "../styles.js";
import { StepAction } from "./StepAction.js";

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

const audiences: Audience[] = ["sender", "owner", "admin"];
const tabKey: Record<Audience, string> = { sender: "ui.tab.sender", owner: "ui.tab.owner", admin: "ui.tab.admin" };

export interface WhatToDoProps {
  explanation: Explanation;
  rx: RecipientExplanation;
  way: WayIn;
  reportText: string;
  recipientIndex: number;
}

/** Three tabs (I sent it / I own the group / I'm the admin), the first one shown chosen by who must act. */
export function WhatToDo({ explanation, rx, way, reportText, recipientIndex }: WhatToDoProps) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const [audience, setAudience] = useState<Audience>(defaultAudience(rx.diagnosis.fixOwner));
  // A new recipient or cause opens its own default tab; a language switch keeps the user's tab.
  const owner = rx.diagnosis.fixOwner;
  useEffect(() => setAudience(defaultAudience(owner)), [owner, rx.facts.address, rx.diagnosis.causeId]);

  const suspicious = explanation.trust.suspicious;
  const steps: Step[] = rx.guidance[audience].map((step) =>
    step.action && suspicious && !allowedWhenSuspicious(step.action) ? { text: step.text } : step,
  );
  const panelId = `todo-panel-${recipientIndex}`;
  return (
    <section className={section.section} aria-labelledby="todo-heading">
      <h2 id="todo-heading" className={section.heading}>
        {t("ui.todo.heading")}
      </h2>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={audience}
        onTabSelect={(_e, data) => setAudience(data.value as Audience)}
        aria-label={t("ui.todo.heading")}
      >
        {audiences.map((a) => (
          <Tab key={a} value={a} id={`tab-${a}`} aria-controls={panelId} data-testid={`tab-${a}`}>
            {t(tabKey[a])}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={`tab-${audience}`}
        data-testid="todo-panel"
        data-audience={audience}
      >
        {steps.length === 0 ? (
          <p className={section.text}>{t("ui.todo.noSteps")}</p>
        ) : (
          <ol className={styles.steps}>
            {steps.map((step, index) => (
              <li key={`${audience}-${index}`} className={styles.step}>
                <span className={section.text}>{step.text}</span>
                {step.action && (
                  <StepAction
                    action={step.action}
                    explanation={explanation}
                    recipient={rx}
                    way={way}
                    reportText={reportText}
                    idPrefix={`step-${recipientIndex}-${audience}-${index}`}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
