/**
 * How much V8's compilers do in the CLI's process. The optimising compiler (TurboFan) compiles each
 * hot function on helper threads, with the functions it calls inlined; the core has many large
 * functions, so over maildir/bsd x10 it took about a quarter of the CLI's CPU time, and each worker
 * thread of -j N compiles them all again. These flags are read each time a function or regular
 * expression is considered or compiled, so setting them while the process runs takes effect.
 */
import { setFlagsFromString } from "node:v8";

/**
 * The inlining budget cut from V8's 920 to 300 bytes of bytecode, over maildir/bsd x10: CPU time
 * -10 %, wall time -3 %, peak memory -4 MB.
 */
export function limitInlining(): void {
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");
}

/**
 * Regular expressions compiled to machine code at their first use. By default V8 first compiles
 * each one to bytecode for its regexp interpreter and compiles it again to machine code once it
 * runs a second time (or sooner, for a global replace or a long string); the first pass over
 * maildir/bsd compiled some 1,600 of them that way, nearly all to machine code in the end. Over
 * bsd x1 -j 1: CPU time -4 % (1.61 -> 1.53 s), over bsd x10 -3 %; the machine code takes 0.3 MB
 * more than the bytecode it replaces (peak RSS moved within its noise).
 */
export function compileRegExpsOnce(): void {
  setFlagsFromString("--no-regexp-tier-up");
}

/**
 * Once worker threads start (main.ts), a function must run four times as long as V8's default
 * before it is optimised: fewer functions are compiled, once per thread. With -j 2 on 2 CPUs the
 * CPU time fell 11-15 % over maildir/bsd x10 and 18 % over bsd x1 (the compiler's threads had
 * competed with the explaining ones for the CPUs). With one thread the compiler has a CPU of its
 * own, and optimising later only slowed the run (its thread's CPU time +11 %): -j 1 keeps V8's
 * default.
 */
export function optimiseLessForThreads(): void {
  setFlagsFromString(`--interrupt-budget=${4 * 66 * 1024}`);
}
