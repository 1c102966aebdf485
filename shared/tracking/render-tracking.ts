import { type Translator, translator } from '../i18n/index.js';
import { formatShortDate, storedTitle } from '../planner/index.js';
import type { TrackedWorkout } from '../plans/workout-store.js';
import { escapeHtml, formatDistance, formatDuration, formatPace, type Units } from '../text/index.js';
import { encodeTrackingAction } from './callback-data.js';
import type { CompletedRun } from './record-completion.js';
import type { TrainingStats } from './stats.js';
import { type CancelReason, effectiveStatus } from './tracking-rules.js';
import { encodeWorkoutAction } from './workout-actions.js';

/** Telegram inline keyboard markup (plain data, no library types). */
export interface InlineKeyboard {
  inline_keyboard: Array<Array<{ text: string; callback_data: string }>>;
}

const ENGLISH = translator('en');

// Numbers, units and dates in the runner's notation; English keeps the shared text module's output.
const local = (tr: Translator, text: string) =>
  tr.locale === 'en' ? text : text.replace(/(\d)\.(\d)/g, '$1,$2');
const dist = (tr: Translator, km: number, units: Units, decimals?: number) =>
  local(tr, formatDistance(km, units, decimals === undefined ? {} : { decimals })).replace(
    / (km|mi)$/,
    (_m, u: string) => ` ${tr(`unit-name-${u}`)}`,
  );
const pace = (tr: Translator, secPerKm: number, units: Units) =>
  formatPace(secPerKm, units).replace(/(?:min)?\/(km|mi)$/, (_m, u: string) => tr(`unit-pace-${u}`));
const day = (tr: Translator, iso: string) => formatShortDate(iso, tr.locale);

const CANCEL_IDS: Record<CancelReason, string> = {
  sick: 'cancel-sick',
  injured: 'cancel-injured',
  no_time: 'cancel-no-time',
  weather: 'cancel-weather',
  other: 'cancel-other',
};

/**
 * The label of a cancel reason in the runner's language.
 *
 * @example
 * cancelLabel('no_time'); // '⏰ No time'
 */
export function cancelLabel(reason: CancelReason, tr: Translator = ENGLISH): string {
  return tr(CANCEL_IDS[reason]);
}

/** English labels of the cancel reasons. @example CANCEL_LABELS.no_time // '⏰ No time' */
export const CANCEL_LABELS: Record<CancelReason, string> = {
  sick: cancelLabel('sick'),
  injured: cancelLabel('injured'),
  no_time: cancelLabel('no_time'),
  weather: cancelLabel('weather'),
  other: cancelLabel('other'),
};

/** Workouts per /pending page. */
export const PENDING_PAGE_SIZE = 5;

/**
 * One workout as a line: date, title, planned distance.
 *
 * @example
 * workoutLine({ date: '2027-03-02', title: 'Easy run', distanceKm: 8, … }, 'km'); // 'Tue 2 Mar — Easy run, 8 km'
 */
export function workoutLine(
  w: Pick<TrackedWorkout, 'date' | 'title' | 'titleText' | 'distanceKm'>,
  units: Units,
  tr: Translator = ENGLISH,
): string {
  const distance = w.distanceKm ? `, ${dist(tr, w.distanceKm, units)}` : '';
  return `${day(tr, w.date)} — ${escapeHtml(storedTitle(w, tr, units))}${distance}`;
}

/**
 * A recorded run in words: distance, time, pace, heart rate, effort.
 *
 * @example
 * describeRun({ date: '2027-03-02', distanceKm: 10, durationSec: 3150 }, 'km'); // '10 km in 52:30 (5:15 /km)'
 */
export function describeRun(run: CompletedRun, units: Units, tr: Translator = ENGLISH): string {
  const distance = run.distanceKm ? dist(tr, run.distanceKm, units, 2) : '';
  const time = run.durationSec ? formatDuration(run.durationSec) : '';
  let text = distance && time ? tr('run-distance-time', { distance, time }) : distance || time;
  if (run.distanceKm && run.durationSec) {
    text = tr('run-pace', { text, pace: pace(tr, run.durationSec / run.distanceKm, units) });
  }
  if (run.avgHr) text = tr('run-hr', { text, hr: run.avgHr });
  if (run.rpe) text = tr('run-rpe', { text, rpe: run.rpe });
  return text || tr('run-unknown');
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
  tr: Translator = ENGLISH,
): { text: string; keyboard?: InlineKeyboard } {
  if (workouts.length === 0) return { text: tr('pending-none') };
  const pages = Math.ceil(workouts.length / PENDING_PAGE_SIZE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = workouts.slice(p * PENDING_PAGE_SIZE, (p + 1) * PENDING_PAGE_SIZE);
  const lines = [pages > 1 ? tr('pending-page', { page: p + 1, pages }) : tr('pending-title')];
  let section = '';
  for (const w of slice) {
    const s =
      effectiveStatus(w.status, w.date, today) === 'missed'
        ? tr('pending-overdue')
        : w.date === today
          ? tr('pending-today')
          : tr('pending-tomorrow');
    if (s !== section) lines.push('', `<b>${s}</b>`);
    section = s;
    lines.push(workoutLine(w, units, tr));
  }
  const rows = workoutButtonRows(slice, tr);
  const nav = [];
  if (p > 0)
    nav.push({
      text: tr('pending-previous'),
      callback_data: encodeTrackingAction({ kind: 'page', page: p - 1 }),
    });
  if (p < pages - 1)
    nav.push({
      text: tr('pending-next'),
      callback_data: encodeTrackingAction({ kind: 'page', page: p + 1 }),
    });
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
  tr: Translator = ENGLISH,
): InlineKeyboard['inline_keyboard'] {
  return workouts.map((w) => [
    { text: tr('button-done', { date: day(tr, w.date) }), callback_data: encodeWorkoutAction('done', w.id) },
    { text: tr('button-skip'), callback_data: encodeWorkoutAction('skip', w.id) },
  ]);
}

/**
 * "How did it go?" with "as planned" and "enter numbers".
 *
 * @example
 * askHowItWent(workout, 'km').keyboard.inline_keyboard[0][0].callback_data; // 't1:as:42'
 */
export function askHowItWent(
  w: TrackedWorkout,
  units: Units,
  tr: Translator = ENGLISH,
): { text: string; keyboard: InlineKeyboard } {
  const asPlanned = w.distanceKm
    ? tr('button-as-planned-distance', { distance: dist(tr, w.distanceKm, units) })
    : tr('button-as-planned');
  return {
    text: tr('ask-how-it-went', { workout: workoutLine(w, units, tr) }),
    keyboard: {
      inline_keyboard: [
        [
          {
            text: asPlanned,
            callback_data: encodeTrackingAction({ kind: 'as-planned', workoutId: w.id }),
          },
        ],
        [
          {
            text: tr('button-enter-numbers'),
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
export function askWhySkip(
  w: TrackedWorkout,
  units: Units,
  tr: Translator = ENGLISH,
): { text: string; keyboard: InlineKeyboard } {
  const b = (reason: CancelReason) => ({
    text: cancelLabel(reason, tr),
    callback_data: encodeTrackingAction({ kind: 'why', reason, workoutId: w.id }),
  });
  return {
    text: tr('ask-why-skip', { workout: workoutLine(w, units, tr) }),
    keyboard: { inline_keyboard: [[b('sick'), b('injured')], [b('no_time'), b('weather')], [b('other')]] },
  };
}

/**
 * The /stats text: volume, completion, streak, longest run, easy pace trend, prediction.
 *
 * @example
 * renderStats(stats, 'km', 'Half marathon'); // '<b>Last 8 weeks</b>\nDistance: 48 of 68 km planned…'
 */
export function renderStats(
  s: TrainingStats,
  units: Units,
  goalLabel: string,
  tr: Translator = ENGLISH,
): string {
  const lines = [tr('stats-title', { weeks: s.weeks.length })];
  lines.push(
    tr('stats-distance', { done: dist(tr, s.doneKm, units), planned: dist(tr, s.plannedKm, units) }),
  );
  lines.push(
    s.completionRate === undefined
      ? tr('stats-completion-none')
      : tr('stats-completion', {
          percent: Math.round(s.completionRate * 100),
          done: s.done,
          due: s.due,
          cancelled: s.cancelled,
          missed: s.missed,
        }),
  );
  lines.push(tr('stats-streak', { streak: s.streak }));
  if (s.longestRun) {
    lines.push(
      tr('stats-longest', {
        distance: dist(tr, s.longestRun.distanceKm, units),
        date: day(tr, s.longestRun.date),
      }),
    );
  }
  if (s.easyPaceTrend) {
    const d = s.easyPaceTrend.changeSecPerKm;
    const trend = d < 0 ? 'faster' : d > 0 ? 'slower' : 'steady';
    const seconds = Math.abs(Math.round(units === 'km' ? d : d * 1.609344));
    lines.push(
      tr('stats-easy-pace', {
        first: pace(tr, s.easyPaceTrend.first, units),
        last: pace(tr, s.easyPaceTrend.last, units),
        trend,
        by: tr('stats-by', { seconds, unit: tr(`unit-name-${units}`) }),
      }),
    );
  } else lines.push(tr('stats-easy-pace-none'));
  const goal = escapeHtml(goalLabel);
  if (s.prediction) {
    const p = s.prediction;
    lines.push(
      tr('stats-predicted', {
        goal,
        time: formatDuration(p.vdotSeconds),
        vdot: local(tr, String(p.vdot)),
        riegel: formatDuration(p.riegelSeconds),
        distance: dist(tr, p.from.distanceKm, units),
        duration: formatDuration(p.from.durationSec),
        date: day(tr, p.from.date),
      }),
    );
  } else lines.push(tr('stats-predicted-none', { goal }));
  return lines.join('\n');
}
