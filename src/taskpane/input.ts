/** Turns what the user pastes, drops or picks into a Candidate for the core. */
import type { Candidate, DroppedFile } from "../host/types.js";

/** Bounces are small; anything bigger than this is not worth freezing the pane over. */
export const maxFileBytes = 25 * 1024 * 1024;

let counter = 0;

export function candidateFromText(text: string): Candidate {
  counter += 1;
  return { id: `paste-${counter}`, label: "", way: "paste", input: { kind: "text", text, name: "pasted text" } };
}

export type FileReadResult = { ok: true; candidate: Candidate } | { ok: false; reason: "too-large" | "read-failed" };

/** A picked or dropped file (a File, or a message Outlook's DragAndDropEvent delivered). */
export async function candidateFromFile(file: DroppedFile): Promise<FileReadResult> {
  if (file.size > maxFileBytes) return { ok: false, reason: "too-large" };
  try {
    const data = new Uint8Array(await file.arrayBuffer());
    counter += 1;
    return {
      ok: true,
      candidate: {
        id: `file-${counter}`,
        label: file.name,
        way: "paste",
        input: { kind: "bytes", data, name: file.name },
      },
    };
  } catch {
    return { ok: false, reason: "read-failed" };
  }
}

export const acceptedFiles = ".eml,.msg,.txt,.text,.log,message/rfc822,text/plain,application/vnd.ms-outlook";
