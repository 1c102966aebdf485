import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Translator, translator } from '../i18n/index.js';
import { KM_PER_MILE, MONTH_SHORT } from '../text/index.js';
import type { TrainingStats } from './stats.js';

/** Chart width in pixels: wide enough for 8 labelled weeks, text ≥ 24 px so it reads on a phone. @example CHART_WIDTH // 1080 */
export const CHART_WIDTH = 1080;
/** Chart height in pixels. @example CHART_HEIGHT // 720 */
export const CHART_HEIGHT = 720;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A "nice" axis step (1, 2, 5 × 10^n) so the grid has about `ticks` lines. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
}

/**
 * Builds the /stats chart as an SVG: planned (grey) vs done (blue) volume per week for the weeks of
 * `stats`, done values written on the bars, and a footer with completion rate and streak. Pure.
 *
 * @example
 * const svg = buildStatsChartSvg(stats, 'km'); // '<svg xmlns=… width="1080" height="720">…'
 */
export function buildStatsChartSvg(
  stats: TrainingStats,
  units: 'km' | 'mi',
  tr: Translator = translator('en'),
): string {
  const conv = (km: number) => (units === 'km' ? km : km / KM_PER_MILE);
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const left = 100;
  const right = 30;
  const top = 150;
  const bottom = 170;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const maxValue = Math.max(1, ...stats.weeks.flatMap((w) => [conv(w.plannedKm), conv(w.doneKm)]));
  const step = niceStep(maxValue, 4);
  const yMax = Math.ceil(maxValue / step) * step;
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const slot = plotW / stats.weeks.length;
  const barW = slot * 0.36;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${left - 60}" y="62" font-size="40" font-weight="bold" fill="#1f2937">Weekly distance (${units})</text>`,
    `<rect x="${left - 60}" y="90" width="30" height="30" rx="4" fill="#cbd5e1"/>`,
    `<text x="${left - 20}" y="116" font-size="28" fill="#374151">planned</text>`,
    `<rect x="${left + 150}" y="90" width="30" height="30" rx="4" fill="#2563eb"/>`,
    `<text x="${left + 190}" y="116" font-size="28" fill="#374151">done</text>`,
  ];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb" stroke-width="2"/>`,
      `<text x="${left - 14}" y="${y(v) + 9}" font-size="26" text-anchor="end" fill="#6b7280">${Math.round(v)}</text>`,
    );
  }
  stats.weeks.forEach((w, i) => {
    const x0 = left + slot * i + (slot - 2 * barW) / 2;
    const planned = conv(w.plannedKm);
    const done = conv(w.doneKm);
    parts.push(
      `<rect x="${x0}" y="${y(planned)}" width="${barW}" height="${y(0) - y(planned)}" rx="4" fill="#cbd5e1"/>`,
      `<rect x="${x0 + barW}" y="${y(done)}" width="${barW}" height="${y(0) - y(done)}" rx="4" fill="#2563eb"/>`,
    );
    if (done > 0)
      parts.push(
        `<text x="${x0 + barW * 1.5}" y="${y(done) - 10}" font-size="24" font-weight="bold" text-anchor="middle" fill="#1e3a8a">${Math.round(done)}</text>`,
      );
    const [, m, d] = w.start.split('-').map(Number) as [number, number, number];
    parts.push(
      `<text x="${left + slot * (i + 0.5)}" y="${top + plotH + 40}" font-size="26" text-anchor="middle" fill="#374151">${tr.locale === 'en' ? `${d} ${MONTH_SHORT[m - 1]}` : esc(monthDay(tr, m, d))}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" x2="${W - right}" y1="${y(0)}" y2="${y(0)}" stroke="#9ca3af" stroke-width="3"/>`,
    `<text x="${left + plotW / 2}" y="${top + plotH + 78}" font-size="24" text-anchor="middle" fill="#6b7280">${esc(tr('chart-week-starting'))}</text>`,
  );
  const footer = [
    stats.completionRate === undefined
      ? tr('chart-completion-none')
      : tr('chart-completion', { percent: Math.round(stats.completionRate * 100) }),
    tr('chart-streak', { streak: stats.streak }),
    tr('chart-done', {
      done: Math.round(conv(stats.doneKm)),
      planned: Math.round(conv(stats.plannedKm)),
      unit: tr(`unit-name-${units}`),
    }),
  ].join('   ·   ');
  parts.push(
    `<text x="${W / 2}" y="${H - 30}" font-size="30" font-weight="bold" text-anchor="middle" fill="#111827">${esc(footer)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

/** Fonts resvg may use: DejaVu/Liberation when installed, plus whatever the system has. */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
].filter((f) => existsSync(f));

let resvgModule: typeof import('@resvg/resvg-js') | undefined;

/**
 * Renders an SVG to PNG with @resvg/resvg-js (system fonts; DejaVu Sans preferred). Synchronous and
 * CPU-bound (~tens of ms for the stats chart).
 *
 * @example
 * const png = renderPng(buildStatsChartSvg(stats, 'km')); // Buffer starting with \x89PNG
 */
export function renderPng(svg: string): Buffer {
  // Loaded on first use: the native renderer costs every process that imports tracking a few MB of
  // resident memory, and only bot-poller draws charts.
  resvgModule ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const resvg = new resvgModule.Resvg(svg, {
    font: { loadSystemFonts: true, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

/** A day and short month in the runner's language ("12 апр."). */
function monthDay(tr: Translator, month: number, day: number): string {
  return new Intl.DateTimeFormat(tr.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, month - 1, day)))
    .replace(/[\u00a0\u202f]/g, ' ');
}
