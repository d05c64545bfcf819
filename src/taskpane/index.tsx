/**
 * Entry of taskpane.html. Shows a plain "starting" line at once, picks the host (Outlook's adapter,
 * or the browser host when Office.js is missing, silent or not in Outlook), reads the item and
 * explains it before the first React render, so the first thing drawn is the verdict. Any error
 * during boot still ends in a working pane with paste/drop, never a blank page.
 */
// First, before React and the rest are evaluated: the settings file and the likely language's strings start loading.
import "./early.js";
import { createRoot, type Root } from "react-dom/client";
import { loadLanguage, t } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";
import type { PaneHost, UserSettings } from "../host/types.js";
import { belowFloor } from "../floor/flag.js";
import { chooseHost, type BootResult } from "./boot.js";
import { createBrowserHost } from "./browserHost.js";
import { Pane, type InitialPane } from "./App.js";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import { loadTheme } from "./theme.js";
import {
  prepareFirstState,
  readCurrentItem,
  readerContextOf,
  watchItem,
  type ItemWatch,
  type PaneState,
} from "./usePane.js";

function safeDisplayLanguage(host: PaneHost): Language {
  try {
    return host.displayLanguage();
  } catch {
    return "en";
  }
}

/** A language's strings, with one retry: a pane without words is the last thing to show. */
function stringsFor(language: Language): Promise<void> {
  return loadLanguage(language).catch(() => loadLanguage(language));
}

/**
 * The language and settings the pane opens with, then its first screen. Undefined: let the pane read.
 * `watch` is boot's ItemChanged subscription, which the pane takes over (see ItemWatch).
 */
async function prepare(
  host: PaneHost,
  displayStrings: Promise<void>,
  watch: ItemWatch,
): Promise<InitialPane | undefined> {
  try {
    // The settings (which may choose the other language), the item and the strings all at once: the
    // adapter's names for an unnamed bounce are bundled (core/i18n/preloaded.browser.ts), so the
    // read waits for no language.
    const settingsLoad: Promise<UserSettings> = host.settings
      .load()
      .catch(() => ({}))
      .finally(() => performance.mark?.("pane:settings"));
    const read = readCurrentItem(host);
    const reader = readerContextOf(host);
    // Most users keep Outlook's language: explain in it while the settings are still on their way,
    // and again only when they name the other language.
    const display = safeDisplayLanguage(host);
    const inDisplayLanguage = displayStrings.then(() => prepareFirstState(read, display, reader));
    inDisplayLanguage.catch(() => undefined); // used only when the settings agree
    const settings = await settingsLoad;
    const language: Language = settings.language ?? display;
    let state: PaneState;
    if (language === display) state = await inDisplayLanguage;
    else {
      await stringsFor(language);
      state = await prepareFirstState(read, language, reader);
    }
    // The selection moved while we worked: this state belongs to the old item.
    return watch.changed ? undefined : { state, language, settings };
  } catch {
    return undefined;
  }
}

const container = document.getElementById("root");

/** Prepares the first screen for a host and renders the pane with it (again, when Outlook answers late). */
async function show(root: Root, { host, bootNoticeKey }: BootResult): Promise<void> {
  performance.mark?.("pane:host");
  const displayLanguage = safeDisplayLanguage(host);
  const displayStrings = stringsFor(displayLanguage).finally(() => performance.mark?.("pane:strings"));
  // Outlook in dark or high contrast: that theme's colours are a chunk of their own, fetched meanwhile.
  const themeReady = Promise.resolve()
    .then(() => loadTheme(host.theme()))
    .catch(() => undefined);
  const watch = watchItem(host);
  const initial = await prepare(host, displayStrings, watch);
  await themeReady;
  const language = initial?.language ?? displayLanguage;
  await displayStrings.catch(() => {}); // without them the pane shows keys, not nothing
  container?.removeAttribute("aria-busy");
  performance.mark?.("pane:render");
  // Last line of defence: even a fault outside the pane's own boundary leaves words, not a blank page.
  root.render(
    <ErrorBoundary
      fallback={(reset) => (
        <div role="alert" style={{ padding: 12, fontFamily: "sans-serif" }}>
          <p>
            <strong>{t(language, "ui.error.title")}</strong>
          </p>
          <p>{t(language, "ui.error.bodyOuter")}</p>
          <button type="button" onClick={reset}>
            {t(language, "ui.error.retry")}
          </button>
        </div>
      )}
    >
      {/* keyed by host: a late switch to Outlook starts a fresh pane */}
      <Pane key={host.kind} host={host} bootNoticeKey={bootNoticeKey} initial={initial} bootWatch={watch} />
    </ErrorBoundary>,
  );
}

// Below the floor the too-old check (src/floor/too-old.ts) has said so in #root already.
if (container && !belowFloor()) {
  // No Fluent yet: the first frame shows something without paying for a theme twice. Drawn by React
  // all the same, while the pane waits for Office and the strings: React's first render is its
  // slowest (its code runs for the first time), and that is better paid now than under the verdict.
  container.setAttribute("aria-busy", "true");
  const root = createRoot(container);
  root.render(<p style={{ margin: 12, fontFamily: "sans-serif" }}>NDR Explainer …</p>);
  performance.mark?.("pane:boot");
  chooseHost()
    .catch((): BootResult => ({ host: createBrowserHost() }))
    .then(async (choice) => {
      await show(root, choice);
      // Outlook answered after the pane had started on its own: switch to it.
      const late = await choice.later?.catch(() => undefined);
      if (late) await show(root, late);
    });
}
