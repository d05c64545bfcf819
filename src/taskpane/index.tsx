/**
 * Entry of taskpane.html. Shows a plain "starting" line at once, then picks the host (Outlook's
 * adapter, or the browser host when Office.js is missing, silent or not in Outlook), starts reading
 * the item while React renders the pane, and renders it. Any error during boot still ends in a
 * working pane with paste/drop, never a blank page.
 */
import { createRoot } from "react-dom/client";
import type { HostReadResult } from "../host/types.js";
import { chooseHost } from "./boot.js";
import { createBrowserHost } from "./browserHost.js";
import { Pane } from "./App.js";

const container = document.getElementById("root");
if (container) {
  // Plain DOM, no Fluent: the first frame shows something without paying for a theme twice.
  container.textContent = "NDR Explainer …";
  container.setAttribute("aria-busy", "true");
  const root = createRoot(container);
  performance.mark?.("pane:boot");
  chooseHost()
    .catch(() => ({ host: createBrowserHost(), bootNoticeKey: undefined }))
    .then(({ host, bootNoticeKey }) => {
      performance.mark?.("pane:host");
      // The first read runs while React renders (readCurrent never rejects; guard anyway).
      const firstRead: Promise<HostReadResult> = host.readCurrent().catch((error: unknown) => ({
        candidates: [],
        notices: [{ code: "api-failed", api: "readCurrent", detail: String(error) }],
      }));
      container.removeAttribute("aria-busy");
      root.render(<Pane host={host} bootNoticeKey={bootNoticeKey} firstRead={firstRead} />);
    });
}
