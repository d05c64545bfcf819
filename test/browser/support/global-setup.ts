/**
 * Runs once before the browser tests: builds the production bundle with webpack (the pages users
 * get, CSP and all) into a private temporary folder (so parallel runs and `npm run build` do not
 * clobber each other) and serves it over plain http on 127.0.0.1. Tests read the base URL with
 * `inject("distUrl")` and the folder with `inject("distDir")`.
 * NDR_SKIP_BUILD=1 serves the existing dist/ instead, while iterating.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../../scripts/static-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the served dist/, ending in "/", e.g. http://127.0.0.1:41234/ */
    distUrl: string;
    /** Folder being served (absolute, ending in a path separator) */
    distDir: string;
  }
}

const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));
const projectDist = fileURLToPath(new URL("../../../dist/", import.meta.url));

function buildProduction(outputDir: string): void {
  const webpackCli = fileURLToPath(new URL("../../../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  const started = Date.now();
  // Never deployed: --env undeployed (webpack.config.js), whatever production URL is configured.
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--env", "undeployed"], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, ADDIN_PROD_URL: "", npm_config_prod_url: "", NDR_DIST_DIR: outputDir },
  });
  if (result.status !== 0) {
    throw new Error(`webpack production build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[browser tests] production build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.NDR_SKIP_BUILD === "1" && existsSync(`${projectDist}taskpane.html`);
  const distDir = reuse ? projectDist : `${mkdtempSync(join(tmpdir(), "ndr-dist-"))}${sep}`;
  if (!reuse) buildProduction(distDir);
  const served = await serveStatic({ root: distDir, host: "127.0.0.1", port: 0 });
  project.provide("distUrl", served.url);
  project.provide("distDir", distDir);
  return async () => {
    await served.close();
    if (!reuse) rmSync(distDir, { recursive: true, force: true });
  };
}
