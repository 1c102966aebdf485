import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CoachContext,
  computeReply,
  parseToolCall,
  proposalPayloadSchema,
  vetRevision,
} from '../../shared/coach/index.js';
import {
  buildPlan,
  fromDayNumber,
  HARD_TYPES,
  plannerInputSchema,
  QUALITY_TYPES,
  toDayNumber,
} from '../../shared/planner/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';

const today = '2027-03-03';
const profile = halfMarathonProfile({ timeZone: 'UTC', raceDate: '2027-06-06' });
const input = plannerInputSchema.parse(toPlannerInput(profile, today));
const plan = buildPlan(input);
const runs = plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'rest');
const ctx: CoachContext = {
  today,
  profile,
  active: { planId: 1, plan, input },
  workouts: runs.map((w, i) => ({
    id: i + 1,
    date: w.date,
    type: w.type,
    title: w.title,
    status: 'planned',
  })),
};
const plus = (iso: string, n: number) => fromDayNumber(toDayNumber(iso) + n);
const reply = (tool: string, args: unknown) => computeReply(parseToolCall(tool, args), ctx);

describe('coach proposals (pure)', () => {
  it('every revision it proposes passes the rule checker against the current plan', () => {
    const intents: Array<[string, unknown]> = [
      ['report_pain', { area: 'knee', severity: 'moderate' }],
      ['report_pain', { area: 'calf', severity: 'mild' }],
      ['reduce_week', { week: 'this', percent: 20 }],
      ['reduce_week', { week: 'next', percent: 50 }],
      ...runs
        .slice(0, 12)
        .map((w): [string, unknown] => ['move_workout', { from: w.date, to: plus(w.date, 1) }]),
    ];
    let proposals = 0;
    for (const [tool, args] of intents) {
      const out = reply(tool, args);
      if (out.kind !== 'proposal') {
        assert.match(out.text, /can't|nothing/, `${tool} ${JSON.stringify(args)} refused with a reason`);
        continue;
      }
      const payload = proposalPayloadSchema.parse(out.payload);
      assert.equal(payload.kind, 'revision');
      if (payload.kind !== 'revision') continue;
      proposals++;
      const broken = vetRevision(plan, payload.plan, input, [
        { code: 'NON_TRAINING_DAY' },
        { code: 'LONG_RUN_DAY', message: 'long run not on the long-run day' },
        { code: 'SPIKE' },
        // A lighter week schedules less than its target (checked just below: never more).
        { code: 'WEEK_VOLUME' },
      ]);
      assert.deepEqual(broken, [], `${tool} ${JSON.stringify(args)}`);
      for (const week of payload.plan.weeks) {
        const scheduled = week.workouts
          .filter((w) => w.type !== 'race' && w.type !== 'rest')
          .reduce((sum, w) => sum + (w.distanceKm ?? 0), 0);
        assert.ok(
          scheduled <= week.targetKm + 0.05,
          `${tool}: week ${week.index} never holds more than its target`,
        );
      }
    }
    assert.ok(proposals >= 4, `${proposals} proposals`);
  });

  it('pain: the next 7 days hold easy runs only, shorter, with advice to see a professional', () => {
    const out = reply('report_pain', { area: 'knee' });
    assert.equal(out.kind, 'proposal');
    assert.match(out.text, /physiotherapist or doctor/);
    assert.match(out.text, /can't diagnose/);
    if (out.kind !== 'proposal' || out.payload.kind !== 'revision') return;
    const week = out.payload.plan.weeks
      .flatMap((w) => w.workouts)
      .filter((w) => w.date >= today && w.date <= plus(today, 6));
    assert.ok(week.length > 0);
    for (const w of week) assert.ok(!QUALITY_TYPES.has(w.type), `${w.date} ${w.type}`);
    const before = runs
      .filter((w) => w.date >= today && w.date <= plus(today, 6))
      .reduce((s, w) => s + (w.distanceKm ?? 0), 0);
    const after = week.reduce((s, w) => s + (w.distanceKm ?? 0), 0);
    assert.ok(after < before);
  });

  it('a long run moved to the day after a hard session is refused with the reason', () => {
    const hard = runs.find(
      (w) =>
        HARD_TYPES.has(w.type) &&
        w.type !== 'long' &&
        !runs.some((x) => x.date === plus(w.date, 1)) &&
        runs.some((l) => l.type === 'long' && l.date > plus(w.date, 1) && l.date <= plus(w.date, 6)),
    )!;
    const long = runs.find((l) => l.type === 'long' && l.date > plus(hard.date, 1))!;
    const out = reply('move_workout', { from: long.date, to: plus(hard.date, 1) });
    assert.equal(out.kind, 'answer');
    assert.match(out.text, /two hard sessions on back-to-back days/);
  });

  it('refuses moves of the race, into the past, onto a taken day, and done workouts', () => {
    const race = runs.find((w) => w.type === 'race')!;
    assert.match(reply('move_workout', { from: race.date, to: plus(race.date, -1) }).text, /race day stays/);
    assert.match(reply('move_workout', { from: runs[0]!.date, to: plus(today, -1) }).text, /already passed/);
    const [a, b] = runs.filter((w) => w.date > today);
    assert.match(reply('move_workout', { from: a!.date, to: b!.date }).text, /already a workout/);
    const done = computeReply(parseToolCall('move_workout', { from: a!.date, to: plus(a!.date, 1) }), {
      ...ctx,
      workouts: ctx.workouts.map((w) => (w.date === a!.date ? { ...w, status: 'done' } : w)),
    });
    assert.match(done.text, /already done/);
  });

  it('change_goal goes through the feasibility check: a race next week is refused, a later one previewed', () => {
    assert.match(reply('change_goal', { raceDate: plus(today, 5) }).text, /too soon/);
    const later = reply('change_goal', { distanceKm: 42.195, raceDate: '2027-10-10' });
    assert.equal(later.kind, 'proposal');
    assert.match(later.text, /Marathon/);
    // Against the current plan it shows what the rebuild changes, as /plan's Rebuild does.
    assert.match(later.text, /What a rebuild would change/);
    assert.match(later.text, /Race: Sun 6 Jun → Sun 10 Oct/);
    // The feasibility gate, not only the calendar: a marathon in 8 weeks from 30 km/week is refused.
    const rushed = reply('change_goal', { distanceKm: 42.195, raceDate: plus(today, 8 * 7) });
    assert.equal(rushed.kind, 'answer');
    assert.match(rushed.text, /weeks to be ready for the marathon/);
    // A runner without a plan sees the new plan's summary, in their language.
    const { active: _none, ...planless } = ctx;
    const ru = computeReply(parseToolCall('change_goal', { raceDate: '2027-10-10' }), {
      ...planless,
      locale: 'ru',
    });
    assert.equal(ru.kind, 'proposal');
    assert.doesNotMatch(ru.text, /Easy:|weeks/);
  });
});
