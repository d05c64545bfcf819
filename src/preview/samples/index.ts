/**
 * The preview page's samples: every .eml and .txt file in this folder, bundled by webpack as text
 * (asset/source, see webpack.config.js). Node reads the same files with files.ts.
 */
import { findSample, parseSampleFile, sortSamples, type Sample } from "./sample-file.js";

export type { Sample } from "./sample-file.js";

function bundledSamples(): Sample[] {
  const files = import.meta.webpackContext?.("./", { recursive: false, regExp: /\.(eml|txt)$/, mode: "sync" });
  if (!files) return [];
  const text = (key: string) => {
    const module = files(key) as string | { default: string };
    return typeof module === "string" ? module : module.default;
  };
  // webpack lists each file once per way to name it: "./x.eml" is enough
  const keys = files.keys().filter((key) => key.startsWith("./"));
  return sortSamples(keys.map((key) => parseSampleFile(key, text(key))));
}

export const samples: Sample[] = bundledSamples();

export function sampleByName(name: string | null | undefined): Sample | undefined {
  return findSample(samples, name);
}
