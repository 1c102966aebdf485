import type { TransactionSql } from '../db/index.js';
import { setWorkoutStatus } from '../plans/plan-store.js';

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
  | { kind: 'ambiguous'; candidates: Array<{ id: number; date: string; title: string }> };

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
    const [row] = await tx<{ id: number }[]>`
      select id from planned_workouts where id = ${args.plannedWorkoutId} and user_id = ${args.userId} for update`;
    if (!row)
      throw new Error(`planned workout ${args.plannedWorkoutId} does not belong to user ${args.userId}`);
    plannedId = row.id;
  } else if (!args.asExtra) {
    const candidates = await tx<{ id: number; date: string; title: string; distance: number }[]>`
      select id, workout_date::text as date, title, abs(workout_date - ${args.run.date}::date) as distance
      from planned_workouts
      where user_id = ${args.userId} and status in ('planned', 'missed') and type not in ('rest', 'race')
        and workout_date between ${args.run.date}::date - 1 and ${args.run.date}::date + 1
      order by distance, workout_date
      for update`;
    const nearest = candidates.filter((c) => c.distance === candidates[0]?.distance);
    if (nearest.length > 1) {
      return { kind: 'ambiguous', candidates: nearest.map(({ id, date, title }) => ({ id, date, title })) };
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
