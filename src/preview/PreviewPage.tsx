/**
 * The preview page: sample bounces on the left, the real pane at Outlook's width in the middle
 * (where a bounce of your own is pasted or dropped, as in Outlook), and what the pane would have
 * opened in Outlook on the right. Everything runs in the page.
 */
import { Button, FluentProvider, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { t } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";
import type { ThemeName } from "../host/types.js";
import { Pane } from "../taskpane/App.js";
import { DraftView } from "../taskpane/components/DraftView.js";
import { LanguageProvider } from "../taskpane/i18n.js";
import { AnnouncerProvider } from "../taskpane/announcer.js";
import { HostProvider } from "../taskpane/hostContext.js";
import { useFluentTheme } from "../taskpane/theme.js";
import { itemFromSample } from "./items.js";
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
  h1: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase600,
  },
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
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
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
  opened: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
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

/**
 * What the pane last asked Outlook to open: one at a time (a new one replaces it), under a heading
 * that says which message it is. It scrolls into view and takes the focus when it arrives, so on a
 * narrow screen, where it sits far below the button, something visibly happens.
 */
function Opened({ event, language }: { event: PreviewEvent | undefined; language: Language }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const L = (key: string, vars?: Record<string, string>) => t(language, key, vars);
  useEffect(() => {
    if (!event) return;
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, [event]);
  if (!event) return <p className={styles.muted}>{L("ui.preview.draftsEmpty")}</p>;
  return (
    <div className={styles.opened} data-testid={event.kind === "draft" ? "opened-draft" : "opened-link"}>
      <h3 className={styles.h3} tabIndex={-1} ref={heading} data-testid="opened-heading">
        {event.kind === "draft" ? L(`ui.preview.draft.${event.draft.kind}`) : L("ui.preview.link")}
      </h3>
      {event.kind === "draft" ? (
        <DraftView draft={event.draft} idPrefix={`opened-${event.at}`} />
      ) : (
        <p className={styles.muted}>{L("ui.preview.linkOpened", { url: event.url })}</p>
      )}
    </div>
  );
}

export function PreviewPage({ controller, language, initialSample }: PreviewPageProps) {
  const styles = useStyles();
  const L = (key: string, vars?: Record<string, string>) => t(language, key, vars);
  const [theme, setTheme] = useState<ThemeName>(controller.theme());
  const fluentTheme = useFluentTheme(theme);
  const [selected, setSelected] = useState<string | undefined>(initialSample);
  const [opened, setOpened] = useState<PreviewEvent | undefined>();

  useEffect(() => controller.onEvent(setOpened), [controller]);

  const chooseSample = (name: string) => {
    const sample = sampleByName(name);
    if (!sample) return;
    setSelected(name);
    setOpened(undefined);
    setUrlParam("sample", name);
    controller.select(itemFromSample(sample));
  };

  const chooseTheme = (next: ThemeName) => {
    setTheme(next);
    controller.setTheme(next);
    setUrlParam("theme", next);
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
                  <Opened event={opened} language={language} />
                </section>
              </main>
            </div>
          </AnnouncerProvider>
        </LanguageProvider>
      </HostProvider>
    </FluentProvider>
  );
}
