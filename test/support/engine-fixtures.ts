/** Issue 12's fixture set (test/fixtures/engine/<class>/<name>.eml), as the tests that read it walk it. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export const ENGINE_FIXTURES = join(__dirname, "../fixtures/engine");

export interface EngineFixtureFile {
  /** the class folder ("qmail", "provenance", …) */
  cls: string;
  /** the file name without ".eml" */
  name: string;
  /** the .eml's path */
  eml: string;
}

/** Every fixture, class by class, each class's files in name order. */
export function engineFixtureFiles(): EngineFixtureFile[] {
  const found: EngineFixtureFile[] = [];
  for (const cls of readdirSync(ENGINE_FIXTURES, { withFileTypes: true })) {
    if (!cls.isDirectory()) continue;
    for (const file of readdirSync(join(ENGINE_FIXTURES, cls.name)).sort()) {
      if (file.endsWith(".eml"))
        found.push({ cls: cls.name, name: file.slice(0, -4), eml: join(ENGINE_FIXTURES, cls.name, file) });
    }
  }
  return found;
}
