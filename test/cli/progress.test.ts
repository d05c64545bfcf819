// The progress line: silent for short runs and when stderr is not a terminal; redrawn in place and
// wiped at the end of a long run. A fake clock stands in for time.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { makeProgress } from "../../src/cli/progress.js";

function sink() {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += chunk.toString();
      done();
    },
  }) as Writable & { text: string };
  stream.text = "";
  return stream;
}

describe("progress line", () => {
  it("says nothing when stderr is not a terminal", () => {
    const stderr = sink();
    let now = 0;
    const progress = makeProgress(stderr, false, "en", () => now);
    for (let i = 0; i < 100; i++, now += 100) progress.tick();
    progress.done();
    expect(stderr.text).toBe("");
  });

  it("says nothing during the first second", () => {
    const stderr = sink();
    let now = 0;
    const progress = makeProgress(stderr, true, "en", () => now);
    for (let i = 0; i < 9; i++, now += 100) progress.tick();
    progress.done();
    expect(stderr.text).toBe("");
  });

  it("draws count and rate on one line for a long run, then wipes it", () => {
    const stderr = sink();
    let now = 0;
    const progress = makeProgress(stderr, true, "en", () => now);
    for (let i = 0; i < 30; i++) {
      now += 100;
      progress.tick();
    }
    expect(stderr.text).toContain("30 messages read, 10/s");
    expect(stderr.text).not.toContain("\n");
    progress.done();
    expect(stderr.text.endsWith("\r\u001b[K")).toBe(true);
  });
});
