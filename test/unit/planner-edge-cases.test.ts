/**
 * The named edge profiles of issue 16, each with its expected verdict: what a runner trying the engine found,
 * and what the engine must answer now.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkPlan,
  fromDayNumber,
  longRunReadiness,
  type Plan,
  type PlannerInput,
  planOrGate,
  toDayNumber,
} from '../../shared/planner/index.js';

const today = '2026-01-05'; // a Monday
const inWeeks = (n: number, weekday = 7) => fromDayNumber(toDayNumber(today) + 7 * (n - 1) + weekday);
const runner: PlannerInput = {
  today,
  raceDate: inWeeks(16),
  goalDistanceKm: 42.195,
  gender: 'female',
  age: 35,
  heightCm: 168,
  weightKg: 60,
  experience: 'intermediate',
  yearsRunning: 3,
  weeklyVolumeKm: 30,
  trainingDays: [2, 4, 6, 7],
  longRunDay: 7,
  units: 'km',
};
const workouts = (p: Plan) => p.weeks.flatMap((w) => w.workouts);

function feasible(input: PlannerInput): Plan {
  const r = planOrGate(input);
  assert.equal(r.infeasible, false, r.infeasible ? r.reason : '');
  if (r.infeasible) throw new Error('unreachable');
  assert.deepEqual(checkPlan(r.plan, input), []);
  return r.plan;
}

describe('named edge profiles (issue 16)', () => {
  it('a marathon 3 weeks away from 0 km/week: infeasible, no plan, no prediction, a later date offered', () => {
    const input = { ...runner, experience: 'beginner' as const, weeklyVolumeKm: 0, raceDate: inWeeks(3) };
    const r = planOrGate(input);
    assert.equal(r.infeasible, true);
    if (!r.infeasible) return;
    assert.equal(JSON.stringify(r).includes('prediction'), false);
    assert.match(r.reason, /marathon/);
    assert.equal(r.options[0]?.kind, 'later-date');
    const later = r.options[0]!.kind === 'later-date' ? r.options[0]!.raceDate : '';
    assert.ok(toDayNumber(later) - toDayNumber(today) >= 16 * 7, later);
  });

  it('a marathon from 30 km/week over 16 weeks: the long run reaches 28 km or ≈ 3 h by 3 weeks out', () => {
    const input = { ...runner, recentRace: { distanceKm: 10, timeSeconds: 52 * 60 + 30 } };
    const plan = feasible(input);
    const { longestKm, requiredKm } = longRunReadiness(plan, input);
    assert.ok(requiredKm >= 24, `required ${requiredKm}`);
    assert.ok(longestKm >= requiredKm, `${longestKm} < ${requiredKm}`);
    const race = toDayNumber(input.raceDate);
    const ready = workouts(plan).filter(
      (w) => w.type === 'long' && toDayNumber(w.date) <= race - 21 && w.distanceKm! >= requiredKm,
    );
    assert.ok(ready.length >= 1, 'at least once');
    // Marathon-pace segments in build/peak long runs (the M zone is used).
    assert.ok(workouts(plan).some((w) => w.type === 'long' && w.work?.zone === 'M' && w.work.km > 0));
  });

  it('a 3:15 marathoner aiming at 100 km: no VDOT prediction, no marathon-pace work, back-to-back long runs', () => {
    const input = {
      ...runner,
      goalDistanceKm: 100,
      experience: 'advanced' as const,
      weeklyVolumeKm: 70,
      longestRunKm: 30,
      trainingDays: [1, 2, 4, 6, 7],
      raceDate: inWeeks(24),
      recentRace: { distanceKm: 42.195, timeSeconds: 3 * 3600 + 15 * 60 },
    };
    const plan = feasible(input);
    assert.equal(plan.prediction, undefined);
    const all = workouts(plan);
    assert.ok(!all.some((w) => w.type === 'race-pace' || w.pace?.zone === 'M' || w.work?.zone === 'M'));
    assert.ok(!all.find((w) => w.type === 'race')!.description.match(/Predicted/));
    const longDays = new Set(all.filter((w) => w.type === 'long').map((w) => toDayNumber(w.date)));
    assert.ok(
      all.some((w) => w.type !== 'long' && longDays.has(toDayNumber(w.date) + 1) && w.distanceKm! >= 10),
    );
  });

  it('a 100 km goal from 20 km/week in 10 weeks: infeasible, no prediction', () => {
    const r = planOrGate({ ...runner, goalDistanceKm: 100, weeklyVolumeKm: 20, raceDate: inWeeks(10) });
    assert.equal(r.infeasible, true);
    assert.equal(JSON.stringify(r).includes('prediction'), false);
  });

  it('a 3-day runner gets no "recovery" run longer than the easy runs (quality, easy, long)', () => {
    const input = {
      ...runner,
      goalDistanceKm: 21.0975,
      weeklyVolumeKm: 45,
      longestRunKm: 16,
      trainingDays: [2, 4, 7],
    };
    const plan = feasible(input);
    for (const week of plan.weeks) {
      const easy = week.workouts.filter((w) => w.type === 'easy').map((w) => w.distanceKm!);
      for (const r of week.workouts.filter((w) => w.type === 'recovery')) {
        assert.ok(easy.length === 0 || r.distanceKm! <= Math.max(...easy), `week ${week.index}`);
        assert.ok(r.distanceKm! < 16, `a ${r.distanceKm} km recovery run`);
      }
    }
  });

  it('a 2-day plan schedules exactly its weekly target', () => {
    const input = {
      ...runner,
      goalDistanceKm: 10,
      weeklyVolumeKm: 15,
      trainingDays: [3, 7],
      raceDate: inWeeks(12),
    };
    const plan = feasible(input);
    for (const week of plan.weeks) {
      const sum = week.workouts.filter((w) => w.type !== 'race').reduce((s, w) => s + (w.distanceKm ?? 0), 0);
      assert.ok(Math.abs(sum - week.targetKm) < 0.06, `week ${week.index}: ${sum} vs ${week.targetKm}`);
    }
  });

  it('a Wednesday 10K tapers: the 7 days before it hold well under a peak week', () => {
    const input = {
      ...runner,
      goalDistanceKm: 10,
      weeklyVolumeKm: 40,
      trainingDays: [1, 2, 4, 6, 7],
      raceDate: inWeeks(12, 3),
    };
    const plan = feasible(input);
    const race = toDayNumber(input.raceDate);
    const last7 = workouts(plan)
      .filter((w) => w.type !== 'race' && toDayNumber(w.date) >= race - 7)
      .reduce((s, w) => s + (w.distanceKm ?? 0), 0);
    const peak = Math.max(...plan.weeks.map((w) => w.targetKm));
    assert.ok(last7 <= 0.75 * peak, `${last7} km in the last 7 days; peak week ${peak} km`);
  });

  it('a novice from 0 km gets at most 4 run days and run/walk; a 5K in 8 weeks is feasible', () => {
    const input = {
      ...runner,
      goalDistanceKm: 5,
      experience: 'beginner' as const,
      yearsRunning: 0,
      weeklyVolumeKm: 0,
      trainingDays: [1, 2, 3, 4, 5, 6, 7],
      raceDate: inWeeks(8),
    };
    const plan = feasible(input);
    for (const week of plan.weeks) assert.ok(week.workouts.filter((w) => w.type !== 'rest').length <= 4);
    assert.match(workouts(plan)[0]!.description, /[Rr]un\/walk/);
  });

  it('a runner of 65 gets at most two hard days a week', () => {
    const input = {
      ...runner,
      age: 65,
      weeklyVolumeKm: 50,
      longestRunKm: 20,
      trainingDays: [1, 2, 3, 4, 6, 7],
    };
    const plan = feasible(input);
    for (const week of plan.weeks) {
      const hard = week.workouts.filter((w) =>
        ['tempo', 'intervals', 'repetitions', 'race-pace', 'long', 'race'].includes(w.type),
      );
      assert.ok(hard.length <= 2, `week ${week.index}: ${hard.map((w) => w.type)}`);
    }
  });

  it('a half marathon from 15 km/week in 12 weeks without a known longest run: infeasible, a later date and the 10K offered', () => {
    const r = planOrGate({
      ...runner,
      goalDistanceKm: 21.0975,
      experience: 'beginner',
      weeklyVolumeKm: 15,
      trainingDays: [2, 4, 7],
      raceDate: inWeeks(12),
    });
    assert.equal(r.infeasible, true);
    if (!r.infeasible) return;
    assert.deepEqual(
      r.options.map((o) => o.kind),
      ['later-date', 'shorter-distance'],
    );
  });

  it("real history: a longer logged run lifts week 1's long run; one short logged run does not shrink it; every run obeys 110 % of it", () => {
    const half = { ...runner, goalDistanceKm: 21.0975, longestRunKm: 10 };
    const firstLong = (p: Plan) => workouts(p).find((w) => w.type === 'long')!.distanceKm!;
    const stated = feasible(half);
    assert.equal(firstLong(stated), 10);
    // A 14 km run logged 10 days ago: the spike rule measures from it (≤ 15.4 km), not from the answer.
    const longer = feasible({
      ...half,
      history: [{ date: fromDayNumber(toDayNumber(today) - 10), distanceKm: 14 }],
    });
    assert.ok(firstLong(longer) > 10 && firstLong(longer) <= 15.4, String(firstLong(longer)));
    // One logged 6 km easy run: incomplete logging must not cut a 10 km long run to 6.6 km.
    const short = feasible({
      ...half,
      history: [{ date: fromDayNumber(toDayNumber(today) - 2), distanceKm: 6 }],
    });
    assert.equal(firstLong(short), 10);
    // A 14 km run 31 days ago is out of the 30-day window.
    const old = feasible({
      ...half,
      history: [{ date: fromDayNumber(toDayNumber(today) - 31), distanceKm: 14 }],
    });
    assert.equal(firstLong(old), 10);
  });

  it('a goal just past the marathon (43 km) is an ultra: no predicted time, the ultra warning', () => {
    const plan = feasible({
      ...runner,
      goalDistanceKm: 43,
      weeklyVolumeKm: 50,
      longestRunKm: 24,
      raceDate: inWeeks(20),
    });
    assert.equal(plan.prediction, undefined);
    assert.ok(plan.warnings.some((w) => /no formula predicts a finish time/.test(w)));
  });
});
