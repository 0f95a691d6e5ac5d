/**
 * Draws PanelPilot's icon (a blue rounded square with a white "P") into public/icon/*.png.
 * Run `npx tsx scripts/make-icons.ts` after changing it; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage of pixel (x, y) in a unit square: 0 outside, 1 inside, for shape `inside(u, v)`. */
function coverage(x: number, y: number, size: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const roundedSquare = (u: number, v: number) => {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const letterP = (u: number, v: number) => {
  const stem = u >= 0.28 && u <= 0.43 && v >= 0.2 && v <= 0.8;
  const bowlOuter = (u - 0.5) ** 2 / 0.23 ** 2 + (v - 0.405) ** 2 / 0.205 ** 2 <= 1 && u >= 0.35;
  const bowlInner = (u - 0.5) ** 2 / 0.09 ** 2 + (v - 0.405) ** 2 / 0.075 ** 2 <= 1 && u >= 0.35;
  return stem || (bowlOuter && !bowlInner);
};

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const bg = coverage(x, y, size, roundedSquare);
      const fg = coverage(x, y, size, letterP);
      const [r, g, b] = [36 + (255 - 36) * fg, 86 + (255 - 86) * fg, 214 + (255 - 214) * fg];
      row.set([Math.round(r), Math.round(g), Math.round(b), Math.round(255 * bg)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('Wrote public/icon/{16,32,48,96,128}.png');
