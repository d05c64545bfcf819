/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: the functions with the
 * most self time, and the same time gathered by area (postal-mime, each folder of the core, the
 * CLI, Node's own code, garbage collection), so a profile's top lines can be quoted as text.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  ms: number;
  share: number;
  name: string;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: ProfileLine[];
  byArea: ProfileLine[];
}

/** "lib/core/report/index.js" → "core/report"; node_modules/postal-mime/… → "postal-mime". */
function areaOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName.startsWith("RegExp:")) return "regular expressions (whoever ran them)";
    return functionName.startsWith("(") ? functionName : "native (fs, encoding, writing, …)";
  }
  // ours first: the profiled build may itself sit under node_modules/.cache
  const ours = /\/(?:lib|src)\/(core|cli)\/(?:([^/]+)\/)?/.exec(url);
  if (ours) return ours[1] === "core" && ours[2] ? `core/${ours[2]}` : ours[1]!;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node (internal)";
  return url;
}

function shortUrl(url: string): string {
  return url.replace(/^.*\/(node_modules|lib|src)\//, "$1/").replace(/^file:\/\//, "");
}

function top(totals: Map<string, number>, total: number, count: number): ProfileLine[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ ms: us / 1000, share: us / total, name }));
}

export function summariseProfile(path: string, count = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)!.callFrame;
    const name = frame.url
      ? `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`
      : frame.functionName;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    total += us;
  });
  return { totalMs: total / 1000, byFunction: top(byFunction, total, count), byArea: top(byArea, total, count) };
}

export function formatLines(lines: ProfileLine[]): string {
  return lines
    .map((line) => `${line.ms.toFixed(0).padStart(7)} ms ${(line.share * 100).toFixed(1).padStart(5)} %  ${line.name}`)
    .join("\n");
}
