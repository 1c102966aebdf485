import type { Sql, TransactionSql } from '../db/index.js';
import { reopenWorkout } from '../plans/plan-workouts-store.js';
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
      readonly distanceKm: number | null;
      readonly durationSec: number | null;
      readonly editable: boolean;
    }
  | {
      readonly kind: 'skipped';
      readonly workoutId: number;
      readonly date: string;
      readonly title: string;
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
  const rows = await sql<
    {
      kind: 'done' | 'skipped';
      completion_id: number | null;
      workout_id: number | null;
      date: string;
      title: string | null;
      distance_km: number | null;
      duration_sec: number | null;
      reason: string | null;
      editable: boolean;
      created_at: Date;
    }[]
  >`
    (select 'done' as kind, c.id::int as completion_id, c.planned_workout_id::int as workout_id,
            c.completed_on::text as date, w.title, c.distance_km::float8 as distance_km, c.duration_sec,
            null::text as reason, c.created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable,
            c.created_at
     from workout_completions c left join planned_workouts w on w.id = c.planned_workout_id
     where c.user_id = ${userId})
    union all
    (select 'skipped', null, x.planned_workout_id::int, w.workout_date::text, w.title, null, null, x.reason,
            x.created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}), x.created_at
     from workout_cancellations x join planned_workouts w on w.id = x.planned_workout_id
     where x.user_id = ${userId} and w.status = 'cancelled')
    order by created_at desc
    limit ${limit}`;
  return rows.map(
    (r): HistoryEntry =>
      r.kind === 'done'
        ? {
            kind: 'done',
            completionId: r.completion_id!,
            workoutId: r.workout_id,
            date: r.date,
            title: r.title,
            distanceKm: r.distance_km,
            durationSec: r.duration_sec,
            editable: r.editable,
          }
        : {
            kind: 'skipped',
            workoutId: r.workout_id!,
            date: r.date,
            title: r.title ?? '',
            reason: r.reason ?? 'other',
            editable: r.editable,
          },
  );
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
  const [row] = await tx<{ editable: boolean; status: string }[]>`
    select x.created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable, w.status
    from workout_cancellations x join planned_workouts w on w.id = x.planned_workout_id
    where x.planned_workout_id = ${workoutId} and x.user_id = ${userId} for update of x, w`;
  if (row?.status !== 'cancelled') return 'gone';
  if (!row.editable) return 'too-old';
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
  const [row] = await tx<{ editable: boolean; status: string }[]>`
    select x.created_at > now() - make_interval(days => ${EDIT_WINDOW_DAYS}) as editable, w.status
    from workout_cancellations x join planned_workouts w on w.id = x.planned_workout_id
    where x.planned_workout_id = ${workoutId} and x.user_id = ${userId} for update of x`;
  if (row?.status !== 'cancelled') return 'gone';
  if (!row.editable) return 'too-old';
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
      distanceKm: number | null;
      durationSec: number | null;
      workoutId: number | null;
    }
  | undefined
> {
  const [row] = await sql<
    {
      date: string;
      title: string | null;
      distanceKm: number | null;
      durationSec: number | null;
      workoutId: number | null;
    }[]
  >`
    select c.completed_on::text as date, w.title, c.distance_km::float8 as "distanceKm",
           c.duration_sec as "durationSec", c.planned_workout_id::int as "workoutId"
    from workout_completions c left join planned_workouts w on w.id = c.planned_workout_id
    where c.id = ${completionId} and c.user_id = ${userId}`;
  return row;
}
