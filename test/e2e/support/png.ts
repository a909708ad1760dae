// Reads the pixels of a PNG (8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are),
// so tests can check what the canvas actually drew.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  data: Uint8Array;
}

export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(png: Buffer): Pixels {
  if (!png.subarray(0, 8).equals(PNG_MAGIC)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels]! : 0;
      rows[y * stride + x] = (line[x]! + predict(filter!, left, up, upLeft)) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = rows[i * channels]!;
    data[i * 4 + 1] = rows[i * channels + 1]!;
    data[i * 4 + 2] = rows[i * channels + 2]!;
    data[i * 4 + 3] = channels === 4 ? rows[i * channels + 3]! : 255;
  }
  return { width, height, data };
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`bad PNG filter ${filter}`);
  }
}

/** The RGB of the pixel at (x, y), rounded to whole pixels. */
export function pixelAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const i = 4 * (Math.round(y) * pixels.width + Math.round(x));
  return [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
}

/** Whether an RGB triple is the colour `hex` (#rrggbb), each channel within `tolerance`. */
export function isColour([r, g, b]: [number, number, number], hex: string, tolerance = 4): boolean {
  return colourTest(hex, tolerance)(r, g, b);
}

/** How many pixels are within `tolerance` of a colour given as #rrggbb. */
export function countColour(pixels: Pixels, hex: string, tolerance = 4): number {
  // One test for every pixel: a screenshot has about a million, the hex is parsed once.
  const matches = colourTest(hex, tolerance);
  const { data } = pixels;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (matches(data[i]!, data[i + 1]!, data[i + 2]!)) n++;
  return n;
}

function colourTest(hex: string, tolerance: number): (r: number, g: number, b: number) => boolean {
  const [wr, wg, wb] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return (r, g, b) =>
    Math.abs(r - wr) <= tolerance && Math.abs(g - wg) <= tolerance && Math.abs(b - wb) <= tolerance;
}

/**
 * Painted (non-background) pixels, the saturated ones among them (vivid), and their distinct hues:
 * hues in 24 buckets, each counted once it covers at least `minPixels`.
 */
export function colourStats(
  pixels: Pixels,
  minPixels = 40,
): { painted: number; vivid: number; hues: number } {
  const [br, bg, bb] = [pixels.data[0]!, pixels.data[1]!, pixels.data[2]!];
  const buckets = new Array<number>(24).fill(0);
  let painted = 0;
  let vivid = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
    if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) > 30) painted++;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max - min < 60) continue;
    vivid++;
    const hue =
      max === r
        ? ((g - b) / (max - min) + 6) % 6
        : max === g
          ? (b - r) / (max - min) + 2
          : (r - g) / (max - min) + 4;
    buckets[Math.floor((hue / 6) * 24) % 24]!++;
  }
  return { painted, vivid, hues: buckets.filter((n) => n >= minPixels).length };
}

/** Of the pixels `after` paints, the share `before` painted too: near 1 when items were only hidden. */
export function paintedOverlap(before: Pixels, after: Pixels): number {
  const painted = (p: Pixels, i: number) =>
    Math.abs(p.data[i]! - p.data[0]!) +
      Math.abs(p.data[i + 1]! - p.data[1]!) +
      Math.abs(p.data[i + 2]! - p.data[2]!) >
    30;
  let shown = 0;
  let kept = 0;
  for (let i = 0; i < after.data.length; i += 4) {
    if (!painted(after, i)) continue;
    shown++;
    if (painted(before, i)) kept++;
  }
  return shown === 0 ? 1 : kept / shown;
}

/** The share of pixels two same-sized images have exactly alike. */
export function sameShare(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) return 0;
  let same = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      a.data[i] === b.data[i] &&
      a.data[i + 1] === b.data[i + 1] &&
      a.data[i + 2] === b.data[i + 2]
    ) {
      same++;
    }
  }
  return same / (a.width * a.height);
}
