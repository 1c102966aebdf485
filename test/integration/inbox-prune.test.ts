import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { pruneHandled } from '../../shared/inbox/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster } from '../harness/db.js';

it('pruneHandled removes only old handled rows', async () => {
  const db = await createTestDatabase({ migrate: true });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });
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
