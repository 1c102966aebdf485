import type { TransactionSql } from '../db/index.js';
import { loadPlanDay } from '../plans/workout-store.js';
import { loadProfile, loadReminderSettings, updateReminderSettings } from '../profile/index.js';
import { loadUserLocale, loadUserTimeZone } from '../users/index.js';
import { localDate, resolveZone } from './due-time.js';
import {
  type ReminderPayload,
  renderRestDayReminder,
  renderWorkoutReminder,
  unitsOf,
} from './reminder-message.js';

/**
 * A runner's reminder settings, as /reminders shows them.
 *
 * @example
 * const p: ReminderPrefs = { enabled: true, hour: 19, restDayNote: false, timeZone: 'Europe/Berlin' };
 */
export interface ReminderPrefs {
  readonly enabled: boolean;
  readonly hour: number;
  readonly restDayNote: boolean;
  readonly timeZone: string;
}

/**
 * Reads the settings, or undefined when the user has no profile yet.
 *
 * @example
 * const prefs = await loadReminderPrefs(ctx.tx, ctx.user.id);
 */
export async function loadReminderPrefs(
  tx: TransactionSql,
  userId: number,
): Promise<ReminderPrefs | undefined> {
  const settings = await loadReminderSettings(tx, userId);
  if (!settings) return undefined;
  return { ...settings, timeZone: resolveZone((await loadUserTimeZone(tx, userId)) ?? 'UTC') };
}

/**
 * Changes some settings. The hour is written to both `runner_profiles.reminder_hour` (read by the reminder
 * app) and the stored profile's `reminderHour` (shown by /profile), so they never disagree. A reminder
 * not yet due simply follows the new settings: the reminder app reads them when it falls due.
 *
 * @example
 * await updateReminderPrefs(ctx.tx, ctx.user.id, { hour: 20 });
 */
export async function updateReminderPrefs(
  tx: TransactionSql,
  userId: number,
  patch: { enabled?: boolean; hour?: number; restDayNote?: boolean },
): Promise<ReminderPrefs | undefined> {
  await updateReminderSettings(tx, userId, patch);
  return loadReminderPrefs(tx, userId);
}

/**
 * What tomorrow's reminder will say (the same rendering the reminder app sends), or why there is none.
 *
 * @example
 * const p = await previewTomorrow(ctx.tx, ctx.user.id, new Date());
 * if (p.kind === 'workout') ctx.out.html(p.payload.text, p.payload.reply_markup);
 */
export async function previewTomorrow(
  tx: TransactionSql,
  userId: number,
  now: Date,
): Promise<
  | { kind: 'workout' | 'rest_day'; forDate: string; payload: ReminderPayload }
  | { kind: 'no_plan' | 'no_profile' }
  | { kind: 'done'; forDate: string }
> {
  const prefs = await loadReminderPrefs(tx, userId);
  if (!prefs) return { kind: 'no_profile' };
  const forDate = localDate(now, prefs.timeZone, 1);
  const day = await loadPlanDay(tx, userId, forDate);
  if (!day || forDate > day.lastDay) return { kind: 'no_plan' };
  const workout = day.workout;
  const locale = await loadUserLocale(tx, userId);
  if (!workout) return { kind: 'rest_day', forDate, payload: renderRestDayReminder(forDate, locale) };
  if (workout.status !== 'planned') return { kind: 'done', forDate };
  const payload = renderWorkoutReminder(workout, unitsOf((await loadProfile(tx, userId))?.units), locale);
  return { kind: 'workout', forDate, payload };
}
