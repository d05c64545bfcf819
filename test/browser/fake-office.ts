/**
 * A fake Office.js for the browser tests and the pane benchmark: it plays Outlook on the web with
 * one selected message at a time, offering only what a read form offers the Office adapter —
 * getAsFileAsync (Mailbox 1.14), body.getAsync, getAllInternetHeadersAsync, ItemChanged,
 * roamingSettings, openBrowserWindow and displayNewMessageFormAsync (recorded on window.__fake).
 * No vitest imports, so standalone scripts (bench/) can use it too.
 */
export interface FakeItem {
  id: string;
  itemClass: string;
  /** the message as MIME text (what getAsFileAsync returns, base64-encoded) */
  eml: string;
}

export interface FakeOffice {
  items: FakeItem[];
  language: string;
  dark?: boolean;
  /** Office.onReady never resolves (a hung Office.js) */
  neverReady?: boolean;
}

export function fakeOfficeScript(config: FakeOffice): string {
  return `(() => {
  const cfg = ${JSON.stringify(config)};
  const done = (args, value) => {
    const cb = args.find((a) => typeof a === "function");
    setTimeout(() => cb && cb({ status: "succeeded", value }), 5);
  };
  const b64 = (text) => {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return btoa(binary);
  };
  const handlers = {};
  const fake = { drafts: [], links: [], settings: {} };
  window.__fake = fake;
  const makeItem = (d) => ({
    itemId: d.id,
    itemClass: d.itemClass,
    itemType: "message",
    subject: "",
    attachments: [],
    getAsFileAsync: (...args) => done(args, b64(d.eml)),
    getAllInternetHeadersAsync: (...args) => done(args, d.eml.split(/\\r?\\n\\r?\\n/)[0]),
    body: { getAsync: (type, ...args) => done(args, type === "html" ? "" : d.eml) },
  });
  const mailbox = {
    item: makeItem(cfg.items[0]),
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "fake" },
    addHandlerAsync: (type, handler, ...args) => { handlers[type] = handler; done(args); },
    removeHandlerAsync: (type, ...args) => { delete handlers[type]; done(args); },
    displayNewMessageFormAsync: (params, ...args) => { fake.drafts.push(params); done(args); },
    displayNewMessageForm: (params) => { fake.drafts.push(params); },
  };
  fake.select = (index) => {
    mailbox.item = makeItem(cfg.items[index]);
    const handler = handlers["olkItemSelectedChanged"];
    if (handler) handler({ type: "olkItemSelectedChanged" });
  };
  window.Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    context: {
      displayLanguage: cfg.language,
      officeTheme: cfg.dark
        ? { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", isDarkTheme: true }
        : { bodyBackgroundColor: "#faf9f8", bodyForegroundColor: "#323130", isDarkTheme: false },
      requirements: {
        isSetSupported: (name, version) => {
          const [major, minor] = String(version || "1.1").split(".").map(Number);
          return name === "Mailbox" && major === 1 && minor <= 14;
        },
      },
      diagnostics: { platform: "OfficeOnline", version: "fake", host: "Outlook" },
      roamingSettings: {
        get: (key) => fake.settings[key],
        set: (key, value) => { fake.settings[key] = value; },
        remove: (key) => { delete fake.settings[key]; },
        saveAsync: (...args) => done(args),
      },
      ui: { openBrowserWindow: (url) => fake.links.push(url) },
      mailbox,
    },
    onReady: (callback) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (cfg.neverReady) return new Promise(() => {});
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
})();`;
}
