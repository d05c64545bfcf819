/** Diagnose- og veiledningstekster (bokmål). Samme nøkler som en/guidance.ts. */
import type { guidance as en } from "../en/guidance.js";

export const guidance: { [K in keyof typeof en]: string } = {
  "unknown.title": "Leveringen mislyktes av en grunn vi ikke kjenner igjen",
};
