/**
 * The ribbon's quick verdict (manifest FunctionName "quickVerdict"): reads the item the way the
 * pane does, runs the core, and shows one line in the InfoBar — or says to open the pane when
 * there is nothing to read. Whatever happens, event.completed() is called exactly once, so the
 * button never spins and queued clicks can run.
 */
import { belowFloor, quickVerdictFunctionName, quickVerdictNotification } from "../floor/flag.js";
import type { SettingsStore } from "../host/types.js";
import { loadLanguage } from "../core/i18n/index.js";
import { explainBounce } from "../core/index.js";
import type { Explanation, Language } from "../core/types.js";
import { MAX_VERDICT_LINE, verdictLine } from "../core/verdict-line.js";
import type { Candidate } from "../host/types.js";
import { officeDisplayLanguage } from "../office/environment.js";
import { callAsync, defaultTuning, type CallOutcome, type CallTuning } from "../office/office-call.js";
import { currentItem, office } from "../office/office-context.js";
import { readItem } from "../office/read-item.js";
import { RoamingSettingsStore } from "../office/settings.js";

export { quickVerdictFunctionName };
export const notificationKey = quickVerdictNotification.key;
export const notificationIcon = quickVerdictNotification.icon;

export interface CommandEvent {
  completed?: (options?: unknown) => void;
}

export interface QuickVerdictOptions {
  quick?: Partial<CallTuning>;
  slow?: Partial<CallTuning>;
  /** give up on everything after this long and complete the event anyway */
  overallTimeoutMs?: number;
  /** where the language comes from (default: the mailbox's roaming settings over the organisation's defaults) */
  settings?: SettingsStore;
}

export interface NotificationParameters {
  type: "informationalMessage";
  message: string;
  icon: string;
  persistent: false;
}

/** The pane's rule: the user's choice, else the organisation's default (ndr-explainer.config.json), else Outlook's. */
async function commandLanguage(settings: SettingsStore): Promise<Language> {
  try {
    return (await settings.load()).language ?? officeDisplayLanguage();
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
  const language = await commandLanguage(options.settings ?? new RoamingSettingsStore(undefined, quick));
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

/**
 * Ties the manifest's FunctionName to the handler, at the top level of the function file as the
 * docs' sample does: Office.js takes the association before it is ready, and a click that loads the
 * file runs the function as soon as it is (inside onReady, the first click could find no function;
 * OfficeDev/office-js#5166). Not on a client below the floor: the too-old check answers there.
 */
export function registerQuickVerdict(): boolean {
  if (belowFloor()) return false;
  const host = office();
  const associate = host?.actions?.associate;
  if (!host || typeof associate !== "function") return false;
  try {
    associate.call(
      host.actions,
      quickVerdictFunctionName,
      (event: unknown) => void quickVerdict(event as CommandEvent),
    );
    return true;
  } catch {
    return false;
  }
}

registerQuickVerdict();
