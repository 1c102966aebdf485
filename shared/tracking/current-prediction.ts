import type { Sql, TransactionSql } from '../db/index.js';
import {
  fromDayNumber,
  isoWeekday,
  isUltra,
  predictRaceSeconds,
  riegelPredictSeconds,
  toDayNumber,
  vdotFromRace,
} from '../planner/index.js';
import { computeStats, type TrainingStats } from './stats.js';
import { loadStatsData } from './tracking-store.js';

/**
 * The one goal prediction the bot shows (in /plan and /stats alike): from the best hard effort of the
 * last weeks when there is one (it is fresher than the race in the profile), else from the runner's
 * recent race, else the plan's own estimate.
 * @example const p: CurrentPrediction = { source: 'race', vdot: 40.1, vdotSeconds: 6600, riegelSeconds: 6634 };
 */
export interface CurrentPrediction {
  readonly source: 'effort' | 'race' | 'estimate';
  readonly vdot: number;
  readonly vdotSeconds: number;
  readonly riegelSeconds?: number;
  /** The hard effort it comes from (`effort` only). */
  readonly from?: { readonly date: string; readonly distanceKm: number; readonly durationSec: number };
}

/**
 * Whether a goal gets a finish time at all: VDOT and Riegel hold up to the marathon, and a "finish
 * comfortably" goal asks for none.
 * @example predictsFinishTime({ goalDistanceKm: 50 }) // false
 */
export function predictsFinishTime(goal: { goalDistanceKm: number; goalMode?: 'time' | 'finish' }): boolean {
  return !isUltra(goal.goalDistanceKm) && goal.goalMode !== 'finish';
}

/**
 * Picks the prediction (see {@link CurrentPrediction}). Pure.
 *
 * @example
 * currentPrediction({ recentRace: { distanceKm: 10, timeSeconds: 3000 }, goalDistanceKm: 21.0975 }).source; // 'race'
 */
export function currentPrediction(args: {
  effort?: TrainingStats['prediction'];
  recentRace?: { distanceKm: number; timeSeconds: number };
  goalDistanceKm: number;
  goalMode?: 'time' | 'finish';
  planEstimate?: { vdot: number; vdotSeconds: number; riegelSeconds?: number };
}): CurrentPrediction | undefined {
  if (!predictsFinishTime(args)) return undefined;
  if (args.effort) {
    const e = args.effort;
    return {
      source: 'effort',
      vdot: e.vdot,
      vdotSeconds: e.vdotSeconds,
      riegelSeconds: e.riegelSeconds,
      from: e.from,
    };
  }
  if (args.recentRace) {
    const { distanceKm, timeSeconds } = args.recentRace;
    const vdot = vdotFromRace(distanceKm, timeSeconds);
    return {
      source: 'race',
      vdot: Math.round(vdot * 10) / 10,
      vdotSeconds: Math.round(predictRaceSeconds(vdot, args.goalDistanceKm)),
      riegelSeconds: Math.round(riegelPredictSeconds(timeSeconds, distanceKm, args.goalDistanceKm)),
    };
  }
  if (args.planEstimate) return { source: 'estimate', ...args.planEstimate };
  return undefined;
}

/** Weeks of recorded runs a hard effort is looked for in (the /stats window). */
export const PREDICTION_WEEKS = 8;

/**
 * Loads the runner's runs of the last {@link PREDICTION_WEEKS} weeks and picks the prediction.
 *
 * @example
 * const p = await loadCurrentPrediction(ctx.tx, { userId, today, goalDistanceKm: 21.0975, recentRace });
 */
export async function loadCurrentPrediction(
  sql: Sql | TransactionSql,
  args: {
    userId: number;
    today: string;
    goalDistanceKm: number;
    goalMode?: 'time' | 'finish';
    recentRace?: { distanceKm: number; timeSeconds: number };
    planEstimate?: { vdot: number; vdotSeconds: number; riegelSeconds?: number };
  },
): Promise<CurrentPrediction | undefined> {
  const day = toDayNumber(args.today);
  const since = fromDayNumber(day - (isoWeekday(day) - 1) - 7 * (PREDICTION_WEEKS - 1));
  const { workouts, runs } = await loadStatsData(sql, args.userId, since);
  const stats = computeStats({
    workouts,
    runs,
    today: args.today,
    goalDistanceKm: args.goalDistanceKm,
    weeks: PREDICTION_WEEKS,
  });
  return currentPrediction({ ...args, ...(stats.prediction ? { effort: stats.prediction } : {}) });
}
