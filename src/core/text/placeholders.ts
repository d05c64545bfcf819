/**
 * `{name}` placeholders in a template, filled from a lookup. Templates (the string tables', the
 * catalogue's steps and commands) are cut at their placeholders once and kept: they are filled for
 * every line of guidance of every recipient. The set kept is bounded; a template beyond it is cut
 * each time.
 */

/** A template cut at its placeholders: texts[0] names[0] texts[1] … names[n-1] texts[n]. */
interface Cut {
  texts: string[];
  names: string[];
}

const placeholder = /\{(\w+)\}/g;
const MAX_KEPT = 4096;
const kept = new Map<string, Cut>();

function cut(template: string): Cut {
  let parts = kept.get(template);
  if (parts) return parts;
  parts = { texts: [], names: [] };
  let from = 0;
  for (const m of template.matchAll(placeholder)) {
    parts.texts.push(template.slice(from, m.index));
    parts.names.push(m[1]!);
    from = m.index + m[0].length;
  }
  parts.texts.push(template.slice(from));
  if (kept.size < MAX_KEPT) kept.set(template, parts);
  return parts;
}

/** `template` with each `{name}` replaced by `valueOf(name)`; where that is undefined, `{name}` stays. */
export function fillPlaceholders(template: string, valueOf: (name: string) => string | undefined): string {
  const { texts, names } = cut(template);
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const value = valueOf(names[i]!);
    out += (value === undefined ? `{${names[i]}}` : value) + texts[i + 1];
  }
  return out;
}
