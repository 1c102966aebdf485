import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moveOptions, vetMove } from '../../shared/coach/index.js';
import {
  buildPlan,
  checkPlan,
  fromDayNumber,
  HARD_TYPES,
  plannerInputSchema,
  toDayNumber,
} from '../../shared/planner/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';

const TODAY = '2027-03-01'; // a Monday
const profile = halfMarathonProfile({ raceDate: '2027-06-06', recentRace: undefined });
const input = plannerInputSchema.parse(toPlannerInput(profile, TODAY));
const plan = buildPlan(input);
const active = { plan, input };

describe('moving a workout (the coach move logic, vetted by checkPlan)', () => {
  it('offers only free days of the week, each accepted or refused by the rule checker', () => {
    const week = plan.weeks[2]!;
    const runs = week.workouts.filter((w) => w.type !== 'rest');
    for (const w of runs) {
      for (const o of moveOptions(active, w.date, TODAY)) {
        assert.ok(o.date >= week.startDate && o.date <= week.endDate);
        assert.ok(!runs.some((r) => r.date === o.date), 'never onto a day with a run');
        if (o.ok) {
          const fresh = checkPlan(o.plan, input).filter(
            (v) => !['NON_TRAINING_DAY', 'LONG_RUN_DAY'].includes(v.code),
          );
          const before = new Set(checkPlan(plan, input).map((v) => `${v.code}|${v.date ?? ''}`));
          assert.deepEqual(
            fresh.filter((v) => !before.has(`${v.code}|${v.date ?? ''}`)),
            [],
          );
          assert.ok(
            o.plan.weeks.flatMap((x) => x.workouts).some((x) => x.date === o.date && x.title === w.title),
          );
        } else assert.ok(o.violations.length > 0);
      }
    }
  });

  it('refuses two hard days back to back and says so', () => {
    const week = plan.weeks[3]!;
    const hard = week.workouts.filter((w) => HARD_TYPES.has(w.type));
    const quality = hard.find((w) => w.type !== 'long' && w.type !== 'race')!;
    const long = hard.find((w) => w.type === 'long')!;
    assert.ok(quality && long, 'the week has a quality session and a long run');
    // The free day right before the long run.
    const before = fromDayNumber(toDayNumber(long.date) - 1);
    const option = vetMove(active, quality.date, before, TODAY);
    assert.equal(option.ok, false);
    assert.ok(
      !option.ok && option.violations.some((v) => v.code === 'HARD_BACK_TO_BACK' || v.code === 'DATE_ORDER'),
    );
  });

  it('never moves a past workout', () => {
    const past = vetMove(
      active,
      plan.weeks[0]!.workouts.find((w) => w.type !== 'rest')!.date,
      '2027-03-03',
      '2027-03-20',
    );
    assert.equal(past.ok, false);
  });
});
