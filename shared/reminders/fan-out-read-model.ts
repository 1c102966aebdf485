import type { Sql } from '../db/index.js';

// The reminder fan-out's read model: the one documented place outside their owners that reads `users`,
// `runner_profiles`, `training_plans` and `planned_workouts` (test/unit/table-ownership.test.ts lists it).
// Why here: a pass covers every runner (10,000 and more) and each statement below answers for all of them
// at once, filtering in the database on the reminders' own `reminder_deliveries`. Split into one call per
// owner it would move every active user's profile and plan span to the app each minute, and per user it
// would be 10,000 queries. Read-only: every write still goes through the owners.

/** A reminder that may have fallen due: one user's workout (or rest day) with their hour and zone. */
export interface Candidate {
  user_id: number;
  chat_id: number;
  time_zone: string;
  reminder_hour: number;
  /** The stored profile's `units` (shared/profile's schema; `unitsOf` reads it), null for rest days. */
  units: string | null;
  /** The runner's chosen language (`users.locale`), null before they chose one. */
  locale: string | null;
  /** Telegram's language code of the account, the fallback for `locale`. */
  language_code: string | null;
  for_date: string;
  workout_id: number | null;
  plan_created_at: Date;
}

/**
 * Still-planned workouts of active plans dated `from`..`to`, of active users with reminders on, that have
 * no workout reminder yet.
 *
 * @example
 * const due = await workoutCandidates(sql, '2027-03-01', '2027-03-04');
 */
export function workoutCandidates(sql: Sql, from: string, to: string): Promise<Candidate[]> {
  return sql<Candidate[]>`
    select pw.user_id, u.chat_id, u.time_zone, rp.reminder_hour, rp.profile ->> 'units' as units,
           u.locale, u.language_code,
           pw.workout_date::text as for_date, pw.id as workout_id, tp.created_at as plan_created_at
    from planned_workouts pw
    join training_plans tp on tp.id = pw.plan_id and tp.status = 'active'
    join users u on u.id = pw.user_id and u.is_active
    join runner_profiles rp on rp.user_id = pw.user_id and rp.reminders_enabled
    where pw.workout_date between ${from}::date and ${to}::date
      and pw.status = 'planned'
      and not exists (
        select 1 from reminder_deliveries d
        where d.user_id = pw.user_id and d.for_date = pw.workout_date and d.kind = 'workout'
      )`;
}

/**
 * Days `from`..`to` within an active plan's span that hold no workout, of active users who asked for rest
 * day notes, that have no rest-day reminder yet.
 *
 * @example
 * const rest = await restDayCandidates(sql, '2027-03-01', '2027-03-04');
 */
export function restDayCandidates(sql: Sql, from: string, to: string): Promise<Candidate[]> {
  return sql<Candidate[]>`
    select tp.user_id, u.chat_id, u.time_zone, rp.reminder_hour, null as units, u.locale, u.language_code,
           day::date::text as for_date, null::bigint as workout_id, tp.created_at as plan_created_at
    from training_plans tp
    join users u on u.id = tp.user_id and u.is_active
    join runner_profiles rp
      on rp.user_id = tp.user_id and rp.reminders_enabled and rp.rest_day_reminders
    cross join lateral (
      select min(workout_date) as first_day, max(workout_date) as last_day
      from planned_workouts where plan_id = tp.id
    ) span
    cross join lateral generate_series(
      greatest(${from}::date, span.first_day), least(${to}::date, span.last_day), interval '1 day'
    ) as day
    where tp.status = 'active'
      and not exists (
        select 1 from planned_workouts pw where pw.user_id = tp.user_id and pw.workout_date = day::date
      )
      and not exists (
        select 1 from reminder_deliveries d
        where d.user_id = tp.user_id and d.for_date = day::date and d.kind = 'rest_day'
      )`;
}

/**
 * The claim's "still wanted" column, evaluated for the claimed rows in the claim statement itself (no
 * extra round trip per batch): the user is active with reminders on and, for a workout reminder, the
 * workout is still planned in the active plan. Refers to the claimed `reminder_deliveries` row as `r`.
 *
 * @example
 * await sql`update reminder_deliveries r set … returning r.id, ${stillWanted(sql)} as wanted`;
 */
export function stillWanted(sql: Sql) {
  return sql`
    (
      exists (
        select 1 from users u join runner_profiles rp on rp.user_id = u.id
        where u.id = r.user_id and u.is_active and rp.reminders_enabled
      )
      and (
        r.kind = 'rest_day' or exists (
          select 1 from planned_workouts pw join training_plans tp on tp.id = pw.plan_id
          where pw.id = r.planned_workout_id and pw.status = 'planned' and tp.status = 'active'
        )
      )
    )`;
}
