import { checkPlan, type Plan, type PlannerInput, type RuleCode, type Violation } from '../planner/index.js';

/**
 * A violation a change may bring without being refused: the runner chose it (a run on a day that is not
 * one of their usual training days) or it only follows from a lighter week (the next normal long run
 * looks like a jump from the shortened one — it is the plan resuming what was already checked).
 * @example const t: Tolerance = { code: 'NON_TRAINING_DAY', date: '2027-03-07' };
 */
export interface Tolerance {
  readonly code: RuleCode;
  readonly date?: string;
  /** Only in weeks after this index. */
  readonly afterWeek?: number;
  /** Only this week. */
  readonly week?: number;
  readonly message?: string;
}

const key = (v: Violation) => `${v.code}|${v.week ?? ''}|${v.date ?? ''}`;

/**
 * Vets a changed plan with the rule checker (`checkPlan`): returns the violations the change brings
 * that the current plan did not already have and no tolerance covers. Empty means safe to propose.
 * Comparing with the current plan's own findings keeps a change from being blamed for what is already
 * there (workouts that passed since the plan was built, rules added later).
 *
 * @example
 * vetRevision(current, moved, input, [{ code: 'NON_TRAINING_DAY', date: '2027-03-07' }]); // []
 */
export function vetRevision(
  current: Plan,
  next: Plan,
  input: PlannerInput,
  tolerances: readonly Tolerance[] = [],
): Violation[] {
  const before = new Set(checkPlan(current, input).map(key));
  return checkPlan(next, input).filter(
    (v) =>
      !before.has(key(v)) &&
      !tolerances.some(
        (t) =>
          t.code === v.code &&
          (t.date === undefined || t.date === v.date) &&
          (t.afterWeek === undefined || (v.week ?? 0) > t.afterWeek) &&
          (t.week === undefined || v.week === t.week) &&
          (t.message === undefined || t.message === v.message),
      ),
  );
}
