/**
 * The Outlook adapter runs its few regular expressions over untrusted text (subjects, senders,
 * attachment names, base64 content), so each one is checked for ReDoS with recheck, as the core's
 * are in test/core/regex-safety.test.ts. Bodies are scanned without regular expressions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { htmlHasWords } from "../../src/office/read-item.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

function regexLiterals(dir: string): Array<{ source: string; flags: string; where: string }> {
  const found: Array<{ source: string; flags: string; where: string }> = [];
  for (const name of readdirSync(join(projectRoot, dir))) {
    if (!name.endsWith(".ts")) continue;
    const path = join(projectRoot, dir, name);
    const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${relative(projectRoot, path)}:${line}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

const checkParams = {
  timeout: 10_000,
  maxIteration: 4,
  maxGenerationSize: 50,
  maxInitialGenerationSize: 150,
  attackTimeout: 400,
  incubationTimeout: 100,
};

describe("regular expressions in src/office and src/commands", () => {
  it("are all safe from catastrophic backtracking (recheck)", { timeout: 120_000 }, async () => {
    const patterns = [...regexLiterals("src/office"), ...regexLiterals("src/commands")];
    expect(patterns.length).toBeGreaterThan(5);
    const unsafe: string[] = [];
    for (const pattern of patterns) {
      // Same lighter fuzzing as the core's check; an "unknown" (the checker ran out of time on a
      // busy machine) is retried once with more time before it counts as a failure.
      let result = await check(pattern.source, pattern.flags, checkParams);
      if (result.status === "unknown")
        result = await check(pattern.source, pattern.flags, { ...checkParams, timeout: 30_000 });
      if (result.status !== "safe")
        unsafe.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${result.status}`);
    }
    expect(unsafe).toEqual([]);
  });
});

describe("htmlHasWords (the body scan that replaced a tag-stripping regex)", () => {
  it.each([
    ["a paragraph of text", "<p>Delivery has failed</p>", true],
    ["only tags, spaces and &nbsp;", "<html><body>&nbsp; <br></body></html>", false],
    ["text after &nbsp;", "<div>&nbsp;x</div>", true],
    ["an empty string", "", false],
    ["nothing", undefined, false],
    ["200,000 unclosed <", "<".repeat(200_000), false],
    ["50,000 open tags, then text", `${"<a ".repeat(50_000)}>x`, true],
  ])("%s", (_label, html, expected) => {
    expect(htmlHasWords(html)).toBe(expected);
  });
});
