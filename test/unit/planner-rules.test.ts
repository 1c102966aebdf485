import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildPlan,
  checkPlan,
  fromDayNumber,
  isoWeekday,
  type Plan,
  type PlannerInput,
  type RuleCode,
  toDayNumber,
  type Week,
  type Workout,
} from '../../shared/planner/index.js';
import { maxNextWeekKm } from '../../shared/planner/rules.js';

const input: PlannerInput = {
  today: '2025-01-01',
  raceDate: '2025-05-04',
  goalDistanceKm: 42.195,
  gender: 'male',
  age: 35,
  heightCm: 180,
  weightKg: 75,
  experience: 'advanced',
  yearsRunning: 6,
  weeklyVolumeKm: 50,
  trainingDays: [1, 2, 3, 4, 6, 7],
  longRunDay: 7,
  recentRace: { distanceKm: 21.0975, timeSeconds: 5400 },
  units: 'km',
};
const beginner: PlannerInput = {
  ...input,
  goalDistanceKm: 10,
  experience: 'beginner',
  yearsRunning: 0,
  weeklyVolumeKm: 5,
  trainingDays: [2, 4, 6],
  longRunDay: 6,
  recentRace: undefined,
};

const base = buildPlan(input);
const codes = (plan: Plan, inp: PlannerInput = input) => new Set(checkPlan(plan, inp).map((v) => v.code));
const fresh = () => structuredClone(base);
/** A full build-phase week that is not a cutback. */
const buildWeek = (p: Plan): Week => p.weeks.find((w) => w.phase === 'build' && !w.cutback)!;
const find = (w: Week, type: Workout['type']) => w.workouts.find((x) => x.type === type)!;

/** Asserts the untouched plan passes `code` and the mutated plan fails it. */
function rule(code: RuleCode, mutate: (p: Plan) => void, inp: PlannerInput = input, plan?: Plan) {
  it(`${code}: passes on the built plan, fails when broken`, () => {
    const p = structuredClone(plan ?? base);
    assert.ok(!codes(p, inp).has(code), `${code} on the unmodified plan`);
    mutate(p);
    assert.ok(codes(p, inp).has(code), `${code} not detected: ${JSON.stringify(checkPlan(p, inp))}`);
  });
}

describe('checkPlan rules', () => {
  it('the built plan has no violations', () => {
    assert.deepEqual(checkPlan(base, input), []);
    assert.deepEqual(checkPlan(buildPlan(beginner), beginner), []);
  });

  rule('WEEK_STRUCTURE', (p) => {
    p.weeks[2]!.startDate = fromDayNumber(toDayNumber(p.weeks[2]!.startDate) + 1);
  });
  rule('DATE_ORDER', (p) => {
    const ws = buildWeek(p).workouts;
    [ws[0], ws[1]] = [ws[1]!, ws[0]!];
  });
  rule('DATE_RANGE', (p) => {
    p.weeks[0]!.workouts[0]!.date = '2024-12-31';
  });
  rule('WEEKDAY', (p) => {
    const w = buildWeek(p).workouts[0]!;
    w.weekday = (w.weekday % 7) + 1;
  });
  rule('NON_TRAINING_DAY', (p) => {
    // Friday (5) is not a training day; move Thursday's workout there.
    const wk = buildWeek(p);
    const thu = wk.workouts.find((w) => w.weekday === 4)!;
    thu.date = fromDayNumber(toDayNumber(thu.date) + 1);
    thu.weekday = 5;
  });
  rule('RACE_DAY', (p) => {
    const race = p.weeks.at(-1)!.workouts.at(-1)!;
    race.distanceKm = 21.0975;
  });
  rule('LONG_RUN_DAY', (p) => {
    find(buildWeek(p), 'long').type = 'easy';
  });
  rule('RAMP', (p) => {
    const wk = buildWeek(p);
    wk.targetKm = Math.round(wk.targetKm * 1.3);
  });
  it('RAMP: exactly +10 % is allowed', () => {
    const p = fresh();
    const i = p.weeks.findIndex(
      (w, k) => k > 0 && w.phase === 'build' && !w.cutback && !p.weeks[k - 1]!.cutback,
    );
    p.weeks[i]!.targetKm = maxNextWeekKm(p.weeks[i - 1]!.targetKm);
    assert.ok(!codes(p).has('RAMP'));
  });
  rule('WEEK_VOLUME', (p) => {
    find(buildWeek(p), 'easy').distanceKm! += 15;
  });
  rule('LONG_RUN_SHARE', (p) => {
    const wk = buildWeek(p);
    find(wk, 'long').distanceKm = Math.round(wk.targetKm * 0.6);
  });
  rule('LONG_RUN_MAX', (p) => {
    const wk = p.weeks.find((w) => w.phase === 'peak' && !w.cutback)!;
    wk.targetKm = 130;
    find(wk, 'long').distanceKm = 40;
  });
  rule('SPIKE', (p) => {
    const wk = buildWeek(p);
    find(wk, 'long').distanceKm! += 6;
  });
  rule('LONG_RUN_LONGEST', (p) => {
    const wk = buildWeek(p);
    const long = find(wk, 'long');
    const easy = find(wk, 'easy');
    easy.distanceKm = long.distanceKm! + 1;
    long.distanceKm! -= 1;
  });
  rule('CUTBACK', (p) => {
    for (const w of p.weeks) w.cutback = false;
  });
  it('CUTBACK: a flagged cutback that is not reduced fails', () => {
    const p = fresh();
    const i = p.weeks.findIndex((w) => w.cutback);
    p.weeks[i]!.targetKm = p.weeks[i - 1]!.targetKm;
    assert.ok(codes(p).has('CUTBACK'));
  });
  rule('TAPER', (p) => {
    // The week target is what is scheduled, so a broken taper schedules a peak week's km.
    const taper = p.weeks.filter((w) => w.phase === 'taper').at(-1)!;
    const peak = Math.max(...p.weeks.map((w) => w.targetKm));
    const factor = peak / taper.targetKm;
    for (const w of taper.workouts) if (w.distanceKm && w.type !== 'race') w.distanceKm *= factor;
    taper.targetKm = taper.workouts.reduce((s, w) => s + (w.type === 'race' ? 0 : (w.distanceKm ?? 0)), 0);
  });
  it('TAPER: a missing taper phase fails', () => {
    const p = fresh();
    for (const w of p.weeks) if (w.phase === 'taper') w.phase = 'peak';
    assert.ok(codes(p).has('TAPER'));
  });
  rule('QUALITY_COUNT', (p) => {
    const wk = buildWeek(p);
    for (const w of wk.workouts) if (w.type === 'easy' || w.type === 'recovery') w.type = 'tempo';
  });
  rule('HARD_BACK_TO_BACK', (p) => {
    const wk = buildWeek(p);
    const sat = wk.workouts.find((w) => w.weekday === 6)!; // the day before the Sunday long run
    sat.type = 'tempo';
    sat.pace = { zone: 'T', ...p.paces.T };
  });
  rule(
    'BEGINNER_QUALITY',
    (p) => {
      const wk = p.weeks.find((w) => w.phase === 'base' && w.workouts.some((x) => x.type === 'easy'))!;
      const easy = find(wk, 'easy');
      easy.type = 'intervals';
      easy.pace = { zone: 'I', ...p.paces.I };
    },
    beginner,
    buildPlan(beginner),
  );
  rule('PACE_ZONE', (p) => {
    find(buildWeek(p), 'tempo').pace!.zone = 'E';
  });
  rule('PACE_BOUNDS', (p) => {
    find(buildWeek(p), 'easy').pace!.fast -= 30; // easy run prescribed 30 s/km too fast
  });
  it('PACE_BOUNDS: within the 5 s tolerance passes', () => {
    const p = fresh();
    find(buildWeek(p), 'easy').pace!.fast -= 5;
    assert.ok(!codes(p).has('PACE_BOUNDS'));
  });
  rule('DISTANCE', (p) => {
    find(buildWeek(p), 'easy').distanceKm = 0;
  });

  it('reports the week and date of a workout violation', () => {
    const p = fresh();
    const wk = buildWeek(p);
    const easy = find(wk, 'easy');
    easy.distanceKm = 0;
    const v = checkPlan(p, input).find((x) => x.code === 'DISTANCE')!;
    assert.equal(v.week, wk.index);
    assert.equal(v.date, easy.date);
    assert.equal(isoWeekday(toDayNumber(v.date!)), easy.weekday);
  });
});
