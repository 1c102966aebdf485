import { mondayOf } from './dates.js';
import type { Phase } from './plan-schema.js';
import type { PlannerInput } from './planner-input.js';
import {
  BUILDER_LONG_SHARE_MARGIN,
  cutbackEvery,
  longRunShareCap,
  MAX_KM_PER_TRAINING_DAY,
  maxBlockWeeks,
  peakVolumeGoalKm,
} from './rules.js';
import { volumeReferenceKm } from './spike-rule.js';
import { taperDays } from './taper.js';

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

/**
 * Rounds down to 0.1 km under 10 km and to 0.5 km above (tiny volumes still grow by 10 %).
 * @example floorKm(4.44) // 4.4
 * @example floorKm(12.9) // 12.5
 */
export function floorKm(km: number): number {
  return km < 10 ? Math.floor(km * 10 + 1e-9) / 10 : floorHalf(km);
}

/** Rounds down to 0.5 km (never rounds a cap upwards). @example floorHalf(6.9) // 6.5 */
export function floorHalf(km: number): number {
  return Math.floor(km * 2 + 1e-9) / 2;
}

/**
 * Volume levels of a runner: where the plan starts (the ramp reference, at most what the training days carry)
 * and the most it aims for — at least enough for the long run the goal needs (`requiredLongKm`) to fit the
 * builder's long-run share of a week. Without that, a 5-day beginner's half marathon peaked at 35 km with
 * 10.5 km long runs and could never reach the 13–14 km the gate asks for, whatever the lead time.
 * @example volumeLevels(input, 14) // { baselineKm: 30, peakKm: 50 }
 */
export function volumeLevels(
  input: PlannerInput,
  requiredLongKm = 0,
): { baselineKm: number; peakKm: number } {
  const days = input.trainingDays.length;
  const cap = days * MAX_KM_PER_TRAINING_DAY;
  const baselineKm = Math.min(volumeReferenceKm(input), cap);
  const share = longRunShareCap(days, input.goalDistanceKm) - BUILDER_LONG_SHARE_MARGIN;
  const forLongRun = Math.ceil(requiredLongKm / share);
  const peakKm = Math.min(
    Math.max(peakVolumeGoalKm(input.goalDistanceKm, input.experience), baselineKm, forLongRun),
    cap,
  );
  return { baselineKm, peakKm };
}

/**
 * How the weeks between the first plan day and race day split into phases:
 * [maintenance base…][base][build][peak][taper…][race week]. Taper weeks are those holding a day of the
 * taper, counted back from race day (see `taperDays`), so a midweek race tapers as much as a Sunday one.
 * The periodised block is capped (see `maxBlockWeeks`); longer lead times start with a maintenance base.
 * @example phaseLayout(input, startDay, raceDay) // { total: 16, maintenance: 0, base: 6, build: 4, peak: 3, taper: 2 }
 */
export function phaseLayout(
  input: PlannerInput,
  startDay: number,
  raceDay: number,
): { total: number; maintenance: number; base: number; build: number; peak: number; taper: number } {
  const first = mondayOf(startDay);
  const total = (mondayOf(raceDay) - first) / 7 + 1;
  const taperStart = raceDay - taperDays(input.goalDistanceKm);
  let taper = 0;
  for (let i = total - 2; i >= 0 && first + i * 7 + 6 >= taperStart; i--) taper++;
  const pre = total - 1 - taper;
  const maintenance = Math.max(0, pre - maxBlockWeeks(input.goalDistanceKm));
  const block = pre - maintenance;
  const base = Math.ceil(block * 0.4);
  const peak = Math.floor(block * 0.25);
  return { total, maintenance, base, build: block - base - peak, peak, taper };
}

/**
 * The week skeletons (phase, maintenance, cutback) before volumes are set; the builder sets each week's
 * target from what the previous weeks really scheduled.
 * @example planWeekSpecs(input, startDay, raceDay).map((w) => w.phase) // ['base', 'base', …, 'taper', 'race']
 */
export function planWeekSpecs(input: PlannerInput, startDay: number, raceDay: number): WeekSpec[] {
  const layout = phaseLayout(input, startDay, raceDay);
  const firstMonday = mondayOf(startDay);
  const cycle = cutbackEvery(input);
  const pre = layout.total - 1 - layout.taper;
  const specs: WeekSpec[] = [];
  for (let i = 0; i < layout.total; i++) {
    const maintenance = i < layout.maintenance;
    const j = i - layout.maintenance;
    const phase: Phase =
      i === layout.total - 1
        ? 'race'
        : i >= pre
          ? 'taper'
          : maintenance || j < layout.base
            ? 'base'
            : j < layout.base + layout.build
              ? 'build'
              : 'peak';
    specs.push({
      index: i + 1,
      monday: firstMonday + i * 7,
      phase,
      maintenance,
      cutback: i < pre && i > 0 && (i + 1) % cycle === 0,
      targetKm: 0,
    });
  }
  return specs;
}
