/** Exim (catalog §1.8): "This message was created automatically by mail delivery software." */
import { textFormat } from "./text-format.js";

export const exim = textFormat("exim", {
  body: [
    "this message was created automatically by mail delivery software",
    "smtp error from remote mail server after",
  ],
});
