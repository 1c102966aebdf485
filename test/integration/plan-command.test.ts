import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { planSchema } from '../../shared/planner/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { OpenAIStub } from '../harness/openai-stub.js';
import { halfMarathonProfile, insertRunner } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';

const PROFILE = halfMarathonProfile();

const seedProfile = (sys: TestSystem, userId: number) => insertRunner(sys.db.sql, userId, PROFILE, 'Plan');

describe('/plan', () => {
  let sys: TestSystem | undefined;
  let stub: OpenAIStub | undefined;
  afterEach(async () => {
    await sys?.close();
    await stub?.close();
  });
  after(() => stopEmbeddedAdminCluster());

  it('without a profile, asks for /start and builds nothing', async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
    const user = sys.client.user({ first_name: 'New' });
    await user.send('/plan');
    await user.waitForMessage((m) => m.text.includes('/start'), { timeoutMs: 20_000 });
    const [{ n }] = await sys.db.sql<{ n: number }[]>`select count(*)::int as n from jobs`;
    assert.equal(n, 0);
  });

  it('builds the deterministic plan through the job queue and stores its workouts', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Plan' });
    const { id } = await user.info();
    await seedProfile(sys, id);
    sys.start('bot-poller');
    await user.send('/plan');
    await user.waitForMessage((m) => m.text.includes('Building your training plan'), { timeoutMs: 20_000 });
    const summary = await user.waitForMessage((m) => m.text.includes('Week 1'), { timeoutMs: 30_000 });
    assert.ok(summary.text.length > 100);
    const plans = await sys.db.sql<{ source: string; plan: unknown; status: string }[]>`
      select source, plan, status from training_plans where user_id = ${id}`;
    assert.equal(plans.length, 1);
    assert.equal(plans[0]?.source, 'deterministic');
    const plan = planSchema.parse(plans[0]?.plan);
    const [{ n, off }] = await sys.db.sql<{ n: number; off: number }[]>`
      select count(*)::int as n,
             count(*) filter (where extract(isodow from workout_date) not in (2, 4, 6, 7) and type <> 'race')::int as off
      from planned_workouts where user_id = ${id}`;
    assert.ok(n > 20, `workouts stored: ${n}`);
    assert.equal(off, 0, 'every workout on a preferred day');
    assert.equal(plan.weeks.at(-1)?.workouts.at(-1)?.date, PROFILE.raceDate);

    // /plan again shows the active plan without building another.
    await user.send('/plan');
    await user.waitForMessage((m) => m.text.includes('Week') && Boolean(m.reply_markup), {
      timeoutMs: 20_000,
    });
    const [{ jobs }] = await sys.db.sql<{ jobs: number }[]>`select count(*)::int as jobs from jobs`;
    assert.equal(jobs, 1);
  });

  it('with OPENAI_API_KEY, an LLM failure (HTTP 500) still yields the engine plan', async () => {
    stub = await OpenAIStub.start();
    stub.enqueue({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    sys = await startTestSystem({
      env: { OPENAI_API_KEY: 'sk-test-stubkey-0000000000', OPENAI_BASE_URL: stub.baseURL },
    });
    const user = sys.client.user({ first_name: 'Llm' });
    const { id } = await user.info();
    await seedProfile(sys, id);
    sys.start('bot-poller');
    await user.send('/plan');
    await user.waitForMessage((m) => m.text.includes('Week 1'), { timeoutMs: 30_000 });
    assert.ok(stub.requests.length >= 1, 'the model was asked');
    const [row] = await sys.db.sql<{ source: string; meta: { reason: string | null } }[]>`
      select source, meta from training_plans where user_id = ${id}`;
    assert.equal(row?.source, 'deterministic');
    assert.ok(row?.meta.reason, 'the fallback reason is recorded');
  });
});
