import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { checkPlan, plannerInputSchema, planSchema } from '../../shared/planner/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { addRun, addWorkout, day, seedEnginePlan, seedRunner } from './tracking-helpers.js';

describe('/log, /stats and the adaptive re-plan through the sandbox', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  it('/log matches the nearest planned workout, asks when two fit, keeps extra runs, refuses nonsense', async () => {
    const user = sys.client.user({ first_name: 'Log' });
    const { id } = await user.info();
    const planId = await seedRunner(sys, id);
    const y = await addWorkout(sys, { userId: id, planId, date: day(-1), title: 'Easy yesterday' });
    const before2 = await addWorkout(sys, { userId: id, planId, date: day(-4), title: 'Tempo A' });
    const after2 = await addWorkout(sys, { userId: id, planId, date: day(-2), title: 'Long B' });

    await user.send('/log banana');
    await user.waitForMessage((m) => m.text.includes('at least a distance or a time'), { timeoutMs: 20_000 });
    await user.send('/log yesterday 8 km 48:00 easy');
    await user.waitForMessage((m) => m.text.includes('Easy yesterday') && m.text.includes('is done'), {
      timeoutMs: 20_000,
    });
    // Three days ago: Tempo A (4 days ago) and Long B (2 days ago) are equally near → asked.
    await user.send('/log 3 days ago 10k 52:30');
    const ask = await user.waitForMessage((m) => m.text.includes('Which workout was 10 km in 52:30'), {
      timeoutMs: 20_000,
    });
    await user.press(ask, { data: `t1:pick:${after2}` });
    await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === ask.message_id && m.text.includes('Logged')),
      { timeoutMs: 20_000 },
    );
    await user.send('/log 20 days ago 5 km 30:00');
    await user.waitForMessage((m) => m.text.includes('as an extra run'), { timeoutMs: 20_000 });

    const rows = await sys.db.sql<{ pw: number | null; on: string; km: string; sec: number }[]>`
      select planned_workout_id::int as pw, completed_on::text as on, distance_km as km, duration_sec as sec
      from workout_completions where user_id = ${id} order by completed_on`;
    assert.deepEqual(
      rows.map((r) => [r.pw, r.on, Number(r.km), r.sec]),
      [
        [null, day(-20), 5, 1800],
        [after2, day(-3), 10, 3150],
        [y, day(-1), 8, 2880],
      ],
    );
    const [tempo] = await sys.db.sql<
      { status: string }[]
    >`select status from planned_workouts where id = ${before2}`;
    assert.equal(tempo?.status, 'missed', '/log marked the untouched past workout missed, not done');
  });

  it('/stats shows the numbers of a fixture history and a PNG chart', async () => {
    const user = sys.client.user({ first_name: 'Stats' });
    const { id } = await user.info();
    const planId = await seedRunner(sys, id);
    // Everything in last week (Monday … Sunday), so it is all in the past whatever today is.
    const dow = (new Date().getUTCDay() + 6) % 7; // 0 = Monday
    const mon = -dow - 7;
    const easy = await addWorkout(sys, { userId: id, planId, date: day(mon), km: 8, status: 'done' });
    const tempo = await addWorkout(sys, {
      userId: id,
      planId,
      date: day(mon + 2),
      type: 'tempo',
      km: 10,
      status: 'done',
    });
    await addWorkout(sys, { userId: id, planId, date: day(mon + 4), km: 6, status: 'cancelled' });
    const long = await addWorkout(sys, {
      userId: id,
      planId,
      date: day(mon + 6),
      type: 'long',
      km: 16,
      status: 'done',
    });
    await addRun(sys, { userId: id, date: day(mon), km: 8, sec: 2880, workoutId: easy });
    await addRun(sys, { userId: id, date: day(mon + 2), km: 10, sec: 2700, rpe: 8, workoutId: tempo });
    await addRun(sys, { userId: id, date: day(mon + 3), km: 4, sec: 1560, rpe: 3 });
    await addRun(sys, { userId: id, date: day(mon + 6), km: 16, sec: 5760, workoutId: long });

    await user.send('/stats');
    const text = await user.waitForMessage((m) => m.text.includes('Last 8 weeks'), { timeoutMs: 20_000 });
    // By hand: planned 8 + 10 + 6 + 16 = 40; run 8 + 10 + 4 + 16 = 38; 3 of 4 due done; the long run (done)
    // follows the cancelled Friday → streak 1; easy pace only in one week → no trend yet;
    // 10 km in 45:00 → VDOT 45.x, Riegel half = 2700 × 2.10975^1.06 = 5957.5 s = 1:39:18.
    assert.match(text.text, /Distance: 38 km run, 40 km planned/);
    assert.match(text.text, /Completion: 75% \(3 of 4 done, 1 skipped, 0 missed\)/);
    assert.match(text.text, /Current streak: 1 workout in a row/);
    assert.match(text.text, /Longest run: 16 km/);
    assert.match(text.text, /Easy pace: not enough/);
    assert.match(text.text, /Predicted Half marathon: 1:(38|39|40):\d\d \(VDOT 45\.\d; Riegel 1:39:1[78]\)/);
    const photo = await user.waitForMessage((m) => Boolean(m.message.photo), { timeoutMs: 20_000 });
    const biggest = photo.message.photo!.at(-1)!;
    const res = await fetch(`${sys.sandbox.url}/sandbox/files/${biggest.file_id}`);
    const png = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1080, 720]);
    assert.ok(png.length > 10_000 && png.length < 500_000, `png bytes ${png.length}`);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/stats-chart-bot.png', png);
  });

  it('three misses in 14 days offer a re-plan; the rebuilt plan passes the rule checker and keeps history', async () => {
    const user = sys.client.user({ first_name: 'Replan' });
    const { id } = await user.info();
    await seedRunner(sys, id);
    const planId = await seedEnginePlan(sys, id);
    const missed = [];
    for (const d of [-9, -6, -3]) missed.push(await addWorkout(sys, { userId: id, planId, date: day(d) }));
    const doneId = await addWorkout(sys, { userId: id, planId, date: day(-5), km: 10, status: 'done' });
    await addRun(sys, { userId: id, date: day(-5), km: 10, sec: 3300, workoutId: doneId });
    await addRun(sys, { userId: id, date: day(-2), km: 6, sec: 2100 });
    await addRun(sys, { userId: id, date: day(-12), km: 8, sec: 2880 });

    await user.send('/pending');
    const offer = await user.waitForMessage((m) => m.text.includes('3 workouts were missed'), {
      timeoutMs: 20_000,
    });
    await user.press(offer, '🔄 Adjust my plan');
    await user.waitForMessage((m) => m.text.includes('Plan adjusted'), {
      after: offer.message_id,
      timeoutMs: 30_000,
    });

    const plans = await sys.db.sql<
      {
        id: number;
        status: string;
        input: unknown;
        plan: unknown;
        meta: { replan?: { recentWeeklyKm: number } };
      }[]
    >`
      select id::int as id, status, input, plan, meta from training_plans where user_id = ${id} order by version`;
    // v1 empty seed, v2 the engine plan, v3 the re-plan.
    assert.deepEqual(
      plans.map((p) => p.status),
      ['superseded', 'superseded', 'active'],
    );
    const active = plans[2]!;
    const input = plannerInputSchema.parse(active.input);
    const plan = planSchema.parse(active.plan);
    assert.equal(input.weeklyVolumeKm, 12, '(10 + 6 + 8) km in 14 days = 12 km a week');
    assert.equal(active.meta.replan?.recentWeeklyKm, 12);
    assert.deepEqual(checkPlan(plan, input), []);
    assert.ok(
      plan.weeks[0]!.workouts.every((w) => w.date >= day(0)),
      'nothing before today is rebuilt',
    );
    const kept = await sys.db.sql<{ id: number; status: string }[]>`
      select id::int as id, status from planned_workouts where id = any(${[...missed, doneId]}::bigint[]) order by workout_date`;
    assert.deepEqual(
      kept.map((w) => w.status),
      ['missed', 'missed', 'done', 'missed'],
    );
    const [{ n }] = await sys.db.sql<{ n: number }[]>`
      select count(*)::int as n from planned_workouts where user_id = ${id} and plan_id = ${active.id}`;
    assert.ok(n > 10, `new workouts stored: ${n}`);
    const [offerRow] = await sys.db.sql<
      { status: string }[]
    >`select status from replan_offers where user_id = ${id}`;
    assert.equal(offerRow?.status, 'done');
  });
});
