/**
 * The single-run spike rule and the volume reference, both measured against what the runner really did.
 *
 * Frandsen, Nielsen et al. (BJSM 2025, 5,200 runners): injury risk rises when a single run is longer than
 * 110 % of the longest run of the previous 30 days — a better predictor than weekly change. So every run of a
 * plan (the race excepted: it is the goal) stays within 110 % of the longest run in the 30 days before it,
 * counting the runner's history. Weekly volume follows Nielsen et al. 2014 (BJSM): ≤ 10 % a week against the
 * larger of the current volume and the last 4 weeks.
 */
import { toDayNumber } from './dates.js';
import type { PlannerInput } from './planner-input.js';
import { starterFloorKm } from './rules.js';

/** A run may be at most this multiple of the 30-day longest. @example SPIKE_FACTOR // 1.1 */
export const SPIKE_FACTOR = 1.1;
/** The spike rule's look-back window in days. @example SPIKE_WINDOW_DAYS // 30 */
export const SPIKE_WINDOW_DAYS = 30;
/** Share of weekly volume assumed for the longest run when nothing better is known. @example LONGEST_RUN_ESTIMATE_SHARE // 0.4 */
export const LONGEST_RUN_ESTIMATE_SHARE = 0.4;
/** Shortest starting long run (a run/walk of ~20 min). @example MIN_START_LONGEST_KM // 2 */
export const MIN_START_LONGEST_KM = 2;

/**
 * Where the plan's long runs start: the longer of the longest real run of the last 30 days (history) and the
 * runner's answer to "your longest run in the last month" (else a conservative 40 % of the weekly volume).
 * The answer stays a floor like the stated weekly volume does for volume (Nielsen 2014's reference is the
 * larger of the two): logging is often incomplete, and one short logged run must not shrink a 30 km/week
 * runner's long run to 6.6 km. Never under {@link MIN_START_LONGEST_KM}; anchored at `today` by the builder
 * and the checker alike.
 * @example startLongestKm({ ...input, history: [{ date: input.today, distanceKm: 6 }], longestRunKm: 14 }) // 14
 */
export function startLongestKm(input: PlannerInput): number {
  const today = toDayNumber(input.today);
  let best = -1;
  for (const run of input.history ?? []) {
    const d = toDayNumber(run.date);
    if (d <= today && d > today - SPIKE_WINDOW_DAYS) best = Math.max(best, run.distanceKm);
  }
  const stated = input.longestRunKm ?? input.weeklyVolumeKm * LONGEST_RUN_ESTIMATE_SHARE;
  return Math.max(MIN_START_LONGEST_KM, Math.round(Math.max(best, stated) * 10) / 10);
}

/**
 * The runner's average weekly km over the 4 weeks (28 days) before `today`, from the history.
 * @example recentWeeklyAverageKm({ ...input, history: [{ date: '2025-02-28', distanceKm: 40 }] }) // 10
 */
export function recentWeeklyAverageKm(input: PlannerInput): number {
  const today = toDayNumber(input.today);
  let sum = 0;
  for (const run of input.history ?? []) {
    const d = toDayNumber(run.date);
    if (d <= today && d > today - 28) sum += run.distanceKm;
  }
  return sum / 4;
}

/**
 * Week 1's volume reference: the larger of the stated weekly volume and the last 4 weeks' average, and at
 * least the starter floor (run/walk for a runner starting from nothing).
 * @example volumeReferenceKm({ ...input, weeklyVolumeKm: 30 }) // 30
 */
export function volumeReferenceKm(input: PlannerInput): number {
  return Math.max(
    input.weeklyVolumeKm,
    recentWeeklyAverageKm(input),
    starterFloorKm(input.trainingDays.length),
  );
}

/**
 * Tracks the longest run per day and answers "the longest run in the 30 days before `day`". Day numbers are
 * absolute; the window starts with the runner's starting longest run on `today`.
 * @example
 * const w = new SpikeWindow(today, 12); w.add(today + 6, 13); w.capKm(today + 10) // 14.3
 */
export class SpikeWindow {
  private readonly days: number[] = [];
  private readonly kms: number[] = [];

  constructor(today: number, startLongestKm: number) {
    this.add(today, startLongestKm);
  }

  /** Records a run (call in date order). @example w.add(day, 10) */
  add(day: number, km: number): void {
    this.days.push(day);
    this.kms.push(km);
  }

  /** The longest run in [day − 30, day − 1]. @example w.longestBefore(day) // 12 */
  longestBefore(day: number): number {
    let best = 0;
    for (let i = this.days.length - 1; i >= 0; i--) {
      const d = this.days[i]!;
      if (d < day - SPIKE_WINDOW_DAYS) break;
      if (d < day && this.kms[i]! > best) best = this.kms[i]!;
    }
    return best;
  }

  /** The longest run allowed on `day` (110 % of {@link longestBefore}). @example w.capKm(day) // 13.2 */
  capKm(day: number): number {
    return this.longestBefore(day) * SPIKE_FACTOR;
  }
}
