/**
 * Loads src/office/host.ts (the Outlook adapter) lazily, through webpack's context so that the pane
 * still builds and runs where that file is absent, and so the preview page never carries it.
 */
import type { PaneHost } from "../host/types.js";

interface OfficeHostModule {
  createOfficeHost?: () => PaneHost;
}

export async function loadOfficeHost(): Promise<PaneHost | undefined> {
  const context = import.meta.webpackContext?.("../office", {
    recursive: false,
    regExp: /^\.\/host\.ts$/,
    mode: "lazy",
  });
  const key = context?.keys().find((k) => k === "./host.ts");
  if (!context || !key) return undefined;
  const module = (await context(key)) as OfficeHostModule;
  return module.createOfficeHost?.();
}
