#!/usr/bin/env node
// `npm run preview`: the pane in a plain browser with sample bounces — no Outlook, no Microsoft
// account, no network. Builds dist/ (development by default; --production for the minified
// build that gets deployed; --no-build to reuse dist/) and serves it over plain http.
//
//   npm run preview                     → http://localhost:3000/preview.html
//   PORT=8080 npm run preview           → another port
//   npm run preview -- --production     → serve the production build
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static-server.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
// NDR_DIST_DIR: serve (and build into) another folder, as the browser tests do.
const distDir = process.env.NDR_DIST_DIR
  ? `${path.resolve(process.env.NDR_DIST_DIR)}${path.sep}`
  : fileURLToPath(new URL("../dist/", import.meta.url));
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`preview: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}

if (!args.has("--no-build")) {
  const mode = args.has("--production") ? "production" : "development";
  console.log(`preview: building dist/ (${mode}) …`);
  const webpackCli = fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url));
  // A preview is never deployed: its production build says so (webpack.config.js, undeployedUrl).
  const envArgs = mode === "production" ? ["--env", "undeployed"] : [];
  const build = spawnSync(process.execPath, [webpackCli, "--mode", mode, ...envArgs], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    console.error("preview: the build failed (see above).");
    process.exit(1);
  }
}
if (!existsSync(`${distDir}preview.html`)) {
  console.error(`preview: ${distDir}preview.html is missing; run without --no-build.`);
  process.exit(1);
}

try {
  const served = await serveStatic({ root: distDir, port, host: "127.0.0.1" });
  const shownPort = served.server.address().port;
  console.log(`preview: serving dist/ at http://localhost:${shownPort}/preview.html  (Ctrl+C to stop)`);
  const stop = () => served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if (error?.code === "EADDRINUSE") {
    console.error(`preview: port ${port} is in use (npm run dev-server?). Try: PORT=3001 npm run preview`);
  } else {
    console.error(`preview: could not start the server: ${error?.message ?? error}`);
  }
  process.exit(1);
}
