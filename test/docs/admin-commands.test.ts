/**
 * docs/admin-commands.md is generated from the command table (src/core/diagnose/commands.ts): it
 * must list every template as it is now, so a reviewer reads what the add-in really offers.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adminCommandsDoc, adminCommandsMarkdown } from "../../scripts/admin-commands-doc.js";
import { adminCommands } from "../../src/core/diagnose/commands.js";

describe("docs/admin-commands.md", () => {
  it("is up to date with the command table (npm run docs:commands rewrites it)", async () => {
    expect(readFileSync(adminCommandsDoc, "utf8")).toBe(await adminCommandsMarkdown());
  });

  it("has one row per template, naming its command, what it changes, when it applies and what to read first", async () => {
    const rows = (await adminCommandsMarkdown()).split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(Object.keys(adminCommands).length);
    const accept = rows.find((row) => row.includes("_mailboxAcceptSender_"))!;
    expect(accept).toContain("-AcceptMessagesOnlyFrom @{Add=");
    expect(accept).toMatch(/shuts out every other sender/);
    expect(accept).toContain("`Get-Mailbox -Identity");
    expect(accept).toContain("EXCH_NOT_AUTHORIZED");
  });
});
