import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql, TransactionSql } from '../db/index.js';
import { setWorkoutStatus } from '../plans/plan-store.js';
import type { StatsRun, StatsWorkout } from './stats.js';
import type { CancelReason, ReplanTrigger, Setback, WorkoutStatus } from './tracking-rules.js';

type Db = Sql | TransactionSql;

/** A planned workout as the tracking features use it. */
export interface TrackedWorkout {
  readonly id: number;
  readonly date: string;
  readonly type: string;
  readonly title: string;
  readonly distanceKm: number | null;
  readonly durationMin: number | null;
  readonly status: WorkoutStatus;
  /** False when the workout belongs to a superseded plan (its buttons are stale). */
  readonly planActive: boolean;
}

const workoutColumns = (sql: Db) => sql`
  w.id::int as id, w.workout_date::text as date, w.type, w.title, w.distance_km::float8 as "distanceKm",
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

/** Result of {@link cancelWorkout}. */
export type CancelOutcome = 'cancelled' | 'already-cancelled' | 'already-done';

/**
 * Cancels an owned workout with a reason (the caller checked ownership with {@link loadOwnedWorkout}).
 * A second tap changes nothing (`already-cancelled`); a done workout stays done.
 *
 * @example
 * await cancelWorkout(ctx.tx, { userId, workoutId: 42, reason: 'weather' }); // 'cancelled'
 */
export async function cancelWorkout(
  tx: TransactionSql,
  args: { userId: number; workoutId: number; reason: CancelReason; note?: string },
): Promise<CancelOutcome> {
  const [w] = await tx<{ status: WorkoutStatus }[]>`
    select status from planned_workouts where id = ${args.workoutId} and user_id = ${args.userId} for update`;
  if (!w) throw new Error(`planned workout ${args.workoutId} does not belong to user ${args.userId}`);
  if (w.status === 'done') return 'already-done';
  if (w.status === 'cancelled') return 'already-cancelled';
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
 * Missed and cancelled workouts dated on or after `since`, with cancellation reasons (re-plan trigger).
 *
 * @example
 * const setbacks = await loadSetbacks(ctx.tx, userId, '2027-02-18');
 */
export async function loadSetbacks(tx: TransactionSql, userId: number, since: string): Promise<Setback[]> {
  const rows = await tx<{ date: string; status: 'missed' | 'cancelled'; reason: CancelReason | null }[]>`
    select w.workout_date::text as date, w.status, c.reason
    from planned_workouts w left join workout_cancellations c on c.planned_workout_id = w.id
    where w.user_id = ${userId} and w.status in ('missed', 'cancelled') and w.workout_date >= ${since}::date`;
  return rows.map((r) => ({ date: r.date, kind: r.status, ...(r.reason ? { reason: r.reason } : {}) }));
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
  const workouts = await tx<StatsWorkout[]>`
    select w.workout_date::text as date, w.type, w.distance_km::float8 as "distanceKm", w.status
    from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and w.workout_date >= ${since}::date
      and (p.status = 'active' or w.status <> 'planned')`;
  const runs = await tx<StatsRun[]>`
    select c.completed_on::text as date, c.distance_km::float8 as "distanceKm", c.duration_sec as "durationSec",
           c.rpe, w.type as "plannedType"
    from workout_completions c left join planned_workouts w on w.id = c.planned_workout_id
    where c.user_id = ${userId} and c.completed_on >= ${since}::date`;
  return { workouts: [...workouts], runs: [...runs] };
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
