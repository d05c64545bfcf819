/**
 * Admin commands carry the NDR's names: one -Identity per command (the group's address, not
 * "name, address"), and names that cannot break out of the command's quotes, since the NDR is
 * written by strangers and the admin pastes the command into PowerShell.
 * NDRs: Exchange Online enhanced NDRs for 5.7.124 built by test/core/drafts/ndr-samples.ts.
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { fillAction, nameValues, powerShellQuotable } from "../../../src/core/diagnose/fill.js";
import { admin, owner } from "../../../src/core/diagnose/causes/steps.js";
import type { Explanation } from "../../../src/core/types.js";
import { samples } from "../drafts/ndr-samples.js";

async function explain(text: string): Promise<Explanation> {
  return explainBounce({ kind: "text", text }, { language: "en" });
}

function commands(explanation: Explanation): string[] {
  const recipient = explanation.recipients[0]!;
  return [...recipient.guidance.owner, ...recipient.guidance.admin]
    .flatMap((step) => (step.action ? [step.action] : []))
    .filter((action) => action.kind === "admin-command")
    .map((action) => action.value ?? "");
}

function groupCommands(explanation: Explanation): string[] {
  return commands(explanation).filter((c) => c.includes("DistributionGroup"));
}

/** Splits a PowerShell command line into its double-quoted strings, honouring backtick escapes. */
function quotedStrings(command: string): { strings: string[]; unterminated: boolean; expands: boolean } {
  const strings: string[] = [];
  let current: string | undefined;
  let expands = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (current === undefined) {
      if (c === '"' || c === "\u201c" || c === "\u201d" || c === "\u201e") current = "";
      continue;
    }
    if (c === "`") {
      current += command[++i] ?? "";
    } else if (c === '"' || c === "\u201c" || c === "\u201d" || c === "\u201e") {
      strings.push(current);
      current = undefined;
    } else {
      if (c === "$") expands = true;
      current += c;
    }
  }
  return { strings, unterminated: current !== undefined, expands };
}

describe("group names in commands and steps", () => {
  it("uses the group's address as the one identity, and names the group once for people", async () => {
    const explanation = await explain(samples.restrictedGroup);
    const recipient = explanation.recipients[0]!;
    expect(recipient.diagnosis.names.groups).toEqual(["Sales Team", "sales-team@contoso.com"]);
    const found = groupCommands(explanation);
    expect(found.length).toBeGreaterThan(0);
    for (const command of found) expect(command).toContain('-Identity "sales-team@contoso.com"');
    const ownerSteps = recipient.guidance.owner.map((s) => s.text).join("\n");
    expect(ownerSteps).toContain("Sales Team (sales-team@contoso.com)");
    expect(ownerSteps).not.toContain("Sales Team, sales-team@contoso.com");
  });

  it("keeps hostile names inside every command's quotes", () => {
    // a group the NDR names only by display name is the case where its text reaches -Identity
    const hostile = 'x"; Remove-Mailbox -Identity ceo -Confirm:$false; "y $(Get-Credential) \u201cz`';
    const values = nameValues({
      groups: [hostile],
      senderAddress: 'kari"$(whoami)@contoso.com',
      recipient: "ola@fabrikam.example",
      publicFolder: 'Sales\\In"box $env:USERNAME',
    });
    const templates = [...Object.values(owner), ...Object.values(admin)].flatMap((s) => (s.action ? [s.action] : []));
    const filled = templates.filter((a) => a.kind === "admin-command").map((a) => fillAction(a, values)?.value ?? "");
    expect(filled.length).toBeGreaterThan(10);
    for (const command of filled) {
      const parsed = quotedStrings(command);
      expect(parsed.unterminated, command).toBe(false);
      expect(parsed.expands, command).toBe(false);
    }
    const withGroup = filled.find((c) => c.startsWith("Add-DistributionGroupMember"))!;
    expect(quotedStrings(withGroup).strings).toEqual([hostile, 'kari"$(whoami)@contoso.com']);
  });

  it("turns line breaks in a name into spaces, so a pasted command stays one command", () => {
    expect(powerShellQuotable("Board\r\nRemove-Mailbox ceo")).toBe("Board  Remove-Mailbox ceo");
    expect(powerShellQuotable('a`b$c"d')).toBe('a``b`$c`"d');
  });
});
