/**
 * Loads src/office/host.ts (the Outlook adapter) through webpack's context, so that the pane still
 * builds and runs where that file is absent. "eager": bundled into the pane's own scripts (no extra
 * request after Office.onReady) but only evaluated in Outlook; the preview page never imports it.
 */
import type { PaneHost } from "../host/types.js";

interface OfficeHostModule {
  createOfficeHost?: () => PaneHost;
}

export async function loadOfficeHost(): Promise<PaneHost | undefined> {
  const context = import.meta.webpackContext?.("../office", {
    recursive: false,
    regExp: /^\.\/host\.ts$/,
    mode: "eager",
  });
  const key = context?.keys().find((k) => k === "./host.ts");
  if (!context || !key) return undefined;
  const module = (await context(key)) as OfficeHostModule;
  return module.createOfficeHost?.();
}
