/**
 * `t` cuts each table template at its placeholders once and fills the pieces per call
 * (src/core/i18n/registry.ts); here it is held to the plain replace it stands for, and strings
 * registered later are read at once.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messagesVersion, registerMessages, t, type Messages, type Vars } from "../../../src/core/i18n/index.js";

/** What `t` did before templates were cut once: one replace per call. */
function plainFill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined || value === "" ? whole : String(value);
  });
}

const strings = (messages: Record<string, string>) => messages as unknown as Partial<Messages>;

describe("t", () => {
  it("fills like a replace of every {name}, for any template and values", () => {
    const piece = fc.constantFrom("{a}", "{b}", "{", "}", "{{a}}", "{a b}", "{}", "text ", "å", "{a_1}");
    const template = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    const value = fc.option(fc.oneof(fc.constantFrom("", "x", "{a}", "$&"), fc.integer()), { nil: undefined });
    const vars = fc.record({ a: value, b: value, a_1: value });
    let n = 0;
    fc.assert(
      fc.property(template, vars, (text, values) => {
        const key = `test.fill.${n++}`;
        registerMessages("en", strings({ [key]: text }), []);
        expect(t("en", key, values)).toBe(plainFill(text, values));
        expect(t("en", key, values)).toBe(plainFill(text, values)); // the second call reads the cut template
      }),
      { numRuns: 300 },
    );
  });

  it("returns an unknown key itself, its placeholders filled", () => {
    expect(t("en", "no.such.key {a}", { a: "x" })).toBe("no.such.key x");
  });

  it("reads a string registered again under the same key, and says strings changed", () => {
    const before = messagesVersion();
    registerMessages("en", strings({ "test.again": "first {a}" }), []);
    expect(t("en", "test.again", { a: "1" })).toBe("first 1");
    registerMessages("en", strings({ "test.again": "second {a}" }), []);
    expect(t("en", "test.again", { a: "1" })).toBe("second 1");
    expect(messagesVersion()).toBeGreaterThan(before);
  });

  it("falls back to English for a key the language lacks", () => {
    registerMessages("en", strings({ "test.only.en": "only {a}" }), []);
    expect(t("nb", "test.only.en", { a: "en" })).toBe("only en");
  });
});
