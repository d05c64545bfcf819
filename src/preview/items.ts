/** Samples and user files as the "selected item" the preview host offers the pane. */
import type { Candidate } from "../host/types.js";
import type { PreviewItem } from "./previewHost.js";
import type { Sample } from "./samples/index.js";

const encoder = new TextEncoder();

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

export function itemFromText(text: string): PreviewItem {
  return {
    label: "pasted",
    candidates: [
      {
        id: `pasted-${Date.now()}`,
        label: "", // the pane says "pasted text" in its own language
        way: "paste",
        input: { kind: "text", text, name: "pasted text" },
      },
    ],
  };
}

export function itemFromBytes(name: string, data: Uint8Array): PreviewItem {
  return {
    label: name,
    candidates: [{ id: `file-${Date.now()}`, label: name, way: "paste", input: { kind: "bytes", data, name } }],
  };
}
