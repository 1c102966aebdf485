import { formatNumber, formatShortDay, type Locale, type Translator, translator } from '../i18n/index.js';
import { escapeHtml, MONTH_SHORT } from '../text/index.js';
import { isoWeekday, toDayNumber, WEEKDAY_NAMES } from './dates.js';
import type { Plan, Week, Workout } from './plan-schema.js';
import { localDistance, localPaces, planWarningTexts, workoutTexts, workoutTitle } from './render-texts.js';
import { formatDuration, type Units } from './units.js';
import { raceName } from './workout-factory.js';

// Kept on the planner's public API for its callers; the one definition is in the shared text module.
export { escapeHtml } from '../text/index.js';

/**
 * Rendering options: display units and whether to produce Telegram HTML (`parse_mode: 'HTML'`) or plain text.
 * @example const opts: RenderOptions = { units: 'mi', html: true };
 */
export interface RenderOptions {
  units: Units;
  html: boolean;
  /** The runner's language (English when not given). */
  t?: Translator;
  /**
   * The plan's own finish prediction in the summary (default true); false where the caller shows the
   * current one (/plan: a fresher hard effort may have replaced the plan's).
   */
  prediction?: boolean;
}

const ENGLISH = translator('en');

/**
 * Short human date: `Tue 4 Mar` (in the runner's language when `locale` is given: `вт, 4 мар.`).
 * @example formatShortDate('2025-03-04') // 'Tue 4 Mar'
 */
export function formatShortDate(iso: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return formatShortDay(locale, iso);
  const day = toDayNumber(iso);
  return `${WEEKDAY_NAMES[isoWeekday(day)]} ${Number(iso.slice(8, 10))} ${MONTH_SHORT[Number(iso.slice(5, 7)) - 1]}`;
}

function textTools(opts: RenderOptions) {
  const esc = opts.html ? escapeHtml : (s: string) => s;
  const bold = (s: string) => (opts.html ? `<b>${escapeHtml(s)}</b>` : s);
  const tr = opts.t ?? ENGLISH;
  // Numbers in the runner's notation: English keeps the planner's own formatting.
  const local = (text: string) => (tr.locale === 'en' ? text : text.replace(/(\d)\.(\d)/g, '$1,$2'));
  const distance = (km: number) => localDistance(km, opts.units, tr);
  const paces = (range: { fast: number; slow: number }) => localPaces(range, opts.units, tr);
  const date = (iso: string) => formatShortDate(iso, tr.locale);
  return { esc, bold, tr, local, distance, paces, date };
}

/**
 * One workout in detail, for the "today"/"next workout" views and reminders.
 * @example renderWorkout(workout, { units: 'km', html: false })
 * // 'Tue 4 Mar · Intervals\n9.5 km · ~47 min\nWarm-up: 2 km easy\nMain set: 5 × 800 m at I pace with 400 m jog\n…'
 */
export function renderWorkout(w: Workout, opts: RenderOptions): string {
  const { esc, bold, tr, distance, paces, date } = textTools(opts);
  const texts = workoutTexts(w, { t: tr, units: opts.units });
  const lines = [bold(`${date(w.date)} · ${texts.title}`)];
  const facts: string[] = [];
  if (w.distanceKm) facts.push(distance(w.distanceKm));
  if (w.durationMin) {
    const duration = formatDuration(w.durationMin * 60).replace(/:00$/, '');
    facts.push(tr(w.durationMin < 60 ? 'plan-workout-minutes' : 'plan-workout-hours', { duration }));
  }
  if (facts.length > 0) lines.push(esc(facts.join(' · ')));
  if (texts.warmUp) lines.push(esc(tr('plan-warm-up', { text: texts.warmUp })));
  lines.push(
    esc(texts.warmUp || texts.coolDown ? tr('plan-main-set', { text: texts.mainSet }) : texts.mainSet),
  );
  if (texts.coolDown) lines.push(esc(tr('plan-cool-down', { text: texts.coolDown })));
  if (w.pace) lines.push(esc(tr('plan-pace', { pace: paces(w.pace) })));
  lines.push(esc(texts.description));
  if (w.notes) lines.push(esc(tr('plan-note', { text: w.notes })));
  return lines.join('\n');
}

/**
 * A compact week view: header with phase and volume, one line per workout.
 * @example renderWeek(plan.weeks[0], { units: 'km', html: true })
 * // '<b>Week 1 · Base · 30 km</b>\nThu 6 Mar — Easy run, 6 km\n…'
 */
export function renderWeek(week: Week, opts: RenderOptions): string {
  const { esc, bold, tr, distance, date } = textTools(opts);
  const tags = [
    week.maintenance ? tr('plan-week-maintenance') : '',
    week.cutback ? tr('plan-week-cutback') : '',
  ].filter(Boolean);
  const header = `${tr('plan-week', { index: week.index, phase: week.phase, volume: distance(week.targetKm) })}${
    tags.length > 0 ? ` (${tags.join(', ')})` : ''
  }`;
  const lines = [bold(header)];
  for (const w of week.workouts) {
    const dist = w.distanceKm ? `, ${distance(w.distanceKm)}` : '';
    lines.push(esc(`${date(w.date)} — ${workoutTitle(w, tr, opts.units)}${dist}`));
  }
  return lines.join('\n');
}

/**
 * Plan overview: goal, prediction, training paces, length, warnings and the coach note.
 * @example renderPlanSummary(plan, { units: 'km', html: false })
 * // 'Marathon on Sun 29 Jun · 17 weeks\nPredicted: 3:29:10 (VDOT 44.1, from your race)\n…'
 */
export function renderPlanSummary(plan: Plan, opts: RenderOptions): string {
  const { esc, bold, tr, local, date, paces } = textTools(opts);
  const race =
    tr.locale === 'en'
      ? raceName(plan.goalDistanceKm, opts.units)
      : localRaceName(plan.goalDistanceKm, opts, tr);
  const lines = [bold(tr('plan-title', { race, date: date(plan.raceDate), weeks: plan.weeks.length }))];
  if (opts.prediction !== false) lines.push(esc(predictionText(plan, tr, local)));
  const p = plan.paces;
  lines.push(esc(tr('plan-pace-easy', { pace: paces(p.E) })));
  lines.push(esc(tr('plan-pace-marathon', { pace: paces(p.M) })));
  lines.push(esc(tr('plan-pace-threshold', { pace: paces(p.T) })));
  lines.push(esc(tr('plan-pace-interval', { pace: paces(p.I) })));
  lines.push(esc(tr('plan-pace-repetition', { pace: paces(p.R) })));
  for (const w of planWarningTexts(plan, tr)) lines.push(esc(`⚠️ ${w}`));
  if (plan.coachNote) lines.push(esc(plan.coachNote));
  return lines.join('\n');
}

/** The plan's own finish prediction line, or that it predicts none (ultras, "finish comfortably"). */
function predictionText(plan: Plan, tr: Translator, local: (text: string) => string): string {
  const prediction = plan.prediction;
  if (!prediction) return tr('plan-no-prediction');
  const riegel = prediction.riegelSeconds
    ? tr('plan-riegel', { time: formatDuration(prediction.riegelSeconds) })
    : '';
  return tr('plan-predicted', {
    time: formatDuration(prediction.vdotSeconds),
    vdot: local(plan.vdot.toFixed(1)),
    source: plan.vdotSource === 'race' ? 'race' : 'other',
    riegel,
  });
}

/** The goal race's name in the runner's language (standard names from the catalog, else the distance). */
function localRaceName(km: number, opts: RenderOptions, tr: Translator): string {
  const names: Record<string, string> = {
    '5': 'distance-5k',
    '10': 'distance-10k',
    '21.0975': 'distance-half',
    '42.195': 'distance-full',
  };
  const id = names[String(km)];
  if (id) return tr(id);
  const value = formatNumber(tr.locale, opts.units === 'km' ? km : km / 1.609344);
  return tr('distance-custom', { distance: tr(opts.units === 'km' ? 'unit-km' : 'unit-mi', { value }) });
}
