/**
 * A fake Outlook for the Office adapter's tests, built with office-addin-mock
 * (`new OfficeMockObject(data, "outlook")` on globalThis.Office, as the Office docs' unit-testing
 * page describes). The shapes follow @types/office-js: AsyncResult {status, value, error:{code,
 * name, message}}, AttachmentDetails {id, name, contentType, size, attachmentType, isInline},
 * AttachmentContent {format, content}. Each async method records its arguments so tests can
 * assert the exact parameters Outlook was handed.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface Call {
  method: string;
  args: unknown[];
}

export type Reply =
  | { status: "succeeded"; value?: unknown }
  | { status: "failed"; error: { code: number; name: string; message: string } }
  | "never"
  | "throw";

export const ok = (value?: unknown): Reply => ({ status: "succeeded", value });
export const fail = (code: number, name = "Error", message = "It failed"): Reply => ({
  status: "failed",
  error: { code, name, message },
});
export const never: Reply = "never";
export const throws: Reply = "throw";

/** Records every call of every fake method, in order. */
export class CallLog {
  readonly calls: Call[] = [];

  of(method: string): Call[] {
    return this.calls.filter((call) => call.method === method);
  }
}

/**
 * An async Office method: replies in order (the last one repeats), with the callback as the
 * last argument. "never" leaves the callback uncalled; "throw" throws synchronously.
 */
export function asyncMethod(log: CallLog, method: string, ...replies: Reply[]): (...args: unknown[]) => void {
  let index = 0;
  return (...args: unknown[]) => {
    const callback = args[args.length - 1] as (result: unknown) => void;
    log.calls.push({ method, args: args.slice(0, -1) });
    const reply = replies[Math.min(index, replies.length - 1)] ?? ok();
    index += 1;
    if (reply === "throw") throw new Error(`${method} threw`);
    if (reply === "never") return;
    // Outlook calls back asynchronously
    queueMicrotask(() => callback(reply));
  };
}

/** A synchronous Office method that records its arguments. */
export function syncMethod(
  log: CallLog,
  method: string,
  result: unknown | (() => unknown) = undefined,
): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    log.calls.push({ method, args });
    return typeof result === "function" ? (result as () => unknown)() : result;
  };
}

export function throwingMethod(
  log: CallLog,
  method: string,
  message = `${method} threw`,
): (...args: unknown[]) => never {
  return (...args: unknown[]) => {
    log.calls.push({ method, args });
    throw new Error(message);
  };
}

const versions = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
];

/** isSetSupported for a client whose highest Mailbox set is `highest`. */
export function requirements(highest: string, others: Record<string, boolean> = {}) {
  return {
    isSetSupported: (name: string, version?: string) => {
      const wanted = versions.indexOf(version ?? "1.1");
      if (name === "Mailbox") return wanted >= 0 && wanted <= versions.indexOf(highest);
      return others[`${name} ${version}`] ?? false;
    },
  };
}

export const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export interface OutlookShape {
  item?: Record<string, unknown> | null;
  mailbox?: Record<string, unknown>;
  context?: Record<string, unknown>;
  highest?: string;
}

/** Builds the fake and installs it as globalThis.Office; returns the mock for further tweaks. */
export function installOutlook(shape: OutlookShape): OfficeMockObject {
  const data = {
    context: {
      displayLanguage: "en-US",
      requirements: requirements(shape.highest ?? "1.15"),
      diagnostics: { platform: "OfficeOnline", version: "16.0.19822.20000" },
      mailbox: {
        diagnostics: { hostName: "OutlookWebApp", hostVersion: "20261101.01" },
        ...(shape.item ? { item: shape.item } : {}),
        ...shape.mailbox,
      },
      ...shape.context,
    },
    EventType: {
      ItemChanged: "olkItemSelectedChanged",
      OfficeThemeChanged: "officeThemeChanged",
      DragAndDropEvent: "olkDragAndDropEvent",
    },
  };
  const mock = new OfficeMockObject(data, "outlook" as never);
  if (shape.item === null) mock.context.mailbox.item = null;
  (globalThis as { Office?: unknown }).Office = mock;
  return mock;
}

export function uninstallOutlook(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** A plain read-mode message item with body, headers and attachments fakes. */
export function readItem(
  log: CallLog,
  overrides: Record<string, unknown> = {},
  body: { text?: Reply | Reply[]; html?: Reply | Reply[] } = {},
): Record<string, unknown> {
  const list = (reply: Reply | Reply[] | undefined, fallback: Reply) =>
    reply === undefined ? [fallback] : Array.isArray(reply) ? reply : [reply];
  const text = asyncMethod(
    log,
    "body.getAsync(text)",
    ...list(body.text, ok("Delivery has failed to these recipients or groups:\nola@fabrikam.example")),
  );
  const html = asyncMethod(
    log,
    "body.getAsync(html)",
    ...list(body.html, ok("<p>Delivery has failed to these recipients or groups:</p>")),
  );
  return {
    itemId: "AAMkAGI2THVSAAA=",
    itemClass: "IPM.Note",
    itemType: "message",
    subject: "Undeliverable: Quarterly figures",
    from: { emailAddress: "postmaster@contoso.com", displayName: "Microsoft Outlook" },
    dateTimeCreated: new Date("2026-11-30T08:15:02Z"),
    attachments: [],
    body: {
      getAsync: (coercion: string, ...rest: unknown[]) => (coercion === "html" ? html : text)(coercion, ...rest),
    },
    getAllInternetHeadersAsync: asyncMethod(
      log,
      "getAllInternetHeadersAsync",
      ok("From: postmaster@contoso.com\r\nSubject: Undeliverable\r\n"),
    ),
    notificationMessages: { replaceAsync: asyncMethod(log, "notificationMessages.replaceAsync", ok()) },
    ...overrides,
  };
}

/** What the body of a user's "forward as attachment" holds: a line and a signature, no bounce. */
export function forwardBody(): { text: Reply; html: Reply } {
  return {
    text: ok("Can you look at the attached bounce?\n\nKari Nordmann\nContoso"),
    html: ok("<p>Can you look at the attached bounce?</p><p>Kari Nordmann<br>Contoso</p>"),
  };
}

/** Lets queued microtasks and zero-delay timers run. */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Short timeouts so "never answers" paths finish quickly (no timing is asserted). */
export const fastTuning = { quick: { timeoutMs: 30, backoffMs: 1 }, slow: { timeoutMs: 30, backoffMs: 1 } };
