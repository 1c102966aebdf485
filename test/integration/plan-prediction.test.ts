import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { halfMarathonProfile } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { day, seedRunnerWithPlan } from './plan-hands-helpers.js';

const predicted = (text: string) => /Predicted Half marathon: [^\n]+/.exec(text)?.[0];

describe('one prediction everywhere', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('/plan and /stats agree: the recent race until a fresher hard effort, then that effort', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Predict' });
    const { id } = await user.info();
    // A recent 10K in 50:00.
    await seedRunnerWithPlan(sys, id, halfMarathonProfile());
    sys.start('bot-poller');

    const both = async () => {
      await user.send('/plan');
      const plan = await user.waitForMessage((m) => m.text.includes('Predicted Half marathon'), {
        timeoutMs: 30_000,
      });
      await user.send('/stats');
      const stats = await user.waitForMessage((m) => m.text.includes('Predicted Half marathon'), {
        timeoutMs: 30_000,
      });
      assert.equal(plan.text.match(/Predicted/g)?.length, 1, 'the time is said once in /plan');
      return { plan: predicted(plan.text), stats: predicted(stats.text) };
    };

    const race = await both();
    assert.ok(race.stats, 'a prediction in /stats, not "log a hard effort"');
    assert.equal(race.plan, race.stats);
    assert.match(race.stats!, /from your recent race/);

    // A fresher hard effort: 10 km in 45:00 at RPE 8 (an extra run today).
    await sys.db.sql`
      insert into workout_completions (user_id, completed_on, distance_km, duration_sec, rpe, source)
      values (${id}, ${day(0)}, 10, 2700, 8, 'log')`;
    const effort = await both();
    assert.equal(effort.plan, effort.stats);
    assert.match(effort.stats!, /from your 10 km in 45:00/);
    assert.notEqual(effort.stats, race.stats);
  });

  it('an ultra gets no time and no "log a hard effort" hint, in /plan or /stats', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Ultra' });
    const { id } = await user.info();
    await seedRunnerWithPlan(
      sys,
      id,
      halfMarathonProfile({ goalDistanceKm: 50, goalLabel: '50 km', weeklyVolumeKm: 60, longestRunKm: 28 }),
    );
    sys.start('bot-poller');
    let after = 0;
    for (const [command, marker] of [
      ['/plan', /Week \d/],
      ['/stats', /Last \d+ weeks|weeks/],
    ] as const) {
      await user.send(command);
      const reply = await user.waitForMessage((m) => marker.test(m.text), { after, timeoutMs: 30_000 });
      after = reply.message_id;
      assert.match(reply.text, /No finish time predicted/, command);
      assert.doesNotMatch(reply.text, /Predicted|hard effort/, command);
    }
  });
});
