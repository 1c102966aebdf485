import { formatShortDate } from '../planner/index.js';
import { escapeHtml, formatDistance, formatDuration, formatPace, type Units } from '../text/index.js';
import { encodeTrackingAction } from './callback-data.js';
import type { CompletedRun } from './record-completion.js';
import type { TrainingStats } from './stats.js';
import { type CancelReason, effectiveStatus } from './tracking-rules.js';
import type { TrackedWorkout } from './tracking-store.js';
import { encodeWorkoutAction } from './workout-actions.js';

/** Telegram inline keyboard markup (plain data, no library types). */
export interface InlineKeyboard {
  inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
}

/** Labels of the cancel reasons. @example CANCEL_LABELS.no_time // '⏰ No time' */
export const CANCEL_LABELS: Record<CancelReason, string> = {
  sick: '🤒 Sick',
  injured: '🩹 Injured',
  no_time: '⏰ No time',
  weather: '🌧 Weather',
  other: '✏️ Other',
};

/** Workouts per /pending page. */
export const PENDING_PAGE_SIZE = 5;

/**
 * One workout as a line: date, title, planned distance.
 *
 * @example
 * workoutLine({ date: '2027-03-02', title: 'Easy run', distanceKm: 8, … }, 'km'); // 'Tue 2 Mar — Easy run, 8 km'
 */
export function workoutLine(w: Pick<TrackedWorkout, 'date' | 'title' | 'distanceKm'>, units: Units): string {
  const dist = w.distanceKm ? `, ${formatDistance(w.distanceKm, units)}` : '';
  return `${formatShortDate(w.date)} — ${escapeHtml(w.title)}${dist}`;
}

/**
 * A recorded run in words: distance, time, pace, heart rate, effort.
 *
 * @example
 * describeRun({ date: '2027-03-02', distanceKm: 10, durationSec: 3150 }, 'km'); // '10 km in 52:30 (5:15 /km)'
 */
export function describeRun(run: CompletedRun, units: Units): string {
  const parts: string[] = [];
  if (run.distanceKm) parts.push(formatDistance(run.distanceKm, units, { decimals: 2 }));
  if (run.durationSec) parts.push(`${parts.length ? 'in ' : ''}${formatDuration(run.durationSec)}`);
  let text = parts.join(' ');
  if (run.distanceKm && run.durationSec) text += ` (${formatPace(run.durationSec / run.distanceKm, units)})`;
  if (run.avgHr) text += `, HR ${run.avgHr}`;
  if (run.rpe) text += `, RPE ${run.rpe}`;
  return text || 'a run';
}

/**
 * The /pending message for one page: overdue, today and tomorrow sections and a Done / Skip row per
 * workout, with page buttons when there is more than one page.
 *
 * @example
 * const { text, keyboard } = renderPendingPage(workouts, 0, '2027-03-03', 'km');
 */
export function renderPendingPage(
  workouts: readonly TrackedWorkout[],
  page: number,
  today: string,
  units: Units,
): { text: string; keyboard?: InlineKeyboard } {
  if (workouts.length === 0)
    return { text: '🎉 Nothing pending: no overdue workouts and nothing planned for today or tomorrow.' };
  const pages = Math.ceil(workouts.length / PENDING_PAGE_SIZE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = workouts.slice(p * PENDING_PAGE_SIZE, (p + 1) * PENDING_PAGE_SIZE);
  const lines = [`<b>Pending workouts</b>${pages > 1 ? ` · page ${p + 1} of ${pages}` : ''}`];
  let section = '';
  for (const w of slice) {
    const s =
      effectiveStatus(w.status, w.date, today) === 'missed'
        ? '⚠️ Overdue'
        : w.date === today
          ? '📅 Today'
          : '🔜 Tomorrow';
    if (s !== section) lines.push('', `<b>${s}</b>`);
    section = s;
    lines.push(workoutLine(w, units));
  }
  const rows = workoutButtonRows(slice);
  const nav = [];
  if (p > 0)
    nav.push({ text: '‹ Previous', callback_data: encodeTrackingAction({ kind: 'page', page: p - 1 }) });
  if (p < pages - 1)
    nav.push({ text: 'Next ›', callback_data: encodeTrackingAction({ kind: 'page', page: p + 1 }) });
  if (nav.length) rows.push(nav);
  return { text: lines.join('\n'), keyboard: { inline_keyboard: rows } };
}

/**
 * One "✅ Done · date / ✖️ Skip" row per workout: the buttons every workout message carries.
 *
 * @example
 * workoutButtonRows([workout])[0][0].callback_data; // 'w1:done:42'
 */
export function workoutButtonRows(
  workouts: ReadonlyArray<Pick<TrackedWorkout, 'id' | 'date'>>,
): InlineKeyboard['inline_keyboard'] {
  return workouts.map((w) => [
    { text: `✅ Done · ${formatShortDate(w.date)}`, callback_data: encodeWorkoutAction('done', w.id) },
    { text: '✖️ Skip', callback_data: encodeWorkoutAction('skip', w.id) },
  ]);
}

/**
 * "How did it go?" with "as planned" and "enter numbers".
 *
 * @example
 * askHowItWent(workout, 'km').keyboard.inline_keyboard[0][0].callback_data; // 't1:as:42'
 */
export function askHowItWent(w: TrackedWorkout, units: Units): { text: string; keyboard: InlineKeyboard } {
  const planned = w.distanceKm ? ` (${formatDistance(w.distanceKm, units)})` : '';
  return {
    text: `How did it go?\n${workoutLine(w, units)}`,
    keyboard: {
      inline_keyboard: [
        [
          {
            text: `✅ As planned${planned}`,
            callback_data: encodeTrackingAction({ kind: 'as-planned', workoutId: w.id }),
          },
        ],
        [
          {
            text: '✏️ Enter my numbers',
            callback_data: encodeTrackingAction({ kind: 'form', workoutId: w.id }),
          },
        ],
      ],
    },
  };
}

/**
 * "Why are you skipping?" with one button per reason.
 *
 * @example
 * askWhySkip(workout, 'km').keyboard.inline_keyboard.flat().length; // 5
 */
export function askWhySkip(w: TrackedWorkout, units: Units): { text: string; keyboard: InlineKeyboard } {
  const b = (reason: CancelReason) => ({
    text: CANCEL_LABELS[reason],
    callback_data: encodeTrackingAction({ kind: 'why', reason, workoutId: w.id }),
  });
  return {
    text: `Why are you skipping it?\n${workoutLine(w, units)}`,
    keyboard: { inline_keyboard: [[b('sick'), b('injured')], [b('no_time'), b('weather')], [b('other')]] },
  };
}

/**
 * The /stats text: volume, completion, streak, longest run, easy pace trend, prediction.
 *
 * @example
 * renderStats(stats, 'km', 'Half marathon'); // '<b>Last 8 weeks</b>\nDistance: 48 of 68 km planned…'
 */
export function renderStats(s: TrainingStats, units: Units, goalLabel: string): string {
  const lines = [`<b>Last ${s.weeks.length} weeks</b>`];
  lines.push(
    `Distance: ${formatDistance(s.doneKm, units)} run, ${formatDistance(s.plannedKm, units)} planned`,
  );
  lines.push(
    s.completionRate === undefined
      ? 'Completion: nothing due yet'
      : `Completion: ${Math.round(s.completionRate * 100)}% (${s.done} of ${s.due} done, ${s.cancelled} skipped, ${s.missed} missed)`,
  );
  lines.push(`Current streak: ${s.streak} workout${s.streak === 1 ? '' : 's'} in a row`);
  if (s.longestRun)
    lines.push(
      `Longest run: ${formatDistance(s.longestRun.distanceKm, units)} (${formatShortDate(s.longestRun.date)})`,
    );
  if (s.easyPaceTrend) {
    const d = s.easyPaceTrend.changeSecPerKm;
    const word = d < 0 ? 'faster' : d > 0 ? 'slower' : 'steady';
    const by = d === 0 ? '' : ` by ${Math.abs(Math.round(units === 'km' ? d : d * 1.609344))} s/${units}`;
    lines.push(
      `Easy pace: ${formatPace(s.easyPaceTrend.first, units)} → ${formatPace(s.easyPaceTrend.last, units)} (${word}${by})`,
    );
  } else lines.push('Easy pace: not enough easy runs with a time yet');
  if (s.prediction) {
    const p = s.prediction;
    lines.push(
      `Predicted ${escapeHtml(goalLabel)}: ${formatDuration(p.vdotSeconds)} (VDOT ${p.vdot}; Riegel ${formatDuration(p.riegelSeconds)}) — from ${formatDistance(p.from.distanceKm, units)} in ${formatDuration(p.from.durationSec)} on ${formatShortDate(p.from.date)}`,
    );
  } else
    lines.push(
      `Predicted ${escapeHtml(goalLabel)}: log a hard effort of 3 km or more with its time to get one`,
    );
  return lines.join('\n');
}
