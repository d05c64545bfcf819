/**
 * Turns the command line's inputs into a lazy stream of things to read: files, folders walked
 * recursively (a Maildir read as cur/, new/, tmp/ and its Maildir++ subfolders), and "-" for
 * stdin. Nothing is listed ahead: each folder is listed when the walk reaches it, so memory
 * does not grow with the number of files. Entries are sorted by name so runs are repeatable
 * (Maildir names start with the delivery time, so this is also oldest first).
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";

export type WalkEntry =
  | { type: "file"; label: string; path: string; oneMessage: boolean }
  | { type: "stdin"; label: string }
  | { type: "unreadable"; label: string; reason: string };

const MAILDIR_PARTS = ["cur", "new", "tmp"] as const;

/**
 * Files that hold exactly one message whatever their first line says: a saved .eml may start with
 * an envelope "From " line and quote another one unescaped in its body, which must not split it.
 * Other files that start with "From " are read as mbox.
 */
const ONE_MESSAGE_NAME = /\.(eml|msg|txt|ndr)$/i;

export function holdsOneMessage(name: string): boolean {
  return ONE_MESSAGE_NAME.test(name);
}

/**
 * Files met in a folder that are data, code, documents, pictures or archives by their names: a folder
 * of bounces often holds notes, exports or scripts beside the mail, and a record for each would bury
 * the bounces. A file named on the command line is read whatever its name.
 */
const NOT_MAIL_NAME =
  /\.(json|jsonl|ya?ml|toml|csv|tsv|md|markdown|rst|py|pyc|js|mjs|cjs|ts|sh|pl|pm|rb|php|java|c|h|go|rs|pdf|docx?|xlsx?|pptx?|odt|ods|png|jpe?g|gif|svg|ico|webp|zip|gz|tgz|bz2|xz|7z|rar|jar|exe|dll|so|dylib|db|sqlite)$/i;

export function notMailByName(name: string): boolean {
  return NOT_MAIL_NAME.test(name);
}

/** Told of each file a folder walk passes over because its name says it is not mail. */
export type OnSkipped = (label: string) => void;

/** The label a file gets: the folder as the user typed it, then the path inside it. */
function joinLabel(folder: string, name: string): string {
  const trimmed = folder.length > 1 ? folder.replace(/\/+$/, "") : folder;
  return trimmed.endsWith("/") ? trimmed + name : `${trimmed}/${name}`;
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

async function listFolder(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return entries.sort(byName);
}

function isMaildir(entries: Dirent[]): boolean {
  const folders = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
  return folders.has("cur") && folders.has("new");
}

/** Resolves a symbolic link to "file", "folder" or undefined (broken or something else). */
async function linkTarget(path: string): Promise<"file" | "folder" | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "folder" : info.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}

async function* walkFolder(
  path: string,
  label: string,
  depth: number,
  onSkipped: OnSkipped,
): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = await listFolder(path);
  } catch (error) {
    yield { type: "unreadable", label, reason: describeError(error) };
    return;
  }
  if (isMaildir(entries)) {
    yield* walkMaildir(path, label, entries, depth, onSkipped);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // .git, .DS_Store, editor files: not mail
    const childPath = `${path}/${entry.name}`;
    const childLabel = joinLabel(label, entry.name);
    let kind: "file" | "folder" | undefined = entry.isFile() ? "file" : entry.isDirectory() ? "folder" : undefined;
    // Linked files are read; linked folders are not followed, so a link loop cannot trap the walk.
    if (entry.isSymbolicLink()) kind = (await linkTarget(childPath)) === "file" ? "file" : undefined;
    if (kind === "file" && notMailByName(entry.name)) onSkipped(childLabel);
    else if (kind === "file")
      yield { type: "file", label: childLabel, path: childPath, oneMessage: holdsOneMessage(entry.name) };
    else if (kind === "folder" && depth < 64) yield* walkFolder(childPath, childLabel, depth + 1, onSkipped);
  }
}

/** A Maildir: messages live in cur/, new/ and tmp/; Maildir++ subfolders are the ".Name" folders. */
async function* walkMaildir(
  path: string,
  label: string,
  entries: Dirent[],
  depth: number,
  onSkipped: OnSkipped,
): AsyncGenerator<WalkEntry> {
  for (const part of MAILDIR_PARTS) {
    if (!entries.some((e) => e.name === part && e.isDirectory())) continue;
    const partPath = `${path}/${part}`;
    const partLabel = joinLabel(label, part);
    let files: Dirent[];
    try {
      files = await listFolder(partPath);
    } catch (error) {
      yield { type: "unreadable", label: partLabel, reason: describeError(error) };
      continue;
    }
    for (const file of files) {
      if (file.name.startsWith(".")) continue;
      const filePath = `${partPath}/${file.name}`;
      if (file.isFile() || (file.isSymbolicLink() && (await linkTarget(filePath)) === "file")) {
        // Every file in a Maildir is one message.
        yield { type: "file", label: joinLabel(partLabel, file.name), path: filePath, oneMessage: true };
      }
    }
  }
  for (const entry of entries) {
    if (entry.isDirectory() && entry.name.startsWith(".") && entry.name !== "." && entry.name !== ".." && depth < 64) {
      yield* walkFolder(`${path}/${entry.name}`, joinLabel(label, entry.name), depth + 1, onSkipped);
    }
  }
}

/** Every input named on the command line, in order, expanded lazily. */
export async function* walkInputs(inputs: string[], onSkipped: OnSkipped = () => {}): AsyncGenerator<WalkEntry> {
  for (const input of inputs) {
    if (input === "-") {
      yield { type: "stdin", label: "-" };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { type: "unreadable", label: input, reason: describeError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(input, input, 0, onSkipped);
    else yield { type: "file", label: input, path: input, oneMessage: holdsOneMessage(input) };
  }
}
