/**
 * The production URL that `npm run build` writes into dist/manifest.xml (webpack.config.js):
 * configurable, always https, always ending in "/" so "taskpane.html" appends cleanly.
 */
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error -- webpack.config.js is plain JavaScript without type declarations
import { defaultProductionUrl, devUrl, productionUrl } from "../../webpack.config.js";

const keys = ["ADDIN_PROD_URL", "npm_config_prod_url", "npm_package_config_prod_url"] as const;
const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));

afterEach(() => {
  for (const key of keys) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

function withEnv(values: Partial<Record<(typeof keys)[number], string>>): string {
  for (const key of keys) delete process.env[key];
  Object.assign(process.env, values);
  return productionUrl() as string;
}

describe("productionUrl()", () => {
  it("falls back to the documented placeholder", () => {
    expect(withEnv({})).toBe(defaultProductionUrl);
    expect(devUrl).toBe("https://localhost:3000/");
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
