import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Housekeeping, pruneHandled } from '../../shared/inbox/index.js';
import { createLogger } from '../../shared/log/index.js';
import { pruneFinishedDeliveries } from '../../shared/reminders/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';

const log = createLogger({ app: 'test-housekeeping', dir: '/tmp/runcoach-test-logs', console: false });
let db: TestDatabase;

before(async () => {
  db = await createTestDatabase({ migrate: true });
});
after(async () => {
  await db.drop();
  await stopEmbeddedAdminCluster();
});

it('pruneHandled removes only old handled rows', async () => {
  await db.sql`
    insert into telegram_updates (update_id, payload, source, status, processed_at) values
      (1, '{}', 'polling', 'processed', now() - interval '8 days'),
      (2, '{}', 'polling', 'processed', now() - interval '1 day'),
      (3, '{}', 'polling', 'failed', now() - interval '30 days'),
      (4, '{}', 'polling', 'pending', null)`;
  await db.sql`
    insert into outgoing_messages (chat_id, method, payload, status, sent_at) values
      (1, 'sendMessage', '{}', 'sent', now() - interval '8 days'),
      (1, 'sendMessage', '{}', 'sent', now()),
      (1, 'sendMessage', '{}', 'failed', null)`;
  assert.deepEqual(await pruneHandled(db.sql), { updates: 1, messages: 1 });
  const left = await db.sql<
    { update_id: number }[]
  >`select update_id from telegram_updates order by update_id`;
  assert.deepEqual(
    left.map((r) => r.update_id),
    [2, 3, 4],
  );
  assert.deepEqual(await pruneHandled(db.sql), { updates: 0, messages: 0 });
});

it('Housekeeping prunes the inbox, the outbox and only the finished jobs of its pruned queues', async () => {
  await db.sql`
    insert into telegram_updates (update_id, payload, source, status, processed_at) values
      (11, '{}', 'polling', 'processed', now() - interval '9 days')`;
  await db.sql`
    insert into jobs (queue, payload, status, finished_at) values
      ('hk-plan', '{}', 'completed', now() - interval '40 days'),
      ('hk-plan', '{}', 'dead', now() - interval '31 days'),
      ('hk-plan', '{}', 'completed', now() - interval '2 days'),
      ('hk-replan', '{}', 'completed', now() - interval '40 days'),
      ('hk-vision', '{}', 'completed', now() - interval '400 days')`;
  const housekeeping = new Housekeeping({ sql: db.sql, log, prunedQueues: ['hk-plan', 'hk-replan'] });
  assert.deepEqual(await housekeeping.pruneOnce(), { updates: 1, messages: 0, jobs: 3, other: 0 });
  const left = await db.sql<
    { queue: string }[]
  >`select queue from jobs where queue like 'hk-%' order by queue`;
  assert.deepEqual(
    left.map((r) => r.queue),
    ['hk-plan', 'hk-vision'],
  );
  housekeeping.start();
  await housekeeping.stop();
});

it('keeps screenshot jobs (with their readings) 90 days and finished reminder deliveries 30 days past their day', async () => {
  const [user] = await db.sql<{ id: number }[]>`
    insert into users (id, chat_id, first_name) values (7001, 7001, 'Ann') returning id`;
  const jobs = await db.sql<{ id: number }[]>`
    insert into jobs (queue, payload, status, finished_at) values
      ('hk2-vision', '{}', 'completed', now() - interval '91 days'),
      ('hk2-vision', '{}', 'completed', now() - interval '40 days'),
      ('hk2-vision', '{}', 'running', null)
    returning id`;
  for (const job of jobs) {
    await db.sql`
      insert into vision_extractions (job_id, user_id, chat_id, outcome)
      values (${job.id}, ${user!.id}, ${user!.id}, 'not_workout')`;
  }
  await db.sql`
    insert into reminder_deliveries (user_id, chat_id, kind, for_date, due_at, expires_at, status) values
      (${user!.id}, ${user!.id}, 'workout', current_date - 40, now() - interval '41 days', now() - interval '40 days', 'sent'),
      (${user!.id}, ${user!.id}, 'rest_day', current_date - 40, now() - interval '41 days', now() - interval '40 days', 'stale'),
      (${user!.id}, ${user!.id}, 'workout', current_date - 2, now() - interval '3 days', now() - interval '2 days', 'sent'),
      (${user!.id}, ${user!.id}, 'workout', current_date - 41, now() - interval '42 days', now() - interval '41 days', 'pending')`;
  const housekeeping = new Housekeeping({
    sql: db.sql,
    log,
    prunedQueues: [{ name: 'hk2-vision', keepMs: 90 * 86_400_000 }],
    pruners: [
      {
        name: 'reminder deliveries',
        keepMs: 30 * 86_400_000,
        prune: (ms) => pruneFinishedDeliveries(db.sql, ms),
      },
    ],
  });
  const counts = await housekeeping.pruneOnce();
  assert.equal(counts?.jobs, 1, 'only the 91-day-old finished screenshot job');
  assert.equal(counts?.other, 2, 'the sent and the stale delivery 40 days past their day');
  const readings = await db.sql<{ n: number }[]>`
    select count(*)::int as n from vision_extractions where user_id = ${user!.id}`;
  assert.equal(readings[0]!.n, 2, 'the pruned job took its reading with it, the others stay');
  const left = await db.sql<{ status: string }[]>`
    select status from reminder_deliveries where user_id = ${user!.id} order by status`;
  assert.deepEqual(
    left.map((r) => r.status),
    ['pending', 'sent'],
  );
});
