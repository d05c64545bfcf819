/**
 * Decides which host the pane runs with. Outlook → the Office adapter; anything else (a browser
 * tab, Office.js blocked or never loaded, another Office app) → the browser host. Never throws.
 * When Office.js has not answered after `officeTimeoutMs`, the pane starts on its own and keeps
 * waiting: cold starts of classic Outlook, Mac and mobile can take longer, and the pane switches to
 * Outlook when it answers (`later`). In a plain browser Office.js answers at once (host null), so
 * waiting costs nothing there.
 */
import type { PaneHost } from "../host/types.js";
import { createBrowserHost } from "./browserHost.js";
import { loadOfficeHost } from "./officeHostLoader.js";

export interface BootResult {
  host: PaneHost;
  /** i18n key of a message shown once at the top (e.g. Outlook hasn't answered yet) */
  bootNoticeKey?: string;
  /** Outlook had not answered in time: the host to switch to once it does (undefined if it never turns out to be Outlook) */
  later?: Promise<BootResult | undefined>;
}

export const officeTimeoutMs = 4000;

type OfficeInfo = { host: unknown; platform: unknown };

/** Office.onReady's answer, however long it takes; "absent" without Office.js or when it fails. */
function officeReady(): Promise<OfficeInfo | "absent"> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("absent");
  try {
    return Promise.resolve(office.onReady()).then(
      (info) => info as OfficeInfo,
      () => "absent" as const,
    );
  } catch {
    return Promise.resolve("absent");
  }
}

function isOutlook(info: OfficeInfo | "absent"): boolean {
  if (info === "absent") return false;
  const office = (globalThis as { Office?: typeof Office }).Office;
  const outlook = office?.HostType?.Outlook ?? "Outlook";
  return info.host === outlook;
}

async function outlookHost(): Promise<BootResult> {
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

export async function chooseHost(timeoutMs = officeTimeoutMs): Promise<BootResult> {
  const ready = officeReady();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([
    ready,
    new Promise<"waiting">((resolve) => {
      timer = setTimeout(() => resolve("waiting"), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (first === "waiting") {
    return {
      host: createBrowserHost(),
      bootNoticeKey: "ui.officeTimeout",
      later: ready.then((info) => (isOutlook(info) ? outlookHost() : undefined)),
    };
  }
  return isOutlook(first) ? outlookHost() : { host: createBrowserHost() };
}
