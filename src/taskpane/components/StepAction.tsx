import { Button, Field, Input, Link } from "@fluentui/react-components";
import { Mail16Regular, Open16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { linkFor, withoutAttachment } from "../../core/drafts/index.js";
import { hasKey, t as translate } from "../../core/i18n/index.js";
import type { Action, Draft, Explanation, Language, RecipientExplanation } from "../../core/types.js";
import type { DraftOutcome, WayIn } from "../../host/types.js";
import { useAnnounce } from "../announcer.js";
import { isDraftAction, isLinkAction } from "../audience.js";
import { draftFor } from "../drafts.js";
import { useHost } from "../hostContext.js";
import { useLanguage, useT } from "../i18n.js";
import { useSaveSettings, useSettings } from "../settingsContext.js";
import { classes, useSectionStyles } from "../styles.js";
import { CopyButton } from "./CopyButton.js";
import { DraftView } from "./DraftView.js";
import { breakable } from "../breakable.js";
import { liveCheck } from "../live-check.js";
import { useOutLink } from "../outLink.js";

export interface StepActionProps {
  action: Action;
  explanation: Explanation;
  recipient: RecipientExplanation;
  way: WayIn;
  reportText: string;
  idPrefix: string;
  /** the button's words instead of the action's own (the sender's "Send this to …") */
  label?: string;
  /**
   * The line just above already says what the value is (the sender's "now" box): its label is left to
   * screen readers and the Copy button sits beside the value, so the first action stays on the first screen.
   */
  saidAbove?: boolean;
}

/** The step's own label when the core names one that exists, else the generic one. */
function labelOf(action: Action, fallback: string, language: Language): string {
  return action.labelKey && hasKey(action.labelKey) ? translate(language, action.labelKey) : fallback;
}

/** Enough of a check to keep typos out of To/Cc; Outlook checks the rest. */
function looksLikeAddress(text: string): boolean {
  const at = text.indexOf("@");
  return at > 0 && at < text.length - 3 && text.indexOf(".", at) > at + 1 && !/\s/.test(text);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** An e-mail address a draft needs from the user (the help desk, the recipient's other address). */
function AddressField(props: {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  /** said under the field when what was typed is not an address */
  error?: string;
}) {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      size="small"
      validationMessage={props.error}
      validationState={props.error ? "error" : "none"}
    >
      <Input
        type="email"
        size="small"
        value={props.value}
        onChange={(_event, data) => props.onChange(data.value)}
        data-testid={props.testId}
      />
    </Field>
  );
}

function DraftAction(props: StepActionProps) {
  const host = useHost();
  const t = useT();
  const language = useLanguage();
  const settings = useSettings();
  const announce = useAnnounce();
  const [shown, setShown] = useState<{ draft: Draft; outcome: DraftOutcome } | undefined>();
  const [unavailable, setUnavailable] = useState(false);
  const saveSettings = useSaveSettings();
  const asksHelpDesk = props.action.kind === "contact-own-admin";
  const asksOtherAddress = props.action.kind === "contact-recipient-admin";
  // untouched, the field shows the saved address (settings may arrive after the first render)
  const [typedHelpDesk, setHelpDesk] = useState<string | undefined>(undefined);
  const helpDesk = typedHelpDesk ?? settings.helpDeskAddress ?? "";
  const [otherAddress, setOtherAddress] = useState("");
  // the recipient's other address is seldom needed: one line until asked for
  const [askOther, setAskOther] = useState(false);
  // what was typed and is not an address: said under its field, and no message opens without it
  const [invalid, setInvalid] = useState<{ helpDesk?: string; other?: string }>({});

  const onClick = async () => {
    const chosenHelpDesk = helpDesk.trim();
    const notAnAddress = (typed: string) => (typed !== "" && !looksLikeAddress(typed) ? typed : undefined);
    const wrong = {
      helpDesk: asksHelpDesk ? notAnAddress(chosenHelpDesk) : undefined,
      other: asksOtherAddress ? notAnAddress(otherAddress.trim()) : undefined,
    };
    setInvalid(wrong);
    const wrongOne = wrong.helpDesk ?? wrong.other;
    if (wrongOne !== undefined) {
      announce(t("ui.action.invalidAddress", { address: wrongOne }));
      return;
    }
    // set once: a help-desk address typed here is kept for every later draft
    if (asksHelpDesk && looksLikeAddress(chosenHelpDesk) && chosenHelpDesk !== settings.helpDeskAddress) {
      saveSettings({ helpDeskAddress: chosenHelpDesk });
    }
    const draft = draftFor({
      action: props.action,
      explanation: props.explanation,
      recipient: props.recipient,
      language,
      way: props.way,
      helpDeskAddress: asksHelpDesk && looksLikeAddress(chosenHelpDesk) ? chosenHelpDesk : settings.helpDeskAddress,
      recipientOtherAddress: looksLikeAddress(otherAddress.trim()) ? otherAddress.trim() : undefined,
    });
    if (!draft) {
      setUnavailable(true);
      announce(t("ui.action.draftUnavailable"));
      return;
    }
    const outcome = await host
      .openDraft(draft)
      .catch((error: unknown): DraftOutcome => ({ opened: false, reason: "failed", detail: String(error) }));
    // What the user sees (the notes; the text to copy) is the draft as it went: with the bounce, or its text.
    setShown({ draft: outcome.opened && outcome.carriesBounce ? draft : withoutAttachment(draft), outcome });
    announce(
      t(
        outcome.opened
          ? "ui.action.draftOpened"
          : outcome.reason === "unsupported"
            ? "ui.action.draftUnsupported"
            : "ui.action.draftFailed",
      ),
    );
  };

  const section = useSectionStyles();
  return (
    <>
      {asksHelpDesk && (
        <AddressField
          label={t("ui.action.helpDeskAddress")}
          hint={t("ui.action.helpDeskHint")}
          value={helpDesk}
          onChange={setHelpDesk}
          testId="help-desk-address"
          error={invalid.helpDesk && t("ui.action.invalidAddress", { address: invalid.helpDesk })}
        />
      )}
      {asksOtherAddress && !askOther && (
        <div>
          <Link as="button" onClick={() => setAskOther(true)} data-testid="add-recipient-other-address">
            {t("ui.action.recipientOtherAddress.add")}
          </Link>
        </div>
      )}
      {asksOtherAddress && askOther && (
        <AddressField
          label={t("ui.action.recipientOtherAddress")}
          value={otherAddress}
          onChange={setOtherAddress}
          testId="recipient-other-address"
          error={invalid.other && t("ui.action.invalidAddress", { address: invalid.other })}
        />
      )}
      <div>
        <Button
          size="small"
          appearance="primary"
          icon={<Mail16Regular />}
          onClick={() => void onClick()}
          data-testid={`draft-button-${props.action.kind}`}
        >
          {props.label ?? labelOf(props.action, t("ui.action.openDraft"), language)}
        </Button>
      </div>
      {unavailable && <p className={section.muted}>{t("ui.action.draftUnavailable")}</p>}
      {shown && !shown.outcome.opened && (
        <>
          <p className={section.muted}>
            {t(shown.outcome.reason === "unsupported" ? "ui.action.draftUnsupported" : "ui.action.draftFailed")}
          </p>
          <DraftView draft={shown.draft} idPrefix={`${props.idPrefix}-draft`} />
        </>
      )}
      {shown && shown.outcome.opened && shown.draft.notes.length > 0 && (
        <ul className={section.list}>
          {shown.draft.notes.map((note, i) => (
            <li key={i} className={section.muted}>
              {note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "See contoso.com's MX record as it is now": a link out, for comparing the value above with the live one. */
function LiveCheckLink({ action }: { action: Action }) {
  const check = liveCheck(action);
  return check ? <LiveCheckAnchor check={check} /> : null;
}

function LiveCheckAnchor({ check }: { check: NonNullable<ReturnType<typeof liveCheck>> }) {
  const t = useT();
  const section = useSectionStyles();
  const link = useOutLink(check.url);
  return (
    <p className={section.muted}>
      <a className="ndr-link" {...link} data-testid="live-check">
        {t("ui.dns.liveCheck", { record: check.record, host: check.host })}
      </a>{" "}
      ({hostOf(check.url)})
    </p>
  );
}

/**
 * Beside an admin command: what it changes, when it is the right one, and the read command to run
 * first (the core's data, diagnose/commands.ts), so no command that changes something is pasted blind.
 */
function CommandFacts(props: { action: Action; idPrefix: string }) {
  const { action } = props;
  const t = useT();
  const section = useSectionStyles();
  const known = (key: string | undefined) => (key && hasKey(key) ? key : undefined);
  const changes = known(action.changesKey);
  const when = known(action.whenKey);
  const readId = `${props.idPrefix}-read-first`;
  return (
    <>
      {(changes || when) && (
        <dl className={section.facts} data-testid="command-facts">
          {changes && (
            <>
              <dt>{t("ui.command.changes")}</dt>
              <dd data-testid="command-changes">{t(changes)}</dd>
            </>
          )}
          {when && (
            <>
              <dt>{t("ui.command.when")}</dt>
              <dd data-testid="command-when">{t(when)}</dd>
            </>
          )}
        </dl>
      )}
      {action.readFirst && (
        <>
          <span id={`${readId}-label`} className={section.muted}>
            {t("ui.command.readFirst")}
          </span>
          <pre className={section.code} aria-labelledby={`${readId}-label`} data-testid="command-read-first">
            {breakable(action.readFirst)}
          </pre>
          <div>
            <CopyButton text={action.readFirst} describedBy={`${readId}-label`} />
          </div>
        </>
      )}
    </>
  );
}

/** "Open sender.office.com": a button that is a real link (see outLink.ts). */
function LinkAction({ url }: { url: string }) {
  const t = useT();
  const section = useSectionStyles();
  const link = useOutLink(url);
  return (
    <div className={section.row}>
      <Button as="a" size="small" icon={<Open16Regular />} {...link} data-testid="link-button">
        {t("ui.action.openLink", { host: hostOf(url) })}
      </Button>
    </div>
  );
}

/** What a step lets the user do: open a draft, open a delist page, or copy a command / DNS value / the report. */
export function StepAction(props: StepActionProps) {
  const { action } = props;
  const t = useT();
  const language = useLanguage();
  const section = useSectionStyles();

  if (isDraftAction(action)) return <DraftAction {...props} />;

  if (isLinkAction(action)) {
    const url = linkFor(action, props.recipient.diagnosis.names);
    return url ? <LinkAction url={url} /> : null;
  }

  if (action.kind === "copy-report") {
    return (
      <div>
        <CopyButton text={props.reportText} label={t("ui.action.copyReport")} />
      </div>
    );
  }

  if (action.kind === "dns-record" && action.value) {
    const id = `${props.idPrefix}-dns`;
    return (
      <>
        <dl className={section.facts}>
          {action.host && (
            <>
              <dt>{t("ui.dns.host")}</dt>
              <dd>{breakable(action.host)}</dd>
            </>
          )}
          {action.recordType && (
            <>
              <dt>{t("ui.dns.type")}</dt>
              <dd>{action.recordType}</dd>
            </>
          )}
          <dt id={`${id}-label`}>{t("ui.dns.value")}</dt>
          <dd>
            <code className={section.code} data-testid="dns-value">
              {breakable(action.value)}
            </code>
          </dd>
        </dl>
        <div>
          <CopyButton text={action.value} describedBy={`${id}-label`} />
        </div>
        <LiveCheckLink action={action} />
      </>
    );
  }

  if (action.value) {
    // admin-command, fix-address and any other action that carries a value to paste somewhere
    const id = `${props.idPrefix}-value`;
    return (
      <>
        {action.kind === "admin-command" && <CommandFacts action={action} idPrefix={props.idPrefix} />}
        <span id={`${id}-label`} className={props.saidAbove ? "ndr-visually-hidden" : section.muted}>
          {labelOf(action, t(action.kind === "admin-command" ? "ui.command.label" : "ui.dns.value"), language)}
        </span>
        <div className={props.saidAbove ? classes(section.row, "ndr-value-beside") : undefined}>
          <pre className={section.code} aria-labelledby={`${id}-label`} data-testid="command-value">
            {breakable(action.value)}
          </pre>
          <div>
            <CopyButton text={action.value} describedBy={`${id}-label`} />
          </div>
        </div>
      </>
    );
  }
  return null;
}
