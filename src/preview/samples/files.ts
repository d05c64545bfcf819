/** The preview's sample files read from disk, for Node (tests, benches); the page bundles them (index.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findSample, parseSampleFile, sortSamples, type Sample } from "./sample-file.js";

export type { Sample } from "./sample-file.js";

const folder = fileURLToPath(new URL("./", import.meta.url));

export const samples: Sample[] = sortSamples(
  readdirSync(folder)
    .filter((file) => /\.(eml|txt)$/.test(file))
    .map((file) => parseSampleFile(file, readFileSync(`${folder}${file}`, "utf8"))),
);

export function sampleByName(name: string | null | undefined): Sample | undefined {
  return findSample(samples, name);
}
