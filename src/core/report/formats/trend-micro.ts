/** Trend Micro InterScan / Email Security. */
import { textFormat } from "./text-format.js";

export const trendMicro = textFormat("trend-micro", {
  body: ["interscan", "trend micro"],
  headers: ["x-tm-as-product-ver", "x-tm-as-result", "x-tmase-version"],
});
