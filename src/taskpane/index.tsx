/**
 * Entry of taskpane.html. Shows a plain "starting" line at once, picks the host (Outlook's adapter,
 * or the browser host when Office.js is missing, silent or not in Outlook), reads the item and
 * explains it before the first React render, so the first thing drawn is the verdict. Any error
 * during boot still ends in a working pane with paste/drop, never a blank page.
 */
import { createRoot } from "react-dom/client";
import { t } from "../core/i18n/index.js";
import type { Language } from "../core/types.js";
import type { PaneHost, UserSettings } from "../host/types.js";
import { chooseHost } from "./boot.js";
import { createBrowserHost } from "./browserHost.js";
import { Pane, type InitialPane } from "./App.js";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import { prepareFirstState } from "./usePane.js";

/** The language and settings the pane opens with, then its first screen. Undefined: let the pane read. */
async function prepare(host: PaneHost): Promise<InitialPane | undefined> {
  let changed = false;
  let stopWatching = () => {};
  try {
    stopWatching = host.onItemChanged(() => {
      changed = true;
    });
    const settings: UserSettings = await host.settings.load().catch(() => ({}));
    const language: Language = settings.language ?? host.displayLanguage();
    const state = await prepareFirstState(host, language);
    // The selection moved while we worked: this state belongs to the old item.
    return changed ? undefined : { state, language, settings };
  } catch {
    return undefined;
  } finally {
    stopWatching();
  }
}

const container = document.getElementById("root");
if (container) {
  // Plain DOM, no Fluent: the first frame shows something without paying for a theme twice.
  container.textContent = "NDR Explainer …";
  container.setAttribute("aria-busy", "true");
  const root = createRoot(container);
  performance.mark?.("pane:boot");
  chooseHost()
    .catch(() => ({ host: createBrowserHost(), bootNoticeKey: undefined }))
    .then(async ({ host, bootNoticeKey }) => {
      performance.mark?.("pane:host");
      const initial = await prepare(host);
      container.removeAttribute("aria-busy");
      const language = initial?.language ?? "en";
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
          <Pane host={host} bootNoticeKey={bootNoticeKey} initial={initial} />
        </ErrorBoundary>,
      );
    });
}
