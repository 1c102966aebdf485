import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { describe, it } from 'node:test';
import type { Update } from 'telegraf/types';
import { apologiseForPoisonUpdate } from '../../shared/bot/index.js';
import { storeUpdates, UpdateProcessor } from '../../shared/inbox/index.js';
import { createLogger } from '../../shared/log/index.js';
import { useTestDatabase } from '../harness/db.js';

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
  const db = useTestDatabase({ migrate: true });

  it('a poison update is retried, then marked failed with an apology, and the chat moves on', async () => {
    await storeUpdates(db().sql, [textUpdate(1, 10, 'boom'), textUpdate(2, 10, 'fine')], 'polling');
    const seen: string[] = [];
    const processor = new UpdateProcessor({
      sql: db().sql,
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
    const updates = await db().sql<{ update_id: number; status: string; attempts: number }[]>`
      select update_id, status, attempts from telegram_updates order by update_id`;
    assert.deepEqual(
      updates.map((u) => [u.update_id, u.status, u.attempts]),
      [
        [1, 'failed', 2],
        [2, 'processed', 1],
      ],
    );
    const messages = await db().sql<{ update_id: number; text: string }[]>`
      select update_id, payload->>'text' as text from outgoing_messages order by id`;
    assert.equal(messages.length, 2);
    assert.match(messages[0]?.text ?? '', /something went wrong/);
    assert.equal(messages[1]?.text, 'ok fine');
    const users = await db().sql<{ id: number }[]>`select id from users order by id`;
    assert.deepEqual(
      users.map((u) => u.id),
      [2],
      "the failed update's writes were rolled back",
    );
  });

  it('a batch is applied in one transaction; one failing handler sends it down the one-by-one path', async () => {
    await db().sql`truncate telegram_updates, outgoing_messages, users cascade`;
    await storeUpdates(
      db().sql,
      [textUpdate(101, 21, 'a'), textUpdate(102, 22, 'boom'), textUpdate(103, 23, 'c')],
      'polling',
    );
    const runs: string[] = [];
    let failures = 1;
    const processor = new UpdateProcessor({
      sql: db().sql,
      log,
      batchSize: 3,
      handle: async (update, tx, out) => {
        const text = 'message' in update && 'text' in update.message ? update.message.text : '';
        runs.push(text);
        const chatId = 'message' in update ? update.message.chat.id : 0;
        await tx`insert into users (id, chat_id) values (${update.update_id}, ${chatId})`;
        if (text === 'boom' && failures-- > 0) throw new Error('transient');
        out.send(chatId, 'sendMessage', { chat_id: chatId, text: `ok ${text}` });
      },
    });
    assert.equal(await processor.processNext(), true);
    // The batch ran a, boom (threw: all rolled back), then each alone: a, boom (fine this time), c.
    assert.deepEqual(runs.slice(0, 2), ['a', 'boom'], 'the batch runs in update_id order');
    assert.deepEqual(runs.slice(2).sort(), ['a', 'boom', 'c']);
    const statuses = await db().sql<{ update_id: number; status: string }[]>`
      select update_id, status from telegram_updates where update_id > 100 order by update_id`;
    assert.deepEqual(
      statuses.map((u) => [u.update_id, u.status]),
      [
        [101, 'processed'],
        [102, 'processed'],
        [103, 'processed'],
      ],
    );
    const users = await db().sql<{ id: number }[]>`select id from users order by id`;
    assert.deepEqual(
      users.map((u) => u.id),
      [101, 102, 103],
      'each effect applied exactly once',
    );
    const texts = await db().sql<{ text: string }[]>`
      select payload->>'text' as text from outgoing_messages order by id`;
    assert.deepEqual(texts.map((t) => t.text).sort(), ['ok a', 'ok boom', 'ok c']);

    // Now a clean batch: all three handled by one claim, in one transaction.
    await storeUpdates(
      db().sql,
      [textUpdate(104, 21, 'd'), textUpdate(105, 22, 'e'), textUpdate(106, 23, 'f')],
      'polling',
    );
    runs.length = 0;
    assert.equal(await processor.processNext(), true);
    assert.deepEqual(runs, ['d', 'e', 'f']);
    const [left] = await db().sql<{ n: number }[]>`
      select count(*)::int as n from telegram_updates where status = 'pending'`;
    assert.equal(left?.n, 0);
  });

  it("a flooding chat does not hide another chat's update from the claim (chat heads are the candidates)", async () => {
    await db().sql`truncate telegram_updates, outgoing_messages, users cascade`;
    const flood = Array.from({ length: 300 }, (_, i) => textUpdate(1000 + i, 31, `f${i}`));
    await storeUpdates(db().sql, [...flood, textUpdate(2000, 32, 'other')], 'polling');
    // Chat 31's head is in flight elsewhere (leased): only chat 32's head may be claimed now.
    await db()
      .sql`update telegram_updates set locked_until = now() + interval '1 minute' where update_id = 1000`;
    const seen: string[] = [];
    const processor = new UpdateProcessor({
      sql: db().sql,
      log,
      batchSize: 4,
      handle: async (update) => {
        seen.push('message' in update && 'text' in update.message ? update.message.text : '');
      },
    });
    assert.equal(await processor.processNext(), true);
    assert.deepEqual(seen, ['other'], "never chat 31's second update while its first is in flight");
  });

  it('started after a kill -9, it handles at once what its dead predecessor on this host had claimed', async () => {
    await db().sql`truncate telegram_updates, outgoing_messages, users cascade`;
    await storeUpdates(
      db().sql,
      [textUpdate(300, 30, 'claimed'), textUpdate(301, 31, 'elsewhere')],
      'polling',
    );
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    // 300: claimed by a process on this host that is gone; 301: by a live process on another host.
    await db().sql`
      update telegram_updates set attempts = 1, locked_until = now() + interval '1 hour',
        locked_by = ${`${hostname()}:${child.pid}:0dead`}
      where update_id = 300`;
    await db().sql`
      update telegram_updates set attempts = 1, locked_until = now() + interval '1 hour', locked_by = 'other-host:1:ab'
      where update_id = 301`;
    const seen: number[] = [];
    const processor = new UpdateProcessor({
      sql: db().sql,
      log,
      handle: async (update) => {
        seen.push(update.update_id);
      },
    });
    await processor.start();
    try {
      for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await processor.stop();
    }
    assert.deepEqual(seen, [300], 'the dead process’s update runs now; the remote lease is respected');
    const rows = await db().sql<{ update_id: number; status: string; attempts: number }[]>`
      select update_id, status, attempts from telegram_updates order by update_id`;
    assert.deepEqual(
      rows.map((r) => [r.update_id, r.status, r.attempts]),
      [
        [300, 'processed', 2],
        [301, 'pending', 1],
      ],
    );
  });

  it('wakes its sender after a commit whose replies were all written early (sendNow)', async () => {
    await db().sql`truncate telegram_updates, outgoing_messages, users cascade`;
    await storeUpdates(db().sql, [textUpdate(400, 40, 'one'), textUpdate(401, 41, 'two')], 'polling');
    let kicks = 0;
    const processor = new UpdateProcessor({
      sql: db().sql,
      log,
      notifySenders: false,
      afterCommit: () => {
        kicks++;
      },
      handle: async (update, _tx, out) => {
        await out.sendNow(update.update_id - 360, 'sendMessage', {
          chat_id: update.update_id - 360,
          text: 'question',
        });
      },
    });
    assert.equal(await processor.processNext(), true, 'the two updates, in one batch');
    assert.equal(kicks, 1, 'the batch commit woke the sender');
    await storeUpdates(db().sql, [textUpdate(402, 42, 'three')], 'polling');
    assert.equal(await processor.processNext(), true, 'one update, on its own');
    assert.equal(kicks, 2);
    const [row] = await db().sql<{ n: number }[]>`select count(*)::int as n from outgoing_messages`;
    assert.equal(row?.n, 3);
  });
});
