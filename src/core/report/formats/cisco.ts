/** Cisco Secure Email (IronPort) gateways. */
import { textFormat } from "./text-format.js";

export const cisco = textFormat("cisco", {
  body: ["ironport", "cisco secure email"],
  headers: ["x-ironport-av", "x-ironport-anti-spam-filtered"],
});
