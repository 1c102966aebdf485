import {
  buildPlan,
  checkPlan,
  fromDayNumber,
  type Plan,
  type PlannerInput,
  plannerInputSchema,
  toDayNumber,
  type Violation,
} from '../planner/index.js';
import { type RunnerProfile, toPlannerInput } from '../profile/index.js';
import type { ReplanTrigger } from './tracking-rules.js';

/** After sickness or injury the rebuilt plan starts from this share of the recent volume. */
export const HEALTH_VOLUME_FACTOR = 0.75;

/** Result of {@link buildReplan}. */
export type ReplanResult =
  | { ok: true; input: PlannerInput; plan: Plan; violations: Violation[] }
  | { ok: false; reason: 'race-passed' | 'invalid-input'; message: string };

/**
 * Rebuilds the remaining weeks with the plan engine from the runner's actual recent volume: the profile's
 * answers, but `weeklyVolumeKm` = what they really ran per week lately (× {@link HEALTH_VOLUME_FACTOR}
 * after sickness or injury). The new plan starts today (`startToday`) or tomorrow when today's workout is
 * already done or cancelled. Returns the rule checker's violations with the plan (the caller stores it
 * only when there are none). Pure.
 *
 * @example
 * const r = buildReplan({ profile, today: '2027-03-03', recentWeeklyKm: 22, trigger, startToday: true });
 * if (r.ok && r.violations.length === 0) save(r.plan);
 */
export function buildReplan(args: {
  profile: RunnerProfile;
  today: string;
  recentWeeklyKm: number;
  trigger: ReplanTrigger;
  startToday: boolean;
  /** Runs really done lately (see `loadRunHistory`): re-plans obey the spike rule against them too. */
  history?: { date: string; distanceKm: number; source?: string }[];
}): ReplanResult {
  // buildPlan's first workout is the day after its `today`.
  const planToday = args.startToday ? fromDayNumber(toDayNumber(args.today) - 1) : args.today;
  if (args.profile.raceDate <= args.today)
    return { ok: false, reason: 'race-passed', message: 'your race date has passed' };
  const factor = args.trigger.kind === 'health' ? HEALTH_VOLUME_FACTOR : 1;
  const volume = Math.min(250, Math.max(0, Math.round(args.recentWeeklyKm * factor * 10) / 10));
  const base = toPlannerInput(args.profile, planToday);
  // The plan's "today" may be yesterday (a new plan starting today): runs after it are not history yet.
  const history = (args.history ?? []).filter((r) => r.date <= planToday);
  const parsed = plannerInputSchema.safeParse({ ...base, weeklyVolumeKm: volume, history });
  if (!parsed.success)
    return { ok: false, reason: 'invalid-input', message: parsed.error.message.slice(0, 300) };
  const plan = buildPlan(parsed.data);
  return { ok: true, input: parsed.data, plan, violations: checkPlan(plan, parsed.data) };
}
