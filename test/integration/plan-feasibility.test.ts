import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { loadProfile } from '../../shared/profile/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';

// A beginner from 0 km/week with a marathon 3 weeks away: the gate refuses, with options as buttons.
const PROFILE = halfMarathonProfile({
  goalDistanceKm: 42.195,
  goalLabel: 'Marathon',
  raceDate: isoDaysFromNow(21),
  experience: 'beginner',
  yearsRunning: 0,
  weeklyVolumeKm: 0,
  recentRace: undefined,
});

type Msg = {
  message: { reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data?: string }>> } };
};

describe('/plan with an infeasible goal', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => {
    await sys?.close();
  });
  after(() => stopEmbeddedAdminCluster());

  it('sends the reason and options, stores no plan, and a pressed option updates the goal and plans it', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Couch' });
    const { id } = await user.info();
    await insertRunner(sys.db.sql, id, PROFILE, 'Couch');
    sys.start('bot-poller');
    await user.send('/plan');
    const gate = await user.waitForMessage((m) => m.text.includes("can't build a safe plan"), {
      timeoutMs: 30_000,
    });
    assert.match(gate.text, /marathon/i);
    assert.doesNotMatch(gate.text, /Predicted/);
    const rows = (gate as unknown as Msg).message.reply_markup?.inline_keyboard ?? [];
    const later = rows.flat().find((b) => b.callback_data?.startsWith('fz1:d:'));
    assert.ok(later, JSON.stringify(rows));
    const [{ n }] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from training_plans where user_id = ${id}`;
    assert.equal(n, 0, 'no plan for an infeasible goal');

    await user.press(gate, { data: later.callback_data! });
    await user.waitForMessage((m) => m.text.includes('Week 1'), { timeoutMs: 30_000 });
    const profile = await loadProfile(sys.db.sql, id);
    assert.equal(profile?.raceDate, later.callback_data!.slice('fz1:d:'.length));
    const [{ plans }] = await sys.db.sql<{ plans: number }[]>`
      select count(*)::int as plans from training_plans where user_id = ${id} and status = 'active'`;
    assert.equal(plans, 1);
  });
});
