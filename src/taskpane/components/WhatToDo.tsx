import { Checkbox, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Audience, Explanation, RecipientExplanation, Step } from "../../core/types.js";
import type { WayIn } from "../../host/types.js";
import { isDraftAction, primaryStepIndex } from "../audience.js";
import { useT } from "../i18n.js";
import { useSaveSettings, useSettings } from "../settingsContext.js";
import { useSectionStyles } from "../styles.js";
import { StepAction, type StepActionProps } from "./StepAction.js";

const useStyles = makeStyles({
  // Wrapped onto up to three rows at 320 px (Norwegian): lower rows, so the first action stays on screen.
  tabs: { flexWrap: "wrap", "& [role=tab]": { paddingBlock: tokens.spacingVerticalXXS } },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  now: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  nowLine: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

const audiences: Audience[] = ["sender", "owner", "admin"];
const tabKey: Record<Audience, string> = { sender: "ui.tab.sender", owner: "ui.tab.owner", admin: "ui.tab.admin" };

export interface WhatToDoProps {
  explanation: Explanation;
  rx: RecipientExplanation;
  way: WayIn;
  reportText: string;
  recipientIndex: number;
  /** the tab the reader opens on: their own role (sender, or admin for a help desk) */
  readerTab: Audience;
}

/**
 * The sender's first move in one line and one button ("Send this to your IT department"), above the
 * full list: what a sender who reads the pane can do now, whoever must fix it in the end.
 */
function NowStep({
  step,
  line,
  actionProps,
}: {
  step: Step;
  line: string;
  actionProps: Omit<StepActionProps, "action">;
}) {
  const t = useT();
  const styles = useStyles();
  const send = step.action && isDraftAction(step.action);
  return (
    <div className={styles.now} data-testid="now">
      <p className={styles.nowLine} data-testid="now-line">
        {line}
      </p>
      {step.action && (
        <StepAction
          {...actionProps}
          action={step.action}
          label={send ? t(`ui.now.send.${step.action.kind}`) : undefined}
          saidAbove
        />
      )}
    </div>
  );
}

/** "Always open here": a help desk makes the admin tab its own (kept in the mailbox's settings). */
function AdminTabChoice() {
  const t = useT();
  const settings = useSettings();
  const save = useSaveSettings();
  return (
    <Checkbox
      checked={settings.role === "admin"}
      onChange={(_event, data) => save({ role: data.checked === true ? "admin" : "sender" })}
      label={t("ui.role.admin")}
      data-testid="role-admin"
    />
  );
}

/** Three tabs (I sent it / I own the group / I'm the admin), opened on the reader's own. */
export function WhatToDo({ explanation, rx, way, reportText, recipientIndex, readerTab }: WhatToDoProps) {
  const t = useT();
  const styles = useStyles();
  const section = useSectionStyles();
  const [audience, setAudience] = useState<Audience>(readerTab);
  // A new recipient or cause opens on the reader's tab again; a language switch keeps the one chosen.
  useEffect(() => setAudience(readerTab), [readerTab, rx.facts.address, rx.diagnosis.causeId]);

  const steps = rx.guidance[audience];
  const primary = audience === "sender" ? primaryStepIndex(steps) : undefined;
  const primaryStep = primary === undefined ? undefined : steps[primary];
  // Sending something gets its own one-line summary; any other first step is its own line (and leaves the list).
  const sends = primaryStep?.action !== undefined && isDraftAction(primaryStep.action);
  const nowLine = sends ? t(`ui.now.${primaryStep!.action!.kind}`) : primaryStep?.text;
  const panelId = `todo-panel-${recipientIndex}`;
  const actionProps = { explanation, recipient: rx, way, reportText };
  return (
    <section className={section.section} aria-labelledby="todo-heading">
      {/* the tabs say it on screen; a screen reader still finds the section by its heading */}
      <h2 id="todo-heading" className="ndr-visually-hidden">
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
        {primaryStep && nowLine && (
          <NowStep
            step={primaryStep}
            line={nowLine}
            actionProps={{ ...actionProps, idPrefix: `now-${recipientIndex}` }}
          />
        )}
        {steps.length === 0 ? (
          <p className={section.text}>{t("ui.todo.noSteps")}</p>
        ) : steps.length === 1 && !sends && primary === 0 ? null : (
          <ol className={styles.steps}>
            {steps.map((step, index) =>
              index === primary && !sends ? null : (
                <li key={`${audience}-${index}`} className={styles.step}>
                  <span className={section.text}>{step.text}</span>
                  {/* the first step's button is in the line above the list */}
                  {step.action && index !== primary && (
                    <StepAction
                      {...actionProps}
                      action={step.action}
                      idPrefix={`step-${recipientIndex}-${audience}-${index}`}
                    />
                  )}
                </li>
              ),
            )}
          </ol>
        )}
        {audience === "admin" && <AdminTabChoice />}
      </div>
    </section>
  );
}
