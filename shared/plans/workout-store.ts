import type { Sql, TransactionSql } from '../db/index.js';
import type { WorkoutStatus } from '../tracking/tracking-rules.js';

// The reads of `planned_workouts` that other domains need (tracking, the coach, vision, reminders): the
// table belongs to shared/plans, so its queries live here and the callers get named functions.

type Db = Sql | TransactionSql;

/** A planned workout as the tracking features use it. */
export interface TrackedWorkout {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  /** The title's catalog descriptor from `details` (unchecked JSON: render with `storedTitle`). */
  readonly titleText?: unknown;
  readonly distanceKm: number | null;
  readonly durationMin: number | null;
  readonly status: WorkoutStatus;
  /** False when the workout belongs to a superseded plan (its buttons are stale). */
  readonly planActive: boolean;
}

const workoutColumns = (sql: Db) => sql`
  w.id::int as id, w.workout_date::text as date, w.type, w.title, w.details->'texts'->'title' as "titleText",
  w.distance_km::float8 as "distanceKm",
  w.duration_min as "durationMin", w.status, (p.status = 'active') as "planActive"`;

/**
 * Persists "missed" for the user's (or, without a user, everyone's) workouts still `planned` after their
 * day in the runner's zone (SQL function `mark_missed_workouts`, see `sql/003_tracking.sql`). Returns
 * how many were marked.
 *
 * @example
 * await markMissedWorkouts(ctx.tx, ctx.user.id); // 2
 */
export async function markMissedWorkouts(sql: Db, userId?: number): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select mark_missed_workouts(${userId ?? null}) as n`;
  return row?.n ?? 0;
}

/**
 * The workout `workoutId` if it belongs to `userId` (row-locked for the rest of the transaction), else
 * undefined — callback data is client-controlled, so every button handler goes through this.
 *
 * @example
 * const w = await loadOwnedWorkout(ctx.tx, ctx.user.id, 42); // undefined for someone else's workout
 */
export async function loadOwnedWorkout(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
): Promise<TrackedWorkout | undefined> {
  const [row] = await tx<TrackedWorkout[]>`
    select ${workoutColumns(tx)} from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.id = ${workoutId} and w.user_id = ${userId} for update of w`;
  return row;
}

/**
 * The status of the user's workout `workoutId`, row-locked for the rest of the transaction; undefined
 * when it is not theirs.
 *
 * @example
 * const status = await lockWorkoutStatus(tx, userId, 42); // 'planned'
 */
export async function lockWorkoutStatus(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
): Promise<WorkoutStatus | undefined> {
  const [w] = await tx<{ status: WorkoutStatus }[]>`
    select status from planned_workouts where id = ${workoutId} and user_id = ${userId} for update`;
  return w?.status;
}

/**
 * The user's still-open (planned or missed) runs within a day either side of `date`, nearest first,
 * row-locked: the candidates a logged run is matched to.
 *
 * @example
 * const near = await lockMatchCandidates(tx, userId, '2027-03-02'); // [{ id, date, title, distance: 0 }]
 */
export async function lockMatchCandidates(
  tx: TransactionSql,
  userId: number,
  date: string,
): Promise<Array<{ id: number; date: string; title: string; titleText: unknown; distance: number }>> {
  return tx<{ id: number; date: string; title: string; titleText: unknown; distance: number }[]>`
    select id, workout_date::text as date, title, details->'texts'->'title' as "titleText",
           abs(workout_date - ${date}::date) as distance
    from planned_workouts
    where user_id = ${userId} and status in ('planned', 'missed') and type not in ('rest', 'race')
      and workout_date between ${date}::date - 1 and ${date}::date + 1
    order by distance, workout_date
    for update`;
}

/**
 * True when the user has a done or cancelled workout dated `date` (a re-plan then starts tomorrow).
 *
 * @example
 * if (await hasClosedWorkoutOn(tx, userId, today)) startTomorrow();
 */
export async function hasClosedWorkoutOn(tx: Db, userId: number, date: string): Promise<boolean> {
  const rows = await tx`
    select 1 from planned_workouts where user_id = ${userId} and workout_date = ${date}::date
      and status in ('done', 'cancelled')`;
  return rows.length > 0;
}

/**
 * Workouts for /pending: overdue ones of the active plan (missed in the last `overdueDays` days, not yet
 * done or cancelled) and the open ones of today and tomorrow, oldest first.
 *
 * @example
 * const list = await loadPendingWorkouts(ctx.tx, userId, '2027-03-03');
 */
export async function loadPendingWorkouts(
  tx: TransactionSql,
  userId: number,
  today: string,
  overdueDays = 7,
): Promise<TrackedWorkout[]> {
  return tx<TrackedWorkout[]>`
    select ${workoutColumns(tx)} from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and p.status = 'active' and w.type <> 'rest'
      and w.status in ('planned', 'missed')
      and w.workout_date between ${today}::date - ${overdueDays}::int and ${today}::date + 1
    order by w.workout_date, w.id`;
}

/**
 * The week (Monday–Sunday) of `date`: the user's workouts of any plan version still on record.
 *
 * @example
 * const week = await loadWeekWorkouts(ctx.tx, userId, '2027-03-03');
 */
export async function loadWeekWorkouts(
  tx: TransactionSql,
  userId: number,
  date: string,
): Promise<TrackedWorkout[]> {
  return tx<TrackedWorkout[]>`
    select ${workoutColumns(tx)} from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and w.type <> 'rest'
      and date_trunc('week', w.workout_date) = date_trunc('week', ${date}::date)
      and (p.status = 'active' or w.status <> 'planned')
    order by w.workout_date, w.id`;
}

/**
 * The user's missed and cancelled workouts dated on or after `since` (the re-plan trigger adds the
 * cancellation reasons, which tracking owns).
 *
 * @example
 * const rows = await loadMissedAndCancelled(ctx.tx, userId, '2027-02-18'); // [{ id, date, status }]
 */
export async function loadMissedAndCancelled(
  tx: Db,
  userId: number,
  since: string,
): Promise<Array<{ id: number; date: string; status: 'missed' | 'cancelled' }>> {
  return tx<{ id: number; date: string; status: 'missed' | 'cancelled' }[]>`
    select id, workout_date::text as date, status
    from planned_workouts
    where user_id = ${userId} and status in ('missed', 'cancelled') and workout_date >= ${since}::date`;
}

/**
 * The user's workouts from `since` on as the statistics count them: the active plan's, and closed ones
 * of any version.
 *
 * @example
 * const rows = await loadStatsWorkouts(ctx.tx, userId, '2027-01-11'); // [{ date, type, distanceKm, status }]
 */
export async function loadStatsWorkouts(
  tx: Db,
  userId: number,
  since: string,
): Promise<Array<{ date: string; type: string; distanceKm: number | null; status: WorkoutStatus }>> {
  return tx<{ date: string; type: string; distanceKm: number | null; status: WorkoutStatus }[]>`
    select w.workout_date::text as date, w.type, w.distance_km::float8 as "distanceKm", w.status
    from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and w.workout_date >= ${since}::date
      and (p.status = 'active' or w.status <> 'planned')`;
}

/**
 * The type of each workout in `ids` (one query for any number; ids that are gone are absent).
 *
 * @example
 * const types = await loadWorkoutTypes(ctx.tx, [41, 42]); // Map { 41 => 'easy', 42 => 'long' }
 */
export async function loadWorkoutTypes(tx: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx<{ id: number; type: string }[]>`
    select id, type from planned_workouts where id = any(${[...ids]}::bigint[])`;
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** A workout row as the coach reads it. */
export interface WorkoutRow {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  /** The title's catalog descriptor (unchecked JSON: render with `storedTitle`). */
  readonly titleText?: unknown;
  readonly status: WorkoutStatus;
}

/**
 * The user's workouts dated `since` or later: the active plan's, and closed ones (done, cancelled,
 * missed) of any version — what the runner's calendar holds. Oldest first.
 *
 * @example
 * const rows = await loadWorkoutsFrom(sql, userId, '2027-02-24');
 */
export async function loadWorkoutsFrom(sql: Db, userId: number, since: string): Promise<WorkoutRow[]> {
  return sql<WorkoutRow[]>`
    select w.id::int as id, w.workout_date::text as date, w.type, w.title,
           w.details->'texts'->'title' as "titleText", w.status
    from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and w.type <> 'rest' and w.workout_date >= ${since}::date
      and (p.status = 'active' or w.status <> 'planned')
    order by w.workout_date, w.id`;
}

/** A planned workout with what its reminder shows. */
export interface ReminderWorkout {
  readonly id: number;
  readonly workoutDate: string;
  readonly title: string;
  readonly distanceKm: number | null;
  readonly durationMin: number | null;
  readonly details: unknown;
  readonly status: WorkoutStatus;
}

const reminderColumns = (sql: Db) => sql`
  id, workout_date::text as "workoutDate", title, distance_km::float8 as "distanceKm",
  duration_min as "durationMin", details, status`;

/**
 * The workouts in `ids` with what a reminder shows, for the reminder fan-out: one query per 5,000 ids
 * (never one per workout). Ids that are gone (plan rebuilt) are absent.
 *
 * @example
 * const byId = await loadReminderWorkouts(sql, [41, 42]); // Map { 41 => { title: 'Easy run', … } }
 */
export async function loadReminderWorkouts(
  sql: Db,
  ids: readonly number[],
): Promise<Map<number, ReminderWorkout>> {
  const found = new Map<number, ReminderWorkout>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await sql<ReminderWorkout[]>`
      select ${reminderColumns(sql)} from planned_workouts where id = any(${ids.slice(i, i + 5000)}::bigint[])`;
    for (const w of rows) found.set(w.id, w);
  }
  return found;
}

/**
 * Tomorrow's reminder as the runner would get it, read for one user: the span of the active plan
 * (undefined without one or before its first workout) and the workout dated `date` (the active plan's
 * first, else the latest of an older version, whose done or cancelled rows stay on the calendar).
 *
 * @example
 * const day = await loadPlanDay(ctx.tx, userId, '2027-03-04'); // { lastDay: '2027-06-01', workout: {…} }
 */
export async function loadPlanDay(
  tx: Db,
  userId: number,
  date: string,
): Promise<{ lastDay: string; workout: ReminderWorkout | undefined } | undefined> {
  const [plan] = await tx<{ id: number; first_day: string | null; last_day: string | null }[]>`
    select tp.id, min(pw.workout_date)::text as first_day, max(pw.workout_date)::text as last_day
    from training_plans tp left join planned_workouts pw on pw.plan_id = tp.id
    where tp.user_id = ${userId} and tp.status = 'active'
    group by tp.id`;
  if (!plan?.first_day || !plan.last_day) return undefined;
  const [workout] = await tx<ReminderWorkout[]>`
    select ${reminderColumns(tx)} from planned_workouts
    where user_id = ${userId} and workout_date = ${date}::date
    order by (plan_id = ${plan.id}) desc, id desc
    limit 1`;
  return { lastDay: plan.last_day, workout };
}
