import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import type { Update } from 'telegraf/types';
import { storeUpdates } from '../../shared/inbox/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster } from '../harness/db.js';

const update = (id: number, chatId: number, text: string) =>
  ({
    update_id: id,
    message: { message_id: id, date: 0, chat: { id: chatId, type: 'private' }, text },
  }) as unknown as Update;

it('storeUpdates: NUL bytes are cleaned, an unstorable update becomes a failed stub, none blocks the batch', async () => {
  const db = await createTestDatabase({ migrate: true });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });
  const stored = await storeUpdates(
    db.sql,
    [update(1, 5, 'a\u0000b'), update(2, 1e20, 'chat id beyond bigint'), update(3, 5, 'fine')],
    'polling',
  );
  assert.equal(stored, 2);
  const rows = await db.sql<{ update_id: number; status: string; text: string | null }[]>`
    select update_id, status, payload->'message'->>'text' as text from telegram_updates order by update_id`;
  assert.deepEqual(
    rows.map((r) => [r.update_id, r.status, r.text]),
    [
      [1, 'pending', 'a\uFFFDb'],
      [2, 'failed', null],
      [3, 'pending', 'fine'],
    ],
  );
  assert.equal(await storeUpdates(db.sql, [update(3, 5, 'fine')], 'polling'), 0, 're-delivery stored once');
});
