/**
 * Entry of preview.html: the pane with a host that plays Outlook. Reads ?sample, ?lang and ?theme,
 * loads the sample (if any) as the selected item, and renders the page. No Office.js, no network.
 */
import { createRoot } from "react-dom/client";
import { loadLanguage } from "../core/i18n/index.js";
import { languageFromLocale } from "../taskpane/i18n.js";
import { loadTheme } from "../taskpane/theme.js";
import { itemFromSample } from "./items.js";
import { readParams } from "./params.js";
import { PreviewPage } from "./PreviewPage.js";
import { createPreviewHost } from "./previewHost.js";
import { sampleByName } from "./samples/index.js";

const params = readParams(globalThis.location?.search ?? "");
const language = params.language ?? languageFromLocale(globalThis.navigator?.language);
const controller = createPreviewHost({ language, theme: params.theme });
const initial = sampleByName(params.sample);
if (initial) controller.select(itemFromSample(initial));

const container = document.getElementById("root");
if (container) {
  document.documentElement.lang = language;
  // The page's strings (one language) and a dark or high-contrast theme come as chunks of their own;
  // render even if they do not come.
  void Promise.all([loadLanguage(language), loadTheme(controller.theme())])
    .catch(() => undefined)
    .then(() =>
      createRoot(container).render(
        <PreviewPage controller={controller} language={language} initialSample={initial?.name} />,
      ),
    );
}
