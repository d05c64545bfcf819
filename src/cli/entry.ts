/**
 * What the CLI's bundle exports (scripts/build-cli.mjs bundles this file into lib/cli/bundle.cjs):
 * the command line for bin/ndr-explain.js, and the render loop for worker threads. One bundle for
 * both, so one code cache serves both (load.ts).
 */
export { main, run } from "./main.js";
export { serveRenderRequests } from "./worker.js";
