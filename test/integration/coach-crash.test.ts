import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { OpenAIStub } from '../harness/openai-stub.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

const PROFILE = halfMarathonProfile({ timeZone: 'UTC' });

describe('the coach survives kill -9 mid-answer', () => {
  let sys: TestSystem;
  let stub: OpenAIStub;
  before(async () => {
    stub = await OpenAIStub.start();
    sys = await startTestSystem({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: stub.baseURL } });
  });
  after(async () => {
    await sys.close();
    await stub.close();
    await stopEmbeddedAdminCluster();
  });

  it('bot-poller killed while the model is thinking: the restarted one answers once, nothing lost', async () => {
    const user = sys.client.user({ first_name: 'Crash' });
    const { id } = await user.info();
    await insertRunner(sys.db.sql, id, PROFILE);
    const input = plannerInputSchema.parse(toPlannerInput(PROFILE, isoDaysFromNow(0)));
    await sys.db.sql.begin((tx) =>
      saveActivePlan(tx, {
        userId: id,
        input,
        plan: buildPlan(input),
        source: 'deterministic',
        jobId: 700_000 + id,
      }),
    );
    const first = sys.start('bot-poller');
    stub.enqueue({ kind: 'hang' });
    await user.send('ugh, my calf is sore');
    await waitUntil(() => stub.requests.length === 1, 30_000, 'the model call');
    first.child.kill('SIGKILL');
    await first.exited;

    stub.setHandler(() => ({
      kind: 'tool',
      name: 'report_pain',
      arguments: JSON.stringify({ area: 'calf', severity: 'moderate' }),
    }));
    sys.start('bot-poller');
    const proposal = await user.waitForMessage((m) => m.text.includes('lighter next 7 days'), {
      timeoutMs: 60_000,
    });
    assert.match(proposal.text, /calf/);
    // Let any duplicate surface before counting.
    await waitUntil(
      async () =>
        (await sys.db.sql`select 1 from jobs where queue = 'coach' and status = 'completed'`).length === 1,
      30_000,
      'the coach job completed',
    );
    const replies = await sys.db.sql`
      select 1 from outgoing_messages where chat_id = ${id} and payload->>'text' like '%lighter next 7 days%'`;
    assert.equal(replies.length, 1, 'answered once');
    const [proposals] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from coach_proposals where user_id = ${id}`;
    assert.equal(proposals!.n, 1);
    const [plans] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from training_plans where user_id = ${id}`;
    assert.equal(plans!.n, 1, 'nothing written before Apply');
  });
});
