import type { TransactionSql } from '../db/index.js';
import { setWorkoutStatus } from '../plans/plan-store.js';
import { lockMatchCandidates, lockWorkoutStatus } from '../plans/workout-store.js';

/** Where a completion came from. */
export type CompletionSource = 'button' | 'log' | 'vision';

/** The numbers of a run the runner did. */
export interface CompletedRun {
  /** Local date of the run (YYYY-MM-DD). */
  readonly date: string;
  readonly distanceKm?: number;
  readonly durationSec?: number;
  readonly avgHr?: number;
  readonly rpe?: number;
  readonly notes?: string;
}

/** Result of {@link recordCompletion}. */
export type RecordOutcome =
  | { kind: 'recorded'; completionId: number; plannedWorkoutId: number | null }
  /** The planned workout already had a completion (double tap, retried job): nothing changed. */
  | { kind: 'duplicate'; completionId: number; plannedWorkoutId: number }
  /** Several planned workouts fit: the caller must ask which one. */
  | {
      kind: 'ambiguous';
      /** `titleText`: the title's catalog descriptor (unchecked JSON: render with `storedTitle`). */
      candidates: Array<{ id: number; date: string; title: string; titleText: unknown }>;
    };

/**
 * Records a completed run inside the caller's transaction. With `plannedWorkoutId` it completes exactly
 * that workout (it must belong to the user); otherwise it matches the nearest still-planned (or missed)
 * workout within a day either side of `run.date`, or records an extra run when none fits. A workout that
 * already has a completion is never completed twice (unique index `workout_completions_once`).
 * `asExtra: true` skips matching (the runner said it was an extra run).
 *
 * @example
 * const outcome = await recordCompletion(tx, { userId, run: { date: '2027-03-02', distanceKm: 10 }, source: 'log' });
 */
export async function recordCompletion(
  tx: TransactionSql,
  args: {
    userId: number;
    run: CompletedRun;
    source: CompletionSource;
    plannedWorkoutId?: number;
    asExtra?: boolean;
  },
): Promise<RecordOutcome> {
  let plannedId: number | null = null;
  if (args.plannedWorkoutId !== undefined) {
    const owned = await lockWorkoutStatus(tx, args.userId, args.plannedWorkoutId);
    if (!owned)
      throw new Error(`planned workout ${args.plannedWorkoutId} does not belong to user ${args.userId}`);
    plannedId = args.plannedWorkoutId;
  } else if (!args.asExtra) {
    const candidates = await lockMatchCandidates(tx, args.userId, args.run.date);
    const nearest = candidates.filter((c) => c.distance === candidates[0]?.distance);
    if (nearest.length > 1) {
      return {
        kind: 'ambiguous',
        candidates: nearest.map(({ id, date, title, titleText }) => ({ id, date, title, titleText })),
      };
    }
    plannedId = nearest[0]?.id ?? null;
  }
  const [inserted] = await tx<{ id: number }[]>`
    insert into workout_completions (user_id, planned_workout_id, completed_on, distance_km, duration_sec, avg_hr, rpe, source, notes)
    values (${args.userId}, ${plannedId}, ${args.run.date}, ${args.run.distanceKm ?? null}, ${args.run.durationSec ?? null},
            ${args.run.avgHr ?? null}, ${args.run.rpe ?? null}, ${args.source}, ${args.run.notes ?? null})
    on conflict (planned_workout_id) where planned_workout_id is not null do nothing
    returning id`;
  if (!inserted) {
    const [existing] = await tx<{ id: number }[]>`
      select id from workout_completions where planned_workout_id = ${plannedId}`;
    return { kind: 'duplicate', completionId: existing?.id ?? 0, plannedWorkoutId: plannedId! };
  }
  if (plannedId !== null) {
    await setWorkoutStatus(tx, plannedId, 'done');
    await tx`delete from workout_cancellations where planned_workout_id = ${plannedId}`;
  }
  return { kind: 'recorded', completionId: inserted.id, plannedWorkoutId: plannedId };
}

/**
 * The user's completion that is the same run as `run` (same day, distance within 50 m and time within
 * 10 s; a missing value only matches a missing one), if any: a screenshot sent twice is recorded once.
 *
 * @example
 * const same = await findSameRun(tx, userId, { date: '2027-03-02', distanceKm: 10, durationSec: 3000 }); // 17
 */
export async function findSameRun(
  tx: TransactionSql,
  userId: number,
  run: Pick<CompletedRun, 'date' | 'distanceKm' | 'durationSec'>,
): Promise<number | undefined> {
  const [same] = await tx<{ id: number }[]>`
    select id from workout_completions
    where user_id = ${userId} and completed_on = ${run.date}
      and abs(coalesce(distance_km, -1) - ${run.distanceKm ?? -1}) <= 0.05
      and abs(coalesce(duration_sec, -1) - ${run.durationSec ?? -1}) <= 10
    limit 1`;
  return same ? Number(same.id) : undefined;
}
