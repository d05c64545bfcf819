/**
 * One safe way to call Office.js. Every Office call can be missing (requirement set, client),
 * fail (error result), throw synchronously, or never call back; this turns each of those into
 * a plain outcome value so callers can say what happened and carry on. It also keeps at most
 * three async calls in flight (Outlook's documented limit on web, new Outlook and mobile) and
 * retries the errors Outlook reports as transient.
 */

export type FailureKind = "missing" | "failed" | "threw" | "timeout";

export type CallOutcome<T> =
  { ok: true; value: T } | { ok: false; kind: FailureKind; api: string; detail: string; code?: number };

export type Failure = Extract<CallOutcome<unknown>, { ok: false }>;

export interface CallTuning {
  /** how long to wait for a callback before giving up */
  timeoutMs: number;
  /** pause before the first retry; doubled for the next */
  backoffMs: number;
  /** how many times a transient error is retried */
  retries: number;
}

export const defaultTuning: CallTuning = { timeoutMs: 10_000, backoffMs: 250, retries: 2 };

/** 9020 "internal protocol error" and 5001 "internal error" come and go (OfficeDev/office-js#926, #1842). */
const transientCodes = new Set([9020, 5001]);
/** 9030: the user moved to another item while the call ran; retrying would read the wrong item. */
export const itemChangedCode = 9030;
/** 7000: the manifest's permission does not allow the call (e.g. ReadItem and to.setAsync). */
export const permissionDeniedCode = 7000;

const maxConcurrentCalls = 3;

/** Counting semaphore: a slot is held from the call until its callback or its timeout. */
class CallSlots {
  private free = maxConcurrentCalls;
  private readonly waiting: Array<() => void> = [];

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }

  /** for tests: how many calls hold a slot now */
  inFlight(): number {
    return maxConcurrentCalls - this.free;
  }
}

export const callSlots = new CallSlots();

interface AsyncResultLike {
  status?: unknown;
  value?: unknown;
  error?: { code?: unknown; name?: unknown; message?: unknown } | null;
}

function errorText(error: AsyncResultLike["error"]): { detail: string; code?: number } {
  const code = typeof error?.code === "number" ? error.code : undefined;
  const name = typeof error?.name === "string" ? error.name : "";
  const message = typeof error?.message === "string" ? error.message : "";
  const words = [name, message].filter(Boolean).join(": ") || "unknown error";
  return { detail: code !== undefined ? `${words} (${code})` : words, code };
}

function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  return String(thrown);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Is `target[method]` a function we can call? */
export function hasMethod(target: unknown, method: string): boolean {
  return (
    typeof target === "object" && target !== null && typeof (target as Record<string, unknown>)[method] === "function"
  );
}

/** One attempt: call `target[method](...args, callback)`, settle on callback, throw or timeout. */
async function attempt<T>(
  api: string,
  target: Record<string, unknown>,
  method: string,
  args: unknown[],
  tuning: CallTuning,
): Promise<CallOutcome<T>> {
  await callSlots.acquire();
  return new Promise<CallOutcome<T>>((resolve) => {
    let settled = false;
    const settle = (outcome: CallOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      callSlots.release();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => settle({ ok: false, kind: "timeout", api, detail: `no answer within ${tuning.timeoutMs} ms` }),
      tuning.timeoutMs,
    );
    const callback = (result: AsyncResultLike | undefined) => {
      if (result && result.status === "succeeded") {
        settle({ ok: true, value: result.value as T });
      } else {
        const { detail, code } = errorText(result?.error);
        settle({ ok: false, kind: "failed", api, detail, code });
      }
    };
    try {
      (target[method] as (...a: unknown[]) => void).apply(target, [...args, callback]);
    } catch (thrown) {
      settle({ ok: false, kind: "threw", api, detail: describeThrown(thrown) });
    }
  });
}

/**
 * Call an Office async method that takes a trailing callback. Transient errors are retried
 * `tuning.retries` times with a short, growing pause; everything else comes back at once.
 */
export async function callAsync<T>(
  api: string,
  target: unknown,
  method: string,
  args: unknown[] = [],
  tuning: CallTuning = defaultTuning,
): Promise<CallOutcome<T>> {
  if (!hasMethod(target, method)) {
    return { ok: false, kind: "missing", api, detail: `${api} is not available in this Outlook` };
  }
  let outcome = await attempt<T>(api, target as Record<string, unknown>, method, args, tuning);
  for (let retry = 0; retry < tuning.retries && isTransient(outcome); retry += 1) {
    await pause(tuning.backoffMs * 2 ** retry);
    outcome = await attempt<T>(api, target as Record<string, unknown>, method, args, tuning);
  }
  return outcome;
}

function isTransient(outcome: CallOutcome<unknown>): boolean {
  return !outcome.ok && outcome.kind === "failed" && outcome.code !== undefined && transientCodes.has(outcome.code);
}

/** Call a synchronous Office method (displayNewMessageForm, convertToEwsId, openBrowserWindow). */
export function callSync<T>(api: string, target: unknown, method: string, args: unknown[] = []): CallOutcome<T> {
  if (!hasMethod(target, method)) {
    return { ok: false, kind: "missing", api, detail: `${api} is not available in this Outlook` };
  }
  try {
    const value = ((target as Record<string, unknown>)[method] as (...a: unknown[]) => T).apply(target, args);
    return { ok: true, value };
  } catch (thrown) {
    return { ok: false, kind: "threw", api, detail: describeThrown(thrown) };
  }
}

export function isPermissionDenied(outcome: CallOutcome<unknown>): boolean {
  if (outcome.ok) return false;
  return outcome.code === permissionDeniedCode || /permission/i.test(outcome.detail);
}
