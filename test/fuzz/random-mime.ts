/**
 * Random MIME messages, shaped enough like bounces to reach deep into the core: header blocks
 * with encoded-words and folding, multipart/report with delivery-status parts, nested
 * message/rfc822, every transfer encoding, random charsets, HTML with hostile tags, and plain
 * pasted text and Office pieces. Structure follows RFC 5322/2045/3464 loosely on purpose.
 */
import fc from "fast-check";
import type { BounceInput } from "../../src/core/types.js";

const token = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
const address = fc.tuple(token, token).map(([local, domain]) => `${local}@${domain}.example`);
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown",
    "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    "Delivery has failed to these recipients or groups:",
    "Status: 5.7.1\nAction: failed\nFinal-Recipient: rfc822; x@y.example",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "Click here to release your held messages: http://198.51.100.1/login",
  ),
);

const headerValue = fc.oneof(
  address,
  address.map((a) => `"Mail Delivery System" <${a}>`),
  anyText.map((text) => text.replace(/[\r\n]/g, " ")),
  fc
    .tuple(
      fc.constantFrom("utf-8", "iso-8859-1", "x-bogus", "iso-2022-jp"),
      fc.constantFrom("B", "Q", "X"),
      fc.string({ maxLength: 40 }),
    )
    .map(
      ([charset, enc, text]) =>
        `=?${charset}?${enc}?${enc === "B" ? btoa(unescape(encodeURIComponent(text))) : text}?=`,
    ),
  anyText.map((text) => text.replace(/[\r\n]/g, " ").replace(/(.{20})/g, "$1\r\n ")),
);

const headers = fc.array(
  fc.tuple(
    fc.constantFrom(
      "From",
      "To",
      "Subject",
      "Date",
      "Message-ID",
      "Received",
      "Auto-Submitted",
      "Authentication-Results",
      "X-Failed-Recipients",
      "Reply-To",
      "X-Custom",
    ),
    headerValue,
  ),
  { maxLength: 12 },
);

const transferEncoding = fc.constantFrom("7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "");

function encodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return btoa(unescape(encodeURIComponent(body))).replace(/(.{76})/g, "$1\r\n");
  if (encoding === "quoted-printable") return body.replace(/=/g, "=3D").replace(/(.{70})/g, "$1=\r\n");
  return body;
}

interface Leaf {
  type: string;
  charset: string;
  encoding: string;
  body: string;
}

const leaf: fc.Arbitrary<Leaf> = fc.record({
  type: fc.constantFrom(
    "text/plain",
    "text/html",
    "message/delivery-status",
    "text/rfc822-headers",
    "message/feedback-report",
    "application/octet-stream",
    "message/global-delivery-status",
  ),
  charset: fc.constantFrom("utf-8", "us-ascii", "iso-2022-jp", "shift_jis", "x-unknown", "utf-16"),
  encoding: transferEncoding,
  body: anyText,
});

type Node = { leaf: Leaf } | { multipart: string; children: Node[] } | { message: Node; headers: [string, string][] };

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf.map((l) => ({ leaf: l })),
    fc.record({
      multipart: fc.constantFrom("mixed", "report", "alternative", "related"),
      children: fc.array(tie("node"), { maxLength: 4 }),
    }),
    fc.record({ message: tie("node"), headers }),
  ),
})).node;

let boundaryCounter = 0;
function render(n: Node): string {
  if ("leaf" in n) {
    const l = n.leaf;
    return `Content-Type: ${l.type}; charset=${l.charset}\r\nContent-Transfer-Encoding: ${l.encoding}\r\n\r\n${encodeBody(l.body, l.encoding)}\r\n`;
  }
  if ("multipart" in n) {
    const boundary = `b${boundaryCounter++}`;
    const report = n.multipart === "report" ? "; report-type=delivery-status" : "";
    const parts = n.children.map((child) => `--${boundary}\r\n${render(child)}`).join("");
    return `Content-Type: multipart/${n.multipart}${report}; boundary="${boundary}"\r\n\r\n${parts}--${boundary}--\r\n`;
  }
  const inner = n.headers.map(([name, value]) => `${name}: ${value}\r\n`).join("") + render(n.message);
  return `Content-Type: message/rfc822\r\n\r\n${inner}`;
}

export const randomMime: fc.Arbitrary<{ label: string; input: BounceInput }> = fc
  .tuple(headers, node)
  .map(([top, body]) => {
    const text = top.map(([name, value]) => `${name}: ${value}\r\n`).join("") + "MIME-Version: 1.0\r\n" + render(body);
    return { label: "random MIME", input: { kind: "bytes", data: new TextEncoder().encode(text), name: "random.eml" } };
  });

export const randomPaste: fc.Arbitrary<{ label: string; input: BounceInput }> = fc
  .array(anyText, { maxLength: 20 })
  .map((lines) => ({ label: "random pasted text", input: { kind: "text", text: lines.join("\n") } }));

export const randomOffice: fc.Arbitrary<{ label: string; input: BounceInput }> = fc
  .record({
    bodyText: fc.option(anyText, { nil: undefined }),
    bodyHtml: fc.option(anyText, { nil: undefined }),
    internetHeaders: fc.option(
      headers.map((h) => h.map(([n, v]) => `${n}: ${v}`).join("\r\n")),
      { nil: undefined },
    ),
    subject: fc.option(headerValue, { nil: undefined }),
  })
  .map((pieces) => ({ label: "random Office pieces", input: { kind: "office", pieces } }));
