/**
 * The task pane: verdict, delivery path, what to do, why, details — or, with nothing to read,
 * why not and how to get the bounce in. Renders only what the core returns; talks to Outlook
 * (or the preview page, or a browser tab) only through the PaneHost it is given.
 */
import { FluentProvider, Link } from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { Suspense, lazy, useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";
import { loadDraftStrings, loadLanguage } from "../core/i18n/index.js";
import { kindHeading } from "../core/kind-heading.js";
import type { Explanation, Language, RecipientExplanation, SituationContext } from "../core/types.js";
import type { Candidate, DroppedFile, PaneHost, ThemeName, UserSettings } from "../host/types.js";
import { AnnouncerProvider } from "./announcer.js";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import { ExplainedItem } from "./components/ExplainedItem.js";
import { Header } from "./components/Header.js";
import { InputPanel } from "./components/InputPanel.js";
import { NoBounce, Notices } from "./components/NoBounce.js";
import { Notice } from "./components/Notice.js";
import { TrustWarning } from "./components/TrustWarning.js";
import { Verdict } from "./components/Verdict.js";
import { HostProvider } from "./hostContext.js";
import { LanguageProvider, useT } from "./i18n.js";
import { candidateFromFile, maxFileBytes } from "./input.js";
import { SaveSettingsProvider, SettingsProvider } from "./settingsContext.js";
import { classes, useSectionStyles } from "./styles.js";
import { useFluentTheme } from "./theme.js";
import { usePane, type ItemWatch, type PaneModel, type PaneState } from "./usePane.js";
// The pane's own styles for its first screen (see pane.css for why a stylesheet).
import "./pane.css";

export interface PaneProps {
  host: PaneHost;
  /** i18n key of a message to show once (e.g. Outlook did not answer in time) */
  bootNoticeKey?: string;
  /** inside another page (the preview): don't claim the whole viewport height */
  embedded?: boolean;
  /** the first screen, prepared before rendering (see index.tsx) */
  initial?: InitialPane;
  /** boot's ItemChanged subscription, which the pane takes over (usePane) */
  bootWatch?: ItemWatch;
}

export interface InitialPane {
  state: PaneState;
  language: Language;
  settings: UserSettings;
}

/** Several bounces in one message: a list only that case needs, so a chunk of its own. */
const CandidatePicker = lazy(() =>
  import(/* webpackChunkName: "candidate-picker" */ "./components/CandidatePicker.js").then((m) => ({
    default: m.CandidatePicker,
  })),
);

/**
 * The delivery path, what to do, why, details: a chunk of its own that the verdict does not wait for (see
 * ExplanationRest), with the drafts' and the help-desk report's strings it needs.
 */
const ExplanationRest = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "explanation-rest" */ "./components/ExplanationRest.js"),
    loadDraftStrings().catch(() => undefined), // without them the drafts show their keys, the rest still works
  ]).then(([module]) => module),
);

function safeTheme(host: PaneHost): ThemeName {
  try {
    return host.theme();
  } catch {
    return "light";
  }
}

function safeLanguage(host: PaneHost): Language {
  try {
    return host.displayLanguage();
  } catch {
    return "en";
  }
}

/** Failed (or delayed) recipients get verdict cards; when there are none, every recipient does. */
function shownRecipients(explanation: Explanation): RecipientExplanation[] {
  const failing = explanation.recipients.filter((rx) => rx.facts.action === "failed" || rx.facts.action === "delayed");
  return failing.length > 0 ? failing : explanation.recipients;
}

function ExplanationView({
  explanation,
  candidate,
  reader,
  host,
  language,
}: {
  explanation: Explanation;
  candidate: Candidate;
  reader: SituationContext;
  host: PaneHost;
  language: Language;
}) {
  const t = useT();
  const section = useSectionStyles();
  // The rest is asked for only once the verdict is on screen: fetching a chunk from inside the
  // first commit (Suspense, script tags) cost that commit more than the verdict itself.
  const [verdictShown, setVerdictShown] = useState(false);
  useEffect(() => setVerdictShown(true), []);
  const [selected, setSelected] = useState(0);
  useEffect(() => setSelected(0), [explanation]);
  const shown = shownRecipients(explanation);
  const kind = explanation.report.kind;

  if (explanation.trust.suspicious) {
    // Likely forged: no cards, commands or drafts built from addresses the lure put there (issue 13
    // item 7); only the warning and the details, so the help desk can still copy the report.
    return (
      <>
        <TrustWarning trust={explanation.trust} />
        {verdictShown && (
          <Suspense fallback={null}>
            <ExplanationRest explanation={explanation} host={host} language={language} />
          </Suspense>
        )}
      </>
    );
  }
  if (shown.length === 0 || (kind !== "failed" && kind !== "delayed")) {
    const key = shown.length === 0 && kind === "failed" ? "ui.kind.noRecipients" : `ui.kind.${kind}`;
    return (
      <>
        <Notice intent="info" data-testid="not-a-bounce">
          {t(key)}
        </Notice>
        {shown.length > 0 && verdictShown && (
          <Suspense fallback={null}>
            <ExplanationRest explanation={explanation} host={host} language={language} />
          </Suspense>
        )}
      </>
    );
  }
  const heading = kindHeading(explanation);
  const index = Math.min(selected, shown.length - 1);
  const rx = shown[index]!;
  return (
    <>
      {heading === "delayed" && <Notice intent="warning">{t("ui.kind.delayed")}</Notice>}
      {heading === "held" && (
        <Notice intent="info" data-testid="held-notice">
          {t("ui.kind.held")}
        </Notice>
      )}
      {heading === "quarantined" && (
        <Notice intent="info" data-testid="quarantined-notice">
          {t("ui.kind.quarantined")}
        </Notice>
      )}
      {candidate.way === "paste" && (
        <p className={section.muted}>{t("ui.input.from", { name: candidate.label || t("ui.input.pastedText") })}</p>
      )}
      <Verdict explanation={explanation} shown={shown} selected={selected} onSelect={setSelected} />
      {verdictShown && (
        <Suspense fallback={null}>
          <ExplanationRest
            explanation={explanation}
            host={host}
            language={language}
            shown={{ rx, index: selected, way: candidate.way, reader }}
          />
        </Suspense>
      )}
    </>
  );
}

/** A quiet "working" line: screen readers hear it through role=status. */
function Busy({ text }: { text: string }) {
  const section = useSectionStyles();
  return (
    <p className={section.muted} role="status" data-testid="pane-loading">
      {text}
    </p>
  );
}

function PaneBody({ model, host, language }: { model: PaneModel; host: PaneHost; language: Language }) {
  const t = useT();
  const { state } = model;
  switch (state.phase) {
    case "loading":
      return <Busy text={t("ui.loading")} />;
    case "explaining":
      return <Busy text={t("ui.explaining")} />;
    case "empty":
      // with no notice there is nothing to explain (the preview before a sample is chosen): the paste box alone
      return state.notices.length > 0 ? <NoBounce notices={state.notices} /> : null;
    case "pick":
      return (
        <>
          <Notices notices={state.notices} />
          <Suspense fallback={<Busy text={t("ui.loading")} />}>
            <CandidatePicker candidates={state.candidates} onPick={(c) => model.explain(c, state.candidates)} />
          </Suspense>
        </>
      );
    case "failed":
      return (
        <Notice intent="error" title={t("ui.error.title")}>
          {t("ui.problem.generic", { detail: state.detail })}
        </Notice>
      );
    case "explained":
      return (
        <>
          {state.candidates.length > 1 && (
            <div>
              <Link as="button" className="ndr-back" onClick={model.backToList}>
                <ArrowLeft16Regular aria-hidden="true" />
                {t("ui.pick.back")}
              </Link>
            </div>
          )}
          <Notices notices={state.notices.filter((n) => n.code === "attachment-unreadable")} />
          <div
            data-testid="explanation"
            data-cause={state.explanation.recipients[0]?.diagnosis.causeId ?? ""}
            // whether more (what to do, why, details) follows the verdict in its own chunk: tests wait for it
            data-more={
              shownRecipients(state.explanation).length > 0 || state.explanation.trust.suspicious ? "yes" : "no"
            }
          >
            <ExplanationView
              explanation={state.explanation}
              candidate={state.candidate}
              reader={state.reader}
              host={host}
              language={language}
            />
          </div>
        </>
      );
  }
}

/** The pane's main landmark; inside the preview page (which has its own main) a labelled region. */
function Main({ embedded, label, children }: { embedded?: boolean; label: string; children: ReactNode }) {
  return embedded ? (
    <section aria-label={label} data-testid="pane-main">
      {children}
    </section>
  ) : (
    <main data-testid="pane-main">{children}</main>
  );
}

function PaneContent({
  host,
  bootNoticeKey,
  embedded,
  initial,
  bootWatch,
  language,
  onLanguage,
}: PaneProps & { language: Language; onLanguage(l: Language): void }) {
  const t = useT();
  const model = usePane(host, language, initial?.state, bootWatch);
  const [dropping, setDropping] = useState(false);
  const [dropError, setDropError] = useState<string | undefined>();

  /** Dropped files: each readable one is a bounce to explain (several: a list to pick from). */
  const takeFiles = async (files: DroppedFile[]) => {
    const results = await Promise.all(files.map((file) => candidateFromFile(file)));
    const failed = results.find((result) => !result.ok);
    setDropError(
      failed && !failed.ok
        ? failed.reason === "too-large"
          ? t("ui.input.tooLarge", { size: maxFileBytes / 1024 / 1024 })
          : t("ui.input.readFailed")
        : undefined,
    );
    model.offer(results.flatMap((result) => (result.ok ? [result.candidate] : [])));
  };

  // Outlook on the web and new Outlook hand messages dragged onto the pane to the host, not the page.
  const takeFilesRef = useRef(takeFiles);
  takeFilesRef.current = takeFiles;
  useEffect(() => {
    try {
      return host.onFilesDropped((files) => void takeFilesRef.current(files));
    } catch {
      return undefined;
    }
  }, [host]);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const files = Array.from(event.dataTransfer.files ?? []);
    if (files.length > 0) return takeFiles(files);
    const text = event.dataTransfer.getData("text/plain");
    if (text.trim())
      model.explain({ id: `drop-${Date.now()}`, label: "", way: "paste", input: { kind: "text", text } });
  };

  const showInputFirst = model.state.phase === "empty" || model.state.phase === "failed";
  const notBounce =
    model.state.phase === "explained" && !["failed", "delayed"].includes(model.state.explanation.report.kind);
  return (
    <div
      className="ndr-main"
      onDragOver={(e) => {
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => void onDrop(e)}
      data-dropping={dropping}
    >
      <Header language={language} onLanguage={onLanguage} />
      {bootNoticeKey && <Notice intent="info">{t(bootNoticeKey)}</Notice>}
      {dropError && <Notice intent="error">{dropError}</Notice>}
      {dropping && <p aria-hidden="true">{t("ui.input.dropActive")}</p>}
      <Main embedded={embedded} label={t("ui.appName")}>
        {"item" in model.state && model.state.item && <ExplainedItem item={model.state.item} />}
        <ErrorBoundary
          fallback={(reset) => (
            <Notice intent="error" title={t("ui.error.title")}>
              {t("ui.error.body")}
              <div>
                <Link as="button" onClick={reset}>
                  {t("ui.error.retry")}
                </Link>
              </div>
            </Notice>
          )}
        >
          <PaneBody model={model} host={host} language={language} />
        </ErrorBoundary>
        <InputPanel onInput={(c) => model.explain(c)} prominent={showInputFirst || notBounce} />
      </Main>
    </div>
  );
}

/** The whole pane for a given host. */
export function Pane({ host, bootNoticeKey, embedded, initial, bootWatch }: PaneProps) {
  const [theme, setTheme] = useState<ThemeName>(() => safeTheme(host));
  const fluentTheme = useFluentTheme(theme);
  const [language, setLanguage] = useState<Language>(() => initial?.language ?? safeLanguage(host));
  const [settings, setSettings] = useState<UserSettings>(initial?.settings ?? {});

  useEffect(() => {
    setTheme(safeTheme(host));
    try {
      return host.onThemeChanged(setTheme);
    } catch {
      return undefined;
    }
  }, [host]);

  useEffect(() => {
    if (initial) return undefined; // loaded before the first render
    let live = true;
    host.settings
      .load()
      .then((loaded) => {
        if (!live) return;
        setSettings(loaded);
        const remembered = loaded.language;
        if (remembered)
          void loadLanguage(remembered).then(
            () => live && setLanguage(remembered),
            () => {}, // its strings did not come: stay in the language the pane has
          );
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [host, initial]);

  const saveSettings = (patch: UserSettings) => {
    const updated = { ...settings, ...patch };
    setSettings(updated);
    void host.settings.save(updated).catch(() => {});
  };

  // The other language's strings are fetched on the first switch (the pane starts with one language).
  const chooseLanguage = (next: Language) => {
    loadLanguage(next).then(
      () => {
        setLanguage(next);
        saveSettings({ language: next });
      },
      () => {}, // not loaded (offline?): the pane stays in the language it can show
    );
  };

  return (
    <FluentProvider theme={fluentTheme} className="ndr-provider" lang={language} data-theme={theme}>
      <HostProvider value={host}>
        <LanguageProvider value={language}>
          <SettingsProvider value={settings}>
            <SaveSettingsProvider value={saveSettings}>
              <AnnouncerProvider>
                <div
                  className={classes("ndr-pane", embedded && "ndr-pane--embedded")}
                  data-testid="pane"
                  data-language={language}
                >
                  <PaneContent
                    host={host}
                    bootNoticeKey={bootNoticeKey}
                    embedded={embedded}
                    initial={initial}
                    bootWatch={bootWatch}
                    language={language}
                    onLanguage={chooseLanguage}
                  />
                </div>
              </AnnouncerProvider>
            </SaveSettingsProvider>
          </SettingsProvider>
        </LanguageProvider>
      </HostProvider>
    </FluentProvider>
  );
}
