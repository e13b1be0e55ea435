// Draws the Teams app icons (manifests/teams/color.png 192x192, outline.png 32x32) from shapes, so
// they can be regenerated exactly: a shield with a check mark, the promise kept. Teams wants the
// outline icon white on a transparent background, the colour icon on a full background.
// Usage: npx tsx scripts/teams-icons.ts
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** In unit coordinates (0..1): inside the shield, and on its check mark. */
function inShield(u: number, v: number): boolean {
  if (v < 0.12 || v > 0.9) return false;
  const half = v < 0.55 ? 0.34 : 0.34 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.35) ** 2));
  return Math.abs(u - 0.5) <= half;
}

function onCheck(u: number, v: number, width: number): boolean {
  const segment = (ax: number, ay: number, bx: number, by: number) => {
    const t = Math.max(
      0,
      Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) <= width;
  };
  return segment(0.34, 0.5, 0.46, 0.63) || segment(0.46, 0.63, 0.68, 0.36);
}

const blue: Rgba = [31, 78, 121, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [255, 255, 255, 0];

const color = encodePng(192, (x, y) => {
  const u = (x + 0.5) / 192;
  const v = (y + 0.5) / 192;
  if (inShield(u, v) && !onCheck(u, v, 0.045)) return white;
  return blue;
});
const outline = encodePng(32, (x, y) => {
  const u = (x + 0.5) / 32;
  const v = (y + 0.5) / 32;
  const inside = inShield(u, v);
  const edge =
    inside &&
    !(inShield(u - 0.09, v) && inShield(u + 0.09, v) && inShield(u, v - 0.09) && inShield(u, v + 0.09));
  return edge || onCheck(u, v, 0.06) ? white : clear;
});

writeFileSync(new URL("../manifests/teams/color.png", import.meta.url), color);
writeFileSync(new URL("../manifests/teams/outline.png", import.meta.url), outline);
process.stdout.write("wrote manifests/teams/color.png and outline.png\n");
