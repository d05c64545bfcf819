/**
 * Entry of taskpane.html. Shows a spinner at once, then picks the host (Outlook's adapter, or the
 * browser host when Office.js is missing, silent or not in Outlook) and renders the pane. Any error
 * during boot still ends in a working pane with paste/drop, never a blank page.
 */
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { chooseHost } from "./boot.js";
import { createBrowserHost } from "./browserHost.js";
import { Pane } from "./App.js";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner size="small" label="NDR Explainer" />
    </FluentProvider>,
  );
  performance.mark?.("pane:boot");
  chooseHost()
    .catch(() => ({ host: createBrowserHost(), bootNoticeKey: undefined }))
    .then(({ host, bootNoticeKey }) => {
      performance.mark?.("pane:host");
      root.render(<Pane host={host} bootNoticeKey={bootNoticeKey} />);
    });
}
