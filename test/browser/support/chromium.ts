/**
 * Debian's Chromium as the browser tests and the pane bench launch it, with no vitest in the
 * import graph so standalone bench scripts can share it. playwright-core gives every launch a
 * fresh temporary profile (--user-data-dir in a new temp folder, removed on close).
 */
import { chromium, type Browser } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, with the background-networking flags that keep it off this machine's closed network (plus `extraArgs`). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** Chromium flag: every host name fails to resolve except the loopback (no request interception needed). */
export const loopbackOnly = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";
