import { escapeHtml, MONTH_SHORT } from '../text/index.js';
import { isoWeekday, toDayNumber, WEEKDAY_NAMES } from './dates.js';
import type { Plan, Week, Workout } from './plan-schema.js';
import { formatDistance, formatDuration, formatPaceRange, type Units } from './units.js';
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
}

/**
 * Short human date: `Tue 4 Mar`.
 * @example formatShortDate('2025-03-04') // 'Tue 4 Mar'
 */
export function formatShortDate(iso: string): string {
  const day = toDayNumber(iso);
  return `${WEEKDAY_NAMES[isoWeekday(day)]} ${Number(iso.slice(8, 10))} ${MONTH_SHORT[Number(iso.slice(5, 7)) - 1]}`;
}

const PHASE_NAMES: Record<Week['phase'], string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
  race: 'Race week',
};

function textTools(opts: RenderOptions) {
  const esc = opts.html ? escapeHtml : (s: string) => s;
  const bold = (s: string) => (opts.html ? `<b>${escapeHtml(s)}</b>` : s);
  return { esc, bold };
}

/**
 * One workout in detail, for the "today"/"next workout" views and reminders.
 * @example renderWorkout(workout, { units: 'km', html: false })
 * // 'Tue 4 Mar · Intervals\n9.5 km · ~47 min\nWarm-up: 2 km easy\nMain set: 5 × 800 m at I pace with 400 m jog\n…'
 */
export function renderWorkout(w: Workout, opts: RenderOptions): string {
  const { esc, bold } = textTools(opts);
  const lines = [bold(`${formatShortDate(w.date)} · ${w.title}`)];
  const facts: string[] = [];
  if (w.distanceKm) facts.push(formatDistance(w.distanceKm, opts.units));
  if (w.durationMin)
    facts.push(
      `~${formatDuration(w.durationMin * 60).replace(/:00$/, '')} ${w.durationMin < 60 ? 'min' : 'h'}`,
    );
  if (facts.length > 0) lines.push(esc(facts.join(' · ')));
  if (w.structure.warmUp) lines.push(esc(`Warm-up: ${w.structure.warmUp}`));
  lines.push(
    esc(
      w.structure.warmUp || w.structure.coolDown ? `Main set: ${w.structure.mainSet}` : w.structure.mainSet,
    ),
  );
  if (w.structure.coolDown) lines.push(esc(`Cool-down: ${w.structure.coolDown}`));
  if (w.pace) lines.push(esc(`Pace: ${formatPaceRange(w.pace, opts.units)}`));
  lines.push(esc(w.description));
  if (w.notes) lines.push(esc(`Note: ${w.notes}`));
  return lines.join('\n');
}

/**
 * A compact week view: header with phase and volume, one line per workout.
 * @example renderWeek(plan.weeks[0], { units: 'km', html: true })
 * // '<b>Week 1 · Base · 30 km</b>\nThu 6 Mar — Easy run, 6 km\n…'
 */
export function renderWeek(week: Week, opts: RenderOptions): string {
  const { esc, bold } = textTools(opts);
  const tags = [week.maintenance ? 'maintenance' : '', week.cutback ? 'cutback' : ''].filter(Boolean);
  const header = `Week ${week.index} · ${PHASE_NAMES[week.phase]} · ${formatDistance(week.targetKm, opts.units)}${
    tags.length > 0 ? ` (${tags.join(', ')})` : ''
  }`;
  const lines = [bold(header)];
  for (const w of week.workouts) {
    const dist = w.distanceKm ? `, ${formatDistance(w.distanceKm, opts.units)}` : '';
    lines.push(esc(`${formatShortDate(w.date)} — ${w.title}${dist}`));
  }
  return lines.join('\n');
}

/**
 * Plan overview: goal, prediction, training paces, length, warnings and the coach note.
 * @example renderPlanSummary(plan, { units: 'km', html: false })
 * // 'Marathon on Sun 29 Jun · 17 weeks\nPredicted: 3:29:10 (VDOT 44.1, from your race)\n…'
 */
export function renderPlanSummary(plan: Plan, opts: RenderOptions): string {
  const { esc, bold } = textTools(opts);
  const lines = [
    bold(
      `${raceName(plan.goalDistanceKm, opts.units)} on ${formatShortDate(plan.raceDate)} · ${plan.weeks.length} weeks`,
    ),
  ];
  const prediction = plan.prediction;
  if (prediction) {
    const riegel = prediction.riegelSeconds ? `; Riegel: ${formatDuration(prediction.riegelSeconds)}` : '';
    lines.push(
      esc(
        `Predicted: ${formatDuration(prediction.vdotSeconds)} (VDOT ${plan.vdot.toFixed(1)}, ${
          plan.vdotSource === 'race' ? 'from your race' : 'estimated'
        }${riegel})`,
      ),
    );
  } else {
    lines.push(esc('No finish time predicted: race by time and feel.'));
  }
  const p = plan.paces;
  lines.push(esc(`Easy: ${formatPaceRange(p.E, opts.units)}`));
  lines.push(esc(`Marathon: ${formatPaceRange(p.M, opts.units)}`));
  lines.push(esc(`Threshold: ${formatPaceRange(p.T, opts.units)}`));
  lines.push(esc(`Interval: ${formatPaceRange(p.I, opts.units)}`));
  lines.push(esc(`Repetition: ${formatPaceRange(p.R, opts.units)}`));
  for (const w of plan.warnings) lines.push(esc(`⚠️ ${w}`));
  if (plan.coachNote) lines.push(esc(plan.coachNote));
  return lines.join('\n');
}
