/**
 * The heading a report is shown under (core/kind-heading.ts): a list's moderation hold and a content
 * filter's quarantine hold get their own, every other report its kind. Read from real fixtures through the whole engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/core/index.js";
import { kindHeading } from "../../../src/core/kind-heading.js";
import type { Explanation } from "../../../src/core/types.js";
import { ENGINE_FIXTURES } from "../../support/engine-fixtures.js";

async function explainFixture(path: string): Promise<Explanation> {
  const data = new Uint8Array(readFileSync(join(ENGINE_FIXTURES, path)));
  return explainBounce({ kind: "bytes", data, name: path }, { language: "en" });
}

describe("kindHeading", () => {
  it("a post a list holds for its moderator is 'held', though its kind stays 'delayed'", async () => {
    const held = await explainFixture("moderation/m01-mailman2-non-member.eml");
    expect(held.report.kind).toBe("delayed");
    expect(kindHeading(held)).toBe("held");
  });

  it("a message a content filter holds in quarantine for review is 'quarantined', its kind 'delayed'", async () => {
    const quarantined = await explainFixture("content-notices/cn11-puremessage-quarantined-pending.eml");
    expect(quarantined.report.kind).toBe("delayed");
    expect(kindHeading(quarantined)).toBe("quarantined");
  });

  it("a server's retry warning stays 'delayed'", async () => {
    const delayed = await explainFixture("delay/d01-postfix-delayed-dsn.eml");
    expect(delayed.report.kind).toBe("delayed");
    expect(kindHeading(delayed)).toBe("delayed");
  });

  it("a report whose delayed recipients are not all held stays 'delayed'", async () => {
    const held = await explainFixture("moderation/m01-mailman2-non-member.eml");
    const retried = await explainFixture("delay/d01-postfix-delayed-dsn.eml");
    const mixed: Explanation = { ...held, recipients: [...held.recipients, ...retried.recipients] };
    expect(kindHeading(mixed)).toBe("delayed");
  });

  it("a rejection after a hold is a bounce, not a hold", async () => {
    const rejected = await explainFixture("moderation/m09-mailman2-held-then-rejected.eml");
    expect(rejected.report.kind).toBe("failed");
    expect(kindHeading(rejected)).toBe("failed");
  });
});
