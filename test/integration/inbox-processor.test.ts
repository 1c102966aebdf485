import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Update } from 'telegraf/types';
import { apologiseForPoisonUpdate } from '../../shared/bot/index.js';
import { storeUpdates, UpdateProcessor } from '../../shared/inbox/index.js';
import { createLogger } from '../../shared/log/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';

const log = createLogger({ app: 'test-inbox', dir: '/tmp/runcoach-test-logs', console: false });

function textUpdate(updateId: number, chatId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'T' },
      from: { id: chatId, is_bot: false, first_name: 'T' },
      text,
    },
  } as Update;
}

describe('UpdateProcessor', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase({ migrate: true });
  });
  after(async () => {
    await db.drop();
    await stopEmbeddedAdminCluster();
  });

  it('a poison update is retried, then marked failed with an apology, and the chat moves on', async () => {
    await storeUpdates(db.sql, [textUpdate(1, 10, 'boom'), textUpdate(2, 10, 'fine')], 'polling');
    const seen: string[] = [];
    const processor = new UpdateProcessor({
      sql: db.sql,
      log,
      maxAttempts: 2,
      leaseMs: 1_000,
      handle: async (update, tx, out) => {
        const text = 'message' in update && 'text' in update.message ? update.message.text : '';
        seen.push(text);
        await tx`insert into users (id, chat_id) values (${update.update_id}, 10)`; // an effect to roll back
        if (text === 'boom') throw new Error('handler bug');
        out.send(10, 'sendMessage', { chat_id: 10, text: `ok ${text}` });
      },
      onPoison: apologiseForPoisonUpdate,
    });
    // Drive it by hand: no timing involved.
    for (let i = 0; i < 20 && seen.filter((t) => t === 'fine').length === 0; i++) {
      if (!(await processor.processNext())) await new Promise((r) => setTimeout(r, 250));
    }
    assert.deepEqual(seen, ['boom', 'boom', 'fine'], 'retried once, then the next update of the chat ran');
    const updates = await db.sql<{ update_id: number; status: string; attempts: number }[]>`
      select update_id, status, attempts from telegram_updates order by update_id`;
    assert.deepEqual(
      updates.map((u) => [u.update_id, u.status, u.attempts]),
      [
        [1, 'failed', 2],
        [2, 'processed', 1],
      ],
    );
    const messages = await db.sql<{ update_id: number; text: string }[]>`
      select update_id, payload->>'text' as text from outgoing_messages order by id`;
    assert.equal(messages.length, 2);
    assert.match(messages[0]?.text ?? '', /something went wrong/);
    assert.equal(messages[1]?.text, 'ok fine');
    const users = await db.sql<{ id: number }[]>`select id from users order by id`;
    assert.deepEqual(
      users.map((u) => u.id),
      [2],
      "the failed update's writes were rolled back",
    );
  });
});
