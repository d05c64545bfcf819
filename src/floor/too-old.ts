/**
 * The first script of taskpane.html and commands.html, built as ES5 (webpack.config.js lowers it
 * with TypeScript; test/browser/es-floor.test.ts checks) so that any webview runs it. The pages'
 * own scripts need ES2020 and, at run time, WeakRef (Fluent UI's focus management): on a client
 * below that floor (Trident, EdgeHTML, WebKit before 14.1) they would leave a blank pane and a
 * ribbon button that fails with "function not found". Here such a client gets a plain sentence
 * instead: in the pane's #root, and as the quick verdict's one line. The flag it sets keeps the
 * pages' own scripts from starting, should they parse at all.
 *
 * Syntax is lowered for us; run-time APIs are not: nothing newer than ES5 here (no Promise, no
 * Array.prototype.includes, no fetch).
 */
import { office as en } from "../core/i18n/en/office.js";
import { office as nb } from "../core/i18n/nb/office.js";
import { belowFloorFlag, quickVerdictFunctionName, quickVerdictNotification } from "./flag.js";

interface CommandEventLike {
  completed?: () => void;
}

interface OldOffice {
  context?: {
    displayLanguage?: string;
    mailbox?: {
      item?: { notificationMessages?: { replaceAsync?: (key: string, details: object, done: () => void) => void } };
    };
  };
  onReady?: (callback: () => void) => unknown;
  actions?: { associate?: (name: string, handler: (event: CommandEventLike) => void) => void };
}

const page = (typeof window !== "undefined" ? window : {}) as unknown as Record<string, unknown> & {
  Office?: OldOffice;
  navigator?: { language?: string; userLanguage?: string };
  document?: Document;
};

/** What the pages need beyond ES2020 syntax; every engine that has all of these also parses ES2020. */
function meetsFloor(): boolean {
  const promise = page.Promise as { allSettled?: unknown } | undefined;
  return (
    typeof page.WeakRef === "function" &&
    typeof promise?.allSettled === "function" &&
    typeof (String.prototype as { matchAll?: unknown }).matchAll === "function" &&
    typeof (Array.prototype as { flatMap?: unknown }).flatMap === "function" &&
    typeof page.TextDecoder === "function"
  );
}

/** In Outlook's display language once Office.js knows it, else the browser's. */
function message(): string {
  let tag = "";
  try {
    tag = page.Office?.context?.displayLanguage || page.navigator?.language || page.navigator?.userLanguage || "";
  } catch {
    tag = "";
  }
  return /^(nb|nn|no)([-_]|$)/i.test(tag) ? nb["office.tooOld"] : en["office.tooOld"];
}

function showInPane(): void {
  const document = page.document;
  const root = document?.getElementById("root");
  if (!document || !root) return;
  const paragraph = document.createElement("p");
  paragraph.setAttribute("role", "alert");
  paragraph.setAttribute("data-testid", "too-old");
  paragraph.style.margin = "12px";
  paragraph.style.fontFamily = "sans-serif";
  paragraph.appendChild(document.createTextNode(message()));
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(paragraph);
}

/** The ribbon button's answer: the sentence as its one line, and the event completed whatever happens. */
function answerQuickVerdict(event: CommandEventLike): void {
  const done = () => {
    try {
      event?.completed?.();
    } catch {
      // Outlook times the command out itself
    }
  };
  try {
    const notifications = page.Office?.context?.mailbox?.item?.notificationMessages;
    if (notifications?.replaceAsync) {
      const { key, icon } = quickVerdictNotification;
      notifications.replaceAsync(
        key,
        { type: "informationalMessage", message: message(), icon, persistent: false },
        done,
      );
      return;
    }
  } catch {
    // fall through: the event must still complete
  }
  done();
}

if (!meetsFloor()) {
  page[belowFloorFlag] = true;
  const office = page.Office;
  try {
    office?.actions?.associate?.(quickVerdictFunctionName, answerQuickVerdict);
  } catch {
    // no ribbon command on this page
  }
  showInPane();
  try {
    office?.onReady?.(showInPane); // Outlook's display language is known once Office.js is ready
  } catch {
    // the browser's language stays
  }
}
