/**
 * The floor check itself (scripts/es-floor.js): it must fail on what the old build shipped (class
 * fields and static blocks, ??=, regex lookbehind) and pass what the floor allows. The built pages
 * are checked with it in test/browser/es-floor.test.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import { floorFor, floorProblems, hasLookbehind } from "../../scripts/es-floor.js";

const problems = (source: string, version?: number) => floorProblems(source, version) as string[];

describe("es-floor", () => {
  it.each([
    ["a class static block", "class A { static { init(); } }"],
    ["a class field", "class A { x = 1; }"],
    ["a private field", "class A { #x; get() { return this.#x; } }"],
    ["a logical assignment", "let a; a ??= 1;"],
    ["the regex d flag", "/a/d.exec('a');"],
  ])("refuses %s (not ES2020)", (_name, source) => {
    expect(problems(source)[0]).toMatch(/^not ES2020/);
  });

  it("refuses regex lookbehind, written as a literal or handed to RegExp", () => {
    expect(problems("/(?<!not )listed/i.test(s);")).toEqual([expect.stringMatching(/lookbehind/)]);
    expect(problems("const r = new RegExp('(?<=a)b', 'g');")).toEqual([expect.stringMatching(/lookbehind/)]);
    expect(problems('const r = RegExp("x(?<![\\\\d.])y");')).toEqual([expect.stringMatching(/lookbehind/)]);
  });

  it("admits what the floor has: optional chaining, ??, named groups, lookahead, a bracketed (?<=", () => {
    expect(problems("const v = a?.b ?? c; /(?<year>\\d{4})(?=-)/.exec(v); /[(?<=]/; /\\(?<=x/;")).toEqual([]);
    expect(hasLookbehind("(?<name>x)")).toBe(false);
    expect(hasLookbehind("a(?<=b)")).toBe(true);
  });

  it("holds the too-old check to ES5 and the rest to ES2020", () => {
    expect(floorFor("too-old.1a2b3c4d.js")).toBe(5);
    expect(floorFor("taskpane.1a2b3c4d.js")).toBe(2020);
    expect(problems("const a = 1;", 5)[0]).toMatch(/^not ES5/);
    expect(problems("var a = function () { return 1; };", 5)).toEqual([]);
  });

  it("fails on a dependency as published: tabster (Fluent UI's focus manager) uses syntax above the floor", () => {
    const file = createRequire(import.meta.url).resolve("tabster/dist/esm/Restorer.js");
    // an ES module: its import and export lines left out, the rest checked as a script
    const source = readFileSync(file, "utf8").replace(/^\s*(import|export)\b.*$/gm, "");
    const [problem] = problems(source);
    expect(problem).toMatch(/^not ES2020/);
    const line = Number(/\((\d+):\d+\)/.exec(problem!)![1]);
    expect(source.split("\n")[line - 1]).toMatch(/static \{/);
  });
});
