import type { InlineKeyboardMarkup } from 'telegraf/types';
import { type Locale, t, translator } from '../i18n/index.js';
import { formatShortDate, renderWorkout, workoutSchema } from '../planner/index.js';
import { escapeHtml, formatDistance, type Units } from '../text/index.js';
import { encodeWorkoutAction } from '../tracking/index.js';

/**
 * `sendMessage` parameters of a reminder, without `chat_id` (stored in `reminder_deliveries.payload`).
 *
 * @example
 * const p: ReminderPayload = { text: '⏰ …', parse_mode: 'HTML', link_preview_options: { is_disabled: true } };
 */
export interface ReminderPayload {
  readonly text: string;
  readonly parse_mode: 'HTML';
  readonly link_preview_options: { readonly is_disabled: true };
  readonly reply_markup?: InlineKeyboardMarkup;
}

/**
 * A planned workout as stored: the columns plus `details` (the planner's Workout, validated here).
 *
 * @example
 * const w: StoredWorkout = { id: 7, workoutDate: '2026-03-29', title: 'Easy run', distanceKm: 6, durationMin: 36, details: {} };
 */
export interface StoredWorkout {
  readonly id: number;
  readonly workoutDate: string;
  readonly title: string;
  readonly distanceKm: number | null;
  readonly durationMin: number | null;
  readonly details: unknown;
}

/**
 * The buttons on a reminder: Done (record it later from this message), Skip, See week.
 *
 * @example
 * workoutButtons(42).inline_keyboard[0][0].callback_data; // 'w1:done:42'
 */
export function workoutButtons(workoutId: number, locale: Locale = 'en'): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: t(locale, 'reminder-done'), callback_data: encodeWorkoutAction('done', workoutId) },
        { text: t(locale, 'reminder-skip'), callback_data: encodeWorkoutAction('skip', workoutId) },
      ],
      [{ text: t(locale, 'reminder-week'), callback_data: encodeWorkoutAction('week', workoutId) }],
    ],
  };
}

/**
 * Tomorrow's workout as a reminder: type, distance or duration, paces and structure (the planner's
 * renderer in the runner's units), with the workout buttons. A `details` that fails the schema falls back
 * to the stored columns rather than dropping the reminder.
 *
 * @example
 * renderWorkoutReminder({ id: 7, workoutDate: '2026-03-29', title: 'Easy run', distanceKm: 6, durationMin: null, details: {} }, 'km').text;
 * // '⏰ <b>Tomorrow</b>\n\n<b>Sun 29 Mar · Easy run</b>\n6.0 km'
 */
export function renderWorkoutReminder(
  workout: StoredWorkout,
  units: Units,
  locale: Locale = 'en',
): ReminderPayload {
  const parsed = workoutSchema.safeParse(workout.details);
  let body: string;
  if (parsed.success) {
    body = renderWorkout(parsed.data, { units, html: true, t: translator(locale) });
  } else {
    const facts: string[] = [];
    if (workout.distanceKm) facts.push(formatDistance(Number(workout.distanceKm), units));
    if (workout.durationMin)
      facts.push(t(locale, 'plan-workout-minutes', { duration: String(workout.durationMin) }));
    body = [
      `<b>${escapeHtml(`${formatShortDate(workout.workoutDate, locale)} · ${workout.title}`)}</b>`,
      ...(facts.length > 0 ? [escapeHtml(facts.join(' · '))] : []),
    ].join('\n');
  }
  return {
    text: t(locale, 'reminder-tomorrow', { workout: body }).slice(0, 4000),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    reply_markup: workoutButtons(workout.id, locale),
  };
}

/**
 * The short note for a rest day tomorrow (only for runners who asked for it in /reminders).
 *
 * @example
 * renderRestDayReminder('2026-03-29').text; // '🛌 <b>Tomorrow (Sun 29 Mar) is a rest day.</b> …'
 */
export function renderRestDayReminder(forDate: string, locale: Locale = 'en'): ReminderPayload {
  return {
    text: t(locale, 'reminder-rest-day', { date: escapeHtml(formatShortDate(forDate, locale)) }),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  };
}

/**
 * Display units from a stored profile's `units` (anything unexpected → km).
 *
 * @example
 * unitsOf('mi'); // 'mi'
 * unitsOf(null); // 'km'
 */
export function unitsOf(value: unknown): Units {
  return value === 'mi' ? 'mi' : 'km';
}
