/**
 * docs/outlook.md stays true to issue 15: the live-tenant checklist (item 13) has 10–12 checks, each
 * with its expected result; the drag-and-drop way in (item 6) is described; and links in new Outlook
 * are not promised a browser tab (item 7).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const doc = readFileSync(new URL("../../docs/outlook.md", import.meta.url), "utf8");

function section(heading: RegExp): string {
  const start = doc.search(heading);
  expect(start, String(heading)).toBeGreaterThanOrEqual(0);
  const rest = doc.slice(start + 1);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

describe("docs/outlook.md", () => {
  it("has a live-tenant checklist of 10 to 12 checks, each with the result to expect", () => {
    const checklist = section(/^## Checking it on a real tenant/m);
    const checks = checklist.split(/\n(?=\d+\. )/).filter((part) => /^\d+\. /.test(part));
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.length).toBeLessThanOrEqual(12);
    expect(checks.map((check) => Number(/^(\d+)\./.exec(check)![1]))).toEqual(checks.map((_c, i) => i + 1));
    for (const check of checks) expect(check, check.slice(0, 60)).toMatch(/_[^_]+_/); // the expected result
    // report items per client, and the ways in the issue names
    expect(checklist).toMatch(/report item/i);
    for (const client of ["web", "new Outlook", "classic", "Mac", "phone"]) expect(checklist).toContain(client);
    for (const topic of ["Drag", "inline", "compose", "Links", "Quick verdict", "pinned", "too old"])
      expect(checklist.toLowerCase()).toContain(topic.toLowerCase());
  });

  it("describes dragging the bounce onto the pane, through DragAndDropEvent on the web and new Outlook", () => {
    expect(doc).toContain("DragAndDropEvent");
    expect(section(/^## How a bounce gets in/m)).toMatch(/drag the bounce from the message list/i);
  });

  it("does not promise a browser tab for links in new Outlook", () => {
    const links = doc.slice(doc.indexOf("Links out of the pane"));
    expect(links).toMatch(/new Outlook[^.]*window of new Outlook's own/);
    expect(doc).not.toMatch(/browser tab[^.]*\(the web, new Outlook\)/);
  });
});
