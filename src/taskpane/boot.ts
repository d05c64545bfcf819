/**
 * Decides which host the pane runs with. Outlook → the Office adapter; anything else (a browser
 * tab, Office.js blocked or never loaded, another Office app, onReady silent) → the browser host.
 * Never throws and never waits more than `officeTimeoutMs`.
 */
import type { PaneHost } from "../host/types.js";
import { createBrowserHost } from "./browserHost.js";
import { loadOfficeHost } from "./officeHostLoader.js";

export interface BootResult {
  host: PaneHost;
  /** i18n key of a message shown once at the top (e.g. Outlook didn't answer in time) */
  bootNoticeKey?: string;
}

export const officeTimeoutMs = 4000;

type OfficeInfo = { host: unknown; platform: unknown };

function officeReady(timeoutMs: number): Promise<OfficeInfo | "timeout" | "absent"> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("absent");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    try {
      Promise.resolve(office.onReady())
        .then((info) => {
          clearTimeout(timer);
          resolve(info as OfficeInfo);
        })
        .catch(() => {
          clearTimeout(timer);
          resolve("absent");
        });
    } catch {
      clearTimeout(timer);
      resolve("absent");
    }
  });
}

function isOutlook(info: OfficeInfo): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const outlook = office?.HostType?.Outlook ?? "Outlook";
  return info.host === outlook;
}

export async function chooseHost(timeoutMs = officeTimeoutMs): Promise<BootResult> {
  const ready = await officeReady(timeoutMs);
  if (ready === "timeout") return { host: createBrowserHost(), bootNoticeKey: "ui.officeTimeout" };
  if (ready === "absent" || !isOutlook(ready)) return { host: createBrowserHost() };
  try {
    const host = await loadOfficeHost();
    if (host) return { host };
  } catch (error) {
    return {
      host: createBrowserHost({ notice: { code: "api-failed", api: "createOfficeHost", detail: String(error) } }),
    };
  }
  return { host: createBrowserHost({ notice: { code: "api-missing", api: "Office adapter" } }) };
}
