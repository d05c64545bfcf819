#!/usr/bin/env node
// ndr-explain: explain bounces from the command line. The TypeScript in src/cli and src/core is
// compiled to lib/ by `npm install` (the "prepare" script runs tsc -p tsconfig.cli.json).
import { existsSync } from "node:fs";

const compiled = new URL("../lib/cli/main.js", import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    "ndr-explain: lib/ is missing; run `npm install` (or `npm run prepare`) in the project first.\n",
  );
  process.exit(2);
}
const { run } = await import(compiled.href);
await run();
