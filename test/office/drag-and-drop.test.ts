/**
 * Issue 15 item 6: messages dragged onto the pane in Outlook on the web and new Outlook arrive
 * through Office.EventType.DragAndDropEvent, registered with mailbox.addHandlerAsync, each as an .eml
 * file. The payloads follow DragAndDropEventArgs in @types/office-js 1.0.612 (dragAndDropEventData
 * {type: "dragover" | "drop", pageX, pageY, taskPaneX, taskPaneY, dataTransfer: {files: [{name,
 * type, fileContent: Blob}]}}) and learn.microsoft.com/office/dev/add-ins/outlook/drag-drop-items.
 */
import { afterEach, describe, expect, it } from "vitest";
import { explainBounce } from "../../src/core/index.js";
import type { DroppedFile } from "../../src/host/types.js";
import { createOfficeHost } from "../../src/office/host.js";
import { candidateFromFile } from "../../src/taskpane/input.js";
import { samples } from "../../src/preview/samples/files.js";
import {
  CallLog,
  fastTuning,
  installOutlook,
  readItem,
  requirements,
  settle,
  uninstallOutlook,
} from "./support/outlook-mock.js";

afterEach(() => uninstallOutlook());

const bounce = samples.find((s) => s.name === "gmail-unknown-user")!.content;

interface Registered {
  added: string[];
  removed: string[];
  handlers: Map<string, (args: unknown) => void>;
}

/** addHandlerAsync/removeHandlerAsync that keep the handlers; `refuse` answers as classic Outlook and Mac do. */
function eventMailbox(registered: Registered, refuse: string[] = []) {
  return {
    addHandlerAsync: (type: string, handler: (args: unknown) => void, callback: (result: unknown) => void) => {
      registered.added.push(type);
      if (refuse.includes(type)) {
        queueMicrotask(() =>
          callback({
            status: "failed",
            error: { code: 5000, name: "Unsupported", message: "This event isn't supported on this platform." },
          }),
        );
        return;
      }
      registered.handlers.set(type, handler);
      queueMicrotask(() => callback({ status: "succeeded" }));
    },
    removeHandlerAsync: (type: string, callback: (result: unknown) => void) => {
      registered.removed.push(type);
      registered.handlers.delete(type);
      queueMicrotask(() => callback({ status: "succeeded" }));
    },
  };
}

const position = { pageX: 900, pageY: 300, taskPaneX: 120, taskPaneY: 200 };

function dropEvent(files: Array<{ name: string; type: string; content: string }>) {
  return {
    type: "olkDragAndDropEvent",
    dragAndDropEventData: {
      type: "drop",
      ...position,
      dataTransfer: {
        files: files.map((f) => ({ name: f.name, type: f.type, fileContent: new Blob([f.content], { type: f.type }) })),
      },
    },
  };
}

const dragOverEvent = { type: "olkDragAndDropEvent", dragAndDropEventData: { type: "dragover", ...position } };

function outlook(hostName: string, options: { highest?: string; refuse?: string[] } = {}) {
  const registered: Registered = { added: [], removed: [], handlers: new Map() };
  installOutlook({
    highest: options.highest ?? "1.14",
    item: readItem(new CallLog()),
    mailbox: { ...eventMailbox(registered, options.refuse), diagnostics: { hostName, hostVersion: "1" } },
  });
  return registered;
}

describe("drag and drop through Office.EventType.DragAndDropEvent", () => {
  it.each(["OutlookWebApp", "newOutlookWindows"])(
    "%s: registers the event and hands the dropped .eml to the pane, which explains it",
    async (hostName) => {
      const registered = outlook(hostName);
      const host = createOfficeHost(fastTuning);
      const drops: DroppedFile[][] = [];
      const stop = host.onFilesDropped((files) => drops.push(files));
      await settle();
      expect(registered.added).toEqual(["olkDragAndDropEvent"]);

      const handler = registered.handlers.get("olkDragAndDropEvent")!;
      handler(dragOverEvent); // the drag on its way in carries no files
      expect(drops).toEqual([]);
      handler(dropEvent([{ name: "Undeliverable Quarterly figures.eml", type: "message/rfc822", content: bounce }]));
      expect(drops).toHaveLength(1);
      expect(drops[0]!.map((file) => file.name)).toEqual(["Undeliverable Quarterly figures.eml"]);

      // what the pane does with it (App.tsx): a candidate from the file's bytes, explained by the core
      const read = await candidateFromFile(drops[0]![0]!);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.candidate).toMatchObject({ label: "Undeliverable Quarterly figures.eml", way: "paste" });
      const explanation = await explainBounce(read.candidate.input, { language: "en" });
      expect(explanation.report.kind).toBe("failed");
      expect(explanation.recipients[0]!.diagnosis.causeId).toBe("RECIPIENT_UNKNOWN");

      stop();
      await settle();
      expect(registered.removed).toEqual(["olkDragAndDropEvent"]);
    },
  );

  it("hands over every message of a multi-message drop, and names a nameless one after what it is", async () => {
    const registered = outlook("OutlookWebApp");
    const host = createOfficeHost(fastTuning);
    const drops: DroppedFile[][] = [];
    host.onFilesDropped((files) => drops.push(files));
    await settle();
    registered.handlers.get("olkDragAndDropEvent")!(
      dropEvent([
        { name: "First.eml", type: "message/rfc822", content: bounce },
        { name: "", type: "message/rfc822", content: bounce },
      ]),
    );
    expect(drops[0]!.map((file) => [file.name, file.size])).toEqual([
      ["First.eml", new Blob([bounce]).size],
      ["message.eml", new Blob([bounce]).size],
    ]);
  });

  it("ignores payloads that are not the documented drop shape", async () => {
    const registered = outlook("OutlookWebApp");
    const host = createOfficeHost(fastTuning);
    const drops: DroppedFile[][] = [];
    host.onFilesDropped((files) => drops.push(files));
    await settle();
    const handler = registered.handlers.get("olkDragAndDropEvent")!;
    for (const args of [
      undefined,
      null,
      {},
      { dragAndDropEventData: { type: "drop" } },
      { dragAndDropEventData: { type: "drop", dataTransfer: { files: "x" } } },
      { dragAndDropEventData: { type: "drop", dataTransfer: { files: [{ name: "a.eml", fileContent: "text" }] } } },
    ])
      handler(args);
    expect(drops).toEqual([]);
  });

  it.each([
    ["classic Outlook on Windows", "Outlook", "1.14"],
    ["Outlook on Mac", "Outlook", "1.14"],
    ["Outlook on iOS", "OutlookIOS", "1.5"],
    ["Outlook on the web without Mailbox 1.5", "OutlookWebApp", "1.4"],
  ])("%s: not registered (HTML5 drop, or none, there)", async (_client, hostName, highest) => {
    const registered = outlook(hostName, { highest });
    const host = createOfficeHost(fastTuning);
    const stop = host.onFilesDropped(() => {});
    await settle();
    expect(registered.added).toEqual([]);
    stop();
  });

  it("an Office.js that has no DragAndDropEvent registers nothing", async () => {
    const registered = outlook("OutlookWebApp");
    (globalThis as unknown as { Office: { EventType: Record<string, string> } }).Office.EventType = {
      ItemChanged: "olkItemSelectedChanged",
    };
    createOfficeHost(fastTuning).onFilesDropped(() => {});
    await settle();
    expect(registered.added).toEqual([]);
  });

  it("a refused registration costs the pane no notice: the next read says nothing about it", async () => {
    const registered = outlook("OutlookWebApp", { refuse: ["olkDragAndDropEvent"] });
    const host = createOfficeHost(fastTuning);
    host.onFilesDropped(() => {});
    await settle();
    expect(registered.added).toEqual(["olkDragAndDropEvent"]);
    const read = await host.readCurrent();
    expect(read.notices).toEqual([]);
    expect(read.candidates).toHaveLength(1);
  });

  it("checks the requirement set before registering (isSetSupported('Mailbox', '1.5'))", async () => {
    const asked: string[] = [];
    const registered = outlook("newOutlookWindows");
    const office = (globalThis as unknown as { Office: { context: { requirements: unknown } } }).Office;
    const claims = requirements("1.14");
    office.context.requirements = {
      isSetSupported: (name: string, version?: string) => {
        asked.push(`${name} ${version}`);
        return claims.isSetSupported(name, version);
      },
    };
    createOfficeHost(fastTuning).onFilesDropped(() => {});
    await settle();
    expect(asked).toContain("Mailbox 1.5");
    expect(registered.added).toEqual(["olkDragAndDropEvent"]);
  });
});
