/**
 * A fake Office.js for the browser tests and the pane benchmark: it plays Outlook on the web with
 * one selected message at a time, offering only what a read form offers the Office adapter —
 * getAsFileAsync (Mailbox 1.14), body.getAsync, getAllInternetHeadersAsync, ItemChanged,
 * DragAndDropEvent, roamingSettings, userProfile, openBrowserWindow and displayNewMessageFormAsync
 * (recorded on window.__fake); or classic Outlook on Windows with `client: "classic"`.
 * No vitest imports, so standalone scripts (bench/) can use it too.
 */
export interface FakeItem {
  id: string;
  itemClass: string;
  /** the message as MIME text (what getAsFileAsync returns, base64-encoded) */
  eml: string;
  /** what Outlook shows of it (read-mode item.subject, item.from, item.dateTimeCreated) */
  subject?: string;
  from?: { displayName: string; emailAddress: string };
  date?: string;
}

export interface FakeOffice {
  items: FakeItem[];
  language: string;
  dark?: boolean;
  /** Office.onReady never resolves (a hung Office.js) */
  neverReady?: boolean;
  /** Office.onReady answers only after this long (a cold start of a desktop client) */
  readyAfterMs?: number;
  /** the signed-in mailbox (userProfile.emailAddress); default kari@contoso.com, the samples' sender */
  reader?: string;
  /**
   * Which Outlook it plays (default "web"). "web" and "new" deliver drops through DragAndDropEvent and
   * have no openBrowserWindow (OpenBrowserWindowApi not claimed); "classic" (Windows) claims
   * OpenBrowserWindowApi 1.1 and refuses DragAndDropEvent, as the docs say it does.
   */
  client?: "web" | "new" | "classic";
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
  const fake = { drafts: [], links: [], settings: {}, handlerCalls: [], actions: {}, notifications: [] };
  window.__fake = fake;
  const makeItem = (d) => ({
    itemId: d.id,
    itemClass: d.itemClass,
    itemType: "message",
    subject: d.subject || "",
    from: d.from,
    dateTimeCreated: d.date ? new Date(d.date) : undefined,
    attachments: [],
    getAsFileAsync: (...args) => done(args, b64(d.eml)),
    getAllInternetHeadersAsync: (...args) => done(args, d.eml.split(/\\r?\\n\\r?\\n/)[0]),
    body: { getAsync: (type, ...args) => done(args, type === "html" ? "" : d.eml) },
    notificationMessages: {
      replaceAsync: (key, details, ...args) => { fake.notifications.push({ key, ...details }); done(args); },
    },
  });
  const client = cfg.client || "web";
  const hostName = { web: "OutlookWebApp", new: "newOutlookWindows", classic: "Outlook" }[client];
  const refuse = (args, message) => {
    const cb = args.find((a) => typeof a === "function");
    setTimeout(() => cb && cb({ status: "failed", error: { code: 5000, name: "NotSupported", message } }), 5);
  };
  const mailbox = {
    item: makeItem(cfg.items[0]),
    diagnostics: { hostName, hostVersion: "fake" },
    userProfile: { emailAddress: cfg.reader ?? "kari@contoso.com", displayName: "Reader" },
    addHandlerAsync: (type, handler, ...args) => {
      fake.handlerCalls.push("add " + type);
      if (type === "olkDragAndDropEvent" && client === "classic")
        return refuse(args, "This event isn't supported on this platform.");
      handlers[type] = handler;
      done(args);
    },
    removeHandlerAsync: (type, ...args) => { fake.handlerCalls.push("remove " + type); delete handlers[type]; done(args); },
    displayNewMessageFormAsync: (params, ...args) => { fake.drafts.push(params); done(args); },
    displayNewMessageForm: (params) => { fake.drafts.push(params); },
  };
  fake.select = (index) => {
    mailbox.item = makeItem(cfg.items[index]);
    const handler = handlers["olkItemSelectedChanged"];
    if (handler) handler({ type: "olkItemSelectedChanged" });
  };
  // Outlook moving the selection without telling the pane (Mac unpinned, a move to a report item).
  fake.selectQuietly = (index) => {
    mailbox.item = makeItem(cfg.items[index]);
  };
  // Messages dragged from the message list onto the pane, as Outlook on the web and new Outlook deliver
  // them (DragAndDropEventArgs: a dragover, then a drop whose files are .eml Blobs). False: nobody listens.
  fake.drop = (files) => {
    const handler = handlers["olkDragAndDropEvent"];
    if (!handler) return false;
    const where = { pageX: 900, pageY: 300, taskPaneX: 120, taskPaneY: 200 };
    handler({ type: "olkDragAndDropEvent", dragAndDropEventData: { type: "dragover", ...where } });
    handler({
      type: "olkDragAndDropEvent",
      dragAndDropEventData: {
        type: "drop",
        ...where,
        dataTransfer: {
          files: files.map((f) => ({ name: f.name, type: f.type, fileContent: new Blob([f.text], { type: f.type }) })),
        },
      },
    });
    return true;
  };
  // Any Office event, e.g. ItemChanged with the same item still selected.
  fake.fire = (type, args) => {
    const handler = handlers[type];
    if (handler) handler(args || { type });
    return Boolean(handler);
  };
  window.Office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    EventType: {
      ItemChanged: "olkItemSelectedChanged",
      OfficeThemeChanged: "officeThemeChanged",
      DragAndDropEvent: "olkDragAndDropEvent",
    },
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
          if (name === "OpenBrowserWindowApi") return client === "classic" && major === 1 && minor <= 1;
          return name === "Mailbox" && major === 1 && minor <= 14;
        },
      },
      diagnostics: { platform: client === "classic" ? "PC" : "OfficeOnline", version: "fake", host: "Outlook" },
      roamingSettings: {
        get: (key) => fake.settings[key],
        set: (key, value) => { fake.settings[key] = value; },
        remove: (key) => { delete fake.settings[key]; },
        saveAsync: (...args) => done(args),
      },
      ui: { openBrowserWindow: (url) => fake.links.push(url) },
      mailbox,
    },
    // the function file's commands (Office.actions.associate), run by a test as a ribbon click would
    actions: { associate: (name, handler) => { fake.actions[name] = handler; } },
    onReady: (callback) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (cfg.neverReady) return new Promise(() => {});
      return new Promise((resolve) => setTimeout(() => {
        if (callback) callback(info);
        resolve(info);
      }, cfg.readyAfterMs || 0));
    },
  };
})();`;
}
