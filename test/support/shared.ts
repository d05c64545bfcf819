/**
 * Locates the read-only reference folder `../shared` (beside the project) for tests and
 * benches. Tests that need it call `describeIfShared` / `sharedSkipReason` so a checkout
 * without it skips with a message that says why, instead of failing.
 * `NDR_SHARED_DIR` overrides the location (e.g. a CI copy elsewhere).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Absolute path of the shared folder (may not exist). */
export const sharedRoot: string = process.env.NDR_SHARED_DIR
  ? resolve(process.env.NDR_SHARED_DIR)
  : resolve(projectRoot, "../shared");

/** Absolute path of something inside the shared folder, e.g. `sharedPath("corpus/sisimai")`. */
export function sharedPath(...segments: string[]): string {
  return join(sharedRoot, ...segments);
}

/** True when `sharedPath(...segments)` exists. */
export function hasShared(...segments: string[]): boolean {
  return existsSync(sharedPath(...segments));
}

/** The Sisimai corpus folder (holds maildir/, expected.jsonl, score.py). */
export const sisimaiCorpus: string = sharedPath("corpus", "sisimai");

/**
 * Undefined when the path exists; otherwise a one-line reason to print when skipping.
 * Use as: `const why = sharedSkipReason("corpus/sisimai"); if (why) console.warn(why);`
 * with `describe.skipIf(why)`.
 */
export function sharedSkipReason(relative: string): string | undefined {
  const full = sharedPath(relative);
  if (existsSync(full)) return undefined;
  return `skipped: ${full} is absent (the shared reference folder beside the project; set NDR_SHARED_DIR to point elsewhere)`;
}

/**
 * Every .eml of the Sisimai corpus's maildir folders as Latin-1 text (bytes kept one to one), for
 * tests that hold a rule to every dev-corpus file; empty when the shared folder is absent.
 */
export function sisimaiCorpusTexts(): string[] {
  const root = join(sisimaiCorpus, "maildir");
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith(".eml"))
      .map((name) => readFileSync(join(root, folder, name), "latin1")),
  );
}
