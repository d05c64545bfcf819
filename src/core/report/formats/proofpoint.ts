/** Proofpoint (pphosted.com) gateways. */
import { textFormat } from "./text-format.js";

export const proofpoint = textFormat("proofpoint", {
  body: ["proofpoint", "pphosted.com"],
  headers: ["x-proofpoint-virus-version", "x-proofpoint-spam-details"],
});
