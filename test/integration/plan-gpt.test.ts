import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { checkPlan, plannerInputSchema, planSchema } from '../../shared/planner/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { OpenAIStub } from '../harness/openai-stub.js';
import { halfMarathonProfile, insertRunner } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';

// The happy path nobody tested end to end: GPT answers well, through the compiled bot-poller, its plan
// job and the outbox. The OpenAI-compatible stub speaks real HTTP; each answer carries a numbered note so
// the plan the runner sees can be traced to the request that produced it.
describe('/plan with a working GPT', () => {
  let sys: TestSystem | undefined;
  let stub: OpenAIStub | undefined;
  after(async () => {
    await sys?.close();
    await stub?.close();
    await stopEmbeddedAdminCluster();
  });

  it('builds a plan with source llm, and "Rebuild my plan" builds a second one through GPT', async () => {
    let answered = 0;
    stub = await OpenAIStub.start({
      handler: () => ({
        kind: 'content',
        content: JSON.stringify({
          coachNote: `Coach note ${++answered}: build slowly, keep the easy days truly easy, trust the taper.`,
          adjustments: [],
        }),
        usage: { prompt_tokens: 1500, completion_tokens: 60 },
      }),
    });
    sys = await startTestSystem({
      env: { OPENAI_API_KEY: 'sk-test-stubkey-0000000000', OPENAI_BASE_URL: stub.baseURL },
    });
    const user = sys.client.user({ first_name: 'Gpt' });
    const { id } = await user.info();
    await insertRunner(sys.db.sql, id, halfMarathonProfile(), 'Gpt');
    sys.start('bot-poller');

    await user.send('/plan');
    const first = await user.waitForMessage((m) => m.text.includes('Week 1'), { timeoutMs: 30_000 });
    assert.match(first.text, /Coach note 1:/, "the runner sees GPT's note");
    const request = stub.requests[0]?.body as { model?: string; response_format?: { type?: string } };
    assert.equal(request?.model, 'gpt-4o');
    assert.equal(request?.response_format?.type, 'json_schema', 'structured output was asked for');

    await user.send('/plan');
    const summary = await user.waitForMessage((m) => m.text.includes('Week') && Boolean(m.reply_markup), {
      after: first.message_id,
      timeoutMs: 20_000,
    });
    await user.press(summary, '🔄 Rebuild my plan');
    // A rebuild shows what would change first; the runner applies it.
    const preview = await user.waitForMessage((m) => m.text.includes('What a rebuild would change'), {
      after: summary.message_id,
      timeoutMs: 20_000,
    });
    await user.press(preview, '✅ Apply');
    const second = await user.waitForMessage((m) => m.text.includes('Coach note 2:'), {
      after: preview.message_id,
      timeoutMs: 30_000,
    });
    assert.match(second.text, /Week 1/);

    const plans = await sys.db.sql<{ status: string; source: string; input: unknown; plan: unknown }[]>`
      select status, source, input, plan from training_plans where user_id = ${id} order by version`;
    assert.deepEqual(
      plans.map((p) => [p.status, p.source]),
      [
        ['superseded', 'llm'],
        ['active', 'llm'],
      ],
    );
    const active = planSchema.parse(plans[1]?.plan);
    assert.match(active.coachNote ?? '', /^Coach note 2:/);
    assert.deepEqual(checkPlan(active, plannerInputSchema.parse(plans[1]?.input)), []);
    assert.equal(stub.requests.length, 2, 'one GPT call per plan');
    const rebuilt = (await user.botMessages()).filter((m) => m.text.includes('Coach note 2:'));
    assert.equal(rebuilt.length, 1, 'the rebuilt plan announced once');
  });
});
