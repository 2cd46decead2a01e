// Writes the PWA icons (a white "C" lettermark on the brand blue) as PNG files into public/,
// with nothing but Node's zlib: `npm run icons`. The output is committed; run it again only
// when the design changes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x15, 0x65, 0xc0];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Coverage (0..1) of the shapes at a point, in unit coordinates (0..1 across the icon). */
function shapes(x, y, { corner, glyphScale }) {
  // Background: rounded square (corner = radius in unit coordinates; 0 = full bleed).
  const inside = (() => {
    if (corner === 0) return true;
    const cx = Math.min(Math.max(x, corner), 1 - corner);
    const cy = Math.min(Math.max(y, corner), 1 - corner);
    return (x - cx) ** 2 + (y - cy) ** 2 <= corner ** 2;
  })();
  // Glyph: a "C", an annulus with an opening of ±45° on the right.
  const gx = (x - 0.5) / glyphScale;
  const gy = (y - 0.5) / glyphScale;
  const r = Math.hypot(gx, gy);
  const angle = Math.abs(Math.atan2(gy, gx));
  const glyph = r >= 0.2 && r <= 0.34 && angle >= Math.PI / 4;
  return { inside, glyph };
}

function png(size, options) {
  const samples = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    row[0] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const { inside, glyph } = shapes((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, options);
          if (inside) {
            bg++;
            if (glyph) fg++;
          }
        }
      }
      const n = samples * samples;
      const alpha = bg / n;
      const mix = bg === 0 ? 0 : fg / bg;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/', import.meta.url);
const rounded = { corner: 0.18, glyphScale: 1 };
writeFileSync(new URL('pwa-192.png', out), png(192, rounded));
writeFileSync(new URL('pwa-512.png', out), png(512, rounded));
// Maskable: full bleed, glyph inside the 80 % safe zone.
writeFileSync(new URL('maskable-512.png', out), png(512, { corner: 0, glyphScale: 0.75 }));
// iOS home screen: full bleed (iOS rounds the corners itself).
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { corner: 0, glyphScale: 0.9 }));
console.log('icons written to public/');
