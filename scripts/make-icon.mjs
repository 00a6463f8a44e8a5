// Draws the extension's 128x128 icon (a shield with a check mark) and writes images/icon.png.
// Plain node (zlib for the PNG's deflate stream and CRCs), so the icon can be regenerated
// without an image editor: `node scripts/make-icon.mjs`. The output is deterministic.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const SIZE = 128;
/** Samples per pixel side: 4x4 supersampling smooths the edges. */
const SAMPLES = 4;

const BACKGROUND = [15, 23, 42];
const SHIELD_LEFT = [34, 197, 94];
const SHIELD_RIGHT = [22, 163, 74];
const RIM = [187, 247, 208];
const CHECK = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const r = 0.19;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Half width of the shield at height y, or -1 outside its vertical extent. */
function shieldHalfWidth(y, inset) {
  const top = 0.15 + inset;
  const shoulder = 0.5;
  const tip = 0.89 - inset * 1.6;
  const half = 0.33 - inset;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return half;
  const t = (y - shoulder) / (tip - shoulder);
  return half * Math.cos((t * Math.PI) / 2) ** 0.8;
}

function insideShield(x, y, inset = 0) {
  const w = shieldHalfWidth(y, inset);
  return w >= 0 && Math.abs(x - 0.5) <= w;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK_POINTS = [
  [0.33, 0.5],
  [0.45, 0.62],
  [0.67, 0.37],
];

function onCheck(x, y) {
  const d = Math.min(
    distanceToSegment(x, y, CHECK_POINTS[0], CHECK_POINTS[1]),
    distanceToSegment(x, y, CHECK_POINTS[1], CHECK_POINTS[2]),
  );
  return d <= 0.045;
}

/** Colour at a point of the unit square, or undefined where the icon is transparent. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return undefined;
  if (!insideShield(x, y)) return BACKGROUND;
  if (onCheck(x, y)) return CHECK;
  if (!insideShield(x, y, 0.025)) return RIM;
  return x < 0.5 ? SHIELD_LEFT : SHIELD_RIGHT;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * SIZE + px) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  const stride = SIZE * 4;
  const scanlines = Buffer.alloc((stride + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial.
    rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../images/icon.png', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, encodePng(render()));
