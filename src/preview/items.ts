/** Samples and user files as the "selected item" the preview host offers the pane. */
import { bareAddress, headerValue, parseHeaderBlock } from "../core/read/index.js";
import type { Candidate } from "../host/types.js";
import type { PreviewItem } from "./previewHost.js";
import type { Sample } from "./samples/index.js";

const encoder = new TextEncoder();

/** Whose mailbox a sample message sits in: the first address of its To, lower-case. */
function readerOf(message: string): string | undefined {
  const to = headerValue(parseHeaderBlock(message), "to");
  const address = to ? bareAddress(to.split(",")[0]!).toLowerCase() : "";
  return address.includes("@") ? address : undefined;
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
