/**
 * Long runs that prepare for the race: caps, the distance a marathon plan must reach, marathon-pace segments
 * and medium-long runs.
 */
import type { PlannerInput } from './planner-input.js';
import { HARD_LONG_RUN_MAX_KM, longRunMaxKm, longRunMaxMinutes } from './rules.js';
import { isUltra } from './ultra.js';

/**
 * The long-run cap for this runner: the smaller of the distance cap (never over 35 km) and the time cap at
 * the slow end of E pace (Daniels: 150 min; marathon 180 min, ultra 240 min time on feet).
 * @example longRunCapKm(input, 400) // 27 (180 min at 6:40 /km)
 */
export function longRunCapKm(
  input: Pick<PlannerInput, 'goalDistanceKm' | 'experience'>,
  eSlowSecPerKm: number,
): number {
  const byTime = (longRunMaxMinutes(input.goalDistanceKm) * 60) / eSlowSecPerKm;
  return Math.min(longRunMaxKm(input.goalDistanceKm, input.experience), byTime, HARD_LONG_RUN_MAX_KM);
}

/** Marathon-length goals (30–45 km) that get the marathon rules. @example isMarathonGoal(42.195) // true */
export function isMarathonGoal(goalDistanceKm: number): boolean {
  return goalDistanceKm >= 30 && goalDistanceKm <= 45;
}

/**
 * The longest run a plan for this goal must reach at least once, 3 weeks or more before the race (0 = no
 * requirement). Marathon: 28 km (Runna aims for 32 km; Hanson's minimum is 16 mi ≈ 26 km; Higdon's novice
 * plans reach 20 mi), or ≈ 3 h at easy effort for slower runners (run/walk), whichever comes first. Half:
 * 14 km or 2 h. Ultra: 30 km or 4 h, plus back-to-back weekends.
 * @example requiredLongRunKm(42.195, 360) // 28
 */
export function requiredLongRunKm(goalDistanceKm: number, eSlowSecPerKm: number): number {
  const byTime = (minutes: number) => Math.floor((minutes * 60) / eSlowSecPerKm);
  if (isUltra(goalDistanceKm)) return Math.min(30, byTime(240));
  if (goalDistanceKm >= 30) return Math.min(28, byTime(180));
  if (goalDistanceKm >= 15) return Math.min(14, byTime(120));
  return 0;
}

/**
 * The long run a goal needs before the race, at the runner's easy pace: {@link requiredLongRunKm} for
 * 15 km and up; for 5K and 10K ≈ 30 / 45 minutes, at most half the distance. A "finish comfortably" goal
 * counts at a minute per km slower (walk breaks). The gate checks plans against it; the builder sizes the
 * peak week so that it fits.
 * @example readinessLongRunKm({ ...input, goalDistanceKm: 21.0975 }, 420) // 14
 */
export function readinessLongRunKm(
  input: Pick<PlannerInput, 'goalDistanceKm' | 'goalMode'>,
  eSlow: number,
): number {
  const pace = input.goalMode === 'finish' ? eSlow + 60 : eSlow;
  if (input.goalDistanceKm < 15) {
    const minutes = input.goalDistanceKm <= 6 ? 30 : 45;
    return Math.min(input.goalDistanceKm / 2, Math.floor(((minutes * 60) / pace) * 10) / 10);
  }
  return requiredLongRunKm(input.goalDistanceKm, pace);
}

/** Days before the race by which {@link requiredLongRunKm} must be reached. @example REQUIRED_LONG_RUN_BY_DAYS // 21 */
export const REQUIRED_LONG_RUN_BY_DAYS = 21;

/**
 * Marathon-pace km in a long run (Pfitzinger's and Hanson's MP long runs): every other long run of the build
 * and peak phases finishes with up to a third of its distance at M pace, within Daniels' M cap
 * (≤ 20 % of the week, ≤ 29 km). 0 when the run is short or the week is not one for it.
 * @example mpSegmentKm(26, 60, 3) // 8
 */
export function mpSegmentKm(longKm: number, weekKm: number, weekIndex: number): number {
  if (longKm < 16 || weekIndex % 2 !== 0) return 0;
  const km = Math.floor(Math.min(longKm / 3, 0.2 * weekKm * 0.9, 29));
  return km >= 3 ? km : 0;
}

/**
 * A medium-long run (Pfitzinger): for 5+ training days and half-marathon-or-longer goals, the mid-week easy run
 * furthest from the long run becomes ≈ 60–75 % of it, which spreads the endurance load instead of one big day.
 * @example mediumLongKm(24) // 15.5
 */
export function mediumLongKm(longKm: number): number {
  return Math.floor(longKm * 0.65 * 2) / 2;
}
