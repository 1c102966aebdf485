import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildPlan,
  checkPlan,
  escapeHtml,
  fromDayNumber,
  type PlannerInput,
  plannerInputSchema,
  renderPlanSummary,
  renderWeek,
  renderWorkout,
  toDayNumber,
} from '../../shared/planner/index.js';

const runner: PlannerInput = {
  today: '2025-03-05',
  raceDate: '2025-06-29',
  goalDistanceKm: 42.195,
  gender: 'female',
  age: 38,
  heightCm: 168,
  weightKg: 60,
  experience: 'intermediate',
  yearsRunning: 4,
  weeklyVolumeKm: 35,
  trainingDays: [2, 4, 6, 7],
  longRunDay: 7,
  units: 'km',
};
const inDays = (n: number) => fromDayNumber(toDayNumber(runner.today) + n);
const all = (input: PlannerInput) => buildPlan(input).weeks.flatMap((w) => w.workouts);

describe('buildPlan', () => {
  it('periodises a marathon: base → build → peak → 2 taper weeks → race week', () => {
    const plan = buildPlan(runner);
    const phases = plan.weeks.map((w) => w.phase);
    assert.deepEqual([...new Set(phases)], ['base', 'build', 'peak', 'taper', 'race']);
    assert.equal(phases.filter((p) => p === 'taper').length, 2);
    const peak = Math.max(...plan.weeks.map((w) => w.targetKm));
    const [t1, t2, race] = plan.weeks.slice(-3);
    assert.ok(t1!.targetKm < peak && t2!.targetKm < t1!.targetKm && race!.targetKm < t2!.targetKm);
    assert.deepEqual(checkPlan(plan, runner), []);
  });

  it('cuts back about 20 % at least every 4th week', () => {
    const plan = buildPlan(runner);
    plan.weeks.forEach((w, i) => {
      if (!w.cutback) return;
      const prev = plan.weeks[i - 1]!;
      const cut = 1 - w.targetKm / prev.targetKm;
      assert.ok(cut >= 0.15 && cut <= 0.25, `week ${w.index}: −${Math.round(cut * 100)} %`);
    });
    const pre = plan.weeks.filter((w) => w.phase !== 'taper' && w.phase !== 'race');
    let run = 0;
    for (const w of pre) {
      run = w.cutback ? 0 : run + 1;
      assert.ok(run <= 3);
    }
  });

  it('progresses the long run on the long-run day', () => {
    const longs = all(runner).filter((w) => w.type === 'long');
    assert.ok(longs.every((w) => w.weekday === 7));
    assert.ok(longs.at(-4)!.distanceKm! > longs[0]!.distanceKm! + 5);
  });

  it('tapers back from race day: 13 days for a half, 9 for a 10K, so a midweek 10K tapers too', () => {
    // Bosquet 2007: the taper is counted back from the race, not by calendar week (issue 16).
    const half = buildPlan({ ...runner, goalDistanceKm: 21.0975 });
    assert.equal(half.weeks.filter((w) => w.phase === 'taper').length, 1);
    const tenK = buildPlan({ ...runner, goalDistanceKm: 10 });
    assert.equal(tenK.weeks.filter((w) => w.phase === 'taper').length, 1);
    assert.equal(tenK.weeks.at(-1)!.phase, 'race');
    // A Wednesday 10K: the 7 days before it hold clearly less than a full week of the build.
    const wed = { ...runner, goalDistanceKm: 10, raceDate: '2025-06-25' };
    const plan = buildPlan(wed);
    assert.deepEqual(checkPlan(plan, wed), []);
    const race = toDayNumber(wed.raceDate);
    const last7 = plan.weeks
      .flatMap((w) => w.workouts)
      .filter((w) => w.type !== 'race' && toDayNumber(w.date) >= race - 7)
      .reduce((s, w) => s + (w.distanceKm ?? 0), 0);
    const peak = Math.max(...plan.weeks.map((w) => w.targetKm));
    assert.ok(last7 < 0.75 * peak, `${last7} km in the last 7 days, peak week ${peak} km`);
  });

  it('handles a race tomorrow and in two weeks, with a warning', () => {
    const tomorrow = { ...runner, raceDate: inDays(1) };
    const p1 = buildPlan(tomorrow);
    assert.deepEqual(
      p1.weeks.flatMap((w) => w.workouts).map((w) => w.type),
      ['race'],
    );
    assert.deepEqual(checkPlan(p1, tomorrow), []);
    const twoWeeks = { ...runner, raceDate: inDays(14) };
    const p2 = buildPlan(twoWeeks);
    assert.ok(p2.warnings.length > 0);
    assert.deepEqual(checkPlan(p2, twoWeeks), []);
    assert.ok(p2.weeks.every((w) => w.phase === 'taper' || w.phase === 'race'));
  });

  it('puts a maintenance base before a capped block when the race is two years away', () => {
    const far = { ...runner, raceDate: inDays(730) };
    const plan = buildPlan(far);
    assert.deepEqual(checkPlan(plan, far), []);
    const maintenance = plan.weeks.filter((w) => w.maintenance);
    assert.ok(maintenance.length > 70, `${maintenance.length} maintenance weeks`);
    // 24 block weeks, up to 3 weeks holding the 20-day marathon taper (counted back from race day), race week.
    assert.ok(plan.weeks.length - maintenance.length <= 24 + 3 + 1);
    const peakOfMaintenance = Math.max(...maintenance.map((w) => w.targetKm));
    assert.ok(peakOfMaintenance < Math.max(...plan.weeks.map((w) => w.targetKm)));
  });

  it('keeps a complete beginner off intervals in base and uses run/walk', () => {
    const newbie: PlannerInput = {
      ...runner,
      goalDistanceKm: 5,
      experience: 'beginner',
      yearsRunning: 0,
      weeklyVolumeKm: 0,
      trainingDays: [1, 3, 5],
      longRunDay: 5,
      raceDate: inDays(84),
    };
    const plan = buildPlan(newbie);
    assert.deepEqual(checkPlan(plan, newbie), []);
    for (const w of plan.weeks.filter((x) => x.phase === 'base').flatMap((x) => x.workouts)) {
      assert.ok(w.type !== 'intervals' && w.type !== 'repetitions');
    }
    assert.ok(plan.weeks[0]!.targetKm <= 10);
    assert.match(plan.weeks[1]!.workouts.find((w) => w.type === 'easy')!.description, /Run\/walk/);
  });

  it('adds the race on a non-training race day', () => {
    const input = { ...runner, trainingDays: [1, 3, 5], longRunDay: 5 }; // race day is a Sunday
    const race = all(input).at(-1)!;
    assert.equal(race.type, 'race');
    assert.equal(race.date, runner.raceDate);
    assert.equal(race.weekday, 7);
  });

  it('derives paces from a recent race, otherwise estimates conservatively', () => {
    const raced = buildPlan({ ...runner, recentRace: { distanceKm: 5, timeSeconds: 19 * 60 + 57 } });
    assert.equal(raced.vdotSource, 'race');
    assert.ok(Math.abs(raced.vdot - 50) < 0.2);
    assert.ok(raced.prediction!.riegelSeconds! > 0);
    const guessed = buildPlan(runner);
    assert.equal(guessed.vdotSource, 'estimate');
    assert.ok(guessed.vdot < 40);
    // An old race counts for less.
    const old = buildPlan({
      ...runner,
      recentRace: { distanceKm: 5, timeSeconds: 1197, date: '2024-03-01' },
    });
    assert.ok(old.vdot < raced.vdot);
  });

  it('throws on invalid input (a programming error: callers validate first)', () => {
    assert.throws(() => buildPlan({ ...runner, longRunDay: 1 }));
    assert.throws(() => buildPlan({ ...runner, raceDate: runner.today }));
    assert.throws(() => buildPlan({ ...runner, raceDate: inDays(800) }));
    assert.throws(() => buildPlan({ ...runner, trainingDays: [2, 2, 7] }));
    assert.equal(plannerInputSchema.safeParse({ ...runner, today: '2025-02-30' }).success, false);
  });
});

describe('rendering', () => {
  const plan = buildPlan(runner);
  const intervals = plan.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'intervals')!;

  it('renders a workout with structure and pace in the runner units', () => {
    const km = renderWorkout(intervals, { units: 'km', html: false });
    assert.match(km, /Intervals/);
    assert.match(km, /Warm-up: [\d.]+ km easy/);
    assert.match(km, /× \d+ m at I pace/);
    assert.match(km, /Pace: \d:\d\d–\d:\d\d min\/km/);
    assert.match(renderWorkout(intervals, { units: 'mi', html: false }), /\/mi/);
  });

  it('escapes text for Telegram HTML', () => {
    const w = { ...intervals, notes: '<script>alert("x")</script> & more' };
    const html = renderWorkout(w, { units: 'km', html: true });
    assert.ok(html.includes('Note: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more'));
    assert.ok(html.startsWith('<b>'));
    assert.equal(escapeHtml('a<b>&"'), 'a&lt;b&gt;&amp;&quot;');
    const plain = renderWorkout(w, { units: 'km', html: false });
    assert.ok(plain.includes('<script>'));
  });

  it('renders a week and a summary', () => {
    const week = renderWeek(plan.weeks[3]!, { units: 'km', html: true });
    assert.match(week, /^<b>Week 4 · Base · [\d.]+ km \(cutback\)<\/b>/);
    assert.equal(week.split('\n').length, plan.weeks[3]!.workouts.length + 1);
    const summary = renderPlanSummary(plan, { units: 'mi', html: false });
    assert.match(summary, /^Marathon on Sun 29 Jun · \d+ weeks/);
    assert.match(summary, /Threshold: \d+:\d\d–\d+:\d\d min\/mi/);
  });
});
