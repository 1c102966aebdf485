import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPlan, plannerInputSchema } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

const PROFILE = halfMarathonProfile({ timeZone: 'UTC' });

/** A runner with a profile and an engine plan built today (no OPENAI_API_KEY: the offline parser reads). */
async function seed(sys: TestSystem, userId: number): Promise<number> {
  await insertRunner(sys.db.sql, userId, PROFILE);
  const input = plannerInputSchema.parse(toPlannerInput(PROFILE, isoDaysFromNow(0)));
  const saved = await sys.db.sql.begin((tx) =>
    saveActivePlan(tx, {
      userId,
      input,
      plan: buildPlan(input),
      source: 'deterministic',
      jobId: 800_000 + userId,
    }),
  );
  return saved.planId;
}

const km = async (sys: TestSystem, userId: number, from: string, to: string) => {
  const [row] = await sys.db.sql<{ km: number }[]>`
    select coalesce(sum(w.distance_km), 0)::float8 as km from planned_workouts w join training_plans p on p.id = w.plan_id
    where w.user_id = ${userId} and p.status = 'active' and w.workout_date between ${from} and ${to} and w.type <> 'race'`;
  return row!.km;
};

describe('the coach through the sandbox (offline parser)', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  it('"my knee hurts" → a lighter week shown → Apply → plan changed, once (a second Apply does nothing)', async () => {
    const user = sys.client.user({ first_name: 'Knee' });
    const { id } = await user.info();
    const planId = await seed(sys, id);
    const before = await km(sys, id, isoDaysFromNow(0), isoDaysFromNow(6));

    await user.send('my knee hurts');
    const proposal = await user.waitForMessage((m) => m.text.includes('lighter next 7 days'), {
      timeoutMs: 30_000,
    });
    assert.match(proposal.text, /see a physiotherapist or doctor/);
    assert.doesNotMatch(proposal.text, /diagnos(is|ed) (is|as)/);
    const markup =
      proposal.reply_markup?.kind === 'inline' ? proposal.reply_markup.markup.inline_keyboard : [];
    const data = markup.flat().map((b) => b.callback_data);
    assert.match(String(data[0]), /^co1:a:\d+$/);
    // Nothing is written before Apply.
    const [plansBefore] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from training_plans where user_id = ${id}`;
    assert.equal(plansBefore!.n, 1);
    assert.equal(await km(sys, id, isoDaysFromNow(0), isoDaysFromNow(6)), before);

    // A double tap: both presses reach the bot before either is handled.
    const first = await user.press(proposal, { data: String(data[0]) });
    const second = await user.press(proposal, { data: String(data[0]) });
    await user.waitForMessage((m) => m.text.includes('your plan is updated'), {
      after: proposal.message_id,
      timeoutMs: 20_000,
    });
    await user.waitForAnswer(first, { timeoutMs: 20_000 });
    assert.match((await user.waitForAnswer(second, { timeoutMs: 20_000 })).text ?? '', /already answered/);

    const plans = await sys.db.sql<{ id: number; status: string; version: number }[]>`
      select id::int as id, status, version from training_plans where user_id = ${id} order by version`;
    assert.deepEqual(
      plans.map((p) => [p.version, p.status]),
      [
        [1, 'superseded'],
        [2, 'active'],
      ],
    );
    assert.notEqual(plans[1]!.id, planId);
    const afterKm = await km(sys, id, isoDaysFromNow(0), isoDaysFromNow(6));
    assert.ok(afterKm < before, `the next 7 days carry less (${before} → ${afterKm} km)`);
    const quality = await sys.db.sql`
      select 1 from planned_workouts w join training_plans p on p.id = w.plan_id
      where w.user_id = ${id} and p.status = 'active' and w.workout_date between ${isoDaysFromNow(0)} and ${isoDaysFromNow(6)}
        and w.type in ('tempo', 'intervals', 'repetitions', 'race-pace')`;
    assert.equal(quality.length, 0, 'easy runs only after pain');
    const [proposalRow] = await sys.db.sql<
      { status: string }[]
    >`select status from coach_proposals where user_id = ${id}`;
    assert.equal(proposalRow!.status, 'applied');
  });

  it('"move Saturday\'s run to Sunday" is moved or refused with a reason', async () => {
    const user = sys.client.user({ first_name: 'Mover' });
    const { id } = await user.info();
    await seed(sys, id);
    await user.send("move Saturday's run to Sunday");
    const reply = await user.waitForMessage((m) => /can't move that run|Move .* from/.test(m.text), {
      timeoutMs: 30_000,
    });
    if (/can't move/.test(reply.text)) {
      // The profile trains Saturday and Sunday: Sunday holds the long run already.
      assert.match(reply.text, /can't move that run: .+\. Your plan stays as it is\./);
      assert.equal(reply.reply_markup, undefined);
      const [n] = await sys.db.sql<
        { n: number }[]
      >`select count(*)::int as n from training_plans where user_id = ${id}`;
      assert.equal(n!.n, 1);
      return;
    }
    await user.press(reply, '✅ Apply');
    await user.waitForMessage((m) => m.text.includes('your plan is updated'), {
      after: reply.message_id,
      timeoutMs: 20_000,
    });
  });

  it('"ran 8k in 45 min today" → proposal → "yes, do that" records the run once', async () => {
    const user = sys.client.user({ first_name: 'Yes' });
    const { id } = await user.info();
    await seed(sys, id);
    await user.send('ran 8k in 45 min today');
    await user.waitForMessage((m) => m.text.includes('Log a run of 8 km in 45:00'), { timeoutMs: 30_000 });
    assert.equal((await sys.db.sql`select 1 from workout_completions where user_id = ${id}`).length, 0);
    await user.send('yes, do that');
    await user.waitForMessage((m) => m.text.includes('Run recorded'), { timeoutMs: 30_000 });
    const runs = await sys.db.sql<{ distance_km: string; duration_sec: number }[]>`
      select distance_km, duration_sec from workout_completions where user_id = ${id}`;
    assert.deepEqual(
      runs.map((r) => [Number(r.distance_km), r.duration_sec]),
      [[8, 2700]],
    );
    await user.send('yes');
    await user.waitForMessage((m) => m.text.includes('nothing waiting for a yes'), { timeoutMs: 30_000 });
    // Memory holds both sides of each exchange.
    const turns = await sys.db.sql<
      { role: string }[]
    >`select role from coach_turns where user_id = ${id} order by id`;
    assert.deepEqual(
      turns.map((t) => t.role),
      ['runner', 'coach', 'runner', 'coach', 'runner', 'coach'],
    );
  });

  it('red flags are answered at once without a job; unknown text gets three examples', async () => {
    const user = sys.client.user({ first_name: 'Flag' });
    const { id } = await user.info();
    await seed(sys, id);
    await user.send('I had chest pain on my run yesterday');
    const flag = await user.waitForMessage((m) => m.text.includes('seek medical care'), {
      timeoutMs: 20_000,
    });
    assert.match(flag.text, /emergency/);
    const [jobs] = await sys.db.sql<{ n: number }[]>`
      select count(*)::int as n from jobs where queue = 'coach' and payload->>'userId' = ${String(id)}`;
    assert.equal(jobs!.n, 0);
    await user.send('hello there');
    const unknown = await user.waitForMessage((m) => m.text.includes("I didn't understand “hello there”"), {
      timeoutMs: 30_000,
    });
    assert.match(unknown.text, /knee hurts[\s\S]*Saturday's run to Sunday[\s\S]*ran 10k/);
    await waitUntil(
      async () => (await sys.db.sql`select 1 from coach_turns where user_id = ${id}`).length === 4,
      10_000,
      'turns',
    );
  });
});
