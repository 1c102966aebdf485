import { fromDayNumber, toDayNumber } from './dates.js';
import { isMarathonGoal, longRunCapKm, readinessLongRunKm } from './long-run.js';
import { floorKm, phaseLayout, planWeekSpecs, volumeLevels } from './periodization.js';
import type { Plan, Week } from './plan-schema.js';
import { msg, raceNameArgs, type TextParts } from './plan-texts.js';
import { type PlannerInput, plannerInputSchema } from './planner-input.js';
import {
  BUILDER_CUTBACK_FACTOR,
  BUILDER_LONG_SHARE_MARGIN,
  isCompleteBeginner,
  longRunShareCap,
  NOVICE_FROM_ZERO_KM,
  RAMP_MAX_FRACTION,
} from './rules.js';
import { SpikeWindow, startLongestKm, volumeReferenceKm } from './spike-rule.js';
import { planPaces, predictGoal, resolveVdot } from './training-paces.js';
import { isUltra } from './ultra.js';
import { buildWeek, type WeekEnv } from './week-builder.js';
import { raceName } from './workout-factory.js';

export { longRunCapKm };

/**
 * Builds the deterministic training plan. Pure and synchronous; throws a ZodError for invalid input
 * (callers validate user input first — an invalid input here is a programming error). It does not judge
 * feasibility: callers ask `assessFeasibility` first and build only feasible goals.
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
  const paces = planPaces(input, vdot);
  const ultra = isUltra(input.goalDistanceKm);
  const finish = input.goalMode === 'finish';
  const prediction = ultra || finish ? undefined : predictGoal(input, vdot);
  const days = [...input.trainingDays].sort((a, b) => a - b);
  const shareCap = longRunShareCap(days.length, input.goalDistanceKm);
  const start = startLongestKm(input);

  const env: WeekEnv = {
    input,
    startDay,
    raceDay,
    days,
    completeBeginner: isCompleteBeginner(input),
    longShare: shareCap - BUILDER_LONG_SHARE_MARGIN,
    longShareCap: shareCap,
    longCapKm: longRunCapKm(input, paces.E.slow),
    startLongestKm: start,
    spike: new SpikeWindow(today, start),
    ultra,
    finish,
    marathonPace: isMarathonGoal(input.goalDistanceKm) && !finish,
    noviceFromZero: input.experience === 'beginner' && input.weeklyVolumeKm < NOVICE_FROM_ZERO_KM,
    lastWeekKm: 0,
    topKm: 0,
    taperWindowKm: [],
    ctx: {
      paces,
      units: input.units,
      goalDistanceKm: input.goalDistanceKm,
      ...(prediction ? { predictedSeconds: prediction.vdotSeconds } : {}),
    },
    prevHardDays: [],
    prevLongKm: undefined,
  };

  const { baselineKm, peakKm } = volumeLevels(input, readinessLongRunKm(input, paces.E.slow));
  let ref = baselineKm;
  env.topKm = volumeReferenceKm(input); // until a full week is built, as the checker assumes
  let afterCutback = false;
  let seenFull = false;
  const weeks: Week[] = [];
  for (const spec of planWeekSpecs(input, startDay, raceDay)) {
    const pre = spec.phase === 'base' || spec.phase === 'build' || spec.phase === 'peak';
    const ceiling = spec.maintenance ? Math.max(Math.min(baselineKm, peakKm), 0.75 * peakKm) : peakKm;
    // Nielsen 2014: ≤ 10 % a week; after a cutback, back to the pre-cutback level first.
    if (!pre || spec.index === 1 || afterCutback) spec.targetKm = floorKm(ref);
    else if (spec.cutback) spec.targetKm = floorKm(ref * BUILDER_CUTBACK_FACTOR);
    else spec.targetKm = floorKm(Math.min(ceiling, ref * (1 + RAMP_MAX_FRACTION)));
    if (spec.phase === 'race') {
      // Race week: only the training days before the race share the volume (a midweek race gets less).
      const before = days.filter((d) => spec.monday + d - 1 < raceDay).length;
      spec.targetKm = floorKm((ref * before) / days.length);
    }
    const workouts = buildWeek(spec, env);
    const scheduled = Math.round(env.lastWeekKm * 10) / 10;
    if (pre && !spec.cutback && spec.monday >= startDay) {
      ref = scheduled;
      env.topKm = seenFull ? Math.max(env.topKm, scheduled) : scheduled;
      seenFull = true;
    }
    afterCutback = spec.cutback;
    weeks.push({
      index: spec.index,
      startDate: fromDayNumber(spec.monday),
      endDate: fromDayNumber(spec.monday + 6),
      phase: spec.phase,
      maintenance: spec.maintenance,
      cutback: spec.cutback,
      targetKm: scheduled,
      workouts,
    });
  }

  return {
    version: 1,
    today: input.today,
    raceDate: input.raceDate,
    goalDistanceKm: input.goalDistanceKm,
    units: input.units,
    vdot,
    vdotSource: source,
    paces,
    ...(prediction ? { prediction } : {}),
    ...planWarnings(input, startDay, raceDay, weeks),
    weeks,
  };
}

/**
 * Honest notes: short lead time, a long run that is a big share of a small week, ultras and run/walk goals;
 * in English and as catalog descriptors (same order).
 */
function planWarnings(
  input: PlannerInput,
  startDay: number,
  raceDay: number,
  weeks: Week[],
): { warnings: string[]; warningTexts: TextParts[] } {
  const warnings: string[] = [];
  const warningTexts: TextParts[] = [];
  const layout = phaseLayout(input, startDay, raceDay);
  const buildWeeks = layout.total - 1 - layout.taper;
  const wanted = input.goalDistanceKm >= 30 ? 12 : input.goalDistanceKm >= 15 ? 8 : 4;
  if (buildWeeks < wanted) {
    warnings.push(
      `Only ${layout.total} week(s) until the ${raceName(input.goalDistanceKm, input.units)}: there is little time to build fitness, so this plan keeps you healthy and arrives fresh rather than adding much volume.`,
    );
    warningTexts.push(
      msg('planner-warn-short', { weeks: layout.total, ...raceNameArgs(input.goalDistanceKm) }),
    );
  }
  const bigShare = weeks.some((w) =>
    w.workouts.some((x) => x.type === 'long' && w.targetKm > 0 && (x.distanceKm ?? 0) > 0.35 * w.targetKm),
  );
  if (bigShare && input.goalDistanceKm >= 30) {
    warnings.push(
      'Your long run is a bigger share of the week than the usual 25–30 %: at your weekly volume that is how the plan prepares you for the distance (capped by time and at 35 km).',
    );
    warningTexts.push(msg('planner-warn-long-share'));
  }
  if (isUltra(input.goalDistanceKm)) {
    warnings.push(
      'Beyond the marathon no formula predicts a finish time honestly: race by time and feel, and use the long runs to practise walking, eating and the terrain.',
    );
    warningTexts.push(msg('planner-warn-ultra'));
  }
  if (input.goalMode === 'finish') {
    warnings.push(
      'Goal: finish comfortably, with walk breaks. No time is predicted and there is no race-pace work.',
    );
    warningTexts.push(msg('planner-warn-finish'));
  }
  return { warnings, warningTexts };
}
