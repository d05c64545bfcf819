/**
 * Way in 6: a pinned pane re-reads on ItemChanged (mailbox.addHandlerAsync, Mailbox 1.5) and
 * never hands back the previous item's bounce for a new item.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createOfficeHost } from "../../src/office/host.js";
import {
  CallLog,
  fail,
  fastTuning,
  installOutlook,
  ok,
  readItem,
  settle,
  uninstallOutlook,
} from "./support/outlook-mock.js";
import type { OfficeMockObject } from "office-addin-mock";

afterEach(() => uninstallOutlook());

interface Events {
  fire: () => void;
  added: string[];
  removed: string[];
}

function eventMailbox(events: Events, addReply: unknown = { status: "succeeded" }) {
  return {
    addHandlerAsync: (type: string, handler: () => void, callback: (r: unknown) => void) => {
      events.added.push(type);
      events.fire = handler;
      queueMicrotask(() => callback(addReply));
    },
    removeHandlerAsync: (type: string, callback: (r: unknown) => void) => {
      events.removed.push(type);
      queueMicrotask(() => callback({ status: "succeeded" }));
    },
  };
}

function bodyOf(result: Awaited<ReturnType<ReturnType<typeof createOfficeHost>["readCurrent"]>>): string | undefined {
  return (result.candidates[0]?.input as { pieces?: { bodyText?: string } }).pieces?.bodyText;
}

describe("pinned pane", () => {
  it("registers one ItemChanged handler, re-reads the new item, and never reuses the old item's candidates", async () => {
    const events: Events = { fire: () => {}, added: [], removed: [] };
    const log = new CallLog();
    const mock = installOutlook({
      highest: "1.13",
      item: readItem(log, { itemId: "A" }, { text: ok("bounce A") }),
      mailbox: eventMailbox(events),
    });
    const host = createOfficeHost(fastTuning);
    const seen: string[] = [];
    const stopFirst = host.onItemChanged(() => seen.push("first"));
    const stopSecond = host.onItemChanged(() => seen.push("second"));
    await settle();
    expect(events.added).toEqual(["olkItemSelectedChanged"]);

    const first = await host.readCurrent();
    expect(bodyOf(first)).toBe("bounce A");

    (mock as OfficeMockObject).context.mailbox.item = readItem(
      log,
      { itemId: "B", subject: "Undeliverable: other" },
      { text: ok("bounce B") },
    );
    events.fire();
    expect(seen).toEqual(["first", "second"]);
    const second = await host.readCurrent();
    expect(bodyOf(second)).toBe("bounce B");
    expect(second.candidates.map((c) => c.id)).not.toContain(first.candidates[0]!.id);

    stopFirst();
    expect(events.removed).toEqual([]);
    stopSecond();
    await settle();
    expect(events.removed).toEqual(["olkItemSelectedChanged"]);
  });

  it("discards a read that was overtaken by an item change", async () => {
    const events: Events = { fire: () => {}, added: [], removed: [] };
    const log = new CallLog();
    let answerA: (() => void) | undefined;
    const slowItem = readItem(log, {
      itemId: "A",
      body: {
        getAsync: (coercion: string, callback: (r: unknown) => void) => {
          if (coercion === "text") answerA = () => callback({ status: "succeeded", value: "bounce A" });
          else queueMicrotask(() => callback({ status: "succeeded", value: "<p>bounce A</p>" }));
        },
      },
    });
    const mock = installOutlook({ highest: "1.13", item: slowItem, mailbox: eventMailbox(events) });
    const host = createOfficeHost({ ...fastTuning, quick: { timeoutMs: 5_000, backoffMs: 1 } });
    host.onItemChanged(() => {});
    await settle();

    const pending = host.readCurrent();
    await settle();
    (mock as OfficeMockObject).context.mailbox.item = readItem(log, { itemId: "B" }, { text: ok("bounce B") });
    events.fire();
    answerA!();
    const overtaken = await pending;
    expect(overtaken.candidates).toEqual([]);
    expect(overtaken.notices).toEqual([
      { code: "api-failed", api: "ItemChanged", detail: expect.stringContaining("read again") },
    ]);

    expect(bodyOf(await host.readCurrent())).toBe("bounce B");
  });

  it("reports no item when the pinned pane has nothing selected after the change", async () => {
    const events: Events = { fire: () => {}, added: [], removed: [] };
    const mock = installOutlook({
      highest: "1.13",
      item: readItem(new CallLog(), { itemId: "A" }),
      mailbox: eventMailbox(events),
    });
    const host = createOfficeHost(fastTuning);
    host.onItemChanged(() => {});
    await settle();
    await host.readCurrent();
    (mock as OfficeMockObject).context.mailbox.item = null;
    events.fire();
    const result = await host.readCurrent();
    expect(result.candidates).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(["no-item"]);
  });

  it("tells the next read when ItemChanged cannot be registered (missing or refused)", async () => {
    installOutlook({ highest: "1.4", item: readItem(new CallLog()) });
    const host = createOfficeHost(fastTuning);
    host.onItemChanged(() => {});
    await settle();
    const result = await host.readCurrent();
    expect(result.notices.map((n) => `${n.code}:${n.api}`)).toContain(
      "api-missing:addHandlerAsync(olkItemSelectedChanged)",
    );
    expect(result.candidates).toHaveLength(1);

    const events: Events = { fire: () => {}, added: [], removed: [] };
    installOutlook({
      highest: "1.13",
      item: readItem(new CallLog()),
      mailbox: eventMailbox(events, fail(5000, "HostError", "not allowed")),
    });
    const refused = createOfficeHost(fastTuning);
    refused.onItemChanged(() => {});
    await settle();
    const next = await refused.readCurrent();
    expect(next.notices[0]).toMatchObject({ code: "api-failed", api: "addHandlerAsync(olkItemSelectedChanged)" });
    // the notice is said once, not on every read
    expect((await refused.readCurrent()).notices).toEqual([]);
  });

  it("a subscriber that throws does not stop the others", async () => {
    const events: Events = { fire: () => {}, added: [], removed: [] };
    installOutlook({ highest: "1.13", item: readItem(new CallLog()), mailbox: eventMailbox(events) });
    const host = createOfficeHost(fastTuning);
    const seen: string[] = [];
    host.onItemChanged(() => {
      throw new Error("pane bug");
    });
    host.onItemChanged(() => seen.push("still told"));
    await settle();
    events.fire();
    expect(seen).toEqual(["still told"]);
  });
});
