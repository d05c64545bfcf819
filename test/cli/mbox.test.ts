// The mbox splitter: separators only at "From " after a blank line, >From unescaping (mboxrd and
// mboxo), LF / CRLF / CR line ends, any chunking. Inputs are built here in the layout RFC 4155
// and the mboxrd description (qmail's mbox(5)) give.
import { describe, expect, it } from "vitest";
import { splitMbox, startsWithFromLine } from "../../src/cli/inputs/mbox.js";

async function split(text: string, chunkSize = 1 << 20): Promise<string[]> {
  const bytes = Buffer.from(text, "latin1");
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: string[] = [];
  for await (const message of splitMbox(chunks())) out.push(Buffer.from(message).toString("latin1"));
  return out;
}

const mbox = [
  "From MAILER-DAEMON Mon Nov 30 00:00:00 2026",
  "Subject: one",
  "",
  "body one",
  ">From the quoted line",
  ">>From twice quoted",
  "From not a separator (no blank line before it)",
  "",
  "From MAILER-DAEMON Mon Nov 30 00:00:01 2026",
  "Subject: two",
  "",
  "body two",
  "",
].join("\n");

describe("splitMbox", () => {
  it("splits on From lines after a blank line and drops the separator and closing blank line", async () => {
    const messages = await split(mbox);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(
      "Subject: one\n\nbody one\nFrom the quoted line\n>From twice quoted\nFrom not a separator (no blank line before it)\n",
    );
    expect(messages[1]).toBe("Subject: two\n\nbody two\n");
  });

  it("gives the same messages whatever the chunk size", async () => {
    const whole = await split(mbox);
    for (const size of [1, 2, 3, 7, 64]) expect(await split(mbox, size)).toEqual(whole);
  });

  it("handles CRLF and CR-only line ends", async () => {
    const crlf = await split(mbox.replace(/\n/g, "\r\n"));
    expect(crlf).toHaveLength(2);
    expect(crlf[1]).toBe("Subject: two\r\n\r\nbody two\r\n");
    expect(crlf[0]).toContain("\r\nFrom the quoted line\r\n");
    const cr = await split(mbox.replace(/\n/g, "\r"), 5);
    expect(cr).toHaveLength(2);
    expect(cr[0]).toContain("\rFrom the quoted line\r");
  });

  it("keeps bytes that are not UTF-8 untouched", async () => {
    const latin = "From x Mon Nov 30 00:00:00 2026\nSubject: \xe6\xf8\xe5\n\nbl\xe5b\xe6r\n";
    const [message] = await split(latin);
    expect(Buffer.from(message, "latin1")).toEqual(Buffer.from("Subject: \xe6\xf8\xe5\n\nbl\xe5b\xe6r\n", "latin1"));
  });

  it("yields nothing for an empty stream and ignores text before the first separator", async () => {
    expect(await split("")).toEqual([]);
    expect(await split("junk\n\nFrom a b\nSubject: x\n")).toEqual(["Subject: x\n"]);
  });

  it("recognises the separator at the start", () => {
    expect(startsWithFromLine(Buffer.from("From x"))).toBe(true);
    expect(startsWithFromLine(Buffer.from("From: x"))).toBe(false);
    expect(startsWithFromLine(Buffer.from("Fro"))).toBe(false);
  });
});
