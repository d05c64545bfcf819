/**
 * The built pages' Content-Security-Policy, read from the HTML files webpack wrote (the build the
 * browser tests serve): no inline script, no eval, no remote script except Office.js (and the
 * Microsoft CDN Office.js itself loads its helpers from), no plugins, no <base> rewrites, no form
 * posts, no connections off the page's origin — and no inline script or handler in the markup.
 * The browser-side check that the policy is enforced lives in foundation.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

/** Remote script origins allowed on the Office pages: Office.js's own CDNs, nothing else. */
const OFFICE_SCRIPT_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

const UNSAFE_SCRIPT_SOURCES =
  /^(?:'unsafe-inline'|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|https?:|data:|blob:|filesystem:|'nonce-.*'|'sha(?:256|384|512)-.*')$/i;

function cspOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /http-equiv\s*=\s*["']?content-security-policy/i.test(tag));
  expect(metas).toHaveLength(1);
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(metas[0]!);
  expect(content).not.toBeNull();
  const directives = new Map<string, string[]>();
  for (const part of (content![1] ?? content![2] ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const pages = [
  { name: "taskpane.html", office: true },
  { name: "commands.html", office: true },
  { name: "preview.html", office: false },
];

describe("CSP of the built pages (dist/*.html)", () => {
  for (const { name, office } of pages) {
    describe(name, () => {
      const read = () => readFileSync(join(inject("distDir"), name), "utf8");

      it("forbids inline script and eval, and remote script other than Office.js", () => {
        const csp = cspOf(read());
        const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
        expect(scriptSrc, "script-src or default-src").toBeDefined();
        expect(scriptSrc!.filter((source) => UNSAFE_SCRIPT_SOURCES.test(source))).toEqual([]);
        const remote = scriptSrc!.filter((source) => source !== "'self'" && source !== "'none'");
        expect(remote).toEqual(office ? expect.arrayContaining([OFFICE_SCRIPT_ORIGINS[0]]) : []);
        for (const source of remote) expect(OFFICE_SCRIPT_ORIGINS).toContain(new URL(source).origin);
        // script-src-elem/-attr would override script-src for elements and handlers: none may loosen it
        for (const directive of ["script-src-elem", "script-src-attr"]) {
          expect(
            (csp.get(directive) ?? []).filter((source) => UNSAFE_SCRIPT_SOURCES.test(source)),
            directive,
          ).toEqual([]);
        }
      });

      it("allows no plugins, base rewrites, form posts or connections off the origin", () => {
        const csp = cspOf(read());
        expect(csp.get("object-src")).toEqual(["'none'"]);
        expect(["'none'", "'self'"]).toContain(csp.get("base-uri")?.[0]);
        expect(csp.get("form-action")).toEqual(["'none'"]);
        const connect = csp.get("connect-src") ?? csp.get("default-src") ?? [];
        expect(
          connect.every((source) => source === "'self'" || source === "'none'"),
          `connect-src ${connect.join(" ")}`,
        ).toBe(true);
        const fallback = csp.get("default-src") ?? [];
        expect(
          fallback.every((source) => source === "'self'" || source === "'none'"),
          `default-src ${fallback.join(" ")}`,
        ).toBe(true);
      });

      it("has no inline script or inline event handler in its markup", () => {
        const html = read();
        const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
        expect(scripts.length).toBeGreaterThan(0);
        expect(scripts.filter((attributes) => !/\bsrc\s*=/i.test(attributes))).toEqual([]);
        const external = scripts
          .map((a) => /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(a)?.[1] ?? "")
          .filter((src) => /^(?:https?:)?\/\//i.test(src));
        expect(external).toEqual(office ? ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"] : []);
        expect([...html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => m[0])).toEqual([]);
        expect(html).not.toMatch(/javascript:/i);
      });
    });
  }
});
