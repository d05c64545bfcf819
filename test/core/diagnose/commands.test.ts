/**
 * Issue 13 item 8: no admin command is offered bare. Every command a cause can offer says what it
 * changes and when it applies (in both languages), and a command that changes anything names the
 * read command to run first. A template added without them — in commands.ts or inline in a cause —
 * fails here.
 */
import { describe, expect, it } from "vitest";
import { catalogue, unknownCause } from "../../../src/core/diagnose/catalogue.js";
import { adminCommands } from "../../../src/core/diagnose/commands.js";
import { fillAction, nameValues } from "../../../src/core/diagnose/fill.js";
import type { ActionTemplate } from "../../../src/core/diagnose/model.js";
import { areas } from "../../../src/core/i18n/areas.js";

/** Verbs whose commands change nothing: they read, or open the session the others need. */
const readingVerbs = new Set(["Get", "Connect"]);
const verbOf = (command: string) => /^([A-Za-z]+)-/.exec(command)?.[1] ?? "";
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** Every admin-command template any cause offers, with the causes that offer it. */
function offeredTemplates(): Map<ActionTemplate, string[]> {
  const found = new Map<ActionTemplate, string[]>();
  for (const cause of [...catalogue, unknownCause]) {
    for (const steps of Object.values(cause.guidance)) {
      for (const step of steps) {
        if (step.action?.kind !== "admin-command") continue;
        const ids = found.get(step.action) ?? [];
        if (!ids.includes(cause.id)) ids.push(cause.id);
        found.set(step.action, ids);
      }
    }
  }
  return found;
}

describe("admin command templates (issue 13 item 8)", () => {
  const offered = offeredTemplates();
  const known = new Set<ActionTemplate>(Object.values(adminCommands));

  it("finds the commands the causes offer", () => {
    expect(offered.size).toBeGreaterThan(20);
  });

  for (const [template, causes] of offered) {
    const label = `${template.value} (${causes.join(", ")})`;
    it(`says what it changes, when it applies and what to read first: ${label}`, () => {
      expect(known.has(template), "every command lives in diagnose/commands.ts").toBe(true);
      expect(template.changesKey, "changesKey").toBeTruthy();
      expect(template.whenKey, "whenKey").toBeTruthy();
      for (const lang of ["en", "nb"] as const) {
        const guidance = areas[lang].guidance as Record<string, string>;
        expect(guidance[template.changesKey!], `${lang}: ${template.changesKey}`).toBeTruthy();
        expect(guidance[template.whenKey!], `${lang}: ${template.whenKey}`).toBeTruthy();
      }
      const value = template.value ?? "";
      if (readingVerbs.has(verbOf(value))) {
        expect(template.changesKey).toBe("adminCommand.readsOnly");
        expect(template.readFirst).toBeUndefined();
      } else {
        expect(template.changesKey).not.toBe("adminCommand.readsOnly");
        expect(template.readFirst, "a command that changes something names its read command").toBeTruthy();
        expect(verbOf(template.readFirst!), template.readFirst).toBe("Get");
        // the read command speaks of the same objects, so it is filled whenever the command is
        for (const name of placeholders(template.readFirst!)) expect(placeholders(value)).toContain(name);
      }
    });
  }

  it("a step that adds a sender to an accept list says an outside sender also needs the authentication requirement off, and the read shows it", () => {
    const adds = (template: ActionTemplate | undefined) =>
      /AcceptMessagesOnly\w*\s+@\{Add=/.test(template?.value ?? "");
    const steps = [...catalogue, unknownCause].flatMap((cause) =>
      Object.values(cause.guidance).flatMap((list) => list.filter((step) => adds(step.action))),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of new Set(steps)) {
      expect(step.action!.readFirst, step.key).toContain("RequireSenderAuthenticationEnabled");
      expect((areas.en.guidance as Record<string, string>)[step.key], step.key).toMatch(
        /outside your organisation.*(?:authenticated \(internal\) senders|external senders)/,
      );
      expect((areas.nb.guidance as Record<string, string>)[step.key], step.key).toMatch(
        /utenfor organisasjonen.*(?:godkjente \(interne\) avsendere|eksterne avsendere)/,
      );
    }
  });

  it("every template in commands.ts is offered by some cause (no dead rows in docs/admin-commands.md)", () => {
    for (const [id, template] of Object.entries(adminCommands)) expect(offered.has(template), id).toBe(true);
  });

  it("fills the read command with the NDR's names, quoted like the command", () => {
    const values = nameValues({
      recipient: 'ceo"; Remove-Mailbox x; "@fabrikam.no',
      senderAddress: "ola@contoso.no",
      groups: [],
    });
    const action = fillAction(adminCommands.mailboxAcceptSender, values)!;
    expect(action.readFirst).toBe(
      'Get-Mailbox -Identity "ceo`"; Remove-Mailbox x; `"@fabrikam.no" | Format-List AcceptMessagesOnly*,RejectMessages*,RequireSenderAuthenticationEnabled',
    );
    expect(action.changesKey).toBe("adminCommand.mailboxAcceptSender.changes");
    expect(action.whenKey).toBe("adminCommand.mailboxAcceptSender.when");
  });
});
