import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import { fromDayNumber, toDayNumber } from '../planner/index.js';
import { setWorkoutStatus } from '../plans/plan-store.js';
import {
  loadMissedAndCancelled,
  loadStatsWorkouts,
  loadWorkoutTypes,
  lockWorkoutStatus,
} from '../plans/workout-store.js';
import type { StatsRun, StatsWorkout } from './stats.js';
import type { CancelReason, ReplanTrigger, Setback } from './tracking-rules.js';

type Db = Sql | TransactionSql;

/** Result of {@link cancelWorkout}. */
export type CancelOutcome = 'cancelled' | 'already-cancelled' | 'already-done';

/**
 * Cancels an owned workout with a reason (the caller checked ownership with `loadOwnedWorkout`, shared/plans).
 * A second tap changes nothing (`already-cancelled`); a done workout stays done.
 *
 * @example
 * await cancelWorkout(ctx.tx, { userId, workoutId: 42, reason: 'weather' }); // 'cancelled'
 */
export async function cancelWorkout(
  tx: TransactionSql,
  args: { userId: number; workoutId: number; reason: CancelReason; note?: string },
): Promise<CancelOutcome> {
  const status = await lockWorkoutStatus(tx, args.userId, args.workoutId);
  if (!status) throw new Error(`planned workout ${args.workoutId} does not belong to user ${args.userId}`);
  if (status === 'done') return 'already-done';
  if (status === 'cancelled') return 'already-cancelled';
  await tx`
    insert into workout_cancellations (user_id, planned_workout_id, reason, note)
    values (${args.userId}, ${args.workoutId}, ${args.reason}, ${args.note ?? null})
    on conflict (planned_workout_id) do update set reason = excluded.reason, note = excluded.note`;
  await setWorkoutStatus(tx, args.workoutId, 'cancelled');
  return 'cancelled';
}

/**
 * Adds the runner's free-text note to a cancellation ("other" reason).
 *
 * @example
 * await setCancellationNote(ctx.tx, userId, 42, 'work trip');
 */
export async function setCancellationNote(
  tx: TransactionSql,
  userId: number,
  workoutId: number,
  note: string,
): Promise<boolean> {
  const rows = await tx`
    update workout_cancellations set note = ${note.slice(0, 500)}
    where planned_workout_id = ${workoutId} and user_id = ${userId}`;
  return rows.count > 0;
}

/**
 * Missed and cancelled workouts dated on or after `since`, with cancellation reasons (re-plan trigger).
 *
 * @example
 * const setbacks = await loadSetbacks(ctx.tx, userId, '2027-02-18');
 */
export async function loadSetbacks(tx: TransactionSql, userId: number, since: string): Promise<Setback[]> {
  const workouts = await loadMissedAndCancelled(tx, userId, since);
  const reasons = new Map<number, CancelReason>();
  if (workouts.length > 0) {
    const rows = await tx<{ planned_workout_id: number; reason: CancelReason }[]>`
      select planned_workout_id, reason from workout_cancellations
      where user_id = ${userId} and planned_workout_id = any(${workouts.map((w) => w.id)}::bigint[])`;
    for (const r of rows) reasons.set(Number(r.planned_workout_id), r.reason);
  }
  return workouts.map((w) => {
    const reason = reasons.get(Number(w.id));
    return { date: w.date, kind: w.status, ...(reason ? { reason } : {}) };
  });
}

/**
 * Planned workouts and recorded runs from `since` on, for the statistics.
 *
 * @example
 * const { workouts, runs } = await loadStatsData(ctx.tx, userId, '2027-01-11');
 */
export async function loadStatsData(
  tx: Db,
  userId: number,
  since: string,
): Promise<{ workouts: StatsWorkout[]; runs: StatsRun[] }> {
  const workouts: StatsWorkout[] = await loadStatsWorkouts(tx, userId, since);
  const completions = await tx<(Omit<StatsRun, 'plannedType'> & { plannedId: number | null })[]>`
    select completed_on::text as date, distance_km::float8 as "distanceKm", duration_sec as "durationSec",
           rpe, planned_workout_id as "plannedId"
    from workout_completions where user_id = ${userId} and completed_on >= ${since}::date`;
  // The planned type of each matched run, from the plans' own table (one query for all of them).
  const types = await loadWorkoutTypes(
    tx,
    completions.flatMap((c) => (c.plannedId === null ? [] : [Number(c.plannedId)])),
  );
  const runs = completions.map(({ plannedId, ...run }) => ({
    ...run,
    plannedType: plannedId === null ? null : (types.get(Number(plannedId)) ?? null),
  }));
  return { workouts: [...workouts], runs };
}

/**
 * The runs the runner really did from `since` on (logged, confirmed screenshots, Done buttons), one entry per
 * recorded run with a distance: the planner's history for the spike rule and the 4-week volume.
 *
 * @example
 * const history = await loadRunHistory(tx, userId, '2027-01-20'); // [{ date: '2027-02-01', distanceKm: 8, source: 'log' }]
 */
export async function loadRunHistory(
  tx: Db,
  userId: number,
  since: string,
): Promise<{ date: string; distanceKm: number; source: string }[]> {
  const rows = await tx<{ date: string; distanceKm: number; source: string }[]>`
    select completed_on::text as date, distance_km::float8 as "distanceKm", source
    from workout_completions
    where user_id = ${userId} and completed_on >= ${since}::date and distance_km is not null and distance_km > 0
    order by completed_on, id`;
  return rows.map((r) => ({ date: r.date, distanceKm: Math.min(r.distanceKm, 400), source: r.source }));
}

/** Days of history the planner reads: the spike rule's 30 days and the 4-week volume, with slack. */
export const RUN_HISTORY_DAYS = 35;

/**
 * The planner's history as of `today` (the runner's local day): the runs of the last
 * {@link RUN_HISTORY_DAYS} days up to and including today. Every plan built or previewed reads this one.
 *
 * @example
 * const history = await loadPlannerHistory(sql, userId, '2027-03-03');
 */
export async function loadPlannerHistory(
  tx: Db,
  userId: number,
  today: string,
): Promise<{ date: string; distanceKm: number; source: string }[]> {
  const since = fromDayNumber(toDayNumber(today) - RUN_HISTORY_DAYS);
  return (await loadRunHistory(tx, userId, since)).filter((r) => r.date <= today);
}

/** Days after an offer (whatever its answer) during which no new re-plan offer is made. */
export const REPLAN_OFFER_QUIET_DAYS = 7;

/**
 * Records a re-plan offer unless one was made in the last {@link REPLAN_OFFER_QUIET_DAYS} days (a
 * health reason after an older setbacks offer is still offered). Returns the new offer's id.
 *
 * @example
 * const offerId = await createReplanOffer(ctx.tx, userId, { kind: 'setbacks', count: 3 });
 */
export async function createReplanOffer(
  tx: TransactionSql,
  userId: number,
  trigger: ReplanTrigger,
): Promise<number | undefined> {
  const recent = await tx<{ trigger: ReplanTrigger }[]>`
    select trigger from replan_offers
    where user_id = ${userId} and created_at > now() - make_interval(days => ${REPLAN_OFFER_QUIET_DAYS})`;
  if (recent.some((o) => o.trigger.kind === 'health' || trigger.kind === 'setbacks')) return undefined;
  const [row] = await tx<{ id: number }[]>`
    insert into replan_offers (user_id, trigger) values (${userId}, ${tx.json(trigger as never)}) returning id::int as id`;
  return row!.id;
}

/** Result of {@link decideReplanOffer}. */
export type ReplanDecision = 'decided' | 'not-yours' | 'already-decided';

/**
 * Records the runner's answer to a re-plan offer: the offer must be theirs (row-locked) and still
 * `offered`; a second tap or someone else's offer changes nothing.
 *
 * @example
 * const r = await decideReplanOffer(ctx.tx, ctx.user.id, offerId, true); // 'decided'
 */
export async function decideReplanOffer(
  tx: TransactionSql,
  userId: number,
  offerId: number,
  accept: boolean,
): Promise<ReplanDecision> {
  const [offer] = await tx<{ status: string }[]>`
    select status from replan_offers where id = ${offerId} and user_id = ${userId} for update`;
  if (!offer) return 'not-yours';
  if (offer.status !== 'offered') return 'already-decided';
  await tx`
    update replan_offers set status = ${accept ? 'accepted' : 'declined'}, decided_at = now()
    where id = ${offerId}`;
  return 'decided';
}

/**
 * `workout_completions`, `workout_cancellations` and `replan_offers` in /export and /deleteme.
 *
 * @example
 * const { completions } = (await trackingUserData.exportForUser?.(tx, userId)) ?? {};
 */
export const trackingUserData: UserDataOwner = {
  domain: 'tracking',
  tables: ['workout_completions', 'workout_cancellations', 'replan_offers'],
  async exportForUser(tx, userId) {
    const completions = await tx`
      select id, planned_workout_id, completed_on, distance_km, duration_sec, avg_hr, rpe, source, notes, created_at
      from workout_completions where user_id = ${userId} order by completed_on, id`;
    const cancellations = await tx`
      select id, planned_workout_id, reason, note, created_at
      from workout_cancellations where user_id = ${userId} order by id`;
    const replanOffers = await tx`
      select id, trigger, status, result, created_at, decided_at
      from replan_offers where user_id = ${userId} order by id`;
    return {
      completions: [...completions],
      cancellations: [...cancellations],
      replanOffers: [...replanOffers],
    };
  },
  async deleteForUser(tx, who) {
    await tx`delete from workout_cancellations where user_id = ${who.userId}`;
    await tx`delete from workout_completions where user_id = ${who.userId}`;
    await tx`delete from replan_offers where user_id = ${who.userId}`;
  },
};
