import { fromDayNumber, isoWeekday } from './dates.js';
import type { PaceZone, Phase, Workout, WorkoutType } from './plan-schema.js';
import type { TrainingPaces } from './training-paces.js';
import { formatDistance, formatDuration, KM_PER_MILE, type Units } from './units.js';

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
  /** Suggest run/walk intervals (new runners at small volume). */
  runWalk: boolean;
  predictedSeconds: number;
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
function warmCool(totalKm: number): [number, number] {
  if (totalKm < 7) return [1.5, 1];
  if (totalKm < 12) return [2, 1.5];
  return [3, 2];
}

/**
 * Total km of a quality session whose main set (including recovery jogs) is `mainKm`, so that
 * {@link buildWorkout} recovers the same main set.
 * @example qualityTotalKm(4) // 6.5
 */
export function qualityTotalKm(mainKm: number): number {
  for (const limit of [7, 12]) {
    const [wu, cd] = warmCool(limit - 0.5);
    const total = roundHalf(mainKm + wu + cd);
    if (total < limit) return total;
  }
  return roundHalf(mainKm + 5);
}

/**
 * Short name of a race distance.
 * @example raceName(21.0975) // 'Half marathon'
 */
export function raceName(distanceKm: number, units: Units = 'km'): string {
  const near = (d: number) => Math.abs(distanceKm - d) < 0.05;
  if (near(42.195)) return 'Marathon';
  if (near(21.0975)) return 'Half marathon';
  if (near(5) || near(10) || near(15)) return `${Math.round(distanceKm)}K`;
  return `${formatDistance(distanceKm, units)} race`;
}

function mid(p: { fast: number; slow: number }): number {
  return (p.fast + p.slow) / 2;
}

/** One object shape for every workout (fast property access, cheap to build thousands per plan). */
function make(
  type: WorkoutType,
  day: number,
  title: string,
  distanceKm: number | undefined,
  durationMin: number | undefined,
  structure: Workout['structure'],
  ctx: WorkoutContext,
  description: string,
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
    description,
    notes: undefined,
  };
}

const EASY_TEXT = 'Conversational pace: you should be able to talk in full sentences.';
const RUN_WALK_TEXT = ' Run/walk is fine: e.g. 3 min running, 1 min walking.';
const RECOVERY_TEXT = 'Very relaxed running to recover from the previous hard day. Slower is better.';

/**
 * Builds one dated workout of `type` and total `distanceKm` (ignored for rest) with structure, pace target,
 * estimated duration and description. Deterministic: the same arguments always give the same workout.
 * @example buildWorkout('intervals', toDayNumber('2025-03-04'), 9, ctx).structure.mainSet
 *   // '5 × 800 m at I pace with 400 m jog'
 */
export function buildWorkout(
  type: WorkoutType,
  day: number,
  distanceKm: number,
  ctx: WorkoutContext,
): Workout {
  const u = ctx.units;
  switch (type) {
    case 'rest':
      return make(
        type,
        day,
        'Rest day',
        undefined,
        undefined,
        { mainSet: 'Rest, or 20–30 min of walking and mobility' },
        ctx,
        'Adaptation happens while you recover. Keep it easy today.',
      );
    case 'easy': {
      const strides = ctx.strides && distanceKm >= 4 ? ' + 6 × 20 s strides' : '';
      return make(
        type,
        day,
        'Easy run',
        distanceKm,
        Math.round((distanceKm * mid(ctx.paces.E)) / 60),
        { mainSet: `${formatDistance(distanceKm, u)} easy at E pace${strides}` },
        ctx,
        ctx.runWalk ? EASY_TEXT + RUN_WALK_TEXT : EASY_TEXT,
      );
    }
    case 'recovery':
      return make(
        type,
        day,
        'Recovery run',
        distanceKm,
        Math.round((distanceKm * mid(ctx.paces.recovery)) / 60),
        { mainSet: `${formatDistance(distanceKm, u)} very easy` },
        ctx,
        RECOVERY_TEXT,
      );
    case 'long':
      return make(
        type,
        day,
        'Long run',
        distanceKm,
        Math.round((distanceKm * mid(ctx.paces.E)) / 60),
        { mainSet: `${formatDistance(distanceKm, u)} steady at E pace` },
        ctx,
        `Builds endurance. Keep it easy and even; take water${distanceKm >= 18 ? ' and fuel every 30–40 min' : ''}.${
          ctx.runWalk ? ' Walk breaks are fine.' : ''
        }`,
      );
    case 'race': {
      const short = ctx.goalDistanceKm <= 21.1;
      return make(
        type,
        day,
        `Race day: ${raceName(ctx.goalDistanceKm, u)}`,
        distanceKm,
        Math.round(ctx.predictedSeconds / 60),
        {
          warmUp: short ? '10–15 min easy jog + 4 strides' : 'A few minutes of walking and easy jogging',
          mainSet: `${formatDistance(distanceKm, u)} race at goal pace`,
          coolDown: 'Walk and easy jog 10 min',
        },
        ctx,
        `Predicted finish ≈ ${formatDuration(ctx.predictedSeconds)}. Start conservatively, settle into goal pace, and push only in the last part.`,
      );
    }
    default:
      return qualityWorkout(type, day, distanceKm, ctx);
  }
}

function qualityWorkout(type: WorkoutType, day: number, distanceKm: number, ctx: WorkoutContext): Workout {
  const u = ctx.units;
  const [wu, cd] = warmCool(distanceKm);
  const main = Math.max(1, distanceKm - wu - cd);
  let mainSet: string;
  let title: string;
  let description: string;
  let zoneKm = main;
  switch (type) {
    case 'tempo': {
      if (main <= 5) {
        title = 'Tempo run';
        mainSet = `${formatDistance(main, u)} continuous at T pace`;
      } else {
        const rep = u === 'mi' ? KM_PER_MILE : 2;
        const n = Math.max(2, Math.round(main / rep));
        title = 'Cruise intervals';
        mainSet = `${n} × ${formatDistance(rep, u)} at T pace with 1 min jog`;
      }
      description =
        'Comfortably hard: a pace you could hold for about an hour. Raises your lactate threshold.';
      break;
    }
    case 'intervals': {
      const r = main >= 12 ? 1200 : main >= 7 ? 1000 : main >= 3.6 ? 800 : 400;
      const n = Math.min(10, Math.max(3, Math.round(main / ((1.5 * r) / 1000))));
      title = 'Intervals';
      mainSet = `${n} × ${r} m at I pace with ${r / 2} m jog`;
      zoneKm = (n * r) / 1000;
      description = 'Hard but controlled repeats that build VO2max. Jog the recoveries; never sprint.';
      break;
    }
    case 'repetitions': {
      const r = main >= 6.4 ? 400 : 200;
      const n = Math.min(16, Math.max(4, Math.round(main / ((2 * r) / 1000))));
      title = 'Repetitions';
      mainSet = `${n} × ${r} m at R pace with ${r} m jog`;
      zoneKm = (n * r) / 1000;
      description = 'Fast, relaxed repeats for speed and running economy. Full recovery between them.';
      break;
    }
    default: {
      if (ctx.goalDistanceKm >= 15) {
        mainSet = `${formatDistance(main, u)} at goal race pace`;
      } else {
        const rep = u === 'mi' ? KM_PER_MILE : 1;
        const n = Math.min(8, Math.max(2, Math.round(main / (rep * 1.3))));
        mainSet = `${n} × ${formatDistance(rep, u)} at goal race pace with 2 min jog`;
        zoneKm = n * rep;
      }
      title = 'Race-pace run';
      description = 'Rehearse your goal pace so it feels familiar on race day.';
    }
  }
  const zone = ZONE_OF_TYPE[type];
  const eMid = mid(ctx.paces.E);
  const zoneMid = zone ? mid(ctx.paces[zone]) : eMid;
  return make(
    type,
    day,
    title,
    distanceKm,
    Math.round((zoneKm * zoneMid + Math.max(0, distanceKm - zoneKm) * eMid) / 60),
    { warmUp: `${formatDistance(wu, u)} easy`, mainSet, coolDown: `${formatDistance(cd, u)} easy` },
    ctx,
    description,
  );
}
