import type { Sql, TransactionSql } from '../db/index.js';
import { loadWorkoutSummaries, lockWorkoutForHistory, reopenWorkout } from '../plans/plan-workouts-store.js';
import type { CancelReason } from './tracking-rules.js';

/** A Done or Skip can be undone or edited for this many days after it was recorded. */
export const EDIT_WINDOW_DAYS = 7;

/**
 * One entry of the runner's training log: a recorded run (Done, /log, screenshot) or a skipped workout.
 * `editable` while younger than {@link EDIT_WINDOW_DAYS}.
 */
export type HistoryEntry =
  | {
      readonly kind: 'done';
      readonly completionId: number;
      readonly workoutId: number | null;
      readonly date: string;
      readonly title: string | null;
      /** The title's catalog descriptor (unchecked JSON: render with `storedTitle`). */
      readonly titleText?: unknown;
      readonly distanceKm: number | null;
      readonly durationSec: number | null;
      readonly editable: boolean;
    }
  | {
      readonly kind: 'skipped';
      readonly workoutId: number;
      readonly date: string;
      readonly title: string;
      readonly titleText?: unknown;
      readonly reason: string;
      readonly editable: boolean;
    };

/**
 * The runner's latest entries (runs and skips), newest first.
 *
 * @example
 * const entries = await loadHistory(ctx.tx, userId, 10);
 */
export async function loadHistory(
  sql: Sql | TransactionSql,
  userId: number,
  limit = 10,
): Promise<HistoryEntry[]> {
  // Only this module's tables here; the workouts' titles and statuses come from their owner (shared/plans).
  const runs = await sql<
    {
      id: number;
      workout_id: number | null;
      date: string;
      distance_km: number | null;
      duration_sec: number | null;
      editable: boolean;
      created_at: Date;
    }[]
  >`
    select id::int as id, planned_workout_id::int as workout_id, completed_on::text as date,
           distance_km::float8 as distance_km, duration_sec,
           created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable, created_at
    from workout_completions where user_id = ${userId} order by created_at desc, id desc limit ${limit}`;
  const skips = await sql<{ workout_id: number; reason: string; editable: boolean; created_at: Date }[]>`
    select planned_workout_id::int as workout_id, reason,
           created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable, created_at
    from workout_cancellations where user_id = ${userId} order by created_at desc, id desc limit ${limit}`;
  const workouts = await loadWorkoutSummaries(sql, userId, [
    ...runs.flatMap((r) => (r.workout_id === null ? [] : [r.workout_id])),
    ...skips.map((s) => s.workout_id),
  ]);
  const entries: { at: Date; entry: HistoryEntry }[] = [];
  for (const r of runs)
    entries.push({
      at: r.created_at,
      entry: {
        kind: 'done',
        completionId: r.id,
        workoutId: r.workout_id,
        date: r.date,
        title: r.workout_id === null ? null : (workouts.get(r.workout_id)?.title ?? null),
        titleText: r.workout_id === null ? undefined : workouts.get(r.workout_id)?.titleText,
        distanceKm: r.distance_km,
        durationSec: r.duration_sec,
        editable: r.editable,
      },
    });
  for (const s of skips) {
    const w = workouts.get(s.workout_id);
    if (w?.status !== 'cancelled') continue; // done after all: the run is the entry
    entries.push({
      at: s.created_at,
      entry: {
        kind: 'skipped',
        workoutId: w.id,
        date: w.date,
        title: w.title,
        titleText: w.titleText,
        reason: s.reason,
        editable: s.editable,
      },
    });
  }
  return entries
    .sort((x, y) => y.at.getTime() - x.at.getTime())
    .slice(0, limit)
    .map((e) => e.entry);
}

/** What undoing or editing did: `gone` when there is nothing (any more) to change, `too-old` past the window. */
export type HistoryOutcome = 'done' | 'gone' | 'too-old';

async function lockCompletion(tx: TransactionSql, userId: number, completionId: number) {
  const [row] = await tx<{ workout_id: number | null; editable: boolean }[]>`
    select planned_workout_id::int as workout_id,
           created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable
    from workout_completions where id = ${completionId} and user_id = ${userId} for update`;
  return row;
}

/**
 * Deletes a recorded run (Undo of a Done, Delete in /history); its planned workout is open again.
 * Idempotent: a second press finds nothing (`gone`).
 *
 * @example
 * await undoCompletion(ctx.tx, userId, 17); // 'done'
 */
export async function undoCompletion(
  tx: TransactionSql,
  userId: number,
  completionId: number,
): Promise<HistoryOutcome> {
  const row = await lockCompletion(tx, userId, completionId);
  if (!row) return 'gone';
  if (!row.editable) return 'too-old';
  await tx`delete from workout_completions where id = ${completionId}`;
  if (row.workout_id !== null) await reopenWorkout(tx, row.workout_id);
  return 'done';
}

/**
 * Locks the runner's Skip of a workout for a change: 'gone' when the workout is not skipped (any more),
 * 'too-old' past the {@link EDIT_WINDOW_DAYS}-day window.
 */
async function lockEditableSkip(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
): Promise<'editable' | 'gone' | 'too-old'> {
  if ((await lockWorkoutForHistory(tx, userId, workoutId)) !== 'cancelled') return 'gone';
  const [row] = await tx<{ editable: boolean }[]>`
    select created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable
    from workout_cancellations where planned_workout_id = ${workoutId} and user_id = ${userId} for update`;
  if (!row) return 'gone';
  return row.editable ? 'editable' : 'too-old';
}

/**
 * Undoes a Skip: the cancellation goes, the workout is open again. Idempotent like {@link undoCompletion}.
 *
 * @example
 * await undoSkip(ctx.tx, userId, 42); // 'done'
 */
export async function undoSkip(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
): Promise<HistoryOutcome> {
  const skip = await lockEditableSkip(tx, userId, workoutId);
  if (skip !== 'editable') return skip;
  await tx`delete from workout_cancellations where planned_workout_id = ${workoutId}`;
  await reopenWorkout(tx, workoutId);
  return 'done';
}

/**
 * Changes the reason of a Skip (Edit on a skipped workout); the same reason twice changes nothing more.
 *
 * @example
 * await editSkipReason(ctx.tx, userId, 42, 'sick'); // 'done'
 */
export async function editSkipReason(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
  reason: CancelReason,
): Promise<HistoryOutcome> {
  const skip = await lockEditableSkip(tx, userId, workoutId);
  if (skip !== 'editable') return skip;
  await tx`update workout_cancellations set reason = ${reason} where planned_workout_id = ${workoutId}`;
  return 'done';
}

/**
 * Changes a recorded run's distance and/or time (Edit, or the time asked after "As planned"). Setting
 * the same values twice changes nothing more.
 *
 * @example
 * await editCompletion(ctx.tx, userId, 17, { durationSec: 2850 }); // 'done'
 */
export async function editCompletion(
  tx: TransactionSql,
  userId: number,
  completionId: number,
  patch: { distanceKm?: number; durationSec?: number },
): Promise<HistoryOutcome> {
  const row = await lockCompletion(tx, userId, completionId);
  if (!row) return 'gone';
  if (!row.editable) return 'too-old';
  await tx`
    update workout_completions
    set distance_km = coalesce(${patch.distanceKm ?? null}::numeric, distance_km),
        duration_sec = coalesce(${patch.durationSec ?? null}::int, duration_sec)
    where id = ${completionId}`;
  return 'done';
}

/**
 * A recorded run of the runner with its planned workout's title, or undefined.
 *
 * @example
 * const run = await loadCompletion(ctx.tx, userId, 17);
 */
export async function loadCompletion(
  sql: Sql | TransactionSql,
  userId: number,
  completionId: number,
): Promise<
  | {
      date: string;
      title: string | null;
      titleText?: unknown;
      distanceKm: number | null;
      durationSec: number | null;
      workoutId: number | null;
    }
  | undefined
> {
  const [row] = await sql<
    { date: string; distanceKm: number | null; durationSec: number | null; workoutId: number | null }[]
  >`
    select completed_on::text as date, distance_km::float8 as "distanceKm", duration_sec as "durationSec",
           planned_workout_id::int as "workoutId"
    from workout_completions where id = ${completionId} and user_id = ${userId}`;
  if (!row) return undefined;
  const workout =
    row.workoutId === null
      ? undefined
      : (await loadWorkoutSummaries(sql, userId, [row.workoutId])).get(row.workoutId);
  return { ...row, title: workout?.title ?? null, titleText: workout?.titleText };
}
