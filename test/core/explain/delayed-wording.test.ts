/**
 * A delay is never worded as given up: every recipient the engine fixture set reports as delayed
 * gets a title, in English and Bokmål, that does not say delivery failed or was stopped, and a
 * verdict that asks for action only if the message does not get through, because the sending
 * server is still trying and the sender should not resend or call for help yet. A post held for a
 * list's moderator is the exception: a person decides it now.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { explainBounces } from "../../../src/core/index.js";
import { codeMeaning, titleOf } from "../../../src/core/explain/index.js";
import { engineFixtureFiles } from "../../support/engine-fixtures.js";

/** Words that say delivery ended (a check the message failed, "failed the DMARC check", is not delivery failing). */
const givenUp = {
  en: /\bdelivery failed\b|\bfailed to deliver|\bstopped\b|\brefused\b|\brejected\b/i,
  nb: /\bleveringen mislyktes\b|\bstoppet\b|\bavviste\b/i,
} as const;

const notDelivered = { en: /will not be delivered/i, nb: /blir ikke levert/i } as const;

it("delayed recipients are never worded as given up", async () => {
  const fixtures = engineFixtureFiles();
  const inputs = fixtures.map((f) => ({
    kind: "bytes" as const,
    data: new Uint8Array(readFileSync(f.eml)),
    name: f.name,
  }));
  const explanations = await explainBounces(inputs);
  const wrong: string[] = [];
  let delayed = 0;
  explanations.forEach((explanation, i) => {
    for (const recipient of explanation.recipients) {
      if (recipient.facts.action !== "delayed") continue;
      delayed++;
      const held = recipient.diagnosis.causeId === "LIST_POST_HELD_FOR_MODERATION";
      if (held === recipient.verdict.endsWith(" if it does not get through."))
        wrong.push(`${fixtures[i]!.cls}/${fixtures[i]!.name}: ${recipient.verdict}`);
      for (const language of ["en", "nb"] as const) {
        const title = titleOf(recipient.diagnosis.causeId, language, recipient.diagnosis.situation?.timing);
        if (givenUp[language].test(title)) wrong.push(`${fixtures[i]!.cls}/${fixtures[i]!.name}: ${title}`);
        // a 5.x.x from an earlier attempt is said of that attempt, not as "will not be delivered"
        const meaning =
          (language === "en"
            ? recipient.codeMeaning
            : codeMeaning(recipient.facts.status, language, { action: recipient.facts.action })) ?? "";
        if (notDelivered[language].test(meaning)) wrong.push(`${fixtures[i]!.cls}/${fixtures[i]!.name}: ${meaning}`);
      }
    }
  });
  expect(delayed).toBeGreaterThan(50);
  expect(wrong).toEqual([]);
}, 60_000);
