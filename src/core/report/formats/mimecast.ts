/** Mimecast gateways: "[Postmaster] Email Delivery Failure", "-- recipient" lists. */
import { textFormat } from "./text-format.js";

export const mimecast = textFormat("mimecast", {
  body: ["mimecast"],
  headers: ["x-mc-unique", "x-mimecast-spam-score"],
});
