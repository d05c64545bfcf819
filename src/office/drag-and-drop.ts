/**
 * Messages dragged onto the pane in Outlook on the web and new Outlook. There the pane's page gets
 * no HTML5 drop: Outlook delivers the drop through Office.EventType.DragAndDropEvent (registered with
 * mailbox.addHandlerAsync; Mailbox 1.5 in the reference), each message as an .eml file
 * (DragAndDropEventArgs.dragAndDropEventData.dataTransfer.files[] = {name, type, fileContent: Blob};
 * learn.microsoft.com/office/dev/add-ins/outlook/drag-drop-items). Classic Outlook on Windows and
 * Mac refuse the event ("This event isn't supported on this platform") and give the page ordinary
 * HTML5 drop events instead (.msg from Windows, .eml from Mac), which the pane handles itself.
 * It is also a way in for delivery reports, which add-ins cannot open: drag the bounce onto a pinned pane.
 */
import type { DroppedFile } from "../host/types.js";
import { mailbox, office, setSupport } from "./office-context.js";

/** The clients that deliver drops through Office.js (mailbox.diagnostics.hostName, lower case). */
const officeDropClients = new Set(["outlookwebapp", "newoutlookwindows"]);

/** The event's name where this client delivers drops through Office.js; undefined elsewhere. */
export function dragAndDropEvent(): string | undefined {
  try {
    const type = office()?.EventType?.DragAndDropEvent;
    if (typeof type !== "string" || !type) return undefined;
    const hostName = mailbox()?.diagnostics?.hostName;
    if (typeof hostName !== "string" || !officeDropClients.has(hostName.toLowerCase())) return undefined;
    return setSupport("Mailbox", "1.5") === "no" ? undefined : type;
  } catch {
    return undefined;
  }
}

interface BlobLike {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function isBlobLike(value: unknown): value is BlobLike {
  const blob = value as Partial<BlobLike> | null;
  return (
    typeof blob === "object" && blob !== null && typeof blob.size === "number" && typeof blob.arrayBuffer === "function"
  );
}

/**
 * The files of a drop; none for a drag still on its way ("dragover") or for anything that is not
 * the documented shape. A file without a name is called after what Outlook drops: a message.
 */
export function droppedFiles(args: unknown): DroppedFile[] {
  const data = (args as { dragAndDropEventData?: { type?: unknown; dataTransfer?: { files?: unknown } } } | null)
    ?.dragAndDropEventData;
  if (!data || data.type !== "drop" || !Array.isArray(data.dataTransfer?.files)) return [];
  const files: DroppedFile[] = [];
  for (const file of data.dataTransfer.files as Array<{ name?: unknown; fileContent?: unknown } | null>) {
    const content = file?.fileContent;
    if (!isBlobLike(content)) continue;
    const name = typeof file?.name === "string" && file.name.trim() ? file.name : "message.eml";
    files.push({ name, size: content.size, arrayBuffer: () => content.arrayBuffer() });
  }
  return files;
}
