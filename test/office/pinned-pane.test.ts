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

/** Outlook (Mailbox 1.13) showing bounce A, ItemChanged registrable, and a host reading it. */
function showingBounceA() {
  const events: Events = { fire: () => {}, added: [], removed: [] };
  const log = new CallLog();
  const mock = installOutlook({
    highest: "1.13",
    item: readItem(log, { itemId: "A" }, { text: ok("bounce A") }),
    mailbox: eventMailbox(events),
  }) as OfficeMockObject;
  return { events, log, mock, host: createOfficeHost(fastTuning) };
}

function bodyOf(result: Awaited<ReturnType<ReturnType<typeof createOfficeHost>["readCurrent"]>>): string | undefined {
  return (result.candidates[0]?.input as { pieces?: { bodyText?: string } }).pieces?.bodyText;
}

describe("pinned pane", () => {
  it("registers one ItemChanged handler, re-reads the new item, and never reuses the old item's candidates", async () => {
    const { events, log, mock, host } = showingBounceA();
    const seen: string[] = [];
    const stopFirst = host.onItemChanged(() => seen.push("first"));
    const stopSecond = host.onItemChanged(() => seen.push("second"));
    await settle();
    expect(events.added).toEqual(["olkItemSelectedChanged"]);

    const first = await host.readCurrent();
    expect(bodyOf(first)).toBe("bounce A");

    mock.context.mailbox.item = readItem(
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

/** A page's focus and visibility events in Node: `globalThis` and `document` as event targets. */
function fakePage() {
  const page = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const saved = { add: globalThis.addEventListener, remove: globalThis.removeEventListener };
  Object.assign(globalThis, {
    addEventListener: page.addEventListener.bind(page),
    removeEventListener: page.removeEventListener.bind(page),
    document: doc,
  });
  return {
    focus: () => page.dispatchEvent(new Event("focus")),
    show: () => doc.dispatchEvent(new Event("visibilitychange")),
    hide: () => {
      doc.visibilityState = "hidden";
      doc.dispatchEvent(new Event("visibilitychange"));
      doc.visibilityState = "visible";
    },
    restore: () => {
      Object.assign(globalThis, { addEventListener: saved.add, removeEventListener: saved.remove });
      delete (globalThis as { document?: unknown }).document;
    },
  };
}

describe("a pane that ItemChanged does not tell (Mac without pinning, a move to a report item)", () => {
  it("re-checks the selected item when the pane regains focus or becomes visible, and re-reads only when it changed", async () => {
    const page = fakePage();
    try {
      const { log, mock, host } = showingBounceA();
      let changes = 0;
      const stop = host.onItemChanged(() => (changes += 1));
      expect(bodyOf(await host.readCurrent())).toBe("bounce A");

      page.focus();
      page.show();
      expect(changes).toBe(0); // same item: the verdict stays

      // Outlook moves the selection without firing ItemChanged
      mock.context.mailbox.item = readItem(log, { itemId: "B" }, { text: ok("bounce B") });
      page.hide();
      expect(changes).toBe(0); // hidden: nothing to show it on
      page.focus();
      expect(changes).toBe(1);
      expect(bodyOf(await host.readCurrent())).toBe("bounce B");
      page.show();
      expect(changes).toBe(1);

      mock.context.mailbox.item = null;
      page.show();
      expect(changes).toBe(2);

      stop();
      mock.context.mailbox.item = readItem(log, { itemId: "C" });
      page.focus();
      expect(changes).toBe(2); // no subscriber, no listener left behind
    } finally {
      page.restore();
    }
  });

  it("an ItemChanged that still offers the message already read is not passed on: the good verdict stays", async () => {
    const { events, log, mock, host } = showingBounceA();
    let changes = 0;
    host.onItemChanged(() => (changes += 1));
    await settle();
    expect(bodyOf(await host.readCurrent())).toBe("bounce A");

    events.fire(); // e.g. a move to a report item that Outlook answers with the old item
    expect(changes).toBe(0);
    mock.context.mailbox.item = readItem(log, { itemId: "B" }, { text: ok("bounce B") });
    events.fire();
    expect(changes).toBe(1);
  });

  it("still re-checks on focus where ItemChanged cannot be registered (Mailbox below 1.5)", async () => {
    const page = fakePage();
    try {
      const mock = installOutlook({ highest: "1.4", item: readItem(new CallLog(), { itemId: "A" }) });
      const host = createOfficeHost(fastTuning);
      let changes = 0;
      host.onItemChanged(() => (changes += 1));
      await settle();
      await host.readCurrent();
      (mock as OfficeMockObject).context.mailbox.item = readItem(new CallLog(), { itemId: "B" });
      page.focus();
      expect(changes).toBe(1);
    } finally {
      page.restore();
    }
  });
});

describe("which message a read came from", () => {
  it("names the subject, the sender as people know them, and the date", async () => {
    installOutlook({ highest: "1.13", item: readItem(new CallLog()) });
    expect((await createOfficeHost(fastTuning).readCurrent()).item).toEqual({
      subject: "Undeliverable: Quarterly figures",
      from: "Microsoft Outlook",
      date: "2026-11-30T08:15:02.000Z",
    });
    installOutlook({
      highest: "1.13",
      item: readItem(new CallLog(), { subject: undefined, from: { emailAddress: "mailer-daemon@example.org" } }),
    });
    expect((await createOfficeHost(fastTuning).readCurrent()).item).toEqual({
      subject: undefined,
      from: "mailer-daemon@example.org",
      date: "2026-11-30T08:15:02.000Z",
    });
  });
});
