#!/usr/bin/env node
// ndr-explain: explain bounces from the command line. The TypeScript in src/cli and src/core is
// compiled and bundled into lib/ by `npm install` (the "prepare" script runs scripts/build-cli.mjs);
// lib/cli/load.js loads the bundle with the V8 code cache the build made for it.
import { existsSync } from "node:fs";

const loader = new URL("../lib/cli/load.js", import.meta.url);
if (!existsSync(loader)) {
  process.stderr.write(
    "ndr-explain: lib/ is missing; run `npm install` (or `npm run prepare`) in the project first.\n",
  );
  process.exit(2);
}
const { loadCli } = await import(loader.href);
const { cli } = await loadCli();
await cli.run();
