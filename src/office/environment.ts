/**
 * What the pane needs to know about its surroundings: language, theme, and the facts a
 * support person asks for (client, platform, Mailbox set).
 */
import type { Language } from "../core/types.js";
import type { ThemeName } from "../host/types.js";
import { highestMailboxSet, office } from "./office-context.js";

/** Norwegian in any of its tags (nb, nn, no) reads Bokmål; everything else reads English. */
export function languageFromTag(tag: string | undefined): Language {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "nb" || primary === "nn" || primary === "no" ? "nb" : "en";
}

export function officeDisplayLanguage(): Language {
  let tag: unknown;
  try {
    tag = office()?.context?.displayLanguage;
  } catch {
    tag = undefined;
  }
  if (typeof tag === "string" && tag) return languageFromTag(tag);
  const browserTag = typeof navigator !== "undefined" ? navigator.language : undefined;
  return languageFromTag(browserTag);
}

function channel(hex: string, at: number): number {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb" or "#rgb"; undefined for anything else. */
export function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join("") : match[1]!;
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
}

function mediaMatches(query: string): boolean {
  try {
    return typeof matchMedia === "function" && matchMedia(query).matches;
  } catch {
    return false;
  }
}

/**
 * Office's theme (Mailbox 1.14) gives colours, not a name. Pure black or pure white behind
 * maximal-contrast text is what the high-contrast themes use; otherwise the background's
 * brightness decides light or dark.
 */
export function themeFromColors(background: string | undefined, foreground: string | undefined): ThemeName | undefined {
  const back = luminance(background);
  if (back === undefined) return undefined;
  const fore = luminance(foreground);
  if (fore !== undefined) {
    const contrast = (Math.max(back, fore) + 0.05) / (Math.min(back, fore) + 0.05);
    if ((back === 0 || back === 1) && contrast >= 19) return "high-contrast";
  }
  return back < 0.4 ? "dark" : "light";
}

export function systemTheme(): ThemeName {
  if (mediaMatches("(forced-colors: active)")) return "high-contrast";
  return mediaMatches("(prefers-color-scheme: dark)") ? "dark" : "light";
}

export function officeTheme(): ThemeName {
  let theme: { bodyBackgroundColor?: string; bodyForegroundColor?: string; isDarkTheme?: boolean } | undefined;
  try {
    theme = office()?.context?.officeTheme;
  } catch {
    theme = undefined;
  }
  if (theme && typeof theme === "object") {
    if (mediaMatches("(forced-colors: active)")) return "high-contrast";
    const derived = themeFromColors(theme.bodyBackgroundColor, theme.bodyForegroundColor);
    if (derived) return derived;
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  }
  return systemTheme();
}

/**
 * mailbox.diagnostics.hostName is Outlook, newOutlookWindows, OutlookWebApp, OutlookIOS or
 * OutlookAndroid; "Outlook" covers both classic Windows and Mac, told apart by the platform.
 */
const clientNames: Record<string, string> = {
  newoutlookwindows: "new Outlook on Windows",
  outlookwebapp: "Outlook on the web",
  outlookios: "Outlook on iOS",
  outlookandroid: "Outlook on Android",
};

function clientName(hostName: unknown, platform: string): string {
  if (typeof hostName !== "string" || !hostName) return "Outlook (unknown client)";
  if (hostName.toLowerCase() === "outlook")
    return platform.toLowerCase() === "mac" ? "Outlook on Mac" : "classic Outlook on Windows";
  return clientNames[hostName.toLowerCase()] ?? hostName;
}

export function clientDescription(): { client: string; platform: string } {
  const context = office()?.context;
  const hostVersion = context?.mailbox?.diagnostics?.hostVersion;
  const rawPlatform = context?.diagnostics?.platform;
  const platform = rawPlatform === undefined || rawPlatform === null ? "unknown" : String(rawPlatform);
  const named = clientName(context?.mailbox?.diagnostics?.hostName, platform);
  return { client: typeof hostVersion === "string" && hostVersion ? `${named} ${hostVersion}` : named, platform };
}

export { highestMailboxSet };
