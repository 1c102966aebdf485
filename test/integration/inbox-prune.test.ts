import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Housekeeping, pruneHandled } from '../../shared/inbox/index.js';
import { createLogger } from '../../shared/log/index.js';
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
  assert.deepEqual(await housekeeping.pruneOnce(), { updates: 1, messages: 0, jobs: 3 });
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
