/**
 * Every training rule threshold in one place, with the reason for it. The builder aims inside these limits with
 * a margin (see the BUILDER_* values); `checkPlan` enforces the limits themselves.
 */
import type { PlannerInput } from './planner-input.js';
import { isUltra } from './ultra.js';

/**
 * Weekly ramp: a non-cutback week may grow at most 10 % over the reference week, with no absolute allowance:
 * Nielsen et al. 2014 (BJSM, 873 novices) saw more injuries once weekly volume grew by more than 30 %, so even
 * tiny volumes never get "+3 km" (that was +60 % at 5 km). The reference for week 1 is the larger of the
 * runner's current volume and their last 4 weeks (see `volumeReferenceKm`). After a cutback the next week only
 * returns to the pre-cutback level.
 * @example maxNextWeekKm(20) // 22
 */
export const RAMP_MAX_FRACTION = 0.1;
/** Tolerance for rounding, in km, on every volume comparison. @example VOLUME_EPSILON_KM // 0.05 */
export const VOLUME_EPSILON_KM = 0.05;

/** Largest allowed target after a week of `prevKm` (see {@link RAMP_MAX_FRACTION}).
 * @example maxNextWeekKm(50) // 55
 */
export function maxNextWeekKm(prevKm: number): number {
  return prevKm * (1 + RAMP_MAX_FRACTION);
}

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
 * Half-marathon goals loosen a step, and marathon-and-longer goals may go further at low volume (Higdon's novice plans reach a 20-mile long run from
 * 15–25 miles a week; Hanson caps the long run by time, not share): the long run is what prepares for the
 * distance, so its share is capped by time and a hard 35 km instead, and the plan says why.
 * @example longRunShareCap(5, 10) // 0.35
 */
export function longRunShareCap(trainingDays: number, goalDistanceKm: number): number {
  if (goalDistanceKm >= 30)
    return trainingDays <= 2 ? 0.7 : trainingDays === 3 ? 0.6 : trainingDays === 4 ? 0.55 : 0.5;
  // Half-marathon-like goals: Higdon's Novice 1 half reaches a 10-mile long run in ≈ 20-mile, 4-day weeks
  // (≈ 50 %); at the 5K/10K shares a 15 km/week runner needed 25+ weeks to reach the 13–14 km it needs.
  if (goalDistanceKm >= 15) return trainingDays <= 2 ? 0.65 : trainingDays === 3 ? 0.5 : 0.45;
  return trainingDays <= 2 ? 0.6 : trainingDays === 3 ? 0.45 : trainingDays === 4 ? 0.4 : 0.35;
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
  return [32, 32, 35][i]!;
}
/** The hard ceiling on any single training run, whatever the goal. @example HARD_LONG_RUN_MAX_KM // 35 */
export const HARD_LONG_RUN_MAX_KM = 35;

/**
 * Long-run duration cap: 150 minutes at the slow end of E pace (Daniels), 180 minutes for marathons and longer
 * (most marathon plans allow 3 hours; beyond that recovery cost outweighs benefit).
 * @example longRunMaxMinutes(42.195) // 180
 */
export function longRunMaxMinutes(goalDistanceKm: number): number {
  if (isUltra(goalDistanceKm)) return 240; // ultras: time on feet matters more than distance (Koop, Training Essentials for Ultrarunning)
  return goalDistanceKm >= 30 ? 180 : 150;
}

/**
 * Cutbacks: at least every 4th week (every 3rd for runners 50+, who recover slower), about −20 %; a flagged
 * cutback must be at least 15 % under the reference week. Beginners under 50 also cut back every 4th week:
 * Higdon's novice plans step back every 3rd week, but they then jump past the pre-step-back level; with our
 * stricter rules (≤ 10 % a week, back to the pre-cutback level first — Nielsen 2014) a 3-week cycle grows only
 * one week in three (≈ 3 %/week: a half-marathon beginner at 15 km/week would peak at 21 km after 12 weeks,
 * a 10K novice from zero would never run past 3 km). A 4-week cycle grows two weeks in four.
 * @example cutbackEvery({ experience: 'beginner', age: 30 }) // 4
 * @example cutbackEvery({ experience: 'advanced', age: 55 }) // 3
 */
export function cutbackEvery(input: Pick<PlannerInput, 'experience' | 'age'>): number {
  return input.age >= 50 ? 3 : 4;
}
/** Longest allowed run of non-cutback weeks before the taper. @example CUTBACK_MAX_GAP // 3 */
export const CUTBACK_MAX_GAP = 3;
/** @example CUTBACK_MIN_REDUCTION // 0.15 */
export const CUTBACK_MIN_REDUCTION = 0.15;
/** Weeks under this volume need no cutback reduction (nothing left to cut). @example CUTBACK_MIN_VOLUME_KM // 10 */
export const CUTBACK_MIN_VOLUME_KM = 10;
/** @example BUILDER_CUTBACK_FACTOR // 0.8 */
export const BUILDER_CUTBACK_FACTOR = 0.8;

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
  if (goalDistanceKm <= 25) return [35, 50, 75][i]!; // Higdon novice half peaks ≈ 21 mi (34 km)
  if (!isUltra(goalDistanceKm)) return [55, 65, 90][i]!;
  return [65, 80, 110][i]!;
}

/**
 * No long run in the last 4 days before the race (race day minus 1…4): the runner should arrive rested.
 * A long run is due on the long-run day only when it falls at least this many days before the race.
 * @example LONG_RUN_MIN_DAYS_BEFORE_RACE // 5
 */
export const LONG_RUN_MIN_DAYS_BEFORE_RACE = 5;

/** Shortest easy or recovery run worth lacing up for. @example EASY_MIN_KM // 2 */
export const EASY_MIN_KM = 2;

/**
 * Runners from this age get at most two hard days a week with two easy days between them (masters runners
 * recover more slowly: Fell & Williams 2008; Daniels' advice for older runners).
 * @example SENIOR_AGE // 60
 */
export const SENIOR_AGE = 60;
/** @example SENIOR_MAX_HARD_DAYS // 2 */
export const SENIOR_MAX_HARD_DAYS = 2;
/** Smallest distance in days between two hard days at 60+ (two easy days between). @example SENIOR_MIN_HARD_GAP // 3 */
export const SENIOR_MIN_HARD_GAP = 3;
/**
 * A novice starting from (almost) nothing runs at most 4 days a week (couch-to-5K programmes use 3), with
 * run/walk progressed by time.
 * @example NOVICE_MAX_RUN_DAYS // 4
 */
export const NOVICE_MAX_RUN_DAYS = 4;
/** Weekly km under which a beginner counts as starting from zero. @example NOVICE_FROM_ZERO_KM // 5 */
export const NOVICE_FROM_ZERO_KM = 5;
