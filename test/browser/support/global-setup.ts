/**
 * Runs once before the browser tests: builds the production bundle with webpack (the pages users
 * get, CSP and all) and serves dist/ over plain http on 127.0.0.1. Tests read the base URL with
 * `inject("distUrl")`. Set NDR_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../../scripts/static-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the served dist/, ending in "/", e.g. http://127.0.0.1:41234/ */
    distUrl: string;
  }
}

const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));
const distDir = fileURLToPath(new URL("../../../dist/", import.meta.url));

function buildProduction(): void {
  const webpackCli = fileURLToPath(new URL("../../../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  const started = Date.now();
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: projectRoot,
    encoding: "utf8",
    // The tests must not depend on a configured production URL.
    env: { ...process.env, ADDIN_PROD_URL: "" },
  });
  if (result.status !== 0) {
    throw new Error(`webpack production build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[browser tests] production build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.NDR_SKIP_BUILD === "1" && existsSync(`${distDir}taskpane.html`);
  if (!reuse) buildProduction();
  const served = await serveStatic({ root: distDir, host: "127.0.0.1", port: 0 });
  project.provide("distUrl", served.url);
  return () => served.close();
}
