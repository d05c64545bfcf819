// Outlook's MessageForm limits (office-js-facts.md §2): subject ≤ 255, htmlBody ≤ 32 KB,
// ≤ 100 recipients per field, item attachment ids ≤ 100 characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_HTML_BODY_BYTES,
  escapeHtml,
  fitHtmlBody,
  fitRecipients,
  fitSubject,
  isPlausibleAddress,
  isUsableItemId,
  utf8Length,
} from "../../src/core/limits.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks what Outlook needs from a body we cut: balanced tags, whole entities, whole characters. */
function assertWellFormed(html: string): void {
  expect(LONE_SURROGATE.test(html), "no half of a surrogate pair").toBe(false);
  const stack: string[] = [];
  const tokens = html.match(/<[^<>]*>|&[^;&<\s]*;?|[^<&]+|[<&]/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith("&")) {
      expect(token, "entity is whole").toMatch(/^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);$/i);
    } else if (token.startsWith("<")) {
      expect(token, "tag is whole").toMatch(/^<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>$/i);
      const [, slash, name] = /^<(\/?)([a-z0-9]+)/i.exec(token)!;
      if (name.toLowerCase() === "br") continue;
      if (slash) expect(stack.pop(), `closing ${name}`).toBe(name.toLowerCase());
      else stack.push(name.toLowerCase());
    }
  }
  expect(stack, "every element closed").toEqual([]);
}

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters and nothing else", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a> æøå`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; æøå",
    );
  });
});

describe("utf8Length", () => {
  it("counts bytes as UTF-8 does, surrogate pairs as 4 and lone surrogates as U+FFFD", () => {
    for (const s of ["abc", "æøå", "€", "😀", "a😀ø€", ""])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    expect(utf8Length("\uD800")).toBe(3);
  });
});

describe("fitSubject", () => {
  it("leaves a short subject alone but makes it one line", () => {
    expect(fitSubject("Hello\r\n  world")).toBe("Hello world");
  });
  it("shortens to 255 UTF-16 units with an ellipsis and never splits an emoji", () => {
    const long = "ø".repeat(253) + "😀😀😀";
    const fitted = fitSubject(long);
    expect(fitted.length).toBeLessThanOrEqual(255);
    expect(fitted.endsWith("…")).toBe(true);
    expect(LONE_SURROGATE.test(fitted)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const out = fitSubject(s);
        return out.length <= 255 && !LONE_SURROGATE.test(out);
      }),
    );
  });
});

describe("fitRecipients", () => {
  it("drops duplicates (any case), blanks and implausible addresses, and keeps at most 100", () => {
    const many = Array.from({ length: 120 }, (_, i) => `user${i}@example.com`);
    const result = fitRecipients(["  a@example.com ", "A@EXAMPLE.COM", "", "not an address", ...many]);
    expect(result.kept).toHaveLength(100);
    expect(result.kept[0]).toBe("a@example.com");
    expect(result.dropped).toContain("not an address");
    expect(result.dropped).toHaveLength(1 + 21);
  });
  it("recognises plain addresses", () => {
    expect(isPlausibleAddress("postmaster@fabrikam.example")).toBe(true);
    expect(isPlausibleAddress("Kari <kari@contoso.com>")).toBe(false);
    expect(isPlausibleAddress("kari@localhost")).toBe(false);
  });
});

describe("isUsableItemId", () => {
  it("accepts 1..100 characters only", () => {
    expect(isUsableItemId("A".repeat(100))).toBe(true);
    expect(isUsableItemId("A".repeat(101))).toBe(false);
    expect(isUsableItemId("")).toBe(false);
    expect(isUsableItemId(undefined)).toBe(false);
  });
});

describe("fitHtmlBody", () => {
  const note = "<p>[shortened]</p>";

  it("returns a body under the limit unchanged", () => {
    const html = "<div><p>Hello &amp; welcome</p></div>";
    expect(fitHtmlBody(html, note)).toEqual({ html, trimmed: false });
  });

  it("shortens a long report inside <pre> below 32 KB, closes the elements and adds the note", () => {
    const report = Array.from({ length: 2000 }, (_, i) => `line ${i}: 5.7.1 <relay> & "quoted" æøå 😀`).join("\n");
    const html = `<div><p>Hello</p><pre>${escapeHtml(report)}</pre></div>`;
    const { html: out, trimmed } = fitHtmlBody(html, note);
    expect(trimmed).toBe(true);
    expect(utf8Length(out)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(out.endsWith(`</pre></div>${note}`)).toBe(true);
    expect(out.startsWith("<div><p>Hello</p><pre>line 0")).toBe(true);
    assertWellFormed(out);
    // cut at a line break, not in the middle of a line
    expect(out).toMatch(/\n<\/pre>/);
  });

  it("stays well-formed and within the limit for any text, entities and emoji (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 300 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 200, max: 3000 }),
        (paragraphs, max) => {
          const html = `<div>${paragraphs.map((p, i) => (i % 3 === 2 ? `<pre>${escapeHtml(p)}</pre>` : `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)).join("")}</div>`;
          const out = fitHtmlBody(html, note, max);
          expect(utf8Length(out.html)).toBeLessThanOrEqual(Math.max(max, utf8Length(html) <= max ? max : 0));
          assertWellFormed(out.html);
          if (out.trimmed) expect(out.html.endsWith(note)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
