/**
 * The feasibility gate: before any plan, is the goal reachable safely? Two tests, both honest:
 * 1. Lead time and base by distance and experience, from published beginner plans (5K ≈ 6–8 weeks from zero,
 *    10K 8–10, half ≈ 12 from ≈ 15 km/week, marathon 16–20 from ≈ 25–30 km/week with a ≈ 10 km long run).
 *    Below the base, the weeks to reach it at ≤ 10 % a week with cutbacks are added; above it, every 10 %
 *    of extra base saves a week.
 * 2. The plan the engine would build must prepare: its longest run reaches {@link requiredLongRunKm} (a
 *    marathon 28 km or ≈ 3 h at easy effort, by 3 weeks out). The engine grows runs only as the spike rule
 *    allows, so this is where "too soon" shows for runners with a short longest run.
 * An infeasible goal gets no plan and no prediction: a reason and 2–3 options (the earliest date that works,
 * a shorter distance on the same date, "finish comfortably" with run/walk where that is safe).
 */
import { buildPlan } from './build-plan.js';
import { fromDayNumber, toDayNumber } from './dates.js';
import { REQUIRED_LONG_RUN_BY_DAYS, readinessLongRunKm } from './long-run.js';
import type { Plan } from './plan-schema.js';
import { msg, type TextParts } from './plan-texts.js';
import { MAX_LEAD_DAYS, type PlannerInput } from './planner-input.js';
import { cutbackEvery, RAMP_MAX_FRACTION } from './rules.js';
import { startLongestKm, volumeReferenceKm } from './spike-rule.js';
import { isUltra } from './ultra.js';
import { formatDistance } from './units.js';

/**
 * One way to make an infeasible goal feasible; applying it to the profile gives a feasible goal. `label` is
 * the English text (CLI), `labelText` its catalog descriptor for the runner's language.
 * @example const o: FeasibilityOption = { kind: 'later-date', raceDate: '2026-09-20', label: 'Race on 2026-09-20',
 *   labelText: [{ id: 'planner-option-date', args: { raceDate: '2026-09-20' } }] };
 */
export type FeasibilityOption = { label: string; labelText: TextParts } & (
  | { kind: 'later-date'; raceDate: string }
  | { kind: 'shorter-distance'; goalDistanceKm: number }
  | { kind: 'finish'; goalMode: 'finish' }
);

/**
 * The gate's answer (`reasonText`: the reason's catalog descriptor).
 * @example const f: Feasibility = { feasible: false, reason: '…', reasonText: [{ id: 'planner-gate-lead' }], options: [] };
 */
export type Feasibility =
  | { feasible: true }
  | { feasible: false; reason: string; reasonText: TextParts; options: FeasibilityOption[] };

/**
 * A plan, or the gate's refusal (never both: an infeasible goal gets no plan and no prediction).
 * @example const r: PlanOrGate = planOrGate(input); if (!r.infeasible) r.plan.weeks
 */
export type PlanOrGate =
  | { infeasible: false; plan: Plan }
  | { infeasible: true; reason: string; reasonText: TextParts; options: FeasibilityOption[] };

interface Requirement {
  /** Weekly km the published plans start from. */
  baseKm: number;
  /** Weeks those plans take from that base: beginner, intermediate, advanced. */
  weeks: readonly [number, number, number];
  /** What the published plans describe, for the reason text. */
  guide: string;
  /** The guide's selector in `planner-gate-guide`. */
  guideKind: string;
}

/**
 * The lead-time table by goal distance (see the module comment for the sources).
 * @example leadRequirement(42.195).baseKm // 25
 */
export function leadRequirement(goalDistanceKm: number): Requirement {
  if (goalDistanceKm <= 6)
    return { baseKm: 0, weeks: [8, 6, 6], guide: 'a 5K takes about 6–8 weeks from zero', guideKind: 'k5' };
  if (goalDistanceKm <= 12)
    return {
      baseKm: 0,
      weeks: [10, 8, 8],
      guide: 'a 10K takes about 8–10 weeks from zero',
      guideKind: 'k10',
    };
  if (goalDistanceKm <= 25)
    return {
      baseKm: 15,
      weeks: [12, 12, 10],
      guide: 'a half marathon takes about 12 weeks from about 15 km a week',
      guideKind: 'half',
    };
  if (!isUltra(goalDistanceKm))
    return {
      baseKm: 25,
      weeks: [18, 16, 16],
      guide: 'a marathon takes 16–20 weeks from 25–30 km a week with a long run of about 10 km',
      guideKind: 'marathon',
    };
  if (goalDistanceKm <= 60)
    return {
      baseKm: 40,
      weeks: [24, 20, 16],
      guide: 'an ultra up to 60 km takes 16–24 weeks from 40 km a week',
      guideKind: 'ultra60',
    };
  return {
    baseKm: 55,
    weeks: [28, 24, 20],
    guide: 'a long ultra takes 20–28 weeks from 55 km a week',
    guideKind: 'ultra',
  };
}

/**
 * Weeks of lead time the goal needs for this runner: the table's weeks, plus the weeks to reach the base at
 * ≤ 10 % a week with a cutback every `cutbackEvery` weeks, minus a week per 10 % above the base.
 * @example minimumLeadWeeks({ ...input, goalDistanceKm: 42.195, weeklyVolumeKm: 25, experience: 'intermediate' }) // 16
 */
export function minimumLeadWeeks(input: PlannerInput): number {
  const req = leadRequirement(input.goalDistanceKm);
  const i = input.experience === 'beginner' ? 0 : input.experience === 'intermediate' ? 1 : 2;
  const ref = volumeReferenceKm(input);
  // From-zero plans (5K, 10K) credit a runner who already runs more than a couch-to-5K graduate (≈ 10 km).
  const base = req.baseKm > 0 ? req.baseKm : 10;
  const steps = Math.log(ref / base) / Math.log(1 + RAMP_MAX_FRACTION);
  if (steps >= 0) return Math.max(0, req.weeks[i] - Math.floor(steps));
  if (req.baseKm === 0) return req.weeks[i];
  const cycle = cutbackEvery(input);
  // Cutback weeks and the returns after them do not grow (Nielsen 2014: back to the pre-cutback level first).
  return req.weeks[i] + Math.ceil((-steps * cycle) / (cycle - 2));
}

/**
 * The longest run done or scheduled by the deadline (3 weeks out for marathons and longer, 1 week otherwise),
 * and the distance it must reach there.
 * @example longRunReadiness(plan, input) // { longestKm: 28, requiredKm: 28 }
 */
export function longRunReadiness(plan: Plan, input: PlannerInput): { longestKm: number; requiredKm: number } {
  const race = toDayNumber(input.raceDate);
  const byDay = race - (input.goalDistanceKm >= 30 ? REQUIRED_LONG_RUN_BY_DAYS : 7);
  // What the runner has already run counts (history, their answer, else the conservative estimate).
  let longestKm = startLongestKm(input);
  for (const week of plan.weeks) {
    for (const w of week.workouts) {
      if (w.type !== 'race' && w.distanceKm !== undefined && toDayNumber(w.date) <= byDay) {
        longestKm = Math.max(longestKm, w.distanceKm);
      }
    }
  }
  return { longestKm, requiredKm: readinessLongRunKm(input, plan.paces.E.slow) };
}

/**
 * The readiness distance: {@link requiredLongRunKm} for half marathons and up; half the distance (or 30/45 min
 * at easy pace) for a 5K/10K — couch-to-5K graduates run 30 minutes before their first 5K. A "finish
 * comfortably" goal with run/walk counts time on feet at run/walk pace (a minute per km slower).
 */

const EPS = 0.05;

/**
 * The gate's verdict without the options (one plan build): the plan when feasible, else only the reason.
 * @example const v = feasibilityVerdict(input); if (v.ok) v.plan.weeks
 */
export function feasibilityVerdict(
  input: PlannerInput,
): { ok: true; plan: Plan } | { ok: false; reason: string; reasonText: TextParts } {
  const lead = (toDayNumber(input.raceDate) - toDayNumber(input.today)) / 7;
  const need = minimumLeadWeeks(input);
  const race = distanceName(input.goalDistanceKm);
  if (lead < need) {
    const req = leadRequirement(input.goalDistanceKm);
    return {
      ok: false,
      reason: `${capitalise(req.guide)}. From ${formatDistance(input.weeklyVolumeKm, input.units)} a week you need about ${need} weeks to be ready for the ${race} safely; there are ${Math.floor(lead)}.`,
      reasonText: msg('planner-gate-lead', {
        guide: req.guideKind,
        weeklyKm: input.weeklyVolumeKm,
        need,
        lead: Math.floor(lead),
        ...distanceArgs(input.goalDistanceKm),
      }),
    };
  }
  const plan = buildPlan(input);
  const { longestKm, requiredKm } = longRunReadiness(plan, input);
  if (longestKm + EPS < requiredKm) {
    const by = input.goalDistanceKm >= 30 ? '3 weeks before the race' : 'the last week before the race';
    return {
      ok: false,
      reason: `Before the ${race} your long run has to reach about ${formatDistance(requiredKm, input.units)} by ${by}. Growing it safely (no run more than 10 % longer than your longest of the last 30 days) gets you to ${formatDistance(longestKm, input.units)} by then.`,
      reasonText: msg('planner-gate-long-run', {
        requiredKm,
        longestKm,
        by: input.goalDistanceKm >= 30 ? 'three-weeks' : 'last-week',
        ...distanceArgs(input.goalDistanceKm),
      }),
    };
  }
  return { ok: true, plan };
}

/**
 * Plans a goal through the gate: the plan when the goal is feasible; otherwise no plan (and so no prediction),
 * an honest reason and 2–3 options that each make it feasible.
 * @example
 * const r = planOrGate(input);
 * if (r.infeasible) reply(r.reason, r.options); else store(r.plan);
 */
export function planOrGate(input: PlannerInput): PlanOrGate {
  const verdict = feasibilityVerdict(input);
  if (verdict.ok) return { infeasible: false, plan: verdict.plan };
  return {
    infeasible: true,
    reason: verdict.reason,
    reasonText: verdict.reasonText,
    options: feasibilityOptions(input),
  };
}

/**
 * The gate without the plan (see {@link planOrGate}).
 * @example assessFeasibility(input).feasible // false for a marathon 3 weeks out from 0 km/week
 */
export function assessFeasibility(input: PlannerInput): Feasibility {
  const r = planOrGate(input);
  return r.infeasible
    ? { feasible: false, reason: r.reason, reasonText: r.reasonText, options: r.options }
    : { feasible: true };
}

const STANDARD_DISTANCES = [42.195, 21.0975, 10, 5] as const;

/**
 * Options that each make the goal feasible, most useful first: the earliest race date that works (if any
 * within two years), the longest standard shorter distance that works on the same date, and "finish
 * comfortably" with run/walk (never for ultras, and only if that plan prepares too).
 * @example feasibilityOptions(input).map((o) => o.kind) // ['later-date', 'shorter-distance', 'finish']
 */
export function feasibilityOptions(input: PlannerInput): FeasibilityOption[] {
  const options: FeasibilityOption[] = [];
  const date = earliestFeasibleDate(input);
  if (date) {
    options.push({
      kind: 'later-date',
      raceDate: date,
      label: `Race on ${date} instead`,
      labelText: msg('planner-option-date', { raceDate: date }),
    });
  }
  for (const km of STANDARD_DISTANCES) {
    if (km >= input.goalDistanceKm - EPS) continue;
    if (feasibilityVerdict({ ...input, goalDistanceKm: km, goalMode: 'time' }).ok) {
      options.push({
        kind: 'shorter-distance',
        goalDistanceKm: km,
        label: `Run a ${distanceName(km)} on the same date`,
        labelText: msg('planner-option-distance', distanceArgs(km)),
      });
      break;
    }
  }
  if (
    input.goalMode !== 'finish' &&
    !isUltra(input.goalDistanceKm) &&
    feasibilityVerdict({ ...input, goalMode: 'finish' }).ok
  ) {
    options.push({
      kind: 'finish',
      goalMode: 'finish',
      label: 'Aim to finish comfortably, with walk breaks',
      labelText: msg('planner-option-finish'),
    });
  }
  return options;
}

/**
 * The earliest race date (whole weeks later, same weekday) within two years of `today` at which the goal is
 * feasible, or `undefined`. Binary search over the weeks (more time never makes a goal less feasible, except
 * through the maintenance block, so the answer is verified).
 * @example earliestFeasibleDate(input) // '2026-09-20'
 */
export function earliestFeasibleDate(input: PlannerInput): string | undefined {
  const today = toDayNumber(input.today);
  const race = toDayNumber(input.raceDate);
  const maxWeeks = Math.floor((today + MAX_LEAD_DAYS - race) / 7);
  const at = (k: number) => ({ ...input, raceDate: fromDayNumber(race + 7 * k) });
  const need = minimumLeadWeeks(input);
  let lo = Math.max(1, Math.ceil(need - (race - today) / 7));
  if (lo > maxWeeks) return undefined;
  let hi = maxWeeks;
  if (!feasibilityVerdict(at(hi)).ok) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (feasibilityVerdict(at(mid)).ok) hi = mid;
    else lo = mid + 1;
  }
  return fromDayNumber(race + 7 * lo);
}

function distanceName(km: number): string {
  if (Math.abs(km - 42.195) < 0.1) return 'marathon';
  if (Math.abs(km - 21.0975) < 0.1) return 'half marathon';
  if (Math.abs(km - 10) < 0.01) return '10K';
  if (Math.abs(km - 5) < 0.01) return '5K';
  return `${Math.round(km * 10) / 10} km race`;
}

/**
 * The arguments of `planner-gate-distance` (the descriptor twin of `distanceName`): `goalKmValue` is a plain
 * number (not a distance in the runner's units), as the English text writes it.
 */
function distanceArgs(km: number): Record<string, string | number> {
  const kind =
    Math.abs(km - 42.195) < 0.1
      ? 'marathon'
      : Math.abs(km - 21.0975) < 0.1
        ? 'half'
        : Math.abs(km - 10) < 0.01
          ? 'k10'
          : Math.abs(km - 5) < 0.01
            ? 'k5'
            : 'other';
  return { distance: kind, goalKmValue: Math.round(km * 10) / 10 };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
