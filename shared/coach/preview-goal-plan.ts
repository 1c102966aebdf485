import { type Locale, t, translator } from '../i18n/index.js';
import {
  buildPlan,
  checkPlan,
  feasibilityVerdict,
  gateText,
  type Plan,
  type PlannerInput,
  plannerInputSchema,
  type RunEntry,
  toDayNumber,
} from '../planner/index.js';
import { type RunnerProfile, toPlannerInput } from '../profile/index.js';
import { ruleReasons } from './texts.js';

/** Options of {@link previewGoalPlan}. */
export interface PreviewOptions {
  /** The runner's runs of the last weeks (`loadPlannerHistory`), as the plan job reads them. Default: none. */
  readonly history?: readonly RunEntry[];
  /**
   * Refuse a goal the feasibility gate refuses, with its reason, as the plan job would. Default true; a
   * pause turns it off (the runner is away either way; the rebuilt plan still obeys every rule).
   */
  readonly gate?: boolean;
}

/**
 * The plan a profile would get today, as the plan job would build it: a race too close or too far, a goal
 * the feasibility gate refuses, or a plan that breaks a rule, is refused with the reason.
 *
 * @example
 * previewGoalPlan({ ...profile, raceDate: '2027-09-01' }, '2027-03-03'); // { ok: true, plan, input }
 */
export function previewGoalPlan(
  profile: RunnerProfile,
  today: string,
  locale: Locale = 'en',
  options: PreviewOptions = {},
): { ok: true; plan: Plan; input: PlannerInput } | { ok: false; reason: string } {
  const history = options.history?.filter((r) => r.date <= today) ?? [];
  const parsed = plannerInputSchema.safeParse({ ...toPlannerInput(profile, today), history });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason:
        issue?.path[0] === 'raceDate'
          ? t(locale, 'coach-goal-race-date')
          : // English keeps the schema's own sentence; other languages get the catalog's general one.
            locale === 'en'
            ? (issue?.message ?? t(locale, 'coach-goal-invalid'))
            : t(locale, 'coach-goal-invalid'),
    };
  }
  const days = toDayNumber(profile.raceDate) - toDayNumber(today);
  if (days < 14) return { ok: false, reason: t(locale, 'coach-goal-too-soon') };
  let plan: Plan;
  if (options.gate ?? true) {
    const verdict = feasibilityVerdict(parsed.data);
    if (!verdict.ok) {
      const reason = { text: verdict.reason, parts: verdict.reasonText };
      return { ok: false, reason: gateText(reason, translator(locale), parsed.data.units) };
    }
    plan = verdict.plan;
  } else {
    plan = buildPlan(parsed.data);
  }
  const broken = checkPlan(plan, parsed.data);
  if (broken.length > 0) return { ok: false, reason: ruleReasons(locale, broken).join('; ') };
  return { ok: true, plan, input: parsed.data };
}
