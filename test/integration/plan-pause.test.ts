import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { materialiseDueReminders } from '../../shared/reminders/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { killAndRestart, RUNNER, repliesContaining, seedRunnerWithPlan } from './plan-hands-helpers.js';

describe('/pause and /resume', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('a pause after illness clears the days off, rebuilds the return with a lighter easy week, stops reminders; /resume ends it; both through a kill -9', async () => {
    sys = await startTestSystem();
    const s = sys;
    const user = s.client.user({ first_name: 'Pause' });
    const { id } = await user.info();
    await seedRunnerWithPlan(s, id);
    const sql = s.db.sql;
    const today = DateTime.now().setZone(RUNNER.timeZone).startOf('day');
    const iso = (d: DateTime) => d.toISODate()!;
    const back = today.plus({ days: 7 });
    const activeWorkouts = () =>
      sql<{ date: string; type: string; km: number }[]>`
        select pw.workout_date::text as date, pw.type, pw.distance_km::float8 as km from planned_workouts pw
        join training_plans tp on tp.id = pw.plan_id and tp.status = 'active'
        where pw.user_id = ${id} and pw.status = 'planned' order by pw.workout_date`;
    const before = await activeWorkouts();
    assert.ok(
      before.some((w) => w.date >= iso(today) && w.date < iso(back)),
      'the plan had runs in those days',
    );
    s.start('bot-poller');

    await user.send('/pause 7 ill');
    await killAndRestart(s);
    await user.waitForMessage((m) => m.text.startsWith('⏸️ Paused until'), { timeoutMs: 60_000 });
    assert.equal(await repliesContaining(s, id, 'Paused until'), 1);
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from training_plans where user_id = ${id}`;
    assert.equal(n, 2, 'one rebuild');
    const paused = await activeWorkouts();
    assert.ok(!paused.some((w) => w.date < iso(back)), 'nothing planned during the pause');
    const firstWeek = paused.filter((w) => w.date < iso(back.plus({ days: 7 })));
    assert.ok(firstWeek.length > 0);
    assert.ok(
      firstWeek.every((w) => w.type === 'easy' || w.type === 'long' || w.type === 'recovery'),
      `only easy running after illness: ${firstWeek.map((w) => w.type).join(', ')}`,
    );

    // Reminders follow the active plan's open workouts: none during the pause.
    for (let d = 1; d < 7; d++) {
      const evening = today.plus({ days: d }).set({ hour: 21 }).toJSDate();
      await materialiseDueReminders(sql, evening);
    }
    const reminders = await sql<{ for_date: string }[]>`
      select for_date::text from reminder_deliveries where user_id = ${id} and for_date < ${iso(back)}::date`;
    assert.deepEqual([...reminders], []);
    // …and they come back with the plan: the evening before the first run after the pause.
    const firstBack = DateTime.fromISO(paused[0]!.date, { zone: RUNNER.timeZone });
    await materialiseDueReminders(sql, firstBack.minus({ days: 1 }).set({ hour: 21 }).toJSDate());
    const [{ due }] = await sql<{ due: number }[]>`
      select count(*)::int as due from reminder_deliveries
      where user_id = ${id} and kind = 'workout' and for_date = ${paused[0]!.date}::date`;
    assert.equal(due, 1, 'the reminder of the first run back');

    await user.send('/resume');
    await killAndRestart(s);
    await user.waitForMessage((m) => m.text.startsWith('▶️ Welcome back'), { timeoutMs: 60_000 });
    assert.equal(await repliesContaining(s, id, 'Welcome back'), 1);
    const resumed = await activeWorkouts();
    assert.ok(
      resumed.some((w) => w.date < iso(back)),
      'the plan picks up before the planned return',
    );
    await user.send('/resume');
    await user.waitForMessage((m) => m.text.includes('not paused'), { timeoutMs: 20_000 });
  });
});
