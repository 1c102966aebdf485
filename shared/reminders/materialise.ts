import type { Sql } from '../db/index.js';
import { isLocale, type Locale, resolveLocale } from '../i18n/index.js';
import { loadReminderWorkouts } from '../plans/workout-store.js';
import { resolveZone, WindowCache } from './due-time.js';
import { type Candidate, restDayCandidates, workoutCandidates } from './fan-out-read-model.js';
import {
  type ReminderPayload,
  renderRestDayReminder,
  renderWorkoutReminder,
  unitsOf,
} from './reminder-message.js';

/** What one materialise pass did. @example const r: MaterialiseResult = { due: 3, stale: 1 }; */
export interface MaterialiseResult {
  /** New rows inserted as pending (due now, still useful). */
  readonly due: number;
  /** New rows inserted as stale: due while nobody sent them and the workout's day has begun. */
  readonly stale: number;
}

interface Row {
  user_id: number;
  chat_id: number;
  kind: 'workout' | 'rest_day';
  for_date: string;
  planned_workout_id: number | null;
  due_at: Date;
  expires_at: Date;
  payload: ReminderPayload | Record<string, never>;
  status: 'pending' | 'stale';
}

const DAY_MS = 86_400_000;

/**
 * Inserts a `reminder_deliveries` row for every reminder that has become due by `now` (the app's clock):
 * active users with reminders on and an active plan, tomorrow's workout (or, if they asked for it, a rest
 * note), at their reminder hour in their own zone. Reading the hour and zone only when the reminder falls
 * due means a change made before then simply takes effect. Reminders whose useful window already passed
 * (downtime) are inserted as `stale`, so they are counted once and never sent. Idempotent and safe in
 * several processes at once: `on conflict (user_id, for_date, kind) do nothing`.
 *
 * @example
 * const { due, stale } = await materialiseDueReminders(sql, new Date(), { lookbackDays: 1 });
 */
export async function materialiseDueReminders(
  sql: Sql,
  now: Date,
  options: { lookbackDays?: number; windows?: WindowCache } = {},
): Promise<MaterialiseResult> {
  const windows = options.windows ?? new WindowCache();
  // Local dates lie within ±14 h of UTC; a reminder is due at most a day before its date.
  const from = new Date(now.getTime() - (options.lookbackDays ?? 1) * DAY_MS).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 2 * DAY_MS).toISOString().slice(0, 10);
  const candidates = [
    ...(await workoutCandidates(sql, from, to)),
    ...(await restDayCandidates(sql, from, to)),
  ];
  const rows: Row[] = [];
  const dueWorkoutIds: number[] = [];
  for (const c of candidates) {
    const zone = resolveZone(c.time_zone);
    const window = windows.get(c.for_date, zone, c.reminder_hour);
    const t = now.getTime();
    if (t < window.dueAt.getTime()) continue; // not yet: hour and zone are read again next time
    const expired = t >= window.expiresAt.getTime();
    // A plan made after the reminder time: remind now if still useful; never count it as missed.
    if (expired && c.plan_created_at.getTime() > window.dueAt.getTime()) continue;
    rows.push({
      user_id: c.user_id,
      chat_id: c.chat_id,
      kind: c.workout_id === null ? 'rest_day' : 'workout',
      for_date: c.for_date,
      planned_workout_id: c.workout_id,
      due_at: window.dueAt,
      expires_at: window.expiresAt,
      payload: expired ? {} : c.workout_id === null ? renderRestDayReminder(c.for_date, localeOf(c)) : {},
      status: expired ? 'stale' : 'pending',
    });
    if (!expired && c.workout_id !== null) dueWorkoutIds.push(c.workout_id);
  }
  if (dueWorkoutIds.length > 0) await renderWorkouts(sql, rows, dueWorkoutIds, candidates);
  let due = 0;
  let stale = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((r) => ({ ...r, payload: sql.json(r.payload as never) }));
    const inserted = await sql<{ status: string }[]>`
      insert into reminder_deliveries ${sql(chunk, 'user_id', 'chat_id', 'kind', 'for_date', 'planned_workout_id', 'due_at', 'expires_at', 'payload', 'status')}
      on conflict (user_id, for_date, kind) do nothing
      returning status`;
    for (const row of inserted) row.status === 'stale' ? stale++ : due++;
  }
  return { due, stale };
}

/** The runner's language: their choice, else their Telegram language (as `users` reports it). */
function localeOf(c: Candidate): Locale {
  return isLocale(c.locale) ? c.locale : resolveLocale(c.language_code);
}

async function renderWorkouts(sql: Sql, rows: Row[], ids: number[], candidates: Candidate[]): Promise<void> {
  const units = new Map(candidates.map((c) => [c.workout_id, unitsOf(c.units)]));
  const locales = new Map(candidates.map((c) => [c.workout_id, localeOf(c)]));
  const details = await loadReminderWorkouts(sql, ids);
  for (const row of rows) {
    if (row.status !== 'pending' || row.planned_workout_id === null) continue;
    const workout = details.get(row.planned_workout_id);
    if (workout) {
      const id = row.planned_workout_id;
      row.payload = renderWorkoutReminder(workout, units.get(id) ?? 'km', locales.get(id) ?? 'en');
    }
  }
  // A workout deleted between the two queries (plan rebuilt): no row; the new plan's workout comes next pass.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.status === 'pending' && row.kind === 'workout' && !('text' in row.payload)) rows.splice(i, 1);
  }
}
