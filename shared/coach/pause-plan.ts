import type { Locale } from '../i18n/index.js';
import { fromDayNumber, type Plan, type PlannerInput, toDayNumber } from '../planner/index.js';
import type { RunnerProfile } from '../profile/index.js';
import { lightenDays } from './plan-edits.js';
import { previewGoalPlan } from './preview-goal-plan.js';

/** Longest pause /pause accepts, in days. @example MAX_PAUSE_DAYS // 28 */
export const MAX_PAUSE_DAYS = 28;

/**
 * The plan after a pause of `days` from `today`: rebuilt by the rule engine from the day back to the
 * race (nothing is planned during the pause, so no reminders either); after an illness the first week
 * back keeps only easy runs at 60 % distance. Refused (with the reason) when the race comes too soon
 * after the return or the rebuilt plan breaks a rule. Pure.
 *
 * @example
 * pausePlan(profile, '2027-03-03', 7, { illness: true, note: 'Lighter week after illness.' });
 * // { ok: true, back: '2027-03-10', plan, input }
 */
export function pausePlan(
  profile: RunnerProfile,
  today: string,
  days: number,
  opts: { illness: boolean; note: string; locale?: Locale },
): { ok: true; back: string; plan: Plan; input: PlannerInput } | { ok: false; reason: string } {
  const back = fromDayNumber(toDayNumber(today) + days);
  // A refusal's reason is shown to the runner: in their language.
  const built = previewGoalPlan(profile, back, opts.locale ?? 'en', { gate: false });
  if (!built.ok) return built;
  if (!opts.illness) return { ok: true, back, plan: built.plan, input: built.input };
  const plan = lightenDays(built.plan, {
    from: back,
    to: fromDayNumber(toDayNumber(back) + 6),
    factor: 0.6,
    easyOnly: true,
    units: profile.units,
    note: opts.note,
  });
  return { ok: true, back, plan, input: built.input };
}
