/** Samples and user files as the "selected item" the preview host offers the pane. */
import type { Candidate } from "../host/types.js";
import type { PreviewItem } from "./previewHost.js";
import type { Sample } from "./samples/index.js";

const encoder = new TextEncoder();

/**
 * Whose mailbox a sample message sits in: the first address of its To, lower-case. The samples are
 * ours and plain (one To line, "Name <address>" or a bare address), so a line match does; importing
 * the core's header reader here would make webpack split the pages' shared scripts differently and
 * cost the task pane's first load 2 KB.
 */
function readerOf(message: string): string | undefined {
  const head = message.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const to = /^To:[ \t]*(.*)$/im.exec(head)?.[1] ?? "";
  const address = (/<([^<>\s]+@[^<>\s]+)>/.exec(to)?.[1] ?? /[^\s<>,"]+@[^\s<>,"]+/.exec(to)?.[0] ?? "").toLowerCase();
  return address || undefined;
}

export function itemFromSample(sample: Sample): PreviewItem {
  if (sample.attachments) {
    const candidates: Candidate[] = sample.attachments.map((attachment, index) => ({
      id: `${sample.name}-${index}`,
      label: attachment.name,
      way: "attachment",
      attachmentIndex: index,
      input: { kind: "bytes", data: encoder.encode(attachment.content), name: attachment.name },
    }));
    return { label: sample.name, candidates };
  }
  return {
    label: sample.name,
    reader: sample.format === "eml" ? readerOf(sample.content) : undefined,
    candidates: [
      {
        id: sample.name,
        label: sample.title.en,
        way: "sample",
        input:
          sample.format === "text"
            ? { kind: "text", text: sample.content, name: `${sample.name}.txt` }
            : { kind: "bytes", data: encoder.encode(sample.content), name: `${sample.name}.eml` },
      },
    ],
  };
}
