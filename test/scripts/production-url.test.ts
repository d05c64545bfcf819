/**
 * The production URL that `npm run build` writes into dist/manifest.xml (webpack.config.js):
 * configurable, always https, always ending in "/" so "taskpane.html" appends cleanly — and
 * required: a production build without one stops (issue 15 item 11), so no manifest ever points at
 * a placeholder. Builds that are never deployed say so with --env undeployed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error -- webpack.config.js is plain JavaScript without type declarations
import config, { devUrl, placeholderHost, productionUrl, undeployedUrl } from "../../webpack.config.js";

const keys = ["ADDIN_PROD_URL", "npm_config_prod_url", "npm_package_config_prod_url"] as const;
const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));

afterEach(() => {
  for (const key of keys) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

function withEnv(values: Partial<Record<(typeof keys)[number], string>>, env: { undeployed?: boolean } = {}): string {
  for (const key of keys) delete process.env[key];
  Object.assign(process.env, values);
  return productionUrl(env) as string;
}

describe("productionUrl()", () => {
  it("has no fallback: without a configured URL a production build stops, naming what to set", () => {
    expect(() => withEnv({})).toThrow(/ADDIN_PROD_URL=https:\/\/.+ npm run build/);
    expect(() => withEnv({ ADDIN_PROD_URL: "" })).toThrow(/--env undeployed/);
    expect(devUrl).toBe("https://localhost:3000/");
  });

  it("refuses the old placeholder host and the development URL", () => {
    expect(() => withEnv({ ADDIN_PROD_URL: `https://${placeholderHost}/` })).toThrow(/really be hosted/);
    expect(() => withEnv({ ADDIN_PROD_URL: `https://${placeholderHost}/ndr/` })).toThrow(/really be hosted/);
    expect(() => withEnv({ ADDIN_PROD_URL: devUrl })).toThrow(/really be hosted/);
  });

  it("gives a build that is never deployed a URL that never resolves, unless one is configured", () => {
    expect(withEnv({}, { undeployed: true })).toBe(undeployedUrl);
    expect(new URL(undeployedUrl).hostname.endsWith(".invalid")).toBe(true);
    expect(withEnv({ ADDIN_PROD_URL: "https://a.example/" }, { undeployed: true })).toBe("https://a.example/");
  });

  it("prefers ADDIN_PROD_URL, then npm run build --prod_url=…, then package.json config", () => {
    expect(
      withEnv({ npm_package_config_prod_url: "https://c.example/", npm_config_prod_url: "https://b.example/" }),
    ).toBe("https://b.example/");
    expect(withEnv({ ADDIN_PROD_URL: "https://a.example/", npm_config_prod_url: "https://b.example/" })).toBe(
      "https://a.example/",
    );
  });

  it("adds the trailing slash and refuses http or malformed URLs", () => {
    expect(withEnv({ ADDIN_PROD_URL: "https://addins.example.org/ndr" })).toBe("https://addins.example.org/ndr/");
    expect(() => withEnv({ ADDIN_PROD_URL: "http://addins.example.org/" })).toThrow(/https/);
    expect(() => withEnv({ ADDIN_PROD_URL: "not a url" })).toThrow();
  });
});

describe("the webpack configuration", () => {
  it("refuses production mode without a URL, and builds development with the dev URL", () => {
    for (const key of keys) delete process.env[key];
    expect(() => config({}, { mode: "production" })).toThrow(/ADDIN_PROD_URL/);
    expect(config({ undeployed: true }, { mode: "production" }).mode).toBe("production");
    expect(config({}, { mode: "development" }).mode).toBe("development");
  });

  it("`webpack --mode production` with no URL fails before it builds anything", () => {
    const out = mkdtempSync(join(tmpdir(), "ndr-no-url-"));
    try {
      const cli = fileURLToPath(new URL("../../node_modules/webpack-cli/bin/cli.js", import.meta.url));
      const env: NodeJS.ProcessEnv = { ...process.env, NDR_DIST_DIR: out };
      for (const key of keys) delete env[key];
      const result = spawnSync(process.execPath, [cli, "--mode", "production"], {
        cwd: fileURLToPath(new URL("../../", import.meta.url)),
        env,
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/needs the HTTPS URL where dist\/ will be hosted/);
      expect(existsSync(join(out, "manifest.xml"))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
