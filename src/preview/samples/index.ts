/** The preview page's built-in sample bounces, in the order the list shows them. */
import { exchangeEnglish } from "./exchange-en.js";
import { exchangeNorwegian } from "./exchange-nb.js";
import { otherSamples } from "./other.js";
import type { Sample } from "./types.js";

export type { Sample } from "./types.js";

const seedOrder = (s: Sample) => (s.seed ? Number(s.seed.slice(1)) : 100);

export const samples: Sample[] = [...exchangeEnglish, ...exchangeNorwegian, ...otherSamples].sort(
  (a, b) => seedOrder(a) - seedOrder(b),
);

export function sampleByName(name: string | null | undefined): Sample | undefined {
  return name ? samples.find((s) => s.name === name) : undefined;
}
