import { fromDayNumber, toDayNumber } from './dates.js';
import { phaseLayout, planWeekSpecs, volumeLevels } from './periodization.js';
import type { Plan, Week } from './plan-schema.js';
import { type PlannerInput, plannerInputSchema } from './planner-input.js';
import {
  BUILDER_LONG_SHARE_MARGIN,
  isCompleteBeginner,
  longRunMaxKm,
  longRunMaxMinutes,
  longRunShareCap,
  taperWeeks,
} from './rules.js';
import { predictGoal, resolveVdot, trainingPaces } from './training-paces.js';
import { buildWeek, type WeekEnv } from './week-builder.js';
import { raceName } from './workout-factory.js';

/**
 * The long-run cap for this runner: the smaller of the distance cap and the time cap at the slow end of E pace.
 * @example longRunCapKm(input, trainingPaces(45, 42.195)) // 30
 */
export function longRunCapKm(input: PlannerInput, eSlowSecPerKm: number): number {
  const byTime = (longRunMaxMinutes(input.goalDistanceKm) * 60) / eSlowSecPerKm;
  return Math.min(longRunMaxKm(input.goalDistanceKm, input.experience), byTime);
}

/**
 * Builds the deterministic training plan. Pure and synchronous; throws a ZodError for invalid input
 * (callers validate user input first — an invalid input here is a programming error).
 * The first workout is the day after `today`; the last is the race on `raceDate`.
 * @example
 * const plan = buildPlan(input);
 * plan.weeks.at(-1)!.workouts.at(-1)!.type // 'race'
 */
export function buildPlan(rawInput: PlannerInput): Plan {
  const input = plannerInputSchema.parse(rawInput);
  const today = toDayNumber(input.today);
  const raceDay = toDayNumber(input.raceDate);
  const startDay = today + 1;
  const { vdot, source } = resolveVdot(input);
  const paces = trainingPaces(vdot, input.goalDistanceKm);
  const prediction = predictGoal(input, vdot);
  const days = [...input.trainingDays].sort((a, b) => a - b);

  const env: WeekEnv = {
    input,
    startDay,
    raceDay,
    days,
    completeBeginner: isCompleteBeginner(input),
    longShare: longRunShareCap(days.length, input.goalDistanceKm) - BUILDER_LONG_SHARE_MARGIN,
    longCapKm: longRunCapKm(input, paces.E.slow),
    ctx: {
      paces,
      units: input.units,
      goalDistanceKm: input.goalDistanceKm,
      predictedSeconds: prediction.vdotSeconds,
    },
    prevHardDays: [],
    prevLongKm: undefined,
  };

  const weeks: Week[] = planWeekSpecs(input, startDay, raceDay).map((spec) => ({
    index: spec.index,
    startDate: fromDayNumber(spec.monday),
    endDate: fromDayNumber(spec.monday + 6),
    phase: spec.phase,
    maintenance: spec.maintenance,
    cutback: spec.cutback,
    targetKm: spec.targetKm,
    workouts: buildWeek(spec, env),
  }));

  return {
    version: 1,
    today: input.today,
    raceDate: input.raceDate,
    goalDistanceKm: input.goalDistanceKm,
    units: input.units,
    vdot,
    vdotSource: source,
    paces,
    prediction,
    warnings: planWarnings(input, startDay, raceDay),
    weeks,
  };
}

/** Honest notes for plans that cannot be ideal (short lead time, low volume for a long race). */
function planWarnings(input: PlannerInput, startDay: number, raceDay: number): string[] {
  const warnings: string[] = [];
  const layout = phaseLayout(input, startDay, raceDay);
  const buildWeeks = layout.total - 1 - layout.taper;
  const wanted = input.goalDistanceKm >= 30 ? 12 : input.goalDistanceKm >= 15 ? 8 : 4;
  if (buildWeeks < wanted) {
    warnings.push(
      `Only ${layout.total} week(s) until the ${raceName(input.goalDistanceKm, input.units)}: there is little time to build fitness, so this plan keeps you healthy and arrives fresh rather than adding much volume.`,
    );
  }
  if (layout.taper < taperWeeks(input.goalDistanceKm)) {
    warnings.push('The taper is shorter than ideal because race day is close.');
  }
  const { baselineKm } = volumeLevels(input);
  if (input.goalDistanceKm >= 30 && baselineKm < 20 && buildWeeks < 16) {
    warnings.push(
      'A marathon-length race from under 20 km a week needs more than 4 months; consider a shorter race or a run/walk strategy.',
    );
  }
  return warnings;
}
