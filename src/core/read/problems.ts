/** Small constructors for input problems, so wording stays consistent across readers. */
import type { InputProblem } from "../types.js";

export function problem(code: InputProblem["code"], detail: string): InputProblem {
  return { code, detail };
}

/** A short, log-safe description of something thrown by a library. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 200);
  return String(error).slice(0, 200);
}
