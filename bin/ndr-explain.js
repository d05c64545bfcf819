#!/usr/bin/env node
// ndr-explain: explain bounces from the command line. The TypeScript in src/cli and src/core is
// compiled and bundled into lib/ by `npm install` (the "prepare" script runs scripts/build-cli.mjs).
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
