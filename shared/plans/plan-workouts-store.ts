import type { Sql, TransactionSql } from '../db/index.js';
import { type Workout, workoutSchema } from '../planner/index.js';

/**
 * A dated workout of the active plan as stored: its row id (what buttons carry), tracking status and the
 * planner's workout (from `details`; a row whose details no longer parse gets a plain one from its columns).
 */
export interface PlanWorkoutRow {
  readonly id: number;
  readonly planId: number;
  readonly date: string;
  readonly status: 'planned' | 'done' | 'cancelled' | 'missed';
  readonly workout: Workout;
}

interface Raw {
  id: number;
  plan_id: number;
  date: string;
  status: PlanWorkoutRow['status'];
  type: string;
  title: string;
  distance_km: string | null;
  duration_min: number | null;
  details: unknown;
}

function toRow(r: Raw): PlanWorkoutRow {
  const parsed = workoutSchema.safeParse(r.details);
  const workout: Workout = parsed.success
    ? { ...parsed.data, date: r.date }
    : workoutSchema.parse({
        date: r.date,
        weekday: ((new Date(`${r.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1,
        type: workoutSchema.shape.type.safeParse(r.type).success ? r.type : 'easy',
        title: r.title,
        ...(r.distance_km === null ? {} : { distanceKm: Number(r.distance_km) }),
        ...(r.duration_min === null ? {} : { durationMin: r.duration_min }),
        structure: { mainSet: r.title },
        description: '',
      });
  return { id: r.id, planId: r.plan_id, date: r.date, status: r.status, workout };
}

/**
 * The active plan's workouts between two dates (inclusive), by date, with ids and statuses.
 *
 * @example
 * const rows = await loadPlanWorkouts(ctx.tx, userId, '2027-03-01', '2027-03-07');
 */
export async function loadPlanWorkouts(
  sql: Sql | TransactionSql,
  userId: number,
  from: string,
  to: string,
): Promise<PlanWorkoutRow[]> {
  const rows = await sql<Raw[]>`
    select pw.id::int as id, pw.plan_id::int as plan_id, pw.workout_date::text as date, pw.status, pw.type,
           pw.title, pw.distance_km::text as distance_km, pw.duration_min, pw.details
    from planned_workouts pw join training_plans tp on tp.id = pw.plan_id and tp.status = 'active'
    where pw.user_id = ${userId} and pw.workout_date between ${from}::date and ${to}::date
    order by pw.workout_date, pw.id`;
  return rows.map(toRow);
}

/**
 * One workout of the user's active plan by id, or undefined (not theirs, or from an older plan).
 *
 * @example
 * const row = await loadPlanWorkout(ctx.tx, userId, 42);
 */
export async function loadPlanWorkout(
  sql: Sql | TransactionSql,
  userId: number,
  workoutId: number,
): Promise<PlanWorkoutRow | undefined> {
  const [row] = await sql<Raw[]>`
    select pw.id::int as id, pw.plan_id::int as plan_id, pw.workout_date::text as date, pw.status, pw.type,
           pw.title, pw.distance_km::text as distance_km, pw.duration_min, pw.details
    from planned_workouts pw join training_plans tp on tp.id = pw.plan_id and tp.status = 'active'
    where pw.user_id = ${userId} and pw.id = ${workoutId}`;
  return row ? toRow(row) : undefined;
}

/**
 * Opens a done or skipped workout again (its Done or Skip was undone): back to `planned`; a past one is
 * marked missed again by the usual sweep. The caller locked the row and removed the record.
 *
 * @example
 * await reopenWorkout(tx, 42);
 */
export async function reopenWorkout(tx: TransactionSql, workoutId: number): Promise<void> {
  await tx`
    update planned_workouts set status = 'planned', updated_at = now()
    where id = ${workoutId} and status in ('done', 'cancelled')`;
}

/**
 * The pause recorded on the active plan (by /pause), if any: the last day off and whether it was an
 * illness.
 *
 * @example
 * const pause = await loadActivePause(ctx.tx, userId); // { from: '2027-03-03', until: '2027-03-09', illness: false }
 */
export async function loadActivePause(
  sql: Sql | TransactionSql,
  userId: number,
): Promise<{ from: string; until: string; illness: boolean } | undefined> {
  const [row] = await sql<{ pause: { from?: unknown; until?: unknown; illness?: unknown } | null }[]>`
    select meta->'pause' as pause from training_plans where user_id = ${userId} and status = 'active'`;
  const p = row?.pause;
  if (!p || typeof p.from !== 'string' || typeof p.until !== 'string') return undefined;
  return { from: p.from, until: p.until, illness: p.illness === true };
}

/** A planned workout's date, title and tracking status (for the runner's history). */
export interface WorkoutSummary {
  readonly id: number;
  readonly date: string;
  readonly title: string;
  /** The title's catalog descriptor (unchecked JSON: render with `storedTitle`). */
  readonly titleText?: unknown;
  readonly status: PlanWorkoutRow['status'];
}

/**
 * The runner's planned workouts of any plan version by id (what the history shows beside its entries).
 *
 * @example
 * const byId = await loadWorkoutSummaries(ctx.tx, userId, [42, 43]);
 */
export async function loadWorkoutSummaries(
  sql: Sql | TransactionSql,
  userId: number,
  ids: readonly number[],
): Promise<Map<number, WorkoutSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<WorkoutSummary[]>`
    select id::int as id, workout_date::text as date, title, details->'texts'->'title' as "titleText", status
    from planned_workouts
    where user_id = ${userId} and id = any(${[...ids]}::bigint[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Locks one of the runner's planned workouts and returns its status (undefined: not theirs).
 *
 * @example
 * if ((await lockWorkoutForHistory(tx, userId, 42)) === 'cancelled') …
 */
export async function lockWorkoutForHistory(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
): Promise<PlanWorkoutRow['status'] | undefined> {
  const [row] = await tx<{ status: PlanWorkoutRow['status'] }[]>`
    select status from planned_workouts where id = ${workoutId} and user_id = ${userId} for update`;
  return row?.status;
}
