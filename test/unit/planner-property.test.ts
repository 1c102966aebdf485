import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildPlan,
  checkPlan,
  feasibilityVerdict,
  fromDayNumber,
  type PlannerInput,
  plannerInputSchema,
  planOrGate,
  planSchema,
  toDayNumber,
} from '../../shared/planner/index.js';

/** Any valid profile: ages 16–80, 0–150 km/week, 2–7 days, 5–100 km goals, 1 day … 2 years out, with or
 * without the longest-run answer, finish-comfortably goals, with or without runs logged lately. */
const profileArb: fc.Arbitrary<PlannerInput> = fc
  .record({
    today: fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2032-12-31') }),
    lead: fc.integer({ min: 1, max: 731 }),
    goal: fc.oneof(
      fc.constantFrom(5, 10, 21.0975, 42.195, 50, 100),
      fc.double({ min: 5, max: 100, noNaN: true }),
    ),
    gender: fc.constantFrom('male' as const, 'female' as const, 'other' as const),
    age: fc.integer({ min: 16, max: 80 }),
    heightCm: fc.integer({ min: 100, max: 250 }),
    weightKg: fc.integer({ min: 30, max: 250 }),
    experience: fc.constantFrom('beginner' as const, 'intermediate' as const, 'advanced' as const),
    yearsRunning: fc.integer({ min: 0, max: 60 }),
    weeklyVolumeKm: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 150, noNaN: true })),
    longest: fc.option(fc.integer({ min: 0, max: 40 })),
    finish: fc.boolean(),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 7 }),
    longIndex: fc.nat(),
    race: fc.option(
      fc.record({
        distanceKm: fc.double({ min: 1, max: 100, noNaN: true }),
        pace: fc.double({ min: 141, max: 1199, noNaN: true }), // inside the schema's 140…1200 s/km with float slack
        ageDays: fc.option(fc.integer({ min: 0, max: 1500 })),
      }),
    ),
    units: fc.constantFrom('km' as const, 'mi' as const),
    // Runs really done in the 35 days before today (the spike rule's history), often none.
    history: fc.array(
      fc.record({
        daysAgo: fc.integer({ min: 0, max: 34 }),
        km: fc.double({ min: 0.5, max: 45, noNaN: true }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((a) => ({
    today: fromDayNumber(a.today),
    raceDate: fromDayNumber(a.today + a.lead),
    goalDistanceKm: a.goal,
    gender: a.gender,
    age: a.age,
    heightCm: a.heightCm,
    weightKg: a.weightKg,
    experience: a.experience,
    yearsRunning: a.yearsRunning,
    weeklyVolumeKm: a.weeklyVolumeKm,
    trainingDays: [...a.days].sort((x, y) => x - y),
    longRunDay: a.days[a.longIndex % a.days.length]!,
    recentRace: a.race
      ? {
          distanceKm: a.race.distanceKm,
          timeSeconds: Math.round(a.race.distanceKm * a.race.pace),
          ...(a.race.ageDays === null ? {} : { date: fromDayNumber(a.today - a.race.ageDays) }),
        }
      : undefined,
    units: a.units,
    history: a.history.map((r) => ({ date: fromDayNumber(a.today - r.daysAgo), distanceKm: r.km })),
    ...(a.longest === null ? {} : { longestRunKm: a.longest }),
    ...(a.finish ? { goalMode: 'finish' as const } : {}),
  }));

describe('planner properties', () => {
  it('10,000 random valid profiles: no violations, preferred days only, the race on race day', () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        plannerInputSchema.parse(input); // the generator itself must only produce valid profiles
        // The gate first: an infeasible goal gets a reason and nothing else (no plan, no prediction).
        const verdict = feasibilityVerdict(input);
        if (!verdict.ok) {
          assert.deepEqual(Object.keys(verdict).sort(), ['ok', 'reason', 'reasonText']);
          assert.ok(verdict.reason.length > 20);
        }
        // Every plan the engine can build obeys the rules, feasible or not (re-plans and the CLI build too).
        const plan = verdict.ok ? verdict.plan : buildPlan(input);
        assert.deepEqual(checkPlan(plan, input), []);
        const workouts = plan.weeks.flatMap((w) => w.workouts);
        const races = workouts.filter((w) => w.type === 'race');
        assert.equal(races.length, 1);
        assert.equal(races[0]!.date, input.raceDate);
        assert.equal(workouts.at(-1), races[0]);
        for (const w of workouts) {
          if (w.type !== 'race')
            assert.ok(input.trainingDays.includes(w.weekday), `${w.date} is not a training day`);
          assert.ok(w.date > input.today && w.date <= input.raceDate);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('the gate: no plan or prediction when infeasible, and every option it offers is feasible', () => {
    let infeasible = 0;
    fc.assert(
      fc.property(profileArb, (input) => {
        const r = planOrGate(input);
        if (!r.infeasible) return;
        infeasible++;
        assert.equal('plan' in r, false);
        assert.equal(JSON.stringify(r).includes('prediction'), false);
        for (const o of r.options) {
          const applied =
            o.kind === 'later-date'
              ? { ...input, raceDate: o.raceDate }
              : o.kind === 'shorter-distance'
                ? { ...input, goalDistanceKm: o.goalDistanceKm, goalMode: 'time' as const }
                : { ...input, goalMode: o.goalMode };
          assert.equal(feasibilityVerdict(applied).ok, true, `${o.kind} does not make the goal feasible`);
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(infeasible > 20, `only ${infeasible} infeasible profiles generated`);
  });

  it('plans survive a JSON round trip through planSchema (they are stored as JSON)', () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        const plan = buildPlan(input);
        const back = planSchema.parse(JSON.parse(JSON.stringify(plan)));
        assert.deepEqual(checkPlan(back, input), []);
        assert.equal(JSON.stringify(back), JSON.stringify(plan));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(profileArb, (input) => {
        assert.equal(JSON.stringify(buildPlan(input)), JSON.stringify(buildPlan(input)));
      }),
      { numRuns: 200 },
    );
  });
});
