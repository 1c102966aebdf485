/**
 * Every training rule threshold in one place, with the reason for it. The builder aims inside these limits with
 * a margin (see the BUILDER_* values); `checkPlan` enforces the limits themselves.
 */
import type { PlannerInput } from './planner-input.js';

/**
 * Weekly ramp: a non-cutback week may grow at most 10 % over the reference week (the "10 % rule"; the evidence
 * is mixed — Buist et al. 2008, Nielsen et al. 2014 — but injury risk climbs with sudden jumps, so it is a sane,
 * well-known cap). Small volumes get an absolute allowance of 3 km, otherwise 8 → 8.8 km would be absurdly slow.
 * @example maxNextWeekKm(20) // 23
 */
export const RAMP_MAX_FRACTION = 0.1;
/** @example RAMP_ABS_ALLOWANCE_KM // 3 */
export const RAMP_ABS_ALLOWANCE_KM = 3;
/** Tolerance for rounding, in km, on every volume comparison. @example VOLUME_EPSILON_KM // 0.05 */
export const VOLUME_EPSILON_KM = 0.05;

/** Largest allowed target after a week of `prevKm` (see {@link RAMP_MAX_FRACTION}).
 * @example maxNextWeekKm(50) // 55
 */
export function maxNextWeekKm(prevKm: number): number {
  return prevKm + Math.max(prevKm * RAMP_MAX_FRACTION, RAMP_ABS_ALLOWANCE_KM);
}

/** The builder grows 8 % (or 2.5 km) so rounding never crosses the 10 % cap. @example BUILDER_RAMP_FRACTION // 0.08 */
export const BUILDER_RAMP_FRACTION = 0.08;
/** @example BUILDER_RAMP_ABS_KM // 2.5 */
export const BUILDER_RAMP_ABS_KM = 2.5;

/**
 * Where a brand-new runner starts: 2.5 km per training day (run/walk), at most 10 km per week. The first week is
 * ramp-checked against max(current volume, this floor).
 * @example starterFloorKm(3) // 7.5
 */
export function starterFloorKm(trainingDays: number): number {
  return Math.min(trainingDays, 4) * 2.5;
}

/** Weekly volume a single training day can carry sensibly (18 km/day average). @example MAX_KM_PER_TRAINING_DAY // 18 */
export const MAX_KM_PER_TRAINING_DAY = 18;

/**
 * Long-run share of the weekly volume. Daniels caps L at 25–30 % of weekly mileage for runners on 5+ days; with
 * fewer days the long run is necessarily a bigger share (two runs a week average 50 %), so the cap loosens.
 * Marathon-and-longer goals get +5 points: lower-volume marathon plans (Higdon, Hanson) rely on a long run that
 * is a larger share of the week.
 * @example longRunShareCap(5, 10) // 0.35
 */
export function longRunShareCap(trainingDays: number, goalDistanceKm: number): number {
  const base = trainingDays <= 2 ? 0.6 : trainingDays === 3 ? 0.45 : trainingDays === 4 ? 0.4 : 0.35;
  return goalDistanceKm >= 30 ? base + 0.05 : base;
}
/** The builder's share sits 5 points under the cap. @example BUILDER_LONG_SHARE_MARGIN // 0.05 */
export const BUILDER_LONG_SHARE_MARGIN = 0.05;

/**
 * Absolute long-run cap in km by goal distance and experience. Marathon plans commonly peak at 32–35 km
 * (20–22 mi: Pfitzinger, Higdon, Hanson 26 km); shorter races need far less. Ultras stay at 35 km — back-to-back
 * long runs, not longer single runs, are how ultra plans add load.
 * @example longRunMaxKm(42.195, 'advanced') // 35
 */
export function longRunMaxKm(goalDistanceKm: number, experience: PlannerInput['experience']): number {
  const i = experience === 'beginner' ? 0 : experience === 'intermediate' ? 1 : 2;
  if (goalDistanceKm <= 6) return [10, 14, 18][i]!;
  if (goalDistanceKm <= 12) return [12, 16, 20][i]!;
  if (goalDistanceKm <= 25) return [18, 22, 25][i]!;
  return [30, 32, 35][i]!;
}

/**
 * Long-run duration cap: 150 minutes at the slow end of E pace (Daniels), 180 minutes for marathons and longer
 * (most marathon plans allow 3 hours; beyond that recovery cost outweighs benefit).
 * @example longRunMaxMinutes(42.195) // 180
 */
export function longRunMaxMinutes(goalDistanceKm: number): number {
  return goalDistanceKm >= 30 ? 180 : 150;
}

/**
 * Long-run progression: at most +2 km or +10 % over the last non-cutback long run.
 * @example maxNextLongRunKm(20) // 22
 */
export function maxNextLongRunKm(prevKm: number): number {
  return prevKm + Math.max(2, prevKm * 0.1);
}

/**
 * Cutbacks: at least every 4th week (every 3rd for beginners and runners 50+, who recover slower), about
 * −20 %; a flagged cutback must be at least 15 % under the reference week.
 * @example cutbackEvery({ experience: 'beginner', age: 30 }) // 3
 */
export function cutbackEvery(input: Pick<PlannerInput, 'experience' | 'age'>): number {
  return input.experience === 'beginner' || input.age >= 50 ? 3 : 4;
}
/** Longest allowed run of non-cutback weeks before the taper. @example CUTBACK_MAX_GAP // 3 */
export const CUTBACK_MAX_GAP = 3;
/** @example CUTBACK_MIN_REDUCTION // 0.15 */
export const CUTBACK_MIN_REDUCTION = 0.15;
/** @example BUILDER_CUTBACK_FACTOR // 0.8 */
export const BUILDER_CUTBACK_FACTOR = 0.8;

/**
 * Taper weeks before race week: 2 for marathon and longer (with race week ≈ 3 weeks, Mujika & Padilla 2003;
 * Pfitzinger), 1 for half marathons, 0 below (race week itself is the taper for 5K/10K).
 * @example taperWeeks(42.195) // 2
 */
export function taperWeeks(goalDistanceKm: number): number {
  if (goalDistanceKm >= 30) return 2;
  if (goalDistanceKm >= 15) return 1;
  return 0;
}
/**
 * Taper volume factors relative to the peak week, last taper week first backwards: e.g. marathon 75 % then
 * 60 %, race week (without the race) 45 %. The checker allows these plus {@link TAPER_TOLERANCE}.
 * @example taperFactors(2) // [0.75, 0.6]
 */
export function taperFactors(weeks: number): number[] {
  return weeks >= 2 ? [0.75, 0.6] : weeks === 1 ? [0.7] : [];
}
/** @example RACE_WEEK_FACTOR // 0.45 */
export const RACE_WEEK_FACTOR = 0.45;
/** @example TAPER_TOLERANCE // 0.1 */
export const TAPER_TOLERANCE = 0.1;

/** Quality sessions (tempo, intervals, repetitions, race pace) per week: at most 2 (Daniels' Q days). @example QUALITY_MAX_PER_WEEK // 2 */
export const QUALITY_MAX_PER_WEEK = 2;

/**
 * A complete beginner (beginner with under a year of running or under 15 km/week) gets no intervals or
 * repetitions in the base phase or maintenance: their connective tissue adapts slower than their aerobic system.
 * @example isCompleteBeginner({ experience: 'beginner', yearsRunning: 0, weeklyVolumeKm: 5 }) // true
 */
export function isCompleteBeginner(
  input: Pick<PlannerInput, 'experience' | 'yearsRunning' | 'weeklyVolumeKm'>,
): boolean {
  return input.experience === 'beginner' && (input.yearsRunning < 1 || input.weeklyVolumeKm < 15);
}

/** Pace targets may deviate this many sec/km from the VDOT-derived zone. @example PACE_TOLERANCE_SEC // 5 */
export const PACE_TOLERANCE_SEC = 5;

/**
 * Periodised block length cap: with a far-away race the weeks before it are a maintenance base.
 * @example maxBlockWeeks(42.195) // 24
 */
export function maxBlockWeeks(goalDistanceKm: number): number {
  return goalDistanceKm >= 30 ? 24 : 18;
}

/**
 * Peak weekly volume we aim for by goal and experience (typical published plans: Higdon novice marathon peaks
 * ≈ 40 mi = 64 km… we stay a bit lower for safety), capped by {@link MAX_KM_PER_TRAINING_DAY}.
 * @example peakVolumeGoalKm(21.0975, 'intermediate') // 50
 */
export function peakVolumeGoalKm(goalDistanceKm: number, experience: PlannerInput['experience']): number {
  const i = experience === 'beginner' ? 0 : experience === 'intermediate' ? 1 : 2;
  if (goalDistanceKm <= 6) return [20, 35, 55][i]!;
  if (goalDistanceKm <= 12) return [25, 40, 65][i]!;
  if (goalDistanceKm <= 25) return [30, 50, 75][i]!;
  return [40, 60, 90][i]!;
}

/**
 * No long run in the last 4 days before the race (race day minus 1…4): the runner should arrive rested.
 * A long run is due on the long-run day only when it falls at least this many days before the race.
 * @example LONG_RUN_MIN_DAYS_BEFORE_RACE // 5
 */
export const LONG_RUN_MIN_DAYS_BEFORE_RACE = 5;

/** Shortest easy or recovery run worth lacing up for. @example EASY_MIN_KM // 2 */
export const EASY_MIN_KM = 2;
