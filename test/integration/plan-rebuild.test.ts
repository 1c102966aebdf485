import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { buttonTexts, killBot, RUNNER, repliesContaining, seedRunnerWithPlan } from './plan-hands-helpers.js';

describe('rebuild with a preview', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('Rebuild shows what would change; Keep keeps; Apply pressed twice across a kill -9 builds once and archives the old plan with its completions', async () => {
    sys = await startTestSystem();
    const s = sys;
    const user = s.client.user({ first_name: 'Rebuild' });
    const { id } = await user.info();
    const oldPlanId = await seedRunnerWithPlan(s, id);
    const sql = s.db.sql;
    // A recorded run on the old plan.
    const [done] = await sql<{ id: number }[]>`
      select id::int as id from planned_workouts where plan_id = ${oldPlanId} order by workout_date limit 1`;
    await sql`update planned_workouts set status = 'done' where id = ${done!.id}`;
    await sql`
      insert into workout_completions (user_id, planned_workout_id, completed_on, distance_km, duration_sec, source)
      values (${id}, ${done!.id}, current_date, 6, 2100, 'button')`;
    // The runner's race moved two weeks later (as after a profile edit).
    const newRace = DateTime.fromISO(RUNNER.raceDate).plus({ weeks: 2 }).toISODate()!;
    await sql`
      update runner_profiles set profile = jsonb_set(profile, '{raceDate}', ${sql.json(newRace)})
      where user_id = ${id}`;
    s.start('bot-poller');

    await user.send('/plan');
    const plan = await user.waitForMessage((m) => buttonTexts(m).includes('🔄 Rebuild my plan'), {
      timeoutMs: 30_000,
    });
    await user.waitForAnswer(await user.press(plan, '🔄 Rebuild my plan'));
    let preview = await user.waitForMessage((m) => m.text.startsWith('🔄 What a rebuild would change'), {
      after: plan.message_id,
      timeoutMs: 20_000,
    });
    assert.match(preview.text, /Race: .+ → .+/);
    assert.match(preview.text, /Weeks: \d+ → \d+/);
    assert.match(preview.text, /Peak week: /);
    assert.match(preview.text, /Longest run: /);
    assert.match(preview.text, /This week: /);
    assert.deepEqual(buttonTexts(preview), ['✅ Apply', '↩️ Keep my plan']);

    await user.waitForAnswer(await user.press(preview, '↩️ Keep my plan'));
    await user.waitFor(
      (v) =>
        v.messages.find(
          (m) => m.message_id === preview.message_id && m.text.startsWith('Kept your current plan'),
        ),
      { timeoutMs: 20_000, what: 'kept' },
    );
    const jobs = async () =>
      (await sql<{ n: number }[]>`select count(*)::int as n from jobs where queue = 'plan'`)[0]!.n;
    assert.equal(await jobs(), 0);

    await user.waitForAnswer(await user.press(plan, '🔄 Rebuild my plan'));
    preview = await user.waitForMessage((m) => m.text.startsWith('🔄 What a rebuild would change'), {
      after: preview.message_id,
      timeoutMs: 20_000,
    });
    await killBot(s);
    const first = await user.press(preview, '✅ Apply');
    const second = await user.press(preview, '✅ Apply');
    s.start('bot-poller');
    await user.waitForAnswer(first, { timeoutMs: 60_000 });
    await user.waitForAnswer(second, { timeoutMs: 30_000 });
    await waitUntil(
      async () =>
        (
          await sql`select 1 from training_plans where user_id = ${id} and status = 'active' and id <> ${oldPlanId}`
        ).length === 1,
      60_000,
      'the new plan',
    );
    assert.equal(await jobs(), 1, 'two presses, one job');
    assert.equal(await repliesContaining(s, id, 'Building your new plan'), 1);
    const plans = await sql<{ id: number; status: string; race: string }[]>`
      select id::int as id, status, plan->>'raceDate' as race from training_plans where user_id = ${id} order by id`;
    assert.deepEqual(
      plans.map((p) => [p.id === oldPlanId, p.status]),
      [
        [true, 'superseded'],
        [false, 'active'],
      ],
    );
    assert.equal(plans[1]!.race, newRace);
    // The old plan keeps its done workout and its completion (history).
    const [kept] = await sql<{ status: string; plan_id: number; runs: number }[]>`
      select w.status, w.plan_id::int as plan_id,
             (select count(*)::int from workout_completions c where c.planned_workout_id = w.id) as runs
      from planned_workouts w where w.id = ${done!.id}`;
    assert.deepEqual(kept, { status: 'done', plan_id: oldPlanId, runs: 1 });
  });

  it('a profile edit that changes the plan ends with the preview (Apply / Keep), one that does not with the usual line', async () => {
    sys = await startTestSystem();
    const s = sys;
    const user = s.client.user({ first_name: 'Editor' });
    const { id } = await user.info();
    await seedRunnerWithPlan(s, id);
    s.start('bot-poller');
    const tap = async (m: { message_id: number }, button: string, expect: RegExp) => {
      await user.waitForAnswer(await user.press(m, button), { timeoutMs: 20_000 });
      return user.waitForMessage((x) => expect.test(x.text), { after: m.message_id, timeoutMs: 20_000 });
    };
    const say = async (text: string, expect: RegExp) => {
      await user.send(text);
      return user.waitForMessage((x) => expect.test(x.text), { timeoutMs: 20_000 });
    };
    const newRace = DateTime.fromISO(RUNNER.raceDate).plus({ weeks: 3 }).toISODate()!;
    let m = await say('/profile', /Your runner profile/);
    m = await tap(m, '✏️ Edit', /What would you like to change\?/);
    m = await tap(m, 'Race date', /When is the race\?/);
    m = await say(newRace, /Does everything look right\?/);
    await user.waitForAnswer(await user.press(m, '✅ Save'), { timeoutMs: 20_000 });
    const preview = await user.waitForMessage((x) => x.text.startsWith('🔄 What a rebuild would change'), {
      after: m.message_id,
      timeoutMs: 20_000,
    });
    assert.match(preview.text, /Weeks: \d+ → \d+/);
    assert.deepEqual(buttonTexts(preview), ['✅ Apply', '↩️ Keep my plan']);
    assert.equal(await repliesContaining(s, id, 'with the new answers'), 0);

    // The reminder hour does not change the plan: no preview.
    m = await say('/profile', /Your runner profile/);
    m = await tap(m, '✏️ Edit', /What would you like to change\?/);
    m = await tap(m, 'Reminder hour', /At what hour should I remind you\?/);
    m = await say('8pm', /Does everything look right\?/);
    await user.waitForAnswer(await user.press(m, '✅ Save'), { timeoutMs: 20_000 });
    await user.waitForMessage((x) => /Send \/plan/.test(x.text), { after: m.message_id, timeoutMs: 20_000 });
    assert.equal(await repliesContaining(s, id, 'What a rebuild would change'), 1);
  });
});
