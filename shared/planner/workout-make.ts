// The shared shape of every workout and the helpers both workout builders use (workout-factory.ts for
// easy, long, rest and race days; quality-workout.ts for the quality sessions).
import { fromDayNumber, isoWeekday } from './dates.js';
import type { PaceZone, Phase, Workout, WorkoutType } from './plan-schema.js';
import type { WorkoutTexts } from './plan-texts.js';
import type { TrainingPaces } from './training-paces.js';
import type { Units } from './units.js';

/**
 * What {@link buildWorkout} needs to know besides type, date and distance.
 * @example const ctx: WorkoutContext = { paces, units: 'km', goalDistanceKm: 10, phase: 'build',
 *   strides: true, runWalk: false, predictedSeconds: 2480 };
 */
export interface WorkoutContext {
  paces: TrainingPaces;
  units: Units;
  goalDistanceKm: number;
  phase: Phase;
  /** Finish easy runs with strides (non-beginners, base and build). */
  strides: boolean;
  /** Suggest run/walk intervals (new runners at small volume), progressed by time week by week. */
  runWalk: boolean;
  /** Predicted goal time; absent for ultras and "finish comfortably" goals (no prediction there). */
  predictedSeconds?: number;
  /** Plan week number, for run/walk progression. */
  weekIndex?: number;
}

/**
 * Options of {@link buildWorkout}: a cap on the main-set work (Daniels' per-session limits) and marathon-pace
 * km at the end of a long run.
 * @example const o: WorkoutOptions = { maxWorkKm: 4.5 };
 */
export interface WorkoutOptions {
  maxWorkKm?: number;
  mpKm?: number;
  /** 'medium-long' | 'back-to-back' easy runs get their own title and text. */
  variant?: 'medium-long' | 'back-to-back';
}

/** Main-set pace zone of every type (rest has none).
 * @example ZONE_OF_TYPE.tempo // 'T'
 */
export const ZONE_OF_TYPE: Readonly<Record<WorkoutType, PaceZone | undefined>> = {
  easy: 'E',
  long: 'E',
  recovery: 'recovery',
  tempo: 'T',
  intervals: 'I',
  repetitions: 'R',
  'race-pace': 'race',
  race: 'race',
  rest: undefined,
};

/** Rounds to the nearest 0.5 km. @example roundHalf(6.3) // 6.5 */
export function roundHalf(km: number): number {
  return Math.round(km * 2) / 2;
}

/** Warm-up and cool-down km for a quality session of `totalKm`. */
export function warmCool(totalKm: number): [number, number] {
  if (totalKm < 7) return [1.5, 1];
  if (totalKm < 12) return [2, 1.5];
  return [3, 2];
}

/** Middle of a pace range. @example mid({ fast: 300, slow: 330 }) // 315 */
export function mid(p: { fast: number; slow: number }): number {
  return (p.fast + p.slow) / 2;
}

/**
 * One object shape for every workout (fast property access, cheap to build thousands per plan).
 * @example make('rest', day, 'Rest day', undefined, undefined, { mainSet: 'Rest' }, ctx, 'Recover.', {})
 */
export function make(
  type: WorkoutType,
  day: number,
  title: string,
  distanceKm: number | undefined,
  durationMin: number | undefined,
  structure: Workout['structure'],
  ctx: WorkoutContext,
  description: string,
  texts: WorkoutTexts,
): Workout {
  const zone = ZONE_OF_TYPE[type];
  const range = zone ? ctx.paces[zone] : undefined;
  return {
    date: fromDayNumber(day),
    weekday: isoWeekday(day),
    type,
    title,
    distanceKm,
    durationMin,
    structure,
    pace: zone && range ? { zone, fast: range.fast, slow: range.slow } : undefined,
    work: undefined,
    description,
    notes: undefined,
    texts,
  };
}
