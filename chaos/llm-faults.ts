import { OpenAIStub, type StubReply } from '../test/harness/openai-stub.js';
import { halfMarathonProfile, insertRunner } from '../test/harness/profile-fixture.js';
import { ChaosSystem } from './chaos-system.js';
import { findHarm } from './harm.js';
import { type ScenarioResult, sleep } from './ledger.js';

/** Every way the OpenAI-compatible stub misbehaves, in rotation. */
const FAULTS: readonly StubReply[] = [
  { kind: 'status', status: 500 },
  { kind: 'hang' },
  { kind: 'raw', status: 200, body: '<html>502 Bad Gateway</html>', contentType: 'text/html' },
  { kind: 'content', content: '{"weeks": [{"index": 1, "workouts": [' },
  { kind: 'raw', status: 200, body: '{"choices": "garbage"}' },
  { kind: 'content', content: '{"totally": "off schema", "weeks": 42}' },
  { kind: 'refusal', refusal: 'I cannot help with that.' },
  { kind: 'status', status: 429, message: 'Rate limit reached' },
  { kind: 'content', content: 'Sure! Here is your plan: run a lot.' },
];

/**
 * Inserts a user with a complete runner profile (what the profile dialog would have stored).
 *
 * @example
 * await seedRunner(sys, (await user.info()).id);
 */
export async function seedRunner(sys: ChaosSystem, userId: number): Promise<void> {
  await insertRunner(sys.sql, userId, halfMarathonProfile());
}

/**
 * /plan while the OpenAI-compatible stub answers only 500s, 429s, timeouts (a hung request against
 * OPENAI_TIMEOUT_MS=2000), HTML, broken JSON, off-schema JSON, refusals and prose: every runner must
 * still get exactly one plan (the engine's) and one plan message. `runs` = runners; recovery time = from
 * /plan to the plan message.
 *
 * @example
 * const row = await llmFaultsScenario({ runs: 4 });
 */
export async function llmFaultsScenario(options: { runs?: number } = {}): Promise<ScenarioResult> {
  const runners = options.runs ?? 12;
  const stub = await OpenAIStub.start();
  let next = 0;
  stub.setHandler(() => FAULTS[next++ % FAULTS.length] as StubReply);
  const sys = await ChaosSystem.create({
    env: {
      POLL_TIMEOUT_SEC: '2',
      OPENAI_API_KEY: 'sk-chaos-not-a-real-key-0000000000',
      OPENAI_BASE_URL: stub.baseURL,
      OPENAI_TIMEOUT_MS: '2000',
    },
  });
  const notes: string[] = [];
  try {
    const poller = sys.supervise('bot-poller');
    const users = Array.from({ length: runners }, (_, i) => sys.client.user({ first_name: `Llm${i + 1}` }));
    const ids = await Promise.all(users.map(async (u) => (await u.info()).id));
    for (const id of ids) await seedRunner(sys, id);
    const sentAt = new Map<number, number>();
    for (const [i, user] of users.entries()) {
      await user.send('/plan');
      sentAt.set(i, Date.now());
    }
    const recoveryMs: number[] = [];
    const deadline = Date.now() + 180_000;
    const done = new Set<number>();
    while (done.size < runners && Date.now() < deadline) {
      for (const [i, user] of users.entries()) {
        if (done.has(i)) continue;
        const msgs = await user.botMessages();
        if (msgs.some((m) => m.text.includes('Week 1'))) {
          done.add(i);
          recoveryMs.push(Date.now() - (sentAt.get(i) ?? 0));
        }
      }
      await sleep(200);
    }
    await sleep(1_000);
    let lost = 0;
    let appliedTwice = 0;
    let seenResends = 0;
    for (const [i, user] of users.entries()) {
      const planMessages = (await user.botMessages()).filter((m) => m.text.includes('Week 1')).length;
      const [row] = await sys.sql<{ plans: number; announced: number }[]>`
        select (select count(*)::int from training_plans where user_id = ${ids[i] ?? 0}) as plans,
               (select count(*)::int from outgoing_messages
                where chat_id = ${ids[i] ?? 0} and payload->>'text' like '%Week 1%') as announced`;
      if (planMessages === 0 || (row?.plans ?? 0) === 0) lost++;
      if ((row?.plans ?? 0) > 1 || (row?.announced ?? 0) > 1) appliedTwice++;
      if (planMessages > 1) seenResends += planMessages - 1;
    }
    const detectedLines = sys.logCount('bot-poller', 'possible duplicate');
    appliedTwice += Math.max(0, seenResends - detectedLines);
    const [dead] = await sys.sql<{ n: number }[]>`select count(*)::int as n from jobs where status = 'dead'`;
    if ((dead?.n ?? 0) > 0) notes.push(`${dead?.n} plan jobs dead`);
    // Every answer was unusable, so every plan must be the engine's: the source each plan recorded says so.
    const sources = await sys.sql<{ source: string; n: number }[]>`
      select source, count(*)::int as n from training_plans group by source order by source`;
    const bySource = sources.map((r) => `${r.source} ×${r.n}`).join(', ') || 'none';
    notes.push(`${stub.requests.length} LLM requests; plans by recorded source: ${bySource}`);
    if (poller.crashes > 0) notes.push(`bot-poller crashed ${poller.crashes}×`);
    const harms = await findHarm(sys);
    const wrong = sources.filter((r) => r.source !== 'deterministic');
    if (wrong.length > 0) harms.push(`plans recorded with a source other than the engine's: ${bySource}`);
    if (stub.requests.length === 0) harms.push('no LLM request was made: the faults were never exercised');
    return {
      scenario: 'LLM stub: 500/429/timeout/garbage',
      runs: runners,
      sent: runners,
      lost,
      appliedTwice,
      detectedResends: Math.min(seenResends, detectedLines),
      recoveryMs,
      harms,
      notes,
    };
  } finally {
    await sys.close();
    await stub.close();
  }
}
