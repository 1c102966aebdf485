import { fromDayNumber, toDayNumber } from '../planner/index.js';

/** Status of a planned workout. */
export type WorkoutStatus = 'planned' | 'done' | 'cancelled' | 'missed';

/** Why a workout was cancelled (the `workout_cancellations.reason` values). */
export const CANCEL_REASONS = ['sick', 'injured', 'no_time', 'weather', 'other'] as const;
/** @example const r: CancelReason = 'weather'; */
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Setbacks within this many days (today included) count towards a re-plan offer. */
export const REPLAN_WINDOW_DAYS = 14;
/** This many missed or cancelled workouts within the window trigger a re-plan offer. */
export const REPLAN_SETBACKS = 3;

/**
 * The status a workout really has on `today` (the runner's local date). "Missed" is computed as well as
 * stored: a workout still `planned` after its day is missed even if no sweep has marked it yet, so a
 * view or a statistic can never lose it; `markMissedWorkouts` additionally persists it (see
 * `sql/003_tracking.sql` for why both).
 *
 * @example
 * effectiveStatus('planned', '2027-03-01', '2027-03-02'); // 'missed'
 * effectiveStatus('planned', '2027-03-02', '2027-03-02'); // 'planned' (today is still open)
 */
export function effectiveStatus(status: WorkoutStatus, date: string, today: string): WorkoutStatus {
  return status === 'planned' && date < today ? 'missed' : status;
}

/** A missed or cancelled workout, as the re-plan trigger sees it. */
export interface Setback {
  readonly date: string;
  readonly kind: 'missed' | 'cancelled';
  readonly reason?: CancelReason;
}

/** Why a re-plan is offered. */
export type ReplanTrigger =
  | { readonly kind: 'health'; readonly reason: 'sick' | 'injured' }
  | { readonly kind: 'setbacks'; readonly count: number };

/**
 * Whether to offer adjusting the plan: a workout cancelled as sick or injured within the window, or at
 * least {@link REPLAN_SETBACKS} missed/cancelled workouts within the last {@link REPLAN_WINDOW_DAYS} days.
 * Setbacks dated after today (a future workout cancelled in advance) count too: they are decided.
 *
 * @example
 * replanTrigger([{ date: '2027-03-01', kind: 'cancelled', reason: 'injured' }], '2027-03-02');
 * // { kind: 'health', reason: 'injured' }
 */
export function replanTrigger(setbacks: readonly Setback[], today: string): ReplanTrigger | undefined {
  const from = fromDayNumber(toDayNumber(today) - (REPLAN_WINDOW_DAYS - 1));
  const recent = setbacks.filter((s) => s.date >= from);
  const health = recent.find((s) => s.reason === 'injured' || s.reason === 'sick');
  if (health) return { kind: 'health', reason: health.reason as 'sick' | 'injured' };
  return recent.length >= REPLAN_SETBACKS ? { kind: 'setbacks', count: recent.length } : undefined;
}

/**
 * Current streak: consecutive planned workouts done, counting back from the most recent one that is
 * due. Today's and future workouts not yet done do not break it (they are still open); a missed or
 * cancelled workout ends it.
 *
 * @example
 * currentStreak([{ date: '2027-03-01', status: 'done' }, { date: '2027-03-02', status: 'planned' }], '2027-03-02'); // 1
 */
export function currentStreak(
  workouts: ReadonlyArray<{ date: string; status: WorkoutStatus }>,
  today: string,
): number {
  const sorted = [...workouts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let streak = 0;
  for (const w of sorted) {
    const status = effectiveStatus(w.status, w.date, today);
    if (status === 'done') streak++;
    else if (status === 'planned')
      continue; // today or later: still open
    else break;
  }
  return streak;
}

/**
 * Average weekly distance (km) actually run in the last `days` days up to and including `today`: the
 * base the adaptive re-plan builds from.
 *
 * @example
 * recentWeeklyKm([{ date: '2027-03-01', distanceKm: 10 }, { date: '2027-02-20', distanceKm: 10 }], '2027-03-02'); // 10
 */
export function recentWeeklyKm(
  runs: ReadonlyArray<{ date: string; distanceKm: number | null }>,
  today: string,
  days = REPLAN_WINDOW_DAYS,
): number {
  const from = fromDayNumber(toDayNumber(today) - (days - 1));
  const total = runs
    .filter((r) => r.date >= from && r.date <= today)
    .reduce((sum, r) => sum + (r.distanceKm ?? 0), 0);
  return Math.round((total / (days / 7)) * 10) / 10;
}
