/**
 * Issue 13: the command line feeds the situation step. --me (the reader), --org-domain (repeatable)
 * and the `domains` of the organisation's config file (--config) reach explainBounces as its
 * context; wrong values are usage errors. And each admin command in the text output comes with the
 * read command to run first, what it changes and when it applies (item 8).
 * Bounce: the seed S1 fixture (test/fixtures/seed/s1-en.eml, Exchange Online, RESOLVER.RST.NotAuthorized).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExplainOptions } from "../../src/core/index.js";
import { runCli } from "./helpers.js";

const seen = vi.hoisted(() => [] as (ExplainOptions | undefined)[]);
vi.mock("../../src/core/index.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/index.js")>();
  return {
    ...actual,
    explainBounces: (...args: Parameters<typeof actual.explainBounces>) => {
      seen.push(args[1]);
      return actual.explainBounces(...args);
    },
  };
});

const s1 = fileURLToPath(new URL("../fixtures/seed/s1-en.eml", import.meta.url));

function configFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "ndr-config-")), "ndr-explainer.config.json");
  writeFileSync(path, text);
  return path;
}

describe("--me, --org-domain and --config feed the situation context", () => {
  beforeEach(() => {
    seen.length = 0;
  });

  it("passes the reader and the organisation's domains, normalised", async () => {
    const run = await runCli([
      "-j",
      "1",
      "--me",
      "Ola.Nordmann@Contoso.no",
      "--org-domain",
      "Contoso.no",
      "--org-domain",
      "@contoso.com",
      "--org-domain",
      "contoso.no",
      s1,
    ]);
    expect(run.code).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.context).toEqual({
      readerAddress: "ola.nordmann@contoso.no",
      orgDomains: ["contoso.no", "contoso.com"],
    });
  });

  it("adds the config file's domains, and names its problems on stderr", async () => {
    const config = configFile('{ "domains": ["contoso.no", "Contoso.se", "not a domain"], "role": "admin" }');
    const run = await runCli(["-j", "1", "--org-domain", "contoso.com", "--config", config, s1]);
    expect(run.code).toBe(0);
    expect(seen[0]?.context).toEqual({ orgDomains: ["contoso.com", "contoso.no", "contoso.se"] });
    expect(run.stderr).toMatch(/"not a domain" is not a domain name/);
  });

  it("gives no context when none is given", async () => {
    expect((await runCli(["-j", "1", s1])).code).toBe(0);
    expect(seen[0]?.context).toBeUndefined();
  });

  it("refuses what is not an address or a domain, and a config file it cannot read (exit 2)", async () => {
    const notAddress = await runCli(["--me", "kari", s1]);
    expect(notAddress.code).toBe(2);
    expect(notAddress.stderr).toMatch(/--me.*email address/s);
    const notDomain = await runCli(["--org-domain", "contoso com", s1]);
    expect(notDomain.code).toBe(2);
    expect(notDomain.stderr).toMatch(/--org-domain.*domain name/s);
    const missing = await runCli(["--config", join(tmpdir(), "no-such-dir-ndr", "config.json"), s1]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read --config/);
    expect(seen).toHaveLength(0);
  });
});

describe("admin commands in the text output (issue 13 item 8)", () => {
  it("come with the read command to run first, what they change and when they apply", async () => {
    // read as fabrikam.no's help desk: commands are only offered to the organisation they act in
    const asRecipientIt = ["--me", "it@fabrikam.no", "--org-domain", "fabrikam.no"];
    const run = await runCli(["--audience", "admin", "--lang", "en", ...asRecipientIt, s1]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const accept = lines.findIndex((line) => line.includes("-AcceptMessagesOnlyFrom @{Add="));
    expect(accept).toBeGreaterThan(0);
    const facts = lines.slice(accept + 1, accept + 4).join("\n");
    expect(facts).toMatch(/read first: Get-Mailbox -Identity "per\.hansen@fabrikam\.no"/);
    expect(facts).toMatch(/changes: Adds the sender/);
    expect(facts).toMatch(/when: Only when AcceptMessagesOnlyFrom already lists senders/);
    const nb = await runCli(["--audience", "admin", "--lang", "nb", ...asRecipientIt, s1]);
    // seen by the sender at contoso.no, the same bounce offers no command for fabrikam.no's mailbox
    const outside = await runCli(["--audience", "admin", "--lang", "en", s1]);
    expect(outside.stdout).not.toContain("Set-Mailbox");
    expect(nb.stdout).toMatch(/les først: Get-Mailbox/);
    expect(nb.stdout).toMatch(/når: Bare når AcceptMessagesOnlyFrom/);
  });
});
