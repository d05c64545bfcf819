import type { BounceInput, ParsedMessage } from "../types.js";
/** PLACEHOLDER until the engine lands: owned by the engine work. */
export async function readMessage(input: BounceInput): Promise<ParsedMessage> {
  const text = input.kind === "text" ? input.text : input.kind === "bytes" ? new TextDecoder().decode(input.data) : (input.pieces.bodyText ?? "");
  return { headers: [], subject: "", from: "", to: [], contentType: "text/plain", text, parts: [], source: "text", problems: [] };
}
