import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type CoachJobData, createCoachJobHandler } from '../../shared/coach/index.js';
import { loadConfig } from '../../shared/config/index.js';
import { createLogger } from '../../shared/log/index.js';
import { buildPlan, fromDayNumber, plannerInputSchema, toDayNumber } from '../../shared/planner/index.js';
import { saveActivePlan } from '../../shared/plans/index.js';
import { toPlannerInput } from '../../shared/profile/index.js';
import { Job } from '../../shared/queue/index.js';
import { useTestDatabase } from '../harness/db.js';
import { OpenAIStub } from '../harness/openai-stub.js';
import { halfMarathonProfile, insertRunner, isoDaysFromNow } from '../harness/profile-fixture.js';

const log = createLogger({ app: 'test-coach-locale', dir: '/tmp/runcoach-test-logs', console: false });
const PROFILE = halfMarathonProfile({ timeZone: 'UTC' });
const today = isoDaysFromNow(0);
const input = plannerInputSchema.parse(toPlannerInput(PROFILE, today));
const PLAN = buildPlan(input);
const runs = PLAN.weeks.flatMap((w) => w.workouts).filter((w) => w.type !== 'rest');
const has = (date: string) => runs.some((w) => w.date === date);
const plus = (iso: string, n: number) => fromDayNumber(toDayNumber(iso) + n);

describe('the GPT coach in the runner’s language (OpenAI stub)', () => {
  const db = useTestDatabase({ migrate: true });
  let stub: OpenAIStub;
  let nextJob = 1;
  before(async () => {
    stub = await OpenAIStub.start();
  });
  after(async () => {
    await stub.close();
  });

  const runJob = (data: CoachJobData) =>
    createCoachJobHandler({
      sql: db().sql,
      log,
      backoffMs: 1,
      config: loadConfig({
        DATABASE_URL: db().url,
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: stub.baseURL,
        OPENAI_TIMEOUT_MS: '10000',
      }),
    })(
      new Job({
        id: nextJob++,
        queue: 'coach',
        data,
        attempt: 1,
        maxAttempts: 3,
        signal: new AbortController().signal,
        workerId: 'test',
        createdAt: new Date(),
        dedupeKey: null,
      }),
    );
  const lastReply = async (id: number) => {
    const [row] = await db().sql<
      { text: string; markup: { inline_keyboard: { text: string }[][] } | null }[]
    >`
      select payload->>'text' as text, payload->'reply_markup' as markup from outgoing_messages
      where chat_id = ${id} order by id desc limit 1`;
    return row!;
  };

  it('a Spanish runner: the prompt asks for Spanish, and a proposal comes with Spanish text and buttons', async () => {
    const id = 7_900;
    await insertRunner(db().sql, id, PROFILE);
    await db().sql`update users set locale = 'es' where id = ${id}`;
    await db().sql.begin((tx) =>
      saveActivePlan(tx, { userId: id, input, plan: PLAN, source: 'deterministic', jobId: 590_000 }),
    );
    const easy = runs.find((w) => w.type === 'easy' && w.date > today && !has(plus(w.date, 1)))!;
    stub.enqueue({
      kind: 'tool',
      name: 'move_workout',
      arguments: JSON.stringify({ from: easy.date, to: plus(easy.date, 1) }),
    });
    await runJob({ userId: id, chatId: id, text: 'pasa mi rodaje de mañana al día siguiente' });
    const system = stub.requests.at(-1)!.body.messages[0].content as string;
    assert.match(system, /The runner's language is Spanish: write every answer in Spanish/);
    const reply = await lastReply(id);
    assert.match(reply.text, /^🔀 ¿Muevo <b>.+<\/b> del .+ al .+\?/);
    assert.match(reply.text, /No cambia nada hasta que pulses <b>Aplicar<\/b>\.$/);
    assert.deepEqual(
      reply.markup?.inline_keyboard.flat().map((b) => b.text),
      ['✅ Aplicar', '✖️ Cancelar'],
    );

    // A refused tool call is answered in Spanish too.
    stub.enqueue({ kind: 'tool', name: 'delete_plan', arguments: '{}' });
    await runJob({ userId: id, chatId: id, text: 'borra mi plan' });
    assert.match((await lastReply(id)).text, /^No puedo hacer ese cambio/);
  });
});
