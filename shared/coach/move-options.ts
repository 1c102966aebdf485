import {
  fromDayNumber,
  isoWeekday,
  type Plan,
  type PlannerInput,
  toDayNumber,
  type Violation,
} from '../planner/index.js';
import { moveWorkout, PlanEditError } from './plan-edits.js';
import { type Tolerance, vetRevision } from './vet-plan.js';

/**
 * One day a workout could move to: the moved plan when the rule checker accepts it, else the rules it
 * would break (or the reason the move cannot even be tried).
 * @example const o: MoveOption = { date: '2027-03-04', ok: false, violations: [{ code: 'HARD_BACK_TO_BACK', message: '…' }] };
 */
export type MoveOption =
  | { readonly date: string; readonly ok: true; readonly plan: Plan }
  | {
      readonly date: string;
      readonly ok: false;
      readonly violations: readonly Pick<Violation, 'code' | 'message'>[];
    };

/**
 * The runner chose the day: the long run off its usual weekday is fine (the other long-run rules and
 * the hard-days rule still hold) — the same tolerances the coach's "move" uses.
 */
function tolerancesFor(to: string): Tolerance[] {
  return [
    { code: 'NON_TRAINING_DAY', date: to },
    { code: 'LONG_RUN_DAY', date: to, message: 'long run not on the long-run day' },
  ];
}

/**
 * Vets moving the workout of `from` to `to` with the rule checker (through the coach's `moveWorkout`
 * and `vetRevision`). Pure.
 *
 * @example
 * vetMove({ plan, input }, '2027-03-02', '2027-03-04', '2027-03-01'); // { date: '2027-03-04', ok: true, plan: … }
 */
export function vetMove(
  active: { plan: Plan; input: PlannerInput },
  from: string,
  to: string,
  today: string,
): MoveOption {
  let next: Plan;
  try {
    next = moveWorkout(active.plan, from, to, today);
  } catch (err) {
    if (!(err instanceof PlanEditError)) throw err;
    return { date: to, ok: false, violations: [{ code: 'DATE_RANGE', message: err.message }] };
  }
  const broken = vetRevision(active.plan, next, active.input, tolerancesFor(to));
  return broken.length === 0
    ? { date: to, ok: true, plan: next }
    : { date: to, ok: false, violations: broken };
}

/**
 * The other free days of the week (Monday–Sunday) of `from` — from today on, without a run already; a
 * runner's usual days are often all taken — each vetted with {@link vetMove}. Pure.
 *
 * @example
 * moveOptions(active, '2027-03-02', '2027-03-01').filter((o) => o.ok).map((o) => o.date);
 */
export function moveOptions(
  active: { plan: Plan; input: PlannerInput },
  from: string,
  today: string,
): MoveOption[] {
  const fromDay = toDayNumber(from);
  const monday = fromDay - (isoWeekday(fromDay) - 1);
  const busy = new Set(
    active.plan.weeks.flatMap((w) => w.workouts.filter((x) => x.type !== 'rest').map((x) => x.date)),
  );
  const options: MoveOption[] = [];
  for (let d = monday; d < monday + 7; d++) {
    const date = fromDayNumber(d);
    if (date === from || date < today || busy.has(date)) continue;
    options.push(vetMove(active, from, date, today));
  }
  return options;
}
