/**
 * An mbox file holding several messages: the recipients of every delivery report in it are read.
 * Fixture: mbox-fixture.ts (Postfix's bounce and its Postmaster Copy in one file).
 */
import { describe, expect, it } from "vitest";
import { readMessage } from "../../../src/core/read/index.js";
import { laterMboxMessages } from "../../../src/core/read/mbox.js";
import { extractReport } from "../../../src/core/report/index.js";
import { bounce, postmasterCopy, twoBounceMbox } from "./mbox-fixture.js";

describe("mbox files with several messages", () => {
  it("reports the recipients of every message's delivery report", async () => {
    const report = extractReport(await readMessage({ kind: "text", text: twoBounceMbox }));
    expect(report.recipients.map((r) => r.address)).toEqual(["kari.nordmann@example.org", "ola.nordmann@example.org"]);
    expect(report.recipients.every((r) => r.status === "5.7.1")).toBe(true);
  });

  it("finds a later postmark whether or not a blank line comes before it, in bytes as in text, at any line end", () => {
    const text = `${bounce}\n\n${postmasterCopy}\n`;
    expect(laterMboxMessages(text)).toHaveLength(1);
    expect(laterMboxMessages(new TextEncoder().encode(`${bounce}\n${postmasterCopy}\n`))).toHaveLength(1);
    expect(laterMboxMessages(text.replace(/\n/g, "\r\n"))).toHaveLength(1);
    expect(laterMboxMessages(text.replace(/\n/g, "\r"))).toHaveLength(1);
  });

  it("leaves a body line that merely begins with 'From ' alone, and ordinary messages untouched", () => {
    const withFromLine = bounce.replace(
      "--B1/mx.example.net--",
      "From the desk of Kari Nordmann\nSubject: x\n--B1/mx.example.net--",
    );
    expect(laterMboxMessages(withFromLine)).toEqual([]);
    expect(laterMboxMessages(bounce.slice(bounce.indexOf("\n") + 1) + "\n" + postmasterCopy)).toEqual([]);
  });
});
