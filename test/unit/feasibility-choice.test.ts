import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plannerInputSchema, planOrGate } from '../../shared/planner/index.js';
import { applyFeasibilityChoice, choiceOf, feasibilityButtons } from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';

// The feasibility gate's buttons carry their choice in callback data, which a client can forge or a stale
// message can hold: a press changes the goal only as an offered option would, and only to a goal the gate
// accepts.
const today = '2027-03-01';
const rushed = halfMarathonProfile({
  raceDate: '2027-03-29', // 4 weeks: too soon for a half from 15 km/week
  weeklyVolumeKm: 15,
  experience: 'beginner',
  recentRace: undefined,
});
const gate = planOrGate(plannerInputSchema.parse(toPlannerInput(rushed, today)));

describe('feasibility buttons', () => {
  it('every offered option, pressed, gives a goal the gate accepts', () => {
    assert.equal(gate.infeasible, true);
    if (!gate.infeasible) return;
    assert.ok(gate.options.length >= 2);
    for (const option of gate.options) {
      const choice = choiceOf(option);
      assert.ok(choice, option.kind);
      const data = feasibilityButtons.encode(choice);
      assert.deepEqual(feasibilityButtons.parse(data), choice);
      assert.ok(applyFeasibilityChoice(rushed, choice, today, []), `${option.kind} was refused`);
    }
  });

  it('forged or stale choices change nothing', () => {
    const refused = [
      { kind: 'date', raceDate: '2027-03-15' }, // earlier than the race: still infeasible
      { kind: 'date', raceDate: '2027-04-05' }, // later, but still too soon
      { kind: 'date', raceDate: '2027-02-01' }, // in the past
      { kind: 'distance', km: 42.195 }, // longer, not shorter
      { kind: 'distance', km: 21.0975 }, // the same distance
    ] as const;
    for (const choice of refused) assert.equal(applyFeasibilityChoice(rushed, choice, today, []), undefined);
    assert.equal(
      applyFeasibilityChoice({ ...rushed, goalMode: 'finish' }, { kind: 'finish' }, today, []),
      undefined,
      'already a finish goal',
    );
  });
});
