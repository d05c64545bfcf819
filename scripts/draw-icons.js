#!/usr/bin/env node
// Draws the add-in's icons into assets/ as PNGs: a blue envelope with a red "came back" badge
// (a white return arrow). Vector shapes are sampled 6×6 per pixel, so every size is drawn from
// the shapes rather than scaled from a bitmap; strokes have a minimum width in pixels so the
// 16 px ribbon icon stays crisp. No dependencies: PNG encoding uses node:zlib.
//
// Usage: node scripts/draw-icons.js   (rewrites assets/icon-<size>.png)
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

/** Ribbon (16/20/24/32/40/48/64/80), store (64/128) and mobile (25/32/48 at ×1/×2/×3) sizes. */
export const iconSizes = [16, 20, 24, 25, 32, 40, 48, 50, 64, 75, 80, 96, 128, 144];

const envelopeBlue = [15, 108, 189]; // Fluent brand blue (#0F6CBD)
const badgeRed = [196, 49, 75]; // #C4314B: "something went wrong", readable on light and dark ribbons
const white = [255, 255, 255];

// ---- shapes: each returns true when point (x, y) in unit coordinates (0..1) is inside ----

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius, Math.min(x, right - radius));
  const cy = Math.max(top + radius, Math.min(y, bottom - radius));
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Layers painted bottom to top; `stroke(px)` gives a width in unit coordinates, never below `minPx` pixels. */
function layers(size) {
  const stroke = (relative, minPx) => Math.max(relative, minPx / size);

  // Envelope: fills most of the square, leaving the lower right corner to the badge.
  const env = { left: 0.04, top: 0.16, right: 0.9, bottom: 0.76 };
  const flapWidth = stroke(0.06, 1.3);
  const flapTip = { x: (env.left + env.right) / 2, y: 0.5 };

  // Badge: a circle in the lower right, ringed in white so it separates from the envelope.
  const badge = { x: 0.73, y: 0.73, r: 0.27 };
  const ring = stroke(0.045, 1);
  const arrowWidth = stroke(0.06, 1.5);
  const withHook = size >= 28;

  return [
    {
      color: envelopeBlue,
      inside: (x, y) => insideRoundedRect(x, y, env.left, env.top, env.right, env.bottom, stroke(0.07, 1.5)),
    },
    {
      color: white,
      inside: (x, y) =>
        y <= flapTip.y + flapWidth &&
        (distanceToSegment(x, y, env.left + 0.02, env.top + 0.02, flapTip.x, flapTip.y) <= flapWidth / 2 ||
          distanceToSegment(x, y, env.right - 0.02, env.top + 0.02, flapTip.x, flapTip.y) <= flapWidth / 2),
    },
    { color: white, inside: (x, y) => Math.hypot(x - badge.x, y - badge.y) <= badge.r + ring },
    { color: badgeRed, inside: (x, y) => Math.hypot(x - badge.x, y - badge.y) <= badge.r },
    {
      // Return arrow (↩): a shaft pointing left with, from 28 px up, a hook curving up on the
      // right. Small sizes get the plain left arrow, which stays legible at 16 px.
      color: white,
      inside: (x, y) => {
        const u = (x - badge.x) / badge.r; // badge-relative coordinates, -1..1
        const v = (y - badge.y) / badge.r;
        const w = arrowWidth / badge.r / 2;
        const shaftY = withHook ? 0.2 : 0;
        const shaftRight = withHook ? 0.2 : 0.55;
        if (Math.abs(v - shaftY) <= w && u >= -0.3 && u <= shaftRight) return true;
        if (insideTriangle(u, v, [-0.66, shaftY], [-0.14, shaftY - 0.42], [-0.14, shaftY + 0.42])) return true;
        if (!withHook) return false;
        const hook = { u: 0.2, v: -0.1, radius: 0.3 };
        const onRightHalf = u >= hook.u;
        const onHookArc = Math.abs(Math.hypot(u - hook.u, v - hook.v) - hook.radius) <= w;
        const onTail = Math.abs(v - (hook.v - hook.radius)) <= w && u >= -0.05 && u <= hook.u;
        return (onRightHalf && onHookArc) || onTail;
      },
    },
  ];
}

/** Returns RGBA bytes for one square icon. */
export function drawIcon(size) {
  const samples = 6;
  const pixels = new Uint8Array(size * size * 4);
  const shapeLayers = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // premultiplied colour accumulated over the sub-samples
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const layer of shapeLayers) if (layer.inside(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, filter 0 on every row). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = new URL("../assets/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  for (const size of iconSizes) {
    writeFileSync(new URL(`icon-${size}.png`, folder), encodePng(size, drawIcon(size)));
  }
  console.log(`wrote ${iconSizes.length} icons to assets/: ${iconSizes.join(", ")} px`);
}
