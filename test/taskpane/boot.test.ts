/**
 * Boot's wait for Outlook (src/taskpane/boot.ts): Office.onReady can take longer than the pane is
 * willing to show a blank frame (cold starts of classic Outlook, Mac, mobile). The pane starts on
 * its own after 4 s and keeps waiting; an answer that comes later still switches it to Outlook.
 * (The browser test in test/browser/outlook.test.ts runs the same through the built page.)
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseHost, officeTimeoutMs } from "../../src/taskpane/boot.js";

function installOffice(answerAfterMs: number | "never", host: string | null = "Outlook") {
  (globalThis as { Office?: unknown }).Office = {
    HostType: { Outlook: "Outlook" },
    onReady: () =>
      answerAfterMs === "never"
        ? new Promise(() => {})
        : new Promise((resolve) => setTimeout(() => resolve({ host, platform: "PC" }), answerAfterMs)),
  };
}

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("chooseHost", () => {
  it("starts on its own after 4 s and switches when onReady answers after 10 s", async () => {
    vi.useFakeTimers();
    installOffice(10_000);
    const choosing = chooseHost();
    await vi.advanceTimersByTimeAsync(officeTimeoutMs);
    const first = await choosing;
    expect(first.host.kind).toBe("browser");
    expect(first.bootNoticeKey).toBe("ui.officeTimeout");
    expect(first.later).toBeDefined();

    let switched = false;
    const later = first.later!.then((result) => {
      switched = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(5_000); // 9 s: still waiting, not given up
    expect(switched).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    const result = await later;
    expect(switched).toBe(true);
    // In Node the Office adapter is not bundled (webpackContext), so the switch names why it fell back;
    // in the built page it is the Outlook host (test/browser/outlook.test.ts).
    expect(result).toBeDefined();
    expect(await result!.host.readCurrent()).toMatchObject({ notices: [{ api: "Office adapter" }] });
  });

  it("answers at once when onReady does (a plain browser: host null), with nothing to wait for", async () => {
    installOffice(0, null);
    const result = await chooseHost();
    expect(result.host.kind).toBe("browser");
    expect(result.bootNoticeKey).toBeUndefined();
    expect(result.later).toBeUndefined();
  });

  it("a late answer from another Office host (or none) switches to nothing", async () => {
    vi.useFakeTimers();
    installOffice(6_000, "Word");
    const choosing = chooseHost();
    await vi.advanceTimersByTimeAsync(officeTimeoutMs);
    const first = await choosing;
    const later = first.later!;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await later).toBeUndefined();
  });
});
