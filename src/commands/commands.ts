/**
 * The ribbon's quick verdict (manifest FunctionName "quickVerdict"): reads the item the way the
 * pane does, runs the core, and shows one line in the InfoBar — or says to open the pane when
 * there is nothing to read. Whatever happens, event.completed() is called exactly once, so the
 * button never spins and queued clicks can run.
 */
import { loadLanguage } from "../core/i18n/index.js";
import { explainBounce } from "../core/index.js";
import type { Explanation, Language } from "../core/types.js";
import { MAX_VERDICT_LINE, verdictLine } from "../core/verdict-line.js";
import type { Candidate } from "../host/types.js";
import { officeDisplayLanguage } from "../office/environment.js";
import { callAsync, defaultTuning, type CallOutcome, type CallTuning } from "../office/office-call.js";
import { currentItem, office } from "../office/office-context.js";
import { readItem } from "../office/read-item.js";
import { readUserSettings } from "../office/settings.js";

export const quickVerdictFunctionName = "quickVerdict";
/** One InfoBar per item for this add-in: a second click replaces the first line. */
export const notificationKey = "ndrQuickVerdict";
/** resid of the 16 px icon in manifest.xml; shown only by classic Outlook on Windows. */
export const notificationIcon = "Icon.16";

export interface CommandEvent {
  completed?: (options?: unknown) => void;
}

export interface QuickVerdictOptions {
  quick?: Partial<CallTuning>;
  slow?: Partial<CallTuning>;
  /** give up on everything after this long and complete the event anyway */
  overallTimeoutMs?: number;
}

export interface NotificationParameters {
  type: "informationalMessage";
  message: string;
  icon: string;
  persistent: false;
}

function commandLanguage(): Language {
  try {
    return readUserSettings().language ?? officeDisplayLanguage();
  } catch {
    return officeDisplayLanguage();
  }
}

/** The first candidate that really is a bounce wins; else the first explanation, else none. */
async function explainFirstBounce(candidates: Candidate[], language: Language): Promise<Explanation | undefined> {
  let first: Explanation | undefined;
  for (const candidate of candidates) {
    try {
      const explanation = await explainBounce(candidate.input, { language });
      if (explanation.report.kind !== "not-a-report") return explanation;
      first ??= explanation;
    } catch {
      // the core should never throw; if it does, try the next candidate
    }
  }
  return first;
}

export function notificationFor(line: string): NotificationParameters {
  const message = line.length > MAX_VERDICT_LINE ? `${line.slice(0, MAX_VERDICT_LINE - 1)}…` : line;
  return { type: "informationalMessage", message, icon: notificationIcon, persistent: false };
}

async function showVerdict(options: QuickVerdictOptions): Promise<CallOutcome<void> | undefined> {
  const item = currentItem();
  if (!item) return undefined; // nowhere to show an InfoBar
  const quick = { ...defaultTuning, ...options.quick };
  const slow = { ...defaultTuning, timeoutMs: 20_000, ...options.slow };
  const language = commandLanguage();
  // The function file carries no strings of its own: fetch this language's (no words beats no verdict).
  await loadLanguage(language).catch(() => undefined);
  const read = await readItem(item, "command", { quick, slow, language });
  const explanation = read.candidates.length > 0 ? await explainFirstBounce(read.candidates, language) : undefined;
  const line = verdictLine(explanation, language);
  return callAsync<void>(
    "notificationMessages.replaceAsync",
    item.notificationMessages,
    "replaceAsync",
    [notificationKey, notificationFor(line)],
    quick,
  );
}

/** Runs the command; resolves after event.completed() has been called, never rejects. */
export async function quickVerdict(event: CommandEvent, options: QuickVerdictOptions = {}): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.overallTimeoutMs ?? 45_000);
  });
  try {
    await Promise.race([showVerdict(options).catch(() => undefined), deadline]);
  } finally {
    clearTimeout(timer);
    try {
      event?.completed?.();
    } catch {
      // nothing else we can do: Outlook will time the command out itself
    }
  }
}

/** Ties the manifest's FunctionName to the handler once Office is ready. */
export function registerQuickVerdict(): boolean {
  const host = office();
  const associate = host?.actions?.associate;
  if (!host || typeof associate !== "function") return false;
  const register = () =>
    associate.call(
      host.actions,
      quickVerdictFunctionName,
      (event: unknown) => void quickVerdict(event as CommandEvent),
    );
  try {
    if (typeof host.onReady === "function") host.onReady(register);
    else register();
    return true;
  } catch {
    return false;
  }
}

registerQuickVerdict();
