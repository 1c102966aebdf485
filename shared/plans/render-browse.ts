import { formatLocalDistance, formatShortDay, type Locale, t, translator } from '../i18n/index.js';
import { type Plan, type Week, type Workout, workoutTexts, workoutTitle } from '../planner/index.js';
import { escapeHtml, formatPaceRange, toUnits, type Units } from '../text/index.js';
import type { PlanWorkoutRow } from './plan-workouts-store.js';

/** Telegram's limit is 4,096; a margin keeps a page safe after HTML entity counting. */
export const PAGE_BUDGET = 3900;
/** Weeks on one page of the full plan (fewer when the text would not fit). */
export const WEEKS_PER_PAGE = 4;

const STATUS_MARK: Record<PlanWorkoutRow['status'], string> = {
  done: '✅',
  cancelled: '✖️',
  missed: '⚠️',
  planned: '▫️',
};

/**
 * A distance in the runner's units and language.
 * @example distanceText('en', 8, 'km'); // '8 km'
 */
export function distanceText(locale: Locale, km: number, units: Units): string {
  return formatLocalDistance(locale, toUnits(km, units), units);
}

/**
 * The week of the plan that holds `today`, else the first (before the start) or last (after the race).
 * @example currentWeekIndex(plan, '2027-03-03'); // 2
 */
export function currentWeekIndex(plan: Plan, today: string): number {
  const week = plan.weeks.find((w) => w.startDate <= today && today <= w.endDate);
  if (week) return week.index;
  if (plan.weeks.length === 0) return 1;
  return today < plan.weeks[0]!.startDate ? plan.weeks[0]!.index : plan.weeks.at(-1)!.index;
}

/**
 * One line of a workout: `✅ Thu 10 Dec — Tempo 8 km`.
 * @example workoutLine('en', row, 'km'); // '▫️ Thu 10 Dec — Tempo 8 km'
 */
export function workoutLine(
  locale: Locale,
  w: Workout,
  units: Units,
  status?: PlanWorkoutRow['status'],
  today?: string,
): string {
  const shown = status === 'planned' && today !== undefined && w.date < today ? 'missed' : status;
  const mark = shown ? `${STATUS_MARK[shown]} ` : '';
  const dist = w.distanceKm ? ` ${distanceText(locale, w.distanceKm, units)}` : '';
  const title = workoutTitle(w, translator(locale), units);
  return escapeHtml(`${mark}${formatShortDay(locale, w.date)} — ${title}${dist}`);
}

function weekHeader(locale: Locale, week: Week, total: number, units: Units): string {
  const tags = [
    week.maintenance ? t(locale, 'ph-tag-maintenance') : '',
    week.cutback ? t(locale, 'ph-tag-cutback') : '',
  ].filter(Boolean);
  const header = t(locale, 'ph-week-header', {
    index: week.index,
    total,
    phase: t(locale, `ph-phase-${week.phase}`),
    distance: distanceText(locale, week.targetKm, units),
  });
  return `<b>${escapeHtml(header)}</b>${tags.length > 0 ? escapeHtml(` (${tags.join(', ')})`) : ''}\n${escapeHtml(
    t(locale, 'ph-week-dates', {
      from: formatShortDay(locale, week.startDate),
      to: formatShortDay(locale, week.endDate),
    }),
  )}`;
}

/**
 * One week of the plan (HTML): header, dates and a line per workout with its status (from the stored
 * rows when given, so done and skipped workouts show as such; a moved workout shows on its new day).
 *
 * @example
 * renderWeekView('en', plan, plan.weeks[2]!, rows, { units: 'km', today: '2027-03-03' });
 */
export function renderWeekView(
  locale: Locale,
  plan: Plan,
  week: Week,
  rows: readonly PlanWorkoutRow[] | undefined,
  opts: { units: Units; today: string },
): string {
  const lines = [weekHeader(locale, week, plan.weeks.length, opts.units)];
  const runs = rows
    ? rows.filter((r) => r.date >= week.startDate && r.date <= week.endDate)
    : week.workouts
        .filter((w) => w.type !== 'rest')
        .map((w) => ({ workout: w, status: undefined as PlanWorkoutRow['status'] | undefined }));
  for (const r of runs) lines.push(workoutLine(locale, r.workout, opts.units, r.status, opts.today));
  if (runs.length === 0) lines.push(escapeHtml(t(locale, 'ph-week-empty')));
  return lines.join('\n');
}

/**
 * The full plan split into pages of up to {@link WEEKS_PER_PAGE} weeks, each under {@link PAGE_BUDGET}
 * characters (a page holds fewer weeks when they would not fit). Deterministic for one plan, so a page
 * number on a button always means the same weeks.
 *
 * @example
 * const pages = fullPlanPages('en', plan, 'km'); pages.length; // 4 for a 14-week plan
 */
export function fullPlanPages(locale: Locale, plan: Plan, units: Units): string[] {
  const blocks = plan.weeks.map((week) =>
    [
      weekHeader(locale, week, plan.weeks.length, units),
      ...week.workouts.filter((w) => w.type !== 'rest').map((w) => workoutLine(locale, w, units)),
    ].join('\n'),
  );
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const block of blocks) {
    const piece = block.slice(0, PAGE_BUDGET - 200);
    if (
      current.length > 0 &&
      (current.length >= WEEKS_PER_PAGE || size + piece.length + 2 > PAGE_BUDGET - 200)
    ) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.length + 2;
  }
  if (current.length > 0) pages.push(current);
  return pages.map((weeks, i) =>
    [
      `<b>${escapeHtml(t(locale, 'ph-full-header', { page: i + 1, pages: pages.length }))}</b>`,
      '',
      weeks.join('\n\n'),
    ].join('\n'),
  );
}

const PACE_WORDS = /at (?:[EMTIR]|goal race|goal) pace/;

/**
 * A workout's detail as plain text parts: the heading (`Thu 10 Dec — Tempo 8 km`), the session
 * (`2 km easy · 4 km at 5:07–5:13 min/km · 2 km easy`) and further lines (pace, description, note).
 *
 * @example
 * workoutDetailParts('en', workout, 'km').session; // '2 km easy · 4 km at 5:07–5:13 min/km · 2 km easy'
 */
export function workoutDetailParts(
  locale: Locale,
  w: Workout,
  units: Units,
): { head: string; session: string; lines: string[] } {
  const tr = translator(locale);
  // The pace in the planner's notation (`min/km`, `min/mi`), as this view always wrote it.
  const pace = w.pace ? formatPaceRange(w.pace, units) : undefined;
  // With descriptors the pace goes into the main set's `$at`; a stored English text gets it by pattern.
  const texts = workoutTexts(w, { t: tr, units, ...(pace ? { inlinePace: pace } : {}) });
  let main = texts.mainSet;
  let paceShown = texts.paceInlined;
  if (!w.texts?.mainSet && pace && PACE_WORDS.test(main)) {
    main = main.replace(PACE_WORDS, `at ${pace}`);
    paceShown = true;
  }
  const session = [texts.warmUp, main, texts.coolDown].filter((p): p is string => Boolean(p)).join(' · ');
  const dist = w.distanceKm ? ` ${distanceText(locale, w.distanceKm, units)}` : '';
  const lines: string[] = [];
  if (pace && !paceShown) lines.push(t(locale, 'ph-pace', { pace }));
  if (texts.description) lines.push(texts.description);
  if (w.notes) lines.push(t(locale, 'ph-note', { note: w.notes }));
  return { head: `${formatShortDay(locale, w.date)} — ${texts.title}${dist}`, session, lines };
}

/**
 * One workout in detail (HTML): `Thu 10 Dec — Tempo 8 km: 2 km easy · 4 km at 5:07–5:13 min/km · 2 km
 * easy`, then its description and note.
 *
 * @example
 * renderWorkoutDetail('en', workout, 'km');
 */
export function renderWorkoutDetail(locale: Locale, w: Workout, units: Units): string {
  const p = workoutDetailParts(locale, w, units);
  return [
    `<b>${escapeHtml(p.head)}</b>: ${escapeHtml(p.session)}`,
    ...p.lines.map((l) => escapeHtml(l)),
  ].join('\n');
}

/**
 * The plain-text description of a workout for a calendar event.
 *
 * @example
 * workoutDescription('en', workout, 'km'); // '2 km easy · 4 km at 5:07–5:13 min/km · 2 km easy\n…'
 */
export function workoutDescription(locale: Locale, w: Workout, units: Units): string {
  const p = workoutDetailParts(locale, w, units);
  return [p.session, ...p.lines].join('\n');
}

/**
 * The plan's own prediction (from the race or an estimate at build time), for the shared prediction.
 *
 * @example
 * planEstimate(plan); // { vdot: 41.2, vdotSeconds: 6598, riegelSeconds: 6640 } (undefined for an ultra)
 */
export function planEstimate(
  plan: Plan,
): { vdot: number; vdotSeconds: number; riegelSeconds?: number } | undefined {
  if (!plan.prediction) return undefined; // ultras and "finish comfortably" goals have no time
  return {
    vdot: plan.vdot,
    vdotSeconds: plan.prediction.vdotSeconds,
    ...(plan.prediction.riegelSeconds ? { riegelSeconds: plan.prediction.riegelSeconds } : {}),
  };
}
