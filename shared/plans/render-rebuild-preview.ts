import { formatShortDay, type Locale, t, translator } from '../i18n/index.js';
import { type Plan, type Week, workoutTitle } from '../planner/index.js';
import { escapeHtml, type Units } from '../text/index.js';
import { distanceText } from './render-browse.js';

function weekOf(plan: Plan, today: string): Week | undefined {
  return plan.weeks.find((w) => w.startDate <= today && today <= w.endDate) ?? plan.weeks[0];
}

function peakKm(plan: Plan): number {
  return Math.max(0, ...plan.weeks.map((w) => w.targetKm));
}

function longestKm(plan: Plan): number {
  return Math.max(
    0,
    ...plan.weeks.flatMap((w) => w.workouts.filter((x) => x.type !== 'race').map((x) => x.distanceKm ?? 0)),
  );
}

function weekSummary(locale: Locale, plan: Plan, today: string, units: Units): string {
  const week = weekOf(plan, today);
  const runs = week?.workouts.filter((w) => w.type !== 'rest' && w.date >= today) ?? [];
  if (runs.length === 0) return '—';
  const tr = translator(locale);
  return runs
    .map(
      (w) =>
        `${formatShortDay(locale, w.date)} ${workoutTitle(w, tr, units)}${w.distanceKm ? ` ${distanceText(locale, w.distanceKm, units)}` : ''}`,
    )
    .join(', ');
}

/**
 * What a rebuild would change, for the runner to Apply or Keep (HTML): race date, weeks, peak week,
 * longest run and what remains of this week, each "before → after" (or unchanged). `changed` is false
 * when nothing differs. Pure.
 *
 * @example
 * renderRebuildPreview('en', current, next, 'km', '2027-03-03').text;
 * // '🔄 What a rebuild would change:\nRace: Sun 6 Jun → Sun 13 Jun\n…'
 */
export function renderRebuildPreview(
  locale: Locale,
  current: Plan,
  next: Plan,
  units: Units,
  today: string,
): { text: string; changed: boolean } {
  const rows: [string, string, string][] = [
    [
      t(locale, 'ph-rb-race'),
      formatShortDay(locale, current.raceDate),
      formatShortDay(locale, next.raceDate),
    ],
    [t(locale, 'ph-rb-weeks'), String(current.weeks.length), String(next.weeks.length)],
    [
      t(locale, 'ph-rb-peak'),
      distanceText(locale, peakKm(current), units),
      distanceText(locale, peakKm(next), units),
    ],
    [
      t(locale, 'ph-rb-longest'),
      distanceText(locale, longestKm(current), units),
      distanceText(locale, longestKm(next), units),
    ],
    [
      t(locale, 'ph-rb-this-week'),
      weekSummary(locale, current, today, units),
      weekSummary(locale, next, today, units),
    ],
  ];
  const changed = rows.some(([, a, b]) => a !== b);
  const lines = [`<b>${escapeHtml(t(locale, 'ph-rb-header'))}</b>`];
  for (const [what, from, to] of rows)
    lines.push(
      escapeHtml(
        from === to
          ? t(locale, 'ph-rb-same', { what, value: from })
          : t(locale, 'ph-rb-line', { what, from, to }),
      ),
    );
  lines.push('', escapeHtml(t(locale, changed ? 'ph-rb-footer' : 'ph-rb-no-change')));
  return { text: lines.join('\n'), changed };
}
