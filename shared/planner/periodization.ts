import { mondayOf } from './dates.js';
import type { Phase } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import {
  BUILDER_CUTBACK_FACTOR,
  BUILDER_RAMP_ABS_KM,
  BUILDER_RAMP_FRACTION,
  cutbackEvery,
  MAX_KM_PER_TRAINING_DAY,
  maxBlockWeeks,
  peakVolumeGoalKm,
  RACE_WEEK_FACTOR,
  starterFloorKm,
  taperFactors,
  taperWeeks,
} from './rules.js';

/**
 * The skeleton of one plan week before workouts are placed.
 * @example const s: WeekSpec = { index: 1, monday: 20094, phase: 'base', maintenance: false, cutback: false, targetKm: 30 };
 */
export interface WeekSpec {
  index: number;
  monday: number;
  phase: Phase;
  maintenance: boolean;
  cutback: boolean;
  targetKm: number;
}

/** Rounds down to 0.5 km (never rounds a cap upwards). @example floorHalf(6.9) // 6.5 */
export function floorHalf(km: number): number {
  return Math.floor(km * 2 + 1e-9) / 2;
}

/**
 * Volume levels of a runner: where the plan starts and the most it aims for.
 * @example volumeLevels(input) // { baselineKm: 30, peakKm: 50 }
 */
export function volumeLevels(input: PlannerInput): { baselineKm: number; peakKm: number } {
  const days = input.trainingDays.length;
  const cap = days * MAX_KM_PER_TRAINING_DAY;
  const baselineKm = Math.min(Math.max(input.weeklyVolumeKm, starterFloorKm(days)), cap);
  const peakKm = Math.min(
    Math.max(peakVolumeGoalKm(input.goalDistanceKm, input.experience), baselineKm),
    cap,
  );
  return { baselineKm, peakKm };
}

/**
 * How the weeks between the first plan day and race day split into phases:
 * [maintenance base…][base][build][peak][taper…][race week]. The periodised block is capped
 * (see `maxBlockWeeks`); short lead times drop base/build/peak first, then taper weeks.
 * @example phaseLayout(input, startDay, raceDay) // { total: 16, maintenance: 0, base: 6, build: 4, peak: 3, taper: 2 }
 */
export function phaseLayout(
  input: PlannerInput,
  startDay: number,
  raceDay: number,
): { total: number; maintenance: number; base: number; build: number; peak: number; taper: number } {
  const total = (mondayOf(raceDay) - mondayOf(startDay)) / 7 + 1;
  const taper = Math.min(taperWeeks(input.goalDistanceKm), total - 1);
  const pre = total - 1 - taper;
  const maintenance = Math.max(0, pre - maxBlockWeeks(input.goalDistanceKm));
  const block = pre - maintenance;
  const base = Math.ceil(block * 0.4);
  const peak = Math.floor(block * 0.25);
  return { total, maintenance, base, build: block - base - peak, peak, taper };
}

/**
 * Builds the week skeletons with their target volumes: start at the baseline, grow 8 % (or 2.5 km) a week up
 * to the peak target, cut back ~20 % every 3rd/4th week, then taper relative to the highest week.
 * @example planWeekSpecs(input, startDay, raceDay).map((w) => w.targetKm) // [30, 32.5, 35, 28, 37.5, …]
 */
export function planWeekSpecs(input: PlannerInput, startDay: number, raceDay: number): WeekSpec[] {
  const layout = phaseLayout(input, startDay, raceDay);
  const { baselineKm, peakKm } = volumeLevels(input);
  const firstMonday = mondayOf(startDay);
  const cycle = cutbackEvery(input);
  const pre = layout.total - 1 - layout.taper;
  const specs: WeekSpec[] = [];
  let ref = 0;
  let top = floorHalf(baselineKm);
  for (let i = 0; i < pre; i++) {
    const maintenance = i < layout.maintenance;
    const j = i - layout.maintenance;
    const phase: Phase =
      maintenance || j < layout.base ? 'base' : j < layout.base + layout.build ? 'build' : 'peak';
    const ceiling = maintenance ? Math.max(Math.min(baselineKm, peakKm), 0.75 * peakKm) : peakKm;
    const cutback = (i + 1) % cycle === 0;
    let targetKm: number;
    if (i === 0) {
      targetKm = floorHalf(baselineKm);
      ref = targetKm;
    } else if (cutback) {
      targetKm = floorHalf(ref * BUILDER_CUTBACK_FACTOR);
    } else {
      targetKm = floorHalf(
        Math.min(ceiling, ref + Math.max(ref * BUILDER_RAMP_FRACTION, BUILDER_RAMP_ABS_KM)),
      );
      // Never drop below the reference on a normal week unless the ceiling says so (maintenance → block).
      ref = targetKm;
    }
    if (!cutback || i === 0) top = Math.max(top, targetKm);
    specs.push({
      index: i + 1,
      monday: firstMonday + i * 7,
      phase,
      maintenance,
      cutback: cutback && i > 0,
      targetKm,
    });
  }
  const factors = taperFactors(taperWeeks(input.goalDistanceKm)).slice(-layout.taper);
  for (let k = 0; k < layout.taper; k++) {
    const i = pre + k;
    specs.push({
      index: i + 1,
      monday: firstMonday + i * 7,
      phase: 'taper',
      maintenance: false,
      cutback: false,
      targetKm: floorHalf(top * factors[k]!),
    });
  }
  const last = layout.total - 1;
  specs.push({
    index: last + 1,
    monday: firstMonday + last * 7,
    phase: 'race',
    maintenance: false,
    cutback: false,
    targetKm: floorHalf(top * RACE_WEEK_FACTOR),
  });
  return specs;
}
