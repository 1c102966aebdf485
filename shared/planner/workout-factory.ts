import { fromDayNumber, isoWeekday } from './dates.js';
import type { PaceZone, Phase, Workout, WorkoutType } from './plan-schema.js';
import type { TrainingPaces } from './training-paces.js';
import { BACK_TO_BACK_TEXT, isUltra, ULTRA_LONG_TEXT, ULTRA_RACE_TEXT } from './ultra.js';
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

/**
 * Run/walk by time (couch-to-5K style): run `n` minutes, walk 1, with `n` growing one minute a week until
 * continuous running.
 * @example runWalkText(3) // ' Run/walk: 3 min running, 1 min walking …'
 */
export function runWalkText(weekIndex = 1): string {
  const run = Math.min(weekIndex, 10);
  return run >= 10
    ? ' Run continuously if it feels easy; walk breaks are still fine.'
    : ` Run/walk: ${run} min running, 1 min walking, repeated (one more running minute each week).`;
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
    work: undefined,
    description,
    notes: undefined,
  };
}

const EASY_TEXT = 'Conversational pace: you should be able to talk in full sentences.';
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
  opts: WorkoutOptions = {},
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
      const strides = ctx.strides && distanceKm >= 4 && !opts.variant ? ' + 6 × 20 s strides' : '';
      const title =
        opts.variant === 'medium-long'
          ? 'Medium-long run'
          : opts.variant === 'back-to-back'
            ? 'Back-to-back long run'
            : 'Easy run';
      const text =
        opts.variant === 'back-to-back'
          ? BACK_TO_BACK_TEXT
          : opts.variant === 'medium-long'
            ? 'A second, shorter long run in the week at easy effort: endurance without one huge day.'
            : EASY_TEXT;
      return make(
        type,
        day,
        title,
        distanceKm,
        Math.round((distanceKm * mid(ctx.paces.E)) / 60),
        { mainSet: `${formatDistance(distanceKm, u)} easy at E pace${strides}` },
        ctx,
        ctx.runWalk ? text + runWalkText(ctx.weekIndex) : text,
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
    case 'long': {
      const mp = opts.mpKm && opts.mpKm > 0 && opts.mpKm < distanceKm ? opts.mpKm : 0;
      const mainSet = mp
        ? `${formatDistance(distanceKm - mp, u)} at E pace, then the last ${formatDistance(mp, u)} at marathon (M) pace`
        : `${formatDistance(distanceKm, u)} steady at E pace`;
      const text = isUltra(ctx.goalDistanceKm)
        ? ULTRA_LONG_TEXT
        : `Builds endurance. Keep it easy and even; take water${distanceKm >= 18 ? ' and fuel every 30–40 min' : ''}.${
            mp ? ' The marathon-pace finish rehearses race rhythm on tired legs.' : ''
          }${ctx.runWalk ? runWalkText(ctx.weekIndex) : ''}`;
      const w = make(
        type,
        day,
        mp ? 'Long run with marathon-pace finish' : 'Long run',
        distanceKm,
        Math.round(((distanceKm - mp) * mid(ctx.paces.E) + mp * mid(ctx.paces.M)) / 60),
        { mainSet },
        ctx,
        text,
      );
      if (mp) w.work = { zone: 'M', km: mp };
      return w;
    }
    case 'race': {
      const short = ctx.goalDistanceKm <= 21.1;
      const predicted = ctx.predictedSeconds;
      const byFeel = predicted === undefined;
      return make(
        type,
        day,
        `Race day: ${raceName(ctx.goalDistanceKm, u)}`,
        distanceKm,
        byFeel ? undefined : Math.round(predicted / 60),
        {
          warmUp: short ? '10–15 min easy jog + 4 strides' : 'A few minutes of walking and easy jogging',
          mainSet: byFeel
            ? `${formatDistance(distanceKm, u)} by time and feel`
            : `${formatDistance(distanceKm, u)} race at goal pace`,
          coolDown: 'Walk and easy jog 10 min',
        },
        ctx,
        isUltra(ctx.goalDistanceKm)
          ? ULTRA_RACE_TEXT
          : byFeel
            ? 'Finish comfortably: start slower than feels right, take walk breaks early (e.g. 1 min every 1–2 km) and enjoy it.'
            : `Predicted finish ≈ ${formatDuration(predicted)}. Start conservatively, settle into goal pace, and push only in the last part.`,
      );
    }
    default:
      return qualityWorkout(type, day, distanceKm, ctx, opts.maxWorkKm ?? Number.POSITIVE_INFINITY);
  }
}

/** Shortest continuous tempo or race-pace segment worth a session. */
const MIN_CONTINUOUS_WORK_KM = 1.6;

function qualityWorkout(
  type: WorkoutType,
  day: number,
  distanceKm: number,
  ctx: WorkoutContext,
  maxWorkKm: number,
): Workout {
  const u = ctx.units;
  let [wu, cd] = warmCool(distanceKm);
  const main = Math.max(1, distanceKm - wu - cd);
  const cap = Math.max(0, maxWorkKm);
  let mainSet: string;
  let title: string;
  let description: string;
  let zoneKm: number;
  let mainKm = main; // main-set km including recovery jogs
  switch (type) {
    case 'tempo': {
      zoneKm = Math.max(MIN_CONTINUOUS_WORK_KM, Math.floor(Math.min(main, cap) * 10) / 10);
      if (zoneKm <= 5) {
        title = 'Tempo run';
        mainSet = `${formatDistance(zoneKm, u)} continuous at T pace`;
      } else {
        const rep = u === 'mi' ? KM_PER_MILE : 2;
        const n = Math.max(2, Math.floor(zoneKm / rep));
        zoneKm = n * rep;
        title = 'Cruise intervals';
        mainSet = `${n} × ${formatDistance(rep, u)} at T pace with 1 min jog`;
      }
      mainKm = zoneKm;
      description =
        'Comfortably hard: a pace you could hold for about an hour. Raises your lactate threshold.';
      break;
    }
    case 'intervals': {
      let r = main >= 12 ? 1200 : main >= 7 ? 1000 : main >= 3.6 ? 800 : 400;
      let n = Math.min(10, Math.max(3, Math.round(main / ((1.5 * r) / 1000))));
      while ((n * r) / 1000 > cap + 1e-9 && (n > 3 || r > 400)) {
        if (n > 3) n--;
        else r = r === 1200 ? 1000 : r === 1000 ? 800 : 400;
      }
      title = 'Intervals';
      mainSet = `${n} × ${r} m at I pace with ${r / 2} m jog`;
      zoneKm = (n * r) / 1000;
      mainKm = zoneKm * 1.5;
      description = 'Hard but controlled repeats that build VO2max. Jog the recoveries; never sprint.';
      break;
    }
    case 'repetitions': {
      let r = main >= 6.4 ? 400 : 200;
      let n = Math.min(16, Math.max(4, Math.round(main / ((2 * r) / 1000))));
      while ((n * r) / 1000 > cap + 1e-9 && (n > 4 || r > 200)) {
        if (n > 4) n--;
        else r = 200;
      }
      title = 'Repetitions';
      mainSet = `${n} × ${r} m at R pace with ${r} m jog`;
      zoneKm = (n * r) / 1000;
      mainKm = zoneKm * 2;
      description = 'Fast, relaxed repeats for speed and running economy. Full recovery between them.';
      break;
    }
    default: {
      if (ctx.goalDistanceKm >= 15) {
        zoneKm = Math.max(MIN_CONTINUOUS_WORK_KM, Math.floor(Math.min(main, cap) * 10) / 10);
        mainSet = `${formatDistance(zoneKm, u)} at goal race pace`;
        mainKm = zoneKm;
      } else {
        // Whole miles for runners in miles, unless two of them would not fit the run or the cap (a short taper
        // run): then half miles, so the work never exceeds the workout's own distance.
        const mile = 2 * KM_PER_MILE <= Math.min(distanceKm, cap) + 1e-9;
        const rep = u === 'mi' ? (mile ? KM_PER_MILE : KM_PER_MILE / 2) : 1;
        let n = Math.min(8, Math.max(2, Math.round(main / (rep * 1.3))));
        while (n * rep > cap + 1e-9 && n > 2) n--;
        mainSet = `${n} × ${formatDistance(rep, u)} at goal race pace with 2 min jog`;
        zoneKm = n * rep;
        mainKm = zoneKm * 1.3;
      }
      title = 'Race-pace run';
      description = 'Rehearse your goal pace so it feels familiar on race day.';
    }
  }
  // Whatever the capped main set leaves of the distance is easy running before and after it.
  const spare = Math.max(0, distanceKm - wu - cd - mainKm);
  wu = Math.round((wu + spare / 2) * 10) / 10;
  cd = Math.max(0, Math.round((distanceKm - mainKm - wu) * 10) / 10);
  const zone = ZONE_OF_TYPE[type];
  const eMid = mid(ctx.paces.E);
  const zoneMid = zone ? mid(ctx.paces[zone]) : eMid;
  const w = make(
    type,
    day,
    title,
    distanceKm,
    Math.round((zoneKm * zoneMid + Math.max(0, distanceKm - zoneKm) * eMid) / 60),
    { warmUp: `${formatDistance(wu, u)} easy`, mainSet, coolDown: `${formatDistance(cd, u)} easy` },
    ctx,
    description,
  );
  w.work = { zone: zone ?? 'race', km: Math.round(zoneKm * 100) / 100 };
  return w;
}
