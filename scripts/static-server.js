// A tiny static file server for dist/: used by `npm run preview` and by the browser tests.
// Plain http on the loopback interface only; no directory listings, no paths outside the root.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const mimeTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".eml": "message/rfc822",
  ".msg": "application/vnd.ms-outlook",
  ".woff2": "font/woff2",
};

/**
 * Serves `root` on http://host:port/. Port 0 picks a free port.
 * Resolves to { server, url, close() } once listening; url ends with "/".
 */
export function serveStatic({ root, port = 0, host = "127.0.0.1", defaultPage = "preview.html" }) {
  const rootPath = path.resolve(root);
  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (pathname === "/") pathname = `/${defaultPage}`;
    const filePath = path.join(rootPath, pathname);
    if (!filePath.startsWith(rootPath + path.sep)) {
      response.writeHead(403).end("Forbidden");
      return;
    }
    let stats;
    try {
      stats = statSync(filePath);
    } catch {
      stats = undefined;
    }
    if (!stats?.isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": mimeTypes[path.extname(filePath).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": stats.size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(filePath).pipe(response);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const shownHost = host === "127.0.0.1" || host === "::1" ? host : "localhost";
      resolve({
        server,
        url: `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
