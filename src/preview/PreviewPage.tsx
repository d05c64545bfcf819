/**
 * The preview page: sample bounces on the left, the real pane at Outlook's width in the middle,
 * and what the pane would have opened in Outlook on the right. Everything runs in the page.
 */
import {
  Button,
  Field,
  FluentProvider,
  Textarea,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { t } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";
import type { ThemeName } from "../host/types.js";
import { Pane } from "../taskpane/App.js";
import { DraftView } from "../taskpane/components/DraftView.js";
import { LanguageProvider } from "../taskpane/i18n.js";
import { AnnouncerProvider } from "../taskpane/announcer.js";
import { HostProvider } from "../taskpane/hostContext.js";
import { acceptedFiles, maxFileBytes } from "../taskpane/input.js";
import { useFluentTheme } from "../taskpane/theme.js";
import { itemFromBytes, itemFromSample, itemFromText } from "./items.js";
import type { PreviewController, PreviewEvent } from "./previewHost.js";
import { samples, sampleByName } from "./samples/index.js";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  group: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(220px, 280px) 342px minmax(260px, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 960px)": { gridTemplateColumns: "1fr" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sampleList: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  sampleButton: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    minHeight: "32px",
    fontWeight: tokens.fontWeightRegular,
  },
  selectedSample: { fontWeight: tokens.fontWeightSemibold },
  lang: { fontSize: tokens.fontSizeBase100, color: "inherit", marginInlineStart: tokens.spacingHorizontalXS },
  frame: {
    width: "342px",
    maxWidth: "100%",
    minHeight: "640px",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    boxShadow: tokens.shadow8,
  },
  drop: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dropping: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  events: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
    pointerEvents: "none",
  },
});

const themes: ThemeName[] = ["light", "dark", "high-contrast"];

export interface PreviewPageProps {
  controller: PreviewController;
  language: Language;
  initialSample?: string;
}

function setUrlParam(name: string, value: string | undefined) {
  try {
    const url = new URL(globalThis.location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    globalThis.history.replaceState(null, "", url);
  } catch {
    // file:// or sandboxed: the URL simply doesn't follow
  }
}

export function PreviewPage({ controller, language, initialSample }: PreviewPageProps) {
  const styles = useStyles();
  const L = (key: string, vars?: Record<string, string>) => t(language, key, vars);
  const [theme, setTheme] = useState<ThemeName>(controller.theme());
  const fluentTheme = useFluentTheme(theme);
  const [selected, setSelected] = useState<string | undefined>(initialSample);
  const [events, setEvents] = useState<PreviewEvent[]>([]);
  const [text, setText] = useState("");
  const [dropping, setDropping] = useState(false);
  const [inputError, setInputError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => controller.onEvent((event) => setEvents((list) => [event, ...list].slice(0, 10))), [controller]);

  const chooseSample = (name: string) => {
    const sample = sampleByName(name);
    if (!sample) return;
    setSelected(name);
    setEvents([]);
    setUrlParam("sample", name);
    controller.select(itemFromSample(sample));
  };

  const chooseTheme = (next: ThemeName) => {
    setTheme(next);
    controller.setTheme(next);
    setUrlParam("theme", next);
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxFileBytes) {
      setInputError(L("ui.input.tooLarge", { size: String(maxFileBytes / 1024 / 1024) }));
      return;
    }
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      setInputError(undefined);
      setSelected(undefined);
      setEvents([]);
      setUrlParam("sample", undefined);
      controller.select(itemFromBytes(file.name, data));
    } catch {
      setInputError(L("ui.input.readFailed"));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    void loadFile(event.dataTransfer.files?.[0]);
  };

  const explainText = () => {
    if (!text.trim()) {
      setInputError(L("ui.input.empty"));
      return;
    }
    setInputError(undefined);
    setSelected(undefined);
    setEvents([]);
    setUrlParam("sample", undefined);
    controller.select(itemFromText(text));
  };

  return (
    <FluentProvider theme={fluentTheme} lang={language}>
      <HostProvider value={controller.host}>
        <LanguageProvider value={language}>
          <AnnouncerProvider>
            <div className={styles.page} data-testid="preview-page">
              <header className={styles.top}>
                <div>
                  <h1 className={styles.h1}>{L("ui.preview.title")}</h1>
                  <p className={styles.intro}>{L("ui.preview.intro")}</p>
                </div>
                <div role="group" aria-label={L("ui.preview.theme")} className={styles.group}>
                  {themes.map((name) => (
                    <ToggleButton
                      key={name}
                      size="small"
                      checked={theme === name}
                      onClick={() => chooseTheme(name)}
                      data-testid={`theme-${name}`}
                    >
                      {L(`ui.preview.theme.${name}`)}
                    </ToggleButton>
                  ))}
                </div>
              </header>
              <main className={styles.grid}>
                <nav className={styles.column} aria-labelledby="samples-heading">
                  <h2 id="samples-heading" className={styles.h2}>
                    {L("ui.preview.samples")}
                  </h2>
                  <ul className={styles.sampleList}>
                    {samples.map((sample) => (
                      <li key={sample.name}>
                        <Button
                          appearance={selected === sample.name ? "primary" : "subtle"}
                          className={mergeClasses(
                            styles.sampleButton,
                            selected === sample.name && styles.selectedSample,
                          )}
                          aria-current={selected === sample.name ? "true" : undefined}
                          onClick={() => chooseSample(sample.name)}
                          data-sample={sample.name}
                        >
                          <span>
                            {sample.title[language]}
                            <span className={styles.lang}>· {sample.ndrLanguage.toUpperCase()}</span>
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                  <h2 className={styles.h2} id="own-heading">
                    {L("ui.preview.ownInput")}
                  </h2>
                  <div
                    className={mergeClasses(styles.drop, dropping && styles.dropping)}
                    onDragOver={(e) => {
                      e.preventDefault();
                      setDropping(true);
                    }}
                    onDragLeave={() => setDropping(false)}
                    onDrop={onDrop}
                    data-testid="preview-drop"
                  >
                    <Field
                      label={L("ui.input.label")}
                      validationMessage={inputError}
                      validationState={inputError ? "error" : "none"}
                    >
                      <Textarea
                        rows={4}
                        value={text}
                        placeholder={L("ui.input.placeholder")}
                        onChange={(_e, data) => setText(data.value)}
                        data-testid="preview-paste"
                      />
                    </Field>
                    <div className={styles.group}>
                      <Button appearance="primary" onClick={explainText} data-testid="preview-explain">
                        {L("ui.input.explain")}
                      </Button>
                      <Button onClick={() => fileInput.current?.click()}>{L("ui.input.pickFile")}</Button>
                      <input
                        ref={fileInput}
                        className={styles.hiddenInput}
                        type="file"
                        accept={acceptedFiles}
                        tabIndex={-1}
                        aria-hidden="true"
                        onChange={(e) => void loadFile(e.target.files?.[0])}
                        data-testid="preview-file"
                      />
                    </div>
                    <p className={styles.muted}>{L("ui.input.drop")}</p>
                  </div>
                </nav>
                <section className={styles.column} aria-labelledby="pane-heading">
                  <h2 id="pane-heading" className={styles.h2}>
                    {L("ui.preview.pane")}
                  </h2>
                  <div className={styles.frame} data-testid="pane-frame">
                    <Pane host={controller.host} embedded />
                  </div>
                </section>
                <section className={styles.column} aria-labelledby="drafts-heading" data-testid="drafts-panel">
                  <h2 id="drafts-heading" className={styles.h2}>
                    {L("ui.preview.drafts")}
                  </h2>
                  {events.length === 0 ? (
                    <p className={styles.muted}>{L("ui.preview.draftsEmpty")}</p>
                  ) : (
                    <ul className={styles.events} aria-live="polite">
                      {events.map((event, index) => (
                        <li
                          key={`${event.at}-${index}`}
                          data-testid={event.kind === "draft" ? "opened-draft" : "opened-link"}
                        >
                          {event.kind === "draft" ? (
                            <DraftView draft={event.draft} idPrefix={`opened-${events.length - index}`} />
                          ) : (
                            <p className={styles.muted}>{L("ui.preview.linkOpened", { url: event.url })}</p>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </main>
            </div>
          </AnnouncerProvider>
        </LanguageProvider>
      </HostProvider>
    </FluentProvider>
  );
}
