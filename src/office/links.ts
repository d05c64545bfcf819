/** Opening delist pages outside the pane, and copying text with a fallback for older webviews. */
import { callSync } from "./office-call.js";
import { canUse, office } from "./office-context.js";

/** Only web pages: a URL from anywhere else (javascript:, data:, file:) is never opened. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Classic Outlook on Windows and Mac open the system browser through openBrowserWindow
 * (OpenBrowserWindowApi 1.1). Outlook on the web and new Outlook lack it (OfficeDev/office-js#5677):
 * there the pane's own anchor opens the link (src/taskpane/outLink.ts).
 */
export function canOpenBrowserWindow(): boolean {
  return canUse(office()?.context?.ui, "openBrowserWindow", "OpenBrowserWindowApi", "1.1");
}

/**
 * openBrowserWindow where it exists; otherwise (or when it throws) a new tab without an opener.
 * Returns the way it was opened, or undefined when it could not be.
 */
export function openWebPage(url: string): "openBrowserWindow" | "window.open" | undefined {
  if (!isWebUrl(url)) return undefined;
  const ui = office()?.context?.ui;
  if (canOpenBrowserWindow()) {
    if (callSync<void>("openBrowserWindow", ui, "openBrowserWindow", [url]).ok) return "openBrowserWindow";
  }
  const open = (globalThis as { open?: (url: string, target: string, features: string) => unknown }).open;
  if (typeof open !== "function") return undefined;
  try {
    open.call(globalThis, url, "_blank", "noopener,noreferrer");
    return "window.open";
  } catch {
    return undefined;
  }
}
