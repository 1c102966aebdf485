import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, isAllowedSwap, mergeAdjustments, repairPlan } from '../../shared/personalise/index.js';
import { buildPlan, checkPlan, type PlannerInput } from '../../shared/planner/index.js';

const input: PlannerInput = {
  today: '2025-03-05',
  raceDate: '2025-05-25',
  goalDistanceKm: 10,
  gender: 'male',
  age: 44,
  heightCm: 178,
  weightKg: 74,
  experience: 'advanced',
  yearsRunning: 10,
  weeklyVolumeKm: 45,
  trainingDays: [1, 2, 4, 6, 7],
  longRunDay: 7,
  units: 'mi',
};
const base = buildPlan(input);
const workouts = base.weeks.flatMap((w) => w.workouts);

describe('LLM merge bounds', () => {
  it('allows only safe swaps', () => {
    assert.ok(isAllowedSwap('easy', 'recovery'));
    assert.ok(isAllowedSwap('recovery', 'rest'));
    assert.ok(isAllowedSwap('repetitions', 'tempo'));
    assert.ok(!isAllowedSwap('tempo', 'repetitions')); // harder: never (issue 16)
    assert.ok(!isAllowedSwap('race-pace', 'intervals'));
    assert.ok(isAllowedSwap('intervals', 'easy'));
    assert.ok(!isAllowedSwap('easy', 'tempo'));
    assert.ok(!isAllowedSwap('rest', 'easy'));
    assert.ok(!isAllowedSwap('long', 'easy'));
    assert.ok(!isAllowedSwap('race', 'easy'));
    assert.ok(!isAllowedSwap('tempo', 'long'));
  });

  it('cleans model text', () => {
    assert.equal(cleanText('  Hi\u0007 there\u202e  ', 20), 'Hi there');
    assert.equal(cleanText('   ', 20), undefined);
    assert.equal(cleanText(null, 20), undefined);
    assert.equal(cleanText('a'.repeat(50), 10), `${'a'.repeat(9)}…`);
    assert.equal(cleanText('a\n\n\n\nb', 10), 'a\n\nb');
  });

  it('turns an easy run into rest without distance and keeps the result valid', () => {
    // A rest day shrinks the week (its target is what it schedules) and with it Daniels' per-week caps and
    // the recovery-run bound, so not every easy run can go; at least one in the plan can, and the repair
    // path (next test) covers the others.
    const toRest = (date: string) =>
      mergeAdjustments(
        base,
        {
          coachNote: 'Hi',
          adjustments: [{ date, type: 'rest', title: null, distanceKm: 5, description: null, note: null }],
        },
        input,
      );
    const easies = workouts.filter((w) => w.type === 'easy');
    const easy = easies.find((w) => {
      const r = toRest(w.date);
      return r.repairs.length === 0 && checkPlan(r.plan, input).length === 0;
    });
    assert.ok(easy, `none of ${easies.length} easy runs can become a rest day`);
    const { plan, repairs } = toRest(easy.date);
    const rest = plan.weeks.flatMap((w) => w.workouts).find((w) => w.date === easy.date)!;
    assert.equal(rest.type, 'rest');
    assert.equal(rest.distanceKm, undefined);
    assert.deepEqual(repairs, []);
    const week = plan.weeks.find((w) => w.workouts.includes(rest))!;
    const baseWeek = base.weeks[week.index - 1]!;
    assert.equal(Math.round((baseWeek.targetKm - week.targetKm) * 10) / 10, easy.distanceKm);
  });

  it('repairs a rest day that breaks a percentage cap by restoring the week, not by giving up', () => {
    const week = base.weeks.find(
      (w) => w.workouts.some((x) => x.type === 'tempo') && w.workouts.some((x) => x.type === 'easy'),
    )!;
    const adjustments = week.workouts
      .filter((w) => w.type === 'easy' || w.type === 'recovery')
      .map((w) => ({
        date: w.date,
        type: 'rest' as const,
        title: null,
        distanceKm: null,
        description: null,
        note: null,
      }));
    const merged = mergeAdjustments(base, { coachNote: '', adjustments }, input);
    const repaired = repairPlan(merged.plan, base, input);
    assert.equal(repaired.ok, true, JSON.stringify(repaired.remaining));
    assert.deepEqual(checkPlan(repaired.plan, input), []);
  });

  it('never changes the race distance', () => {
    const race = workouts.at(-1)!;
    const { plan, repairs } = mergeAdjustments(
      base,
      {
        coachNote: '',
        adjustments: [
          { date: race.date, type: null, title: null, distanceKm: 10.5, description: null, note: null },
        ],
      },
      input,
    );
    assert.equal(plan.weeks.at(-1)!.workouts.at(-1)!.distanceKm, 10);
    assert.ok(repairs[0]!.includes('race distance'));
  });
});

describe('repairPlan', () => {
  it('restores a broken workout from the engine plan', () => {
    const broken = structuredClone(base);
    const easy = broken.weeks[2]!.workouts.find((w) => w.type === 'easy')!;
    easy.pace = { zone: 'E', fast: 100, slow: 120 };
    const r = repairPlan(broken, base, input);
    assert.equal(r.ok, true);
    assert.deepEqual(checkPlan(r.plan, input), []);
    assert.ok(r.repairs[0]!.includes('PACE_BOUNDS'));
  });

  it('gives up (ok: false) when a violation cannot be located', () => {
    const broken = structuredClone(base);
    broken.weeks.at(-1)!.workouts.pop(); // no race at all: a plan-level violation without a week
    const r = repairPlan(broken, base, input);
    assert.equal(r.ok, false);
    assert.ok(r.remaining.some((v) => v.code === 'RACE_DAY'));
  });
});
