#!/usr/bin/env node
// `npm run dev-server`: webpack-dev-server over trusted HTTPS on https://localhost:3000/, the URL
// manifest.xml uses during development (Outlook loads add-ins only from trusted HTTPS).
// Certificates come from office-addin-dev-certs, which creates a local development CA and asks the
// system to trust it (Windows: a prompt; macOS: the keychain; Linux: sudo + update-ca-certificates).
// When that cannot happen, this script says so and exits non-zero instead of serving something
// Outlook would refuse.
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import makeConfig from "../webpack.config.js";

const config = makeConfig({}, { mode: "development" });
const port = Number(process.env.PORT ?? config.devServer.port ?? 3000);

function explainCertificateFailure(error) {
  const reason = String(error?.message ?? error)
    .split("\n")
    .filter(Boolean)
    .slice(0, 3)
    .join("\n    ");
  console.error(`
dev-server: could not set up trusted HTTPS certificates for https://localhost:${port}/.
    ${reason}

Outlook only loads add-ins from trusted HTTPS, so the dev server did not start. To go on:
  • Install the development certificates yourself (needs admin rights; on Linux, sudo):
        npx office-addin-dev-certs install
    then run "npm run dev-server" (or "npm start") again.
  • Or try the pane without Outlook, over plain http (no certificates needed):
        npm run preview        → http://localhost:3000/preview.html
`);
}

let https;
try {
  https = await getHttpsServerOptions();
} catch (error) {
  explainCertificateFailure(error);
  process.exit(1);
}

const server = new WebpackDevServer(
  { ...config.devServer, port, server: { type: "https", options: https } },
  webpack(config),
);
try {
  await server.start();
  console.log(`dev-server: serving https://localhost:${port}/taskpane.html (manifest.xml points here)`);
} catch (error) {
  if (error?.code === "EADDRINUSE") {
    console.error(`dev-server: port ${port} is already in use (another dev-server or "npm run preview"?).`);
  } else {
    console.error(`dev-server: could not start: ${error?.message ?? error}`);
  }
  process.exit(1);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
