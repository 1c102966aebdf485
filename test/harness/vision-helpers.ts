import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import jpeg from 'jpeg-js';
import { type RunnerProfile, runnerProfileSchema } from '../../shared/profile/index.js';
import type { SandboxUser } from '../../shared/telegram-sandbox/index.js';
import { testFonts } from './browser.js';
import type { TestSystem } from './system.js';

// Resolved once per test process: the system's sans font, or Open Sans from npm on a bare machine.
const FONTS = await testFonts();

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders text lines black on white like a fitness-app summary (DejaVu/Liberation sans, or Open Sans
 * from npm on a machine without fonts, via resvg), as
 * PNG or JPEG (jpeg-js, quality 90).
 *
 * @example
 * const png = renderScreenshot(['Morning Run', '5.02 km', '25:13', '5:01 /km']);
 * const jpg = renderScreenshot(['5.02 km 25:13 5:01 /km'], { format: 'jpeg' });
 */
export function renderScreenshot(
  lines: readonly string[],
  opts: { format?: 'png' | 'jpeg'; width?: number; fontSize?: number } = {},
): Buffer {
  // Open Sans (the npm fallback) is smaller at the same size: at 30 px tesseract misreads "25:13" in a JPEG.
  const fontSize = opts.fontSize ?? (FONTS.family === 'Open Sans' ? 36 : 30);
  const width = opts.width ?? 520;
  const step = Math.round(fontSize * 1.6);
  const height = step * lines.length + fontSize;
  const texts = lines
    .map(
      (line, i) =>
        `<text x="20" y="${step * (i + 1)}" font-family="${FONTS.family}" font-size="${fontSize}" fill="#111">${escapeXml(line)}</text>`,
    )
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
${texts}
</svg>`;
  const rendered = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONTS.files, defaultFontFamily: FONTS.family },
  }).render();
  if (opts.format === 'jpeg') {
    const encoded = jpeg.encode(
      { data: rendered.pixels, width: rendered.width, height: rendered.height },
      90,
    );
    return Buffer.from(encoded.data);
  }
  return Buffer.from(rendered.asPng());
}

/**
 * A picture with no text at all (shapes only): "not a workout".
 *
 * @example
 * const png = renderPicture();
 */
export function renderPicture(): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240">
<rect width="100%" height="100%" fill="#7ec8e3"/>
<circle cx="160" cy="150" r="60" fill="#f4a261"/>
<rect x="40" y="190" width="240" height="50" fill="#2a9d8f"/>
</svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid PNG of about `bytes` bytes: a real 2048-pixel-wide RGBA image whose IDAT holds incompressible noise stored
 * uncompressed (deflate level 0), so the size is real image data, not padding.
 *
 * @example
 * const big = bigPng(25 * 1024 * 1024);
 */
export function bigPng(bytes: number): Buffer {
  const width = 2048;
  const rowBytes = width * 4 + 1;
  const rows = Math.ceil(bytes / rowBytes);
  const raw = Buffer.alloc(rows * rowBytes);
  let x = 0x9e3779b9;
  for (let i = 0; i < raw.length; i++) {
    if (i % rowBytes === 0) continue; // filter byte 0
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = x & 0xff;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(rows, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A complete runner profile (UTC, so screenshot dates are simple). @example VISION_PROFILE.timeZone; // 'UTC' */
export const VISION_PROFILE: RunnerProfile = runnerProfileSchema.parse({
  goalDistanceKm: 10,
  goalLabel: '10K',
  raceDate: new Date(Date.now() + 12 * 7 * 86_400_000).toISOString().slice(0, 10),
  gender: 'male',
  age: 38,
  heightCm: 180,
  weightKg: 75,
  experience: 'intermediate',
  yearsRunning: 4,
  weeklyVolumeKm: 30,
  trainingDays: [2, 4, 6],
  longRunDay: 6,
  units: 'km',
  timeZone: 'UTC',
  reminderHour: 19,
});

/**
 * Creates the sandbox user's row and a finished profile directly in the database, so screenshots go to
 * the vision feature. Returns the user id.
 *
 * @example
 * const id = await seedRunner(sys, sys.client.user({ first_name: 'Ann' }));
 */
export async function seedRunner(sys: TestSystem, user: SandboxUser): Promise<number> {
  const { id, first_name } = await user.info();
  await sys.db.sql`insert into users (id, chat_id, first_name) values (${id}, ${id}, ${first_name})`;
  await sys.db.sql`
    insert into runner_profiles (user_id, profile) values (${id}, ${sys.db.sql.json(VISION_PROFILE as never)})`;
  return id;
}

/** Today in UTC (the seeded runners' time zone). @example todayUtc(); // '2025-03-05' */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
