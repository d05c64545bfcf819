/**
 * The built pages against the client floor (README, "Requirements"): every script in dist/ parses
 * as ES2020 with no regex lookbehind, the too-old check as ES5, and the Outlook pages run the
 * check before anything else (scripts/es-floor.js). Needs the production build, not Chromium.
 */
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import { checkFolder } from "../../scripts/es-floor.js";

const distDir = inject("distDir");

function scriptsOf(page: string): string[] {
  const html = readFileSync(`${distDir}${page}`, "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!);
}

describe("the production build meets the script floor", () => {
  it("every script parses as ES2020 without lookbehind, and the too-old check as ES5", () => {
    expect(checkFolder(distDir)).toEqual({});
  });

  it.each(["taskpane.html", "commands.html"])("%s runs the too-old check first, right after Office.js", (page) => {
    const scripts = scriptsOf(page);
    expect(scripts[0]).toMatch(/appsforoffice\.microsoft\.com/);
    expect(scripts[1]).toMatch(/^too-old\.[0-9a-f]{8}\.js$/);
    expect(scripts.length).toBeGreaterThan(2);
  });

  it("the preview page (a try-it page for any browser) does without it", () => {
    expect(scriptsOf("preview.html").some((src) => src.includes("too-old"))).toBe(false);
  });
});
