import { toDayNumber } from './dates.js';
import type { PaceRange, PaceZone } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import { isUltra } from './ultra.js';
import { predictRaceSeconds, riegelPredictSeconds, vdotFromRace, velocityAtVo2 } from './vdot.js';

/**
 * Pace ranges (sec/km) for every zone.
 * @example const t: TrainingPaces = trainingPaces(50, 42.195); t.T // { fast: 252, slow: 258 }
 */
export type TrainingPaces = Record<PaceZone, PaceRange>;

/** Seconds per km at a fraction of VDOT (the %VO2max of a Daniels intensity). */
function paceAtFraction(vdot: number, fraction: number): number {
  return 60_000 / velocityAtVo2(vdot * fraction);
}

/**
 * Daniels' training intensities derived from VDOT (Daniels' Running Formula, 4th ed., table 5.2), solved from
 * the oxygen-cost equation at each intensity's fraction of VDOT:
 * - E (easy / long): 62–70 % (matches the table's E range, e.g. VDOT 50 → 5:07–5:38 /km)
 * - M: predicted marathon pace ± 4 s
 * - T (threshold): 88 % ± 3 s (VDOT 50 → 4:15 /km)
 * - I (interval): 97.5 % ± 3 s (VDOT 50 → 3:55 /km)
 * - R (repetition): I pace minus 6 s per 400 m (Daniels' rule of thumb) ± 3 s
 * - recovery: slower than E (57–62 %)
 * - race: predicted pace for the goal distance ± 3 s
 * @example formatPace(trainingPaces(50, 21.0975).T.fast, 'km') // '4:12 /km'
 */
export function trainingPaces(vdot: number, goalDistanceKm: number): TrainingPaces {
  const m = predictRaceSeconds(vdot, 42.195) / 42.195;
  const t = paceAtFraction(vdot, 0.88);
  const i = paceAtFraction(vdot, 0.975);
  const r = i - 15;
  const race = predictRaceSeconds(vdot, goalDistanceKm) / goalDistanceKm;
  const eFast = paceAtFraction(vdot, 0.7);
  const eSlow = paceAtFraction(vdot, 0.62);
  const round = (x: number) => Math.round(x);
  return {
    recovery: { fast: round(eSlow), slow: round(paceAtFraction(vdot, 0.57)) },
    E: { fast: round(eFast), slow: round(eSlow) },
    M: { fast: round(m - 4), slow: round(m + 4) },
    T: { fast: round(t - 3), slow: round(t + 3) },
    I: { fast: round(i - 3), slow: round(i + 3) },
    R: { fast: round(r - 3), slow: round(r + 3) },
    race: { fast: round(race - 3), slow: round(race + 3) },
  };
}

/** VDOT range the planner trusts; outside it the formulas (and the runner's input) are doubtful.
 * @example VDOT_RANGE.min // 20
 */
export const VDOT_RANGE = { min: 20, max: 85 } as const;

/**
 * A conservative VDOT guess for runners without a recent race: base by experience (beginner 30 ≈ 31 min 5K,
 * intermediate 37, advanced 43), + up to 5 for weekly volume, + up to 2 for years running, −0.25 per year of
 * age past 35, ×0.9 for women (typical VO2max difference), ×0.95 for 'other'. Underestimating is the safe
 * error: paces that are too slow never injure anyone.
 * @example estimateVdot({ ...input, experience: 'beginner', weeklyVolumeKm: 0 }) // ≈ 30
 */
export function estimateVdot(input: PlannerInput): number {
  const base = { beginner: 30, intermediate: 37, advanced: 43 }[input.experience];
  let v = base + (Math.min(input.weeklyVolumeKm, 100) / 100) * 5 + Math.min(input.yearsRunning, 10) * 0.2;
  v -= Math.min(Math.max(0, input.age - 35) * 0.25, 12);
  if (input.gender === 'female') v *= 0.9;
  else if (input.gender === 'other') v *= 0.95;
  return Math.min(Math.max(v, 22), 60);
}

/**
 * Result of {@link resolveVdot}.
 * @example const r: ResolvedVdot = { vdot: 50, source: 'race' };
 */
export interface ResolvedVdot {
  vdot: number;
  source: 'race' | 'estimate';
}

/**
 * VDOT from the recent race when there is one (clamped to {@link VDOT_RANGE}; a race older than three months
 * loses 0.5 VDOT per further month, at most 5, because fitness decays), otherwise {@link estimateVdot}.
 * Rounded to 0.1 so a stored plan and a re-check agree exactly.
 * @example resolveVdot({ ...input, recentRace: { distanceKm: 5, timeSeconds: 1197 } }) // { vdot: 50, source: 'race' }
 */
export function resolveVdot(input: PlannerInput): ResolvedVdot {
  const r = input.recentRace;
  if (!r) return { vdot: Math.round(estimateVdot(input) * 10) / 10, source: 'estimate' };
  let v = vdotFromRace(r.distanceKm, r.timeSeconds);
  if (r.date) {
    const months = (toDayNumber(input.today) - toDayNumber(r.date)) / 30.44;
    v -= Math.min(Math.max(0, months - 3) * 0.5, 5);
  }
  v = Math.min(Math.max(v, VDOT_RANGE.min), VDOT_RANGE.max);
  return { vdot: Math.round(v * 10) / 10, source: 'race' };
}

/**
 * Goal-race predictions: VDOT-based and, with a recent race, Riegel's.
 * @example predictGoal(input, 50) // { vdotSeconds: 11449, riegelSeconds: 11560 }
 */
export function predictGoal(
  input: PlannerInput,
  vdot: number,
): { vdotSeconds: number; riegelSeconds?: number } {
  const vdotSeconds = Math.round(predictRaceSeconds(vdot, input.goalDistanceKm));
  const r = input.recentRace;
  if (!r) return { vdotSeconds };
  return {
    vdotSeconds,
    riegelSeconds: Math.round(riegelPredictSeconds(r.timeSeconds, r.distanceKm, input.goalDistanceKm)),
  };
}

/**
 * The paces a plan uses: Daniels' zones, with the race zone at E effort for ultras and "finish comfortably"
 * goals (no VDOT extrapolation past the marathon, no time goal). Builder and checker share it.
 * @example planPaces({ ...input, goalDistanceKm: 100 }, 50).race // equals .E
 */
export function planPaces(input: PlannerInput, vdot: number): TrainingPaces {
  const ultra = isUltra(input.goalDistanceKm);
  const paces = trainingPaces(vdot, ultra ? 42.195 : input.goalDistanceKm);
  if (ultra || input.goalMode === 'finish') return { ...paces, race: { ...paces.E } };
  return paces;
}
