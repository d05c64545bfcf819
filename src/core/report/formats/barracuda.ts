/** Barracuda Email Security Gateway: "Your message to: X was blocked by our Spam Firewall." */
import { textFormat } from "./text-format.js";

export const barracuda = textFormat("barracuda", {
  body: ["was blocked by our spam firewall", "barracuda"],
  headers: ["x-barracuda-connect", "x-barracuda-start-time"],
});
