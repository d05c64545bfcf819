/**
 * The static server behind `npm run preview` and the browser tests: right MIME types (the CSP
 * pages and module scripts depend on them), "/" → preview.html, nothing outside the root.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/static-server.js";

/** Raw GET, so paths like /../x reach the server unnormalised (fetch would resolve them). */
function get(url: string, path: string): Promise<{ status: number; type?: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("scripts/static-server.js", () => {
  let root: string;
  let outside: string;
  let served: StaticServer;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "ndr-static-"));
    root = join(base, "dist");
    outside = join(base, "secret.txt");
    mkdirSync(join(root, "assets"), { recursive: true });
    writeFileSync(join(root, "preview.html"), "<!doctype html><title>preview</title>");
    writeFileSync(join(root, "taskpane.1234abcd.js"), "console.log(1)");
    writeFileSync(join(root, "manifest.xml"), "<OfficeApp/>");
    writeFileSync(join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(outside, "not for the browser");
    served = await serveStatic({ root });
  });

  afterAll(async () => {
    await served.close();
    rmSync(join(root, ".."), { recursive: true, force: true });
  });

  it("listens on the loopback interface and serves files with their MIME types", async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(served.url, "/taskpane.1234abcd.js")).toMatchObject({
      status: 200,
      type: "text/javascript; charset=utf-8",
    });
    expect((await get(served.url, "/manifest.xml")).type).toBe("application/xml; charset=utf-8");
    expect((await get(served.url, "/assets/icon-16.png")).type).toBe("image/png");
  });

  it("serves preview.html for /", async () => {
    const root = await get(served.url, "/");
    expect(root.status).toBe(200);
    expect(root.type).toBe("text/html; charset=utf-8");
    expect(root.body).toContain("<title>preview</title>");
  });

  it("answers 404 for missing files and folders, and never serves outside its root", async () => {
    expect((await get(served.url, "/nope.js")).status).toBe(404);
    expect((await get(served.url, "/assets")).status).toBe(404);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt"]) {
      const response = await get(served.url, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain("not for the browser");
    }
  });
});
