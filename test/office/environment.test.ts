/**
 * Language, theme, diagnostics, links, clipboard and settings from the Office host.
 * Office objects are office-addin-mock fakes; roamingSettings follows Office.RoamingSettings
 * (get/set/remove/saveAsync); the organisation file's shape is documented in src/core/settings.ts.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createOfficeHost } from "../../src/office/host.js";
import { languageFromTag, themeFromColors } from "../../src/office/environment.js";
import { fetchOrganisationConfig, fetchOrganisationDefaults, RoamingSettingsStore } from "../../src/office/settings.js";
import {
  asyncMethod,
  CallLog,
  fail,
  fastTuning,
  installOutlook,
  never,
  ok,
  readItem,
  requirements,
  settle,
  syncMethod,
  throwingMethod,
  uninstallOutlook,
} from "./support/outlook-mock.js";

afterEach(() => {
  uninstallOutlook();
  vi.unstubAllGlobals();
});

describe("display language", () => {
  it.each([
    ["nb-NO", "nb"],
    ["nn-NO", "nb"],
    ["no", "nb"],
    ["NB", "nb"],
    ["en-US", "en"],
    ["sv-SE", "en"],
    ["", "en"],
  ])("%s → %s", (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });

  it("comes from Office.context.displayLanguage", () => {
    installOutlook({ context: { displayLanguage: "nn-NO" } });
    expect(createOfficeHost(fastTuning).displayLanguage()).toBe("nb");
  });
});

describe("theme", () => {
  it.each([
    ["#ffffff", "#262626", "light"],
    ["#f3f2f1", "#323130", "light"],
    ["#262626", "#ffffff", "dark"],
    ["#1f1f1f", "#f3f2f1", "dark"],
    ["#000000", "#ffffff", "high-contrast"],
    ["#ffffff", "#000000", "high-contrast"],
  ])("Office theme background %s with text %s is %s", (background, foreground, theme) => {
    expect(themeFromColors(background, foreground)).toBe(theme);
  });

  it("follows Office.context.officeTheme (Mailbox 1.14) where it exists", () => {
    installOutlook({
      context: { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", isDarkTheme: true } },
    });
    expect(createOfficeHost(fastTuning).theme()).toBe("dark");
  });

  it("falls back to the system colour scheme without officeTheme", () => {
    installOutlook({});
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(prefers-color-scheme: dark)",
      addEventListener() {},
      removeEventListener() {},
    }));
    expect(createOfficeHost(fastTuning).theme()).toBe("dark");
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: query === "(forced-colors: active)" }));
    expect(createOfficeHost(fastTuning).theme()).toBe("high-contrast");
    vi.stubGlobal("matchMedia", () => ({ matches: false }));
    expect(createOfficeHost(fastTuning).theme()).toBe("light");
  });

  it("tells the pane when the system colour scheme changes", () => {
    installOutlook({});
    const listeners: Array<() => void> = [];
    let dark = false;
    vi.stubGlobal("matchMedia", (query: string) => ({
      get matches() {
        return query === "(prefers-color-scheme: dark)" && dark;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.splice(listeners.indexOf(listener), 1),
    }));
    const seen: string[] = [];
    const stop = createOfficeHost(fastTuning).onThemeChanged((theme) => seen.push(theme));
    dark = true;
    listeners[0]!();
    expect(seen).toEqual(["dark"]);
    stop();
    expect(listeners).toEqual([]);
  });

  it("tells the pane when the Office theme changes, and stops when asked", async () => {
    let fire: ((args: unknown) => void) | undefined;
    const removed: string[] = [];
    installOutlook({
      context: { officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#262626" } },
      mailbox: {
        addHandlerAsync: (_type: string, handler: (args: unknown) => void, callback: (r: unknown) => void) => {
          fire = handler;
          callback({ status: "succeeded" });
        },
        removeHandlerAsync: (type: string, callback: (r: unknown) => void) => {
          removed.push(type);
          callback({ status: "succeeded" });
        },
      },
    });
    const seen: string[] = [];
    const stop = createOfficeHost(fastTuning).onThemeChanged((theme) => seen.push(theme));
    await settle();
    fire!({
      type: "officeThemeChanged",
      officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff" },
    });
    expect(seen).toEqual(["dark"]);
    stop();
    await settle();
    expect(removed).toEqual(["officeThemeChanged"]);
  });
});

describe("diagnostics", () => {
  it("names client, platform, highest Mailbox set, item class and way in", async () => {
    installOutlook({
      highest: "1.9",
      item: readItem(new CallLog(), { itemClass: "REPORT.IPM.Note.NDR" }),
      mailbox: { diagnostics: { hostName: "Outlook", hostVersion: "16.0.17928.20114" } },
      context: { diagnostics: { platform: "PC", version: "16.0.17928.20114" } },
    });
    const host = createOfficeHost(fastTuning);
    expect(host.diagnostics()).toEqual({
      client: "classic Outlook on Windows 16.0.17928.20114",
      platform: "PC",
      mailboxSet: "1.9",
      itemClass: "REPORT.IPM.Note.NDR",
      way: "none",
    });
    await host.readCurrent();
    expect(host.diagnostics().way).toBe("item-pieces");
  });
});

describe("client names", () => {
  it.each([
    ["Outlook", "Mac", "Outlook on Mac 16.90"],
    ["Outlook", "PC", "classic Outlook on Windows 16.90"],
    ["newOutlookWindows", "OfficeOnline", "new Outlook on Windows 16.90"],
    ["OutlookWebApp", "OfficeOnline", "Outlook on the web 16.90"],
    ["OutlookIOS", "iOS", "Outlook on iOS 16.90"],
    ["OutlookAndroid", "Android", "Outlook on Android 16.90"],
    ["SomethingNew", "Universal", "SomethingNew 16.90"],
  ])("%s on %s is %s", (hostName, platform, client) => {
    installOutlook({
      mailbox: { diagnostics: { hostName, hostVersion: "16.90" } },
      context: { diagnostics: { platform } },
    });
    expect(createOfficeHost(fastTuning).diagnostics()).toMatchObject({ client, platform });
  });
});

describe("links", () => {
  it("opens delist pages with openBrowserWindow where OpenBrowserWindowApi 1.1 exists", async () => {
    const log = new CallLog();
    const open = vi.fn();
    vi.stubGlobal("open", open);
    installOutlook({
      context: {
        ui: { openBrowserWindow: syncMethod(log, "openBrowserWindow") },
        requirements: requirements("1.13", { "OpenBrowserWindowApi 1.1": true }),
      },
    });
    await createOfficeHost(fastTuning).openLink("https://sender.office.com/");
    expect(log.of("openBrowserWindow")[0]!.args).toEqual(["https://sender.office.com/"]);
    expect(open).not.toHaveBeenCalled();
  });

  it("uses window.open with noopener on the web and new Outlook, and when openBrowserWindow throws", async () => {
    const open = vi.fn();
    vi.stubGlobal("open", open);
    installOutlook({});
    await createOfficeHost(fastTuning).openLink("https://sender.office.com/");
    expect(open).toHaveBeenCalledWith("https://sender.office.com/", "_blank", "noopener,noreferrer");

    const log = new CallLog();
    installOutlook({
      context: {
        ui: { openBrowserWindow: throwingMethod(log, "openBrowserWindow") },
        requirements: requirements("1.13", { "OpenBrowserWindowApi 1.1": true }),
      },
    });
    await createOfficeHost(fastTuning).openLink("https://www.spamhaus.org/lookup/");
    expect(open).toHaveBeenLastCalledWith("https://www.spamhaus.org/lookup/", "_blank", "noopener,noreferrer");
  });

  it("takes the pane's links where openBrowserWindow exists, and leaves them to the anchor elsewhere (web, new Outlook)", () => {
    const log = new CallLog();
    installOutlook({
      context: {
        ui: { openBrowserWindow: syncMethod(log, "openBrowserWindow") },
        requirements: requirements("1.13", { "OpenBrowserWindowApi 1.1": true }),
      },
    });
    expect(createOfficeHost(fastTuning).opensLinks()).toBe(true);
    // new Outlook and the web: no openBrowserWindow (OfficeDev/office-js#5677), or the set not claimed
    installOutlook({ mailbox: { diagnostics: { hostName: "newOutlookWindows", hostVersion: "1" } } });
    expect(createOfficeHost(fastTuning).opensLinks()).toBe(false);
    installOutlook({
      context: { ui: { openBrowserWindow: syncMethod(log, "openBrowserWindow") }, requirements: requirements("1.13") },
    });
    expect(createOfficeHost(fastTuning).opensLinks()).toBe(false);
  });

  it("never opens anything but web pages", async () => {
    const log = new CallLog();
    const open = vi.fn();
    vi.stubGlobal("open", open);
    installOutlook({ context: { ui: { openBrowserWindow: syncMethod(log, "openBrowserWindow") } } });
    for (const url of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "not a url"])
      await createOfficeHost(fastTuning).openLink(url);
    expect(log.calls).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });
});

describe("clipboard", () => {
  it("copies with navigator.clipboard", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { clipboard: { writeText } });
    expect(await createOfficeHost(fastTuning).copyText("Set-MailboxJunkEmailConfiguration")).toBe(true);
    expect(writeText).toHaveBeenCalledWith("Set-MailboxJunkEmailConfiguration");
  });

  it("falls back to a hidden textarea when the async clipboard is refused", async () => {
    vi.stubGlobal("navigator", { clipboard: { writeText: async () => Promise.reject(new Error("NotAllowedError")) } });
    const area = {
      value: "",
      style: {} as Record<string, string>,
      setAttribute() {},
      select: vi.fn(),
      remove: vi.fn(),
    };
    const execCommand = vi.fn(() => true);
    vi.stubGlobal("document", { body: { appendChild: vi.fn() }, createElement: () => area, execCommand });
    expect(await createOfficeHost(fastTuning).copyText("v=spf1 include:spf.protection.outlook.com -all")).toBe(true);
    expect(area.value).toBe("v=spf1 include:spf.protection.outlook.com -all");
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(area.remove).toHaveBeenCalled();
  });

  it("says false when neither way works", async () => {
    vi.stubGlobal("navigator", {});
    expect(await createOfficeHost(fastTuning).copyText("x")).toBe(false);
  });
});

describe("settings", () => {
  function roaming(log: CallLog, stored: Record<string, unknown>, saveReply = ok()) {
    return {
      get: (name: string) => stored[name],
      set: (name: string, value: unknown) => {
        log.calls.push({ method: "set", args: [name, value] });
        stored[name] = value;
      },
      remove: (name: string) => {
        log.calls.push({ method: "remove", args: [name] });
        delete stored[name];
      },
      saveAsync: asyncMethod(log, "saveAsync", saveReply),
    };
  }

  it("lays the user's roamingSettings over the organisation's defaults", async () => {
    installOutlook({ context: { roamingSettings: roaming(new CallLog(), { language: "nb" }) } });
    const store = new RoamingSettingsStore(
      async () => ({ helpDeskAddress: "it@contoso.com", language: "en" }),
      fastTuning.quick as never,
    );
    expect(await store.load()).toEqual({ helpDeskAddress: "it@contoso.com", language: "nb" });
  });

  it("saves with set/remove and saveAsync, and rejects plainly when saving fails", async () => {
    const log = new CallLog();
    const stored: Record<string, unknown> = { language: "en" };
    installOutlook({ context: { roamingSettings: roaming(log, stored) } });
    const store = new RoamingSettingsStore(async () => ({}));
    await store.save({ helpDeskAddress: "helpdesk@contoso.com" });
    expect(log.calls.map((call) => [call.method, ...call.args])).toEqual([
      ["set", "helpDeskAddress", "helpdesk@contoso.com"],
      ["remove", "language"],
      ["remove", "role"],
      ["saveAsync"],
    ]);
    expect(await store.load()).toEqual({ helpDeskAddress: "helpdesk@contoso.com" });
    // the reader's role (the tab the pane opens on) is kept the same way
    await store.save({ helpDeskAddress: "helpdesk@contoso.com", role: "admin" });
    expect(await store.load()).toEqual({ helpDeskAddress: "helpdesk@contoso.com", role: "admin" });

    installOutlook({
      context: { roamingSettings: roaming(new CallLog(), {}, fail(9002, "InternalError", "quota exceeded")) },
    });
    await expect(new RoamingSettingsStore(async () => ({})).save({ language: "nb" })).rejects.toThrow(
      "roamingSettings.saveAsync failed: InternalError: quota exceeded (9002)",
    );
    installOutlook({ context: { roamingSettings: roaming(new CallLog(), {}, never) } });
    await expect(
      new RoamingSettingsStore(async () => ({}), { timeoutMs: 30, backoffMs: 1, retries: 0 }).save({ language: "nb" }),
    ).rejects.toThrow("timeout");
    installOutlook({});
    await expect(new RoamingSettingsStore(async () => ({})).save({ language: "nb" })).rejects.toThrow("not available");
  });

  it("stores only the user's own choices, never a copy of the organisation's default", async () => {
    const log = new CallLog();
    const stored: Record<string, unknown> = {};
    installOutlook({ context: { roamingSettings: roaming(log, stored) } });
    const store = new RoamingSettingsStore(async () => ({ helpDeskAddress: "it@contoso.com" }));
    const merged = await store.load();
    // the pane saves what it shows: the merged settings plus the user's change
    await store.save({ ...merged, language: "nb" });
    expect(stored).toEqual({ language: "nb" });
    await store.save({ helpDeskAddress: "servicedesk@contoso.com", language: "nb" });
    expect(stored).toEqual({ language: "nb", helpDeskAddress: "servicedesk@contoso.com" });
    expect(await store.load()).toEqual({ helpDeskAddress: "servicedesk@contoso.com", language: "nb" });
  });

  it("still loads the organisation's defaults where roamingSettings is missing", async () => {
    installOutlook({});
    expect(await new RoamingSettingsStore(async () => ({ language: "nb" })).load()).toEqual({ language: "nb" });
  });

  it("fetches ndr-explainer.config.json beside the pane, from the pane's own origin only", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ helpDeskAddress: "it@contoso.com", language: "nb-NO", extra: 1 }), {
          status: 200,
        }),
    );
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("location", {
      href: "https://addin.contoso.com/ndr/taskpane.html?x=1",
      origin: "https://addin.contoso.com",
    });
    expect(await fetchOrganisationDefaults()).toEqual({ helpDeskAddress: "it@contoso.com", language: "nb" });
    expect(fetch).toHaveBeenCalledWith(
      "https://addin.contoso.com/ndr/ndr-explainer.config.json",
      expect.objectContaining({ credentials: "same-origin" }),
    );
  });

  it("treats an absent or broken file as no defaults", async () => {
    vi.stubGlobal("location", { href: "https://addin.contoso.com/taskpane.html" });
    vi.stubGlobal("fetch", async () => new Response("not found", { status: 404 }));
    expect(await fetchOrganisationDefaults()).toEqual({});
    vi.stubGlobal("fetch", async () => new Response("{ nope", { status: 200 }));
    expect(await fetchOrganisationDefaults()).toEqual({});
    vi.stubGlobal("fetch", async () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await fetchOrganisationDefaults()).toEqual({});
  });

  it("fetches nothing outside a web page", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    vi.stubGlobal("location", { href: "file:///C:/addin/taskpane.html" });
    expect(await fetchOrganisationDefaults()).toEqual({});
    vi.stubGlobal("location", undefined);
    expect(await fetchOrganisationDefaults()).toEqual({});
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("who reads", () => {
  it("is the mailbox's own address (userProfile), for the situation step and the tab the pane opens on", async () => {
    installOutlook({ mailbox: { userProfile: { emailAddress: " Kari@Contoso.com ", displayName: "Kari" } } });
    expect(await createOfficeHost().readerContext()).toEqual({ readerAddress: "kari@contoso.com" });
    installOutlook({});
    expect(await createOfficeHost().readerContext()).toEqual({});
  });

  it("adds the organisation's domains from its config file", async () => {
    installOutlook({ mailbox: { userProfile: { emailAddress: "kari@contoso.com" } } });
    const host = createOfficeHost({ organisationDomains: async () => ["contoso.com", "contoso.no"] });
    expect(await host.readerContext()).toEqual({
      readerAddress: "kari@contoso.com",
      orgDomains: ["contoso.com", "contoso.no"],
    });
    // a file that cannot be read leaves the reader's address alone
    const broken = createOfficeHost({ organisationDomains: () => Promise.reject(new Error("offline")) });
    expect(await broken.readerContext()).toEqual({ readerAddress: "kari@contoso.com" });
  });

  it("reads those domains from ndr-explainer.config.json beside the pane", async () => {
    vi.stubGlobal("location", { href: "https://addin.contoso.com/ndr/taskpane.html" });
    vi.stubGlobal(
      "fetch",
      async () => new Response('{ "language": "nb", "domains": ["Contoso.com", "@contoso.no"] }', { status: 200 }),
    );
    expect(await fetchOrganisationConfig()).toEqual({
      defaults: { language: "nb" },
      domains: ["contoso.com", "contoso.no"],
    });
    vi.stubGlobal("fetch", async () => new Response("not found", { status: 404 }));
    expect(await fetchOrganisationConfig()).toEqual({ defaults: {}, domains: [] });
  });
});
