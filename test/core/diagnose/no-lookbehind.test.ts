/**
 * The pages ship ES2020 without regex lookbehind (WebKit before 16.4 cannot parse it; see the README's
 * floor). The three core patterns that used lookbehind were rewritten to match the character(s)
 * before instead; here each rewrite is held to the lookbehind original — kept below as the oracle,
 * in Node only — on every file of the dev corpus and on generated text built from the tokens that
 * decide each pattern, so every match (and every evidence span) stays identical.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "../../../src/core/diagnose/catalogue.js";
import { textHit } from "../../../src/core/diagnose/match.js";
import { extractNames } from "../../../src/core/diagnose/names.js";
import { codesIn } from "../../../src/core/diagnose/status.js";
import { sisimaiCorpusTexts } from "../../support/shared.js";
import { factsFor, reportFor } from "./helpers.js";

/** The lookbehind originals, as they were before the ES2020 floor. */
const original = {
  codeInText: /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d])/g,
  ipv4Plain: /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/,
  dnsbl: /blocked using |is in a black ?list at |(?<!not )listed (?:at|in|on) |\bdnsbls?\b|\bsorbs\b/i,
};

function originalCodesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(original.codeInText)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/[vV]/.test(before)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (after === ".") continue;
    if (Number(m[2]) > 9) continue;
    found.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`);
  }
  return found;
}

function originalSpan(text: string): { text: string; index: number } | undefined {
  const m = original.dnsbl.exec(text);
  return m ? { text: m[0], index: m.index } : undefined;
}

const dnsblPattern = (() => {
  const cause = catalogue.find((c) => c.id === "OTHER_DNSBL_LISTED");
  const text = cause?.match[0]?.text;
  const first = Array.isArray(text) ? text[0] : text;
  if (!(first instanceof RegExp)) throw new Error("OTHER_DNSBL_LISTED has no first text pattern");
  return first;
})();

/** The IP a refusal names, when only a plain dotted quad can say it (no brackets, no "client"/"from"). */
function blockedIp(reply: string): string | undefined {
  return extractNames(reportFor(factsFor(reply)), factsFor(reply), false).names.blockedIp;
}

const texts = sisimaiCorpusTexts();
const tokens = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 24 }).map((t) => t.join(""));
const runs = { numRuns: 3000 };

describe("lookbehind-free rewrites match exactly what the lookbehind originals matched", () => {
  it.skipIf(texts.length === 0)(`on every file of the dev corpus (${texts.length} files)`, () => {
    for (const text of texts) {
      expect(codesIn(text)).toEqual(originalCodesIn(text));
      expect(textHit(dnsblPattern, undefined, text)).toEqual(originalSpan(text));
    }
  });

  it("enhanced status codes (status.ts codesIn)", () => {
    fc.assert(
      fc.property(
        tokens(["5.1.1", "4.7.", "2.0.0", "5", "4", "2", "1", "0", "7", "12", ".", ". ", " ", "v", "V", "x", "-", "#"]),
        (text) => {
          expect(codesIn(text)).toEqual(originalCodesIn(text));
        },
      ),
      runs,
    );
    expect(codesIn("5.1.1 user unknown")).toEqual(["5.1.1"]);
    expect(codesIn("550 5.7.1 via 10.5.1.1 v5.2.3 4.4.7")).toEqual(["5.7.1", "4.4.7"]);
  });

  it("the plain IPv4 address of a blocked sender (names.ts)", () => {
    fc.assert(
      fc.property(tokens(["1", "92", "168", "255", "0", ".", " ", "x", "-", ":"]), (tail) => {
        const reply = `blocked ${tail}`;
        expect(blockedIp(reply)).toEqual(original.ipv4Plain.exec(reply)?.[0]);
        expect(blockedIp(tail ? `Listed${tail}` : "listed")).toEqual(original.ipv4Plain.exec(`Listed${tail}`)?.[0]);
      }),
      runs,
    );
    expect(blockedIp("blocked 192.0.2.1")).toBe("192.0.2.1");
    expect(blockedIp("192.0.2.1 blocked")).toBe("192.0.2.1");
    expect(blockedIp("blocked 1.192.0.2.1")).toBeUndefined();
  });

  it("'listed at' but not 'not listed at', with the same evidence span (reputation.ts + match.ts)", () => {
    const words = ["not ", "NOT ", "Not", "no", "t ", "n", "listed ", "LISTED ", "at ", "in ", "on ", "x", " ", "\n"];
    const others = ["blocked using ", "is in a blacklist at ", "dnsbl", "sorbs", "s", "d"];
    fc.assert(
      fc.property(tokens([...words, ...others]), (text) => {
        expect(textHit(dnsblPattern, undefined, text)).toEqual(originalSpan(text));
      }),
      runs,
    );
    expect(textHit(dnsblPattern, undefined, "IP is listed in zen")).toEqual({ text: "listed in ", index: 6 });
    expect(textHit(dnsblPattern, undefined, "listed at x")).toEqual({ text: "listed at ", index: 0 });
    expect(textHit(dnsblPattern, undefined, "IP is not listed in zen")).toBeUndefined();
  });
});
