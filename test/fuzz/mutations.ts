/**
 * Ways real bounces get damaged on the way to us — and ways an attacker would damage them on
 * purpose — as fast-check arbitraries over a corpus file's bytes: byte flips, truncation, broken
 * MIME boundaries, duplicated headers, swapped charsets, cut base64, spliced garbage, broken
 * encoded-words, CRLF/LF mixing. Each mutation carries a short label so the slowest input can be
 * named in the report. Work is done on a "binary string" (one char per byte) so no decoding
 * step hides damage.
 */
import fc from "fast-check";

export interface Mutation {
  label: string;
  apply: (binary: string) => string;
}

export const toBinary = (bytes: Uint8Array): string => {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
};

export const fromBinary = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
};

/** A position as a fraction of the length, so one arbitrary fits inputs of any size. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const at = (binary: string, f: number) => Math.min(binary.length, Math.floor(f * binary.length));

const byteFlips: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 24 })
  .map((flips) => ({
    label: `flip ${flips.length} bytes`,
    apply: (binary) => {
      const chars = binary.split("");
      for (const [f, value] of flips)
        if (chars.length) chars[Math.min(chars.length - 1, at(binary, f))] = String.fromCharCode(value);
      return chars.join("");
    },
  }));

const truncation: fc.Arbitrary<Mutation> = fraction.map((f) => ({
  label: `truncate at ${Math.round(f * 100)}%`,
  apply: (binary) => binary.slice(0, at(binary, f)),
}));

const BOUNDARY_DAMAGE = [
  "drop-closing",
  "drop-first",
  "rename-in-header",
  "unquote",
  "fold-badly",
  "nest-prefix",
  "empty",
] as const;
const boundaryDamage: fc.Arbitrary<Mutation> = fc.constantFrom(...BOUNDARY_DAMAGE).map((kind) => ({
  label: `boundary ${kind}`,
  apply: (binary) => {
    const m = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(binary);
    if (!m) return binary;
    const boundary = m[1];
    switch (kind) {
      case "drop-closing":
        return binary.split(`--${boundary}--`).join("");
      case "drop-first": {
        const first = binary.indexOf(`--${boundary}`, (m.index ?? 0) + m[0].length);
        return first < 0 ? binary : binary.slice(0, first) + binary.slice(first + boundary.length + 2);
      }
      case "rename-in-header":
        return binary.replace(m[0], `boundary="${boundary}x"`);
      case "unquote":
        return binary.replace(m[0], `boundary=${boundary} extra`);
      case "fold-badly":
        return binary.replace(m[0], `boundary=\r\n"${boundary}"`);
      case "nest-prefix":
        return binary.split(`--${boundary}`).join(`--${boundary.slice(0, Math.max(1, boundary.length - 3))}`);
      case "empty":
        return binary.replace(m[0], 'boundary=""');
    }
  },
}));

const headerDuplication: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(
      "From",
      "Content-Type",
      "Subject",
      "Content-Transfer-Encoding",
      "Received",
      "To",
      "MIME-Version",
      "Authentication-Results",
    ),
    fc.integer({ min: 2, max: 300 }),
  )
  .map(([name, times]) => ({
    label: `duplicate ${name} ×${times}`,
    apply: (binary) => {
      const m = new RegExp(`^${name}:[^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n`, "im").exec(binary);
      if (!m) return `${name}: duplicated\r\n`.repeat(times) + binary;
      return binary.slice(0, m.index) + m[0].repeat(times) + binary.slice(m.index);
    },
  }));

const CHARSETS = [
  "utf-8",
  "iso-2022-jp",
  "shift_jis",
  "euc-jp",
  "x-unknown-charset",
  "utf-16",
  "utf-16le",
  "windows-1252",
  "ks_c_5601-1987",
  "utf-7",
  "gb2312",
  "koi8-r",
  "",
  '"',
  "us-ascii\u0000",
];
const charsetSwap: fc.Arbitrary<Mutation> = fc.constantFrom(...CHARSETS).map((charset) => ({
  label: `charset → ${JSON.stringify(charset)}`,
  apply: (binary) => binary.replace(/charset\s*=\s*"?[^";\s]*"?/gi, `charset=${charset}`),
}));

const base64Truncation: fc.Arbitrary<Mutation> = fc
  .tuple(fraction, fc.constantFrom("cut", "garbage", "strip-padding", "split-lines"))
  .map(([f, how]) => ({
    label: `base64 ${how}`,
    apply: (binary) => {
      const header = /content-transfer-encoding:\s*base64\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n/i.exec(binary);
      if (!header) return binary;
      const start = (header.index ?? 0) + header[0].length;
      const end = binary.indexOf("\n--", start) > 0 ? binary.indexOf("\n--", start) : binary.length;
      const body = binary.slice(start, end);
      const cut = Math.floor(f * body.length);
      const damaged =
        how === "cut"
          ? body.slice(0, cut)
          : how === "garbage"
            ? body.slice(0, cut) + "!!@@##\u00ff\u0000" + body.slice(cut)
            : how === "strip-padding"
              ? body.replace(/=/g, "")
              : body.replace(/\r?\n/g, "").replace(/(.{7})/g, "$1\n");
      return binary.slice(0, start) + damaged + binary.slice(end);
    },
  }));

const splice: fc.Arbitrary<Mutation> = fc
  .tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.integer({ min: 1, max: 2000 }))
  .map(([f, bytes, times]) => ({
    label: `splice ${bytes.length} bytes ×${times}`,
    apply: (binary) => {
      const p = at(binary, f);
      return binary.slice(0, p) + toBinary(bytes).repeat(times) + binary.slice(p);
    },
  }));

const encodedWordDamage: fc.Arbitrary<Mutation> = fc
  .constantFrom(
    "=?utf-8?B?AAAA",
    "=?x-bogus?Q?=FF=FE?=",
    "=?utf-8?Q?" + "=E2".repeat(500) + "?=",
    "=?=?=?=?",
    "=?utf-8?B?" + "A".repeat(20000) + "?=",
  )
  .map((word) => ({
    label: `encoded-word ${word.slice(0, 16)}…`,
    apply: (binary) => binary.replace(/^(Subject|From):/im, `$1: ${word} `),
  }));

const lineEnds: fc.Arbitrary<Mutation> = fc.constantFrom("lf", "cr", "crcrlf", "mixed").map((kind) => ({
  label: `line ends ${kind}`,
  apply: (binary) => {
    const lf = binary.replace(/\r\n/g, "\n");
    if (kind === "lf") return lf;
    if (kind === "cr") return lf.replace(/\n/g, "\r");
    if (kind === "crcrlf") return lf.replace(/\n/g, "\r\r\n");
    return lf.replace(/\n/g, (_m, offset: number) => (offset % 3 === 0 ? "\r\n" : "\n"));
  },
}));

const deliveryStatusDamage: fc.Arbitrary<Mutation> = fc
  .constantFrom("drop-blank", "repeat-recipients", "huge-diagnostic", "status-garbage")
  .map((kind) => ({
    label: `delivery-status ${kind}`,
    apply: (binary) => {
      if (kind === "drop-blank") return binary.replace(/(Reporting-MTA:[^\n]*\n)\r?\n/i, "$1");
      if (kind === "repeat-recipients") {
        const m = /Final-Recipient:[\s\S]{0,600}?\r?\n\r?\n/i.exec(binary);
        return m ? binary.replace(m[0], m[0].repeat(200)) : binary;
      }
      if (kind === "huge-diagnostic")
        return binary.replace(/Diagnostic-Code:/i, `Diagnostic-Code: smtp; 550 ${"5.1.1 x ".repeat(20000)}`);
      return binary.replace(/Status:\s*\S+/gi, "Status: 9.99.999999999");
    },
  }));

export const singleMutation: fc.Arbitrary<Mutation> = fc.oneof(
  byteFlips,
  truncation,
  boundaryDamage,
  headerDuplication,
  charsetSwap,
  base64Truncation,
  splice,
  encodedWordDamage,
  lineEnds,
  deliveryStatusDamage,
);

/** One to three mutations applied in turn. */
export const mutations: fc.Arbitrary<Mutation> = fc
  .array(singleMutation, { minLength: 1, maxLength: 3 })
  .map((list) => ({
    label: list.map((m) => m.label).join(" + "),
    apply: (binary) => list.reduce((text, m) => m.apply(text), binary),
  }));
