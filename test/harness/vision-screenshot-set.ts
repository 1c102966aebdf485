/**
 * Fitness-app-like screenshots made by the tests (HTML rendered by Chromium), in the layouts real apps
 * use — labels above or below values in columns, label left / value right rows, a big number with its
 * unit underneath, tiles — in light and dark themes, several fonts and sizes, with km and miles, h:mm:ss,
 * mm:ss and 5'20" paces, decimal commas and absolute or relative dates. Each carries what a correct
 * reading gives. Used by test/integration/vision-screenshot-set.test.ts and `npm run bench`.
 */
import type { Browser } from 'playwright-core';

/** What a fully right reading holds (distance to 0.01 km, time to the second, the date, HR when shown). */
export interface ExpectedReading {
  readonly distanceKm: number;
  readonly durationSec: number;
  readonly date: string;
  readonly avgHr?: number;
}

/** One generated screenshot. @example SCREENSHOT_SET[0].id; // 'strava-columns-light' */
export interface ScreenshotCase {
  readonly id: string;
  readonly width: number;
  readonly scale: number;
  readonly html: string;
  /** The local day the screenshot was sent (relative dates count from it). */
  readonly referenceDate: string;
  readonly expected: ExpectedReading;
}

/** Wednesday. */
const SENT = '2025-03-05';
const MI = 1.609344;
const mi = (miles: number) => Math.round(miles * MI * 100) / 100;

interface Theme {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly accent: string;
  readonly card: string;
}
const LIGHT: Theme = { bg: '#ffffff', fg: '#111111', muted: '#6d6d78', accent: '#fc4c02', card: '#f3f3f5' };
const DARK: Theme = { bg: '#000000', fg: '#f5f5f5', muted: '#9a9aa2', accent: '#a4e34b', card: '#1c1c1e' };
const NAVY: Theme = { bg: '#0d1b2a', fg: '#e0e1dd', muted: '#8d99ae', accent: '#4cc9f0', card: '#1b263b' };

const SANS = "'DejaVu Sans', sans-serif";
const LIBERATION = "'Liberation Sans', Arial, sans-serif";
const NARROW = "'Liberation Sans Narrow', sans-serif";
const SERIF = "'DejaVu Serif', serif";
const MONO = "'DejaVu Sans Mono', monospace";

function page(theme: Theme, font: string, size: number, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; padding: 0; }
  body { background: ${theme.bg}; color: ${theme.fg}; font-family: ${font}; font-size: ${size}px; padding: 24px 20px; }
  .muted { color: ${theme.muted}; }
  .title { font-size: 1.35em; font-weight: bold; margin: 6px 0 4px; }
  .date { color: ${theme.muted}; font-size: 0.9em; margin-bottom: 18px; }
  .cols { display: flex; justify-content: space-between; gap: 12px; margin: 14px 0; }
  .col { flex: 1; }
  .label { color: ${theme.muted}; font-size: 0.85em; }
  .value { font-size: 1.45em; font-weight: 600; margin: 2px 0; }
  .tiles { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
  .tile { background: ${theme.card}; border-radius: 12px; padding: 14px; }
  .row { display: flex; justify-content: space-between; padding: 12px 0; border-bottom: 1px solid ${theme.card}; }
  .big { font-size: 4.2em; font-weight: 800; line-height: 1; }
  .unit { color: ${theme.muted}; font-size: 1.1em; }
  .accent { color: ${theme.accent}; }
  .nav { display: flex; justify-content: space-between; color: ${theme.muted}; font-size: 0.8em; margin-bottom: 12px; }
  </style></head><body>${body}</body></html>`;
}

/** Labels in one row, values in the row under (or over) them. */
function columns(pairs: Array<[string, string]>, labelsBelow = false): string {
  return `<div class="cols">${pairs
    .map(([label, value]) =>
      labelsBelow
        ? `<div class="col"><div class="value">${value}</div><div class="label">${label}</div></div>`
        : `<div class="col"><div class="label">${label}</div><div class="value">${value}</div></div>`,
    )
    .join('')}</div>`;
}

function tiles(pairs: Array<[string, string]>): string {
  return `<div class="tiles">${pairs
    .map(
      ([label, value]) =>
        `<div class="tile"><div class="label">${label}</div><div class="value">${value}</div></div>`,
    )
    .join('')}</div>`;
}

function rows(pairs: Array<[string, string]>): string {
  return pairs
    .map(
      ([label, value]) => `<div class="row"><span class="muted">${label}</span><span>${value}</span></div>`,
    )
    .join('');
}

function bigNumber(value: string, unit: string): string {
  return `<div style="margin: 18px 0"><div class="big">${value}</div><div class="unit">${unit}</div></div>`;
}

const header = (title: string, date: string) =>
  `<div class="nav"><span>‹ Back</span><span>Share</span></div><div class="title">${title}</div><div class="date">${date}</div>`;

function make(
  id: string,
  expected: ExpectedReading,
  opts: { theme?: Theme; font?: string; size?: number; width?: number; scale?: number },
  body: string,
): ScreenshotCase {
  return {
    id,
    width: opts.width ?? 390,
    scale: opts.scale ?? 2,
    html: page(opts.theme ?? LIGHT, opts.font ?? SANS, opts.size ?? 16, body),
    referenceDate: SENT,
    expected,
  };
}

/**
 * The generated set (26 screenshots).
 *
 * @example
 * for (const c of SCREENSHOT_SET) await renderCase(browser, c);
 */
export const SCREENSHOT_SET: readonly ScreenshotCase[] = [
  make(
    'strava-columns-light',
    { distanceKm: 5.02, durationSec: 1577, date: '2025-03-02' },
    {},
    header('Morning Run', 'March 2, 2025 at 7:01 AM') +
      columns([
        ['Distance', '5.02 km'],
        ['Pace', '5:14 /km'],
        ['Time', '26:17'],
      ]) +
      columns([
        ['Elevation Gain', '38 m'],
        ['Calories', '402 Cal'],
      ]),
  ),
  make(
    'strava-columns-dark-miles',
    { distanceKm: mi(3.12), durationSec: 1577, date: '2025-03-02' },
    { theme: DARK },
    header('Sunday Morning Run', 'March 2, 2025') +
      columns([
        ['Distance', '3.12 mi'],
        ['Pace', '8:25 /mi'],
        ['Time', '26:17'],
      ]),
  ),
  make(
    'garmin-tiles-yesterday',
    { distanceKm: 10.01, durationSec: 3153, date: '2025-03-04', avgHr: 148 },
    { font: LIBERATION },
    header('Running', 'Yesterday · 6:12 PM') +
      tiles([
        ['Distance', '10.01 km'],
        ['Time', '52:33'],
        ['Avg Pace', '5:15 /km'],
        ['Avg HR', '148 bpm'],
      ]),
  ),
  make(
    'nike-big-miles-weekday',
    { distanceKm: mi(6.21), durationSec: 3056, date: '2025-03-02' },
    { theme: DARK, font: LIBERATION, size: 17 },
    `<div class="date">Sunday</div>` +
      bigNumber('6.21', 'Miles') +
      columns(
        [
          ['Avg. Pace', '8\'12"'],
          ['Time', '50:56'],
          ['Calories', '702'],
        ],
        true,
      ),
  ),
  make(
    'rows-label-left-dotted-date',
    { distanceKm: 12.5, durationSec: 3942, date: '2025-03-02', avgHr: 152 },
    { font: SERIF },
    header('Long run', '02.03.2025') +
      rows([
        ['Distance', '12.50 km'],
        ['Duration', '1:05:42'],
        ['Avg pace', '5\'15" /km'],
        ['Heart rate', '152 bpm'],
      ]),
  ),
  make(
    'decimal-comma-rows',
    { distanceKm: 7.45, durationSec: 2480, date: '2025-03-03' },
    { font: LIBERATION },
    header('Evening run', 'Monday, 3 March 2025') +
      rows([
        ['Distance', '7,45 km'],
        ['Time', '41:20'],
        ['Pace', '5:33 min/km'],
      ]),
  ),
  make(
    'half-marathon-columns',
    { distanceKm: 21.1, durationSec: 6727, date: '2025-03-01', avgHr: 161 },
    {},
    header('Half Marathon', 'Sat, Mar 1') +
      columns([
        ['Distance', '21.10 km'],
        ['Time', '1:52:07'],
        ['Pace', '5:19 /km'],
      ]) +
      columns([['Avg Heart Rate', '161 bpm']]),
  ),
  make(
    'big-km-underneath',
    { distanceKm: 8, durationSec: 2530, date: '2025-03-05' },
    { theme: NAVY },
    `<div class="date">Today</div>` +
      bigNumber('8.00', 'Kilometers') +
      columns([
        ['Time', '42:10'],
        ['Avg Pace', '5:16 /km'],
      ]),
  ),
  make(
    'apple-fitness-rows',
    { distanceKm: mi(4.03), durationSec: 2172, date: '2025-03-02', avgHr: 151 },
    { theme: DARK, font: LIBERATION },
    header('Outdoor Run', 'Sun, Mar 2, 2025') +
      tiles([
        ['Workout Time', '<span class="accent">0:36:12</span>'],
        ['Distance', '<span class="accent">4.03MI</span>'],
        ['Avg. Pace', '<span class="accent">8\'59"/MI</span>'],
        ['Avg. Heart Rate', '<span class="accent">151BPM</span>'],
      ]),
  ),
  make(
    'tiles-dark-colours',
    { distanceKm: 6.4, durationSec: 2046, date: '2025-03-04', avgHr: 144 },
    { theme: DARK },
    header('Easy Run', 'Tuesday') +
      tiles([
        ['Distance', '<span class="accent">6.40 km</span>'],
        ['Moving Time', '34:06'],
        ['Avg Pace', '5:20 /km'],
        ['Heart Rate', '144 bpm'],
      ]),
  ),
  make(
    'small-phone-font',
    { distanceKm: 4.2, durationSec: 1445, date: '2025-03-05' },
    { width: 320, size: 13, scale: 2 },
    header('Lunch Run', 'Today at 12:30') +
      columns([
        ['Distance', '4.20 km'],
        ['Pace', '5:44 /km'],
        ['Time', '24:05'],
      ]),
  ),
  make(
    'large-tablet',
    { distanceKm: 15.03, durationSec: 4833, date: '2025-02-28', avgHr: 147 },
    { width: 800, size: 22, scale: 1 },
    header('Friday Long Run', 'February 28, 2025') +
      columns([
        ['Distance', '15.03 km'],
        ['Moving Time', '1:20:33'],
        ['Elapsed Time', '1:25:00'],
        ['Avg HR', '147 bpm'],
      ]),
  ),
  make(
    'serif-columns-below',
    { distanceKm: 5.0, durationSec: 1500, date: '2025-03-02' },
    { font: SERIF, size: 17 },
    header('Parkrun', 'Sunday, March 2') +
      columns(
        [
          ['Distance (km)', '5.00'],
          ['Time', '25:00'],
          ['Pace (/km)', '5:00'],
        ],
        true,
      ),
  ),
  make(
    'monospace-rows',
    { distanceKm: 9.87, durationSec: 3011, date: '2025-03-03', avgHr: 139 },
    { font: MONO, size: 15 },
    header('Run', '2025-03-03 07:15') +
      rows([
        ['distance', '9.87 km'],
        ['time', '50:11'],
        ['avg pace', '5:05 /km'],
        ['avg hr', '139 bpm'],
      ]),
  ),
  make(
    'treadmill-today',
    { distanceKm: 5.5, durationSec: 1800, date: '2025-03-05' },
    { font: NARROW, size: 18 },
    header('Treadmill Run', 'Today') +
      tiles([
        ['Time', '30:00'],
        ['Distance', '5.50 km'],
        ['Calories', '410 kcal'],
        ['Pace', '5:27 /km'],
      ]),
  ),
  make(
    'weekday-monday-miles-rows-dark',
    { distanceKm: mi(5.0), durationSec: 2700, date: '2025-03-03' },
    { theme: DARK, font: LIBERATION },
    header('Morning Run', 'Monday') +
      rows([
        ['Distance', '5.00 mi'],
        ['Time', '45:00'],
        ['Pace', '9:00 /mi'],
      ]),
  ),
  make(
    'polar-leading-zero-hours',
    { distanceKm: 8.12, durationSec: 2710, date: '2025-03-01', avgHr: 139 },
    { font: LIBERATION },
    header('Running', 'Saturday, March 1, 2025') +
      rows([
        ['Duration', '00:45:10'],
        ['Distance', '8.12 km'],
        ['Heart rate avg', '139 bpm'],
      ]),
  ),
  make(
    'runkeeper-units-in-labels-miles',
    { distanceKm: mi(3.11), durationSec: 1740, date: '2025-03-04' },
    { theme: NAVY, size: 17 },
    header('Running', 'Yesterday') +
      columns(
        [
          ['Distance (mi)', '3.11'],
          ['Duration', '29:00'],
          ['Avg Pace (min/mi)', '9:20'],
        ],
        true,
      ),
  ),
  make(
    'big-number-km-inline-small-unit',
    { distanceKm: 11.24, durationSec: 3598, date: '2025-02-27', avgHr: 150 },
    { font: SANS },
    header('Thursday Tempo', 'Feb 27, 2025') +
      `<div class="big">11.24 <span style="font-size: 0.35em">km</span></div>` +
      tiles([
        ['Time', '59:58'],
        ['Avg pace', '5:20 /km'],
        ['Avg heart rate', '150 bpm'],
        ['Cadence', '172 spm'],
      ]),
  ),
  make(
    'coros-moving-elapsed-rows',
    { distanceKm: 18.3, durationSec: 5902, date: '2025-03-02', avgHr: 143 },
    { theme: DARK, font: SANS, size: 15 },
    header('Long Run', 'Mar 2, 2025') +
      rows([
        ['Distance', '18.30km'],
        ['Moving Time', '1:38:22'],
        ['Total Time', '1:41:05'],
        ['Avg Pace', '5:22/km'],
        ['Avg HR', '143bpm'],
      ]),
  ),
  make(
    'splits-under-summary',
    { distanceKm: 3.0, durationSec: 912, date: '2025-03-04' },
    { font: LIBERATION },
    header('Intervals', 'Tue, Mar 4') +
      columns([
        ['Distance', '3.00 km'],
        ['Time', '15:12'],
        ['Pace', '5:04 /km'],
      ]) +
      `<div class="label" style="margin-top: 16px">Splits</div>` +
      rows([
        ['1 km', '5:08'],
        ['2 km', '5:01'],
        ['3 km', '5:03'],
      ]),
  ),
  make(
    'wide-desktop-light-miles-labels-below',
    { distanceKm: mi(10.0), durationSec: 5430, date: '2025-03-01', avgHr: 155 },
    { width: 1000, size: 20, scale: 1, font: LIBERATION },
    header('Saturday Long Run', 'March 1, 2025') +
      columns(
        [
          ['Distance', '10.00 mi'],
          ['Moving Time', '1:30:30'],
          ['Pace', '9:03 /mi'],
          ['Avg Heart Rate', '155 bpm'],
        ],
        true,
      ),
  ),
  // Added after the parser was written, to check it on layouts it was not tuned to.
  make(
    'low-contrast-small-scale1',
    { distanceKm: 6.08, durationSec: 2003, date: '2025-03-04' },
    {
      theme: { bg: '#e9e9ec', fg: '#55555c', muted: '#8a8a90', accent: '#55555c', card: '#dcdce0' },
      width: 360,
      size: 14,
      scale: 1,
    },
    header('Recovery Run', 'Yesterday at 6:40 PM') +
      columns([
        ['Distance', '6.08 km'],
        ['Pace', '5:29 /km'],
        ['Time', '33:23'],
      ]),
  ),
  make(
    'strava-noise-moving-elapsed',
    { distanceKm: 5.02, durationSec: 1577, date: '2025-03-02', avgHr: 149 },
    {},
    header('Morning Run', 'March 2, 2025 at 7:01 AM · Berlin') +
      `<div class="label">12 kudos · 3 achievements</div>` +
      columns([
        ['Distance', '5.02 km'],
        ['Avg Pace', '5:14 /km'],
        ['Moving Time', '26:17'],
      ]) +
      columns([
        ['Elevation Gain', '45 m'],
        ['Elapsed Time', '27:40'],
        ['Avg Heart Rate', '149 bpm'],
      ]),
  ),
  make(
    'tiles-small-unit-under-hr-plain',
    { distanceKm: 7.77, durationSec: 2480, date: '2025-02-26', avgHr: 156 },
    { theme: NAVY, font: LIBERATION },
    header('Tempo', 'Wednesday, February 26, 2025') +
      tiles([
        ['Distance', '7.77<div class="unit">km</div>'],
        ['Duration', '41:20'],
        ['Avg HR', '156'],
        ['Avg Pace', '5:19 /km'],
      ]),
  ),
  make(
    'rows-colon-labels',
    { distanceKm: 6.66, durationSec: 2000, date: '2025-02-28' },
    { font: SERIF, size: 15 },
    header('Run summary', '28 Feb 2025') +
      rows([
        ['Distance:', '6.66 km'],
        ['Time:', '33:20'],
        ['Avg. pace:', '5\'00"/km'],
      ]),
  ),
];

/**
 * Renders a case to PNG bytes in Chromium (viewport = the case's width, device scale as given, full
 * page).
 *
 * @example
 * const png = await renderCase(browser, SCREENSHOT_SET[0]);
 */
export async function renderCase(browser: Browser, c: ScreenshotCase): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: c.width, height: 400 },
    deviceScaleFactor: c.scale,
  });
  try {
    const page = await context.newPage();
    await page.setContent(c.html, { waitUntil: 'load' });
    return await page.screenshot({ fullPage: true, type: 'png' });
  } finally {
    await context.close();
  }
}

/**
 * Whether a reading is fully right for a case: distance within 0.01 km, time to the second, the date,
 * and the heart rate when the screenshot shows one. Returns the wrong fields (empty: right).
 *
 * @example
 * wrongFields({ distanceKm: 5.02, durationSec: 1577, date: '2025-03-02' }, c.expected); // []
 */
export function wrongFields(
  got: { distanceKm?: number; durationSec?: number; date?: string; avgHr?: number } | undefined,
  expected: ExpectedReading,
): string[] {
  if (!got) return ['nothing read'];
  const wrong: string[] = [];
  if (got.distanceKm === undefined || Math.abs(got.distanceKm - expected.distanceKm) > 0.011)
    wrong.push(`distance ${got.distanceKm} ≠ ${expected.distanceKm}`);
  if (got.durationSec !== expected.durationSec)
    wrong.push(`time ${got.durationSec} ≠ ${expected.durationSec}`);
  if (got.date !== expected.date) wrong.push(`date ${got.date} ≠ ${expected.date}`);
  if (expected.avgHr !== undefined && got.avgHr !== expected.avgHr)
    wrong.push(`hr ${got.avgHr} ≠ ${expected.avgHr}`);
  return wrong;
}
