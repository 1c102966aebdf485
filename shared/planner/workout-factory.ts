import type { Workout, WorkoutType } from './plan-schema.js';
import { msg, raceNameArgs, type TextParts, type WorkoutTexts } from './plan-texts.js';
import { qualityWorkout } from './quality-workout.js';
import { BACK_TO_BACK_TEXT, isUltra, ULTRA_LONG_TEXT, ULTRA_RACE_TEXT } from './ultra.js';
import { formatDistance, formatDuration, type Units } from './units.js';
import { make, mid, roundHalf, type WorkoutContext, type WorkoutOptions, warmCool } from './workout-make.js';

// Kept on this module's API for its callers; the definitions live in workout-make.ts.
export { roundHalf, type WorkoutContext, type WorkoutOptions, ZONE_OF_TYPE } from './workout-make.js';
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

/**
 * The descriptor of {@link runWalkText} (its leading space is the join between parts).
 * @example runWalkParts(3) // [{ id: 'planner-run-walk', args: { minutes: 3 } }]
 */
export function runWalkParts(weekIndex = 1): TextParts {
  const run = Math.min(weekIndex, 10);
  return run >= 10 ? msg('planner-run-continuous') : msg('planner-run-walk', { minutes: run });
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
        {
          title: msg('planner-title-rest'),
          mainSet: msg('planner-main-rest'),
          description: msg('planner-desc-rest'),
        },
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
      const kind = opts.variant ?? 'easy';
      const mainSet = msg('planner-main-easy', { km: distanceKm, at: 'E' });
      return make(
        type,
        day,
        title,
        distanceKm,
        Math.round((distanceKm * mid(ctx.paces.E)) / 60),
        { mainSet: `${formatDistance(distanceKm, u)} easy at E pace${strides}` },
        ctx,
        ctx.runWalk ? text + runWalkText(ctx.weekIndex) : text,
        {
          title: msg(`planner-title-${kind}`),
          mainSet: strides ? [...mainSet, ...msg('planner-strides')] : mainSet,
          description: [...msg(`planner-desc-${kind}`), ...(ctx.runWalk ? runWalkParts(ctx.weekIndex) : [])],
        },
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
        {
          title: msg('planner-title-recovery'),
          mainSet: msg('planner-main-recovery', { km: distanceKm }),
          description: msg('planner-desc-recovery'),
        },
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
      const texts: WorkoutTexts = {
        title: msg(mp ? 'planner-title-long-mp' : 'planner-title-long'),
        mainSet: mp
          ? msg('planner-main-long-mp', { km: distanceKm - mp, mpKm: mp, at: 'E' })
          : msg('planner-main-long', { km: distanceKm, at: 'E' }),
        description: isUltra(ctx.goalDistanceKm)
          ? msg('planner-desc-ultra-long')
          : [
              ...msg('planner-desc-long', { fuel: distanceKm >= 18 ? 'yes' : 'no' }),
              ...(mp ? msg('planner-desc-mp-finish') : []),
              ...(ctx.runWalk ? runWalkParts(ctx.weekIndex) : []),
            ],
      };
      const w = make(
        type,
        day,
        mp ? 'Long run with marathon-pace finish' : 'Long run',
        distanceKm,
        Math.round(((distanceKm - mp) * mid(ctx.paces.E) + mp * mid(ctx.paces.M)) / 60),
        { mainSet },
        ctx,
        text,
        texts,
      );
      if (mp) w.work = { zone: 'M', km: mp };
      return w;
    }
    case 'race': {
      const short = ctx.goalDistanceKm <= 21.1;
      const predicted = ctx.predictedSeconds;
      const byFeel = predicted === undefined;
      const texts: WorkoutTexts = {
        title: msg('planner-title-race', raceNameArgs(ctx.goalDistanceKm)),
        warmUp: msg(short ? 'planner-race-warm-up-short' : 'planner-race-warm-up-long'),
        mainSet: byFeel
          ? msg('planner-main-race-feel', { km: distanceKm })
          : msg('planner-main-race', { km: distanceKm, at: 'goal' }),
        coolDown: msg('planner-race-cool-down'),
        description: isUltra(ctx.goalDistanceKm)
          ? msg('planner-desc-race-ultra')
          : byFeel
            ? msg('planner-desc-race-feel')
            : msg('planner-desc-race', { predictedSec: predicted }),
      };
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
        texts,
      );
    }
    default:
      return qualityWorkout(type, day, distanceKm, ctx, opts.maxWorkKm ?? Number.POSITIVE_INFINITY);
  }
}
