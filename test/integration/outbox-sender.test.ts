import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../shared/log/index.js';
import { OUTGOING_REF_KEY, OutboxSender } from '../../shared/outbox/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';

const log = createLogger({ app: 'test-outbox', dir: '/tmp/runcoach-test-logs', console: false });
const logged: string[] = [];
log.on('data', (info: { message: string }) => logged.push(info.message));

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The pid of a process that has just exited (a kill -9 victim stand-in). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

describe('OutboxSender', () => {
  let db: TestDatabase;
  let sb: TestSandbox;
  before(async () => {
    db = await createTestDatabase({ migrate: true });
    sb = await startSandbox({ flood: { chatRate: 0, globalRate: 0 } });
  });
  after(async () => {
    await sb.close();
    await db.drop();
    await stopEmbeddedAdminCluster();
  });

  it('sends in order per chat, re-sends a lapsed lease once (flagged), and waits out not_before', async () => {
    const { sql } = db;
    const ann = sb.user({ first_name: 'Ann' });
    await ann.send('/start'); // a bot may only write to users who started it
    const chatId = (await ann.info()).id;
    const queue = (
      text: string,
      extra: { locked?: string; notBefore?: string; attempts?: number } = {},
    ) => sql`
      insert into outgoing_messages (chat_id, method, payload, attempts, locked_until, not_before)
      values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text })}, ${extra.attempts ?? 0},
              ${extra.locked ? sql`now() + ${extra.locked}::interval` : null},
              ${extra.notBefore ? sql`now() + ${extra.notBefore}::interval` : null})`;
    // A sender died between its claim and its mark: the lease ran out a second ago.
    await queue('lapsed', { locked: '-1 second', attempts: 1 });
    await queue('first');
    await queue('second');
    await queue('tomorrow', { notBefore: '1 day' });

    const sender = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    await sender.start();
    try {
      await ann.waitForMessage((m) => m.text === 'second', { timeoutMs: 15_000 });
      await waitFor(async () => {
        const [row] = await sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages where status = 'sent'`;
        return row?.n === 3;
      }, 'three messages marked sent');
    } finally {
      await sender.stop();
    }

    const fromBot = (await ann.botMessages()).map((m) => m.text);
    assert.deepEqual(fromBot, ['lapsed', 'first', 'second'], 'one chat, oldest first, each once');
    const rows = await sql<
      {
        text: string;
        status: string;
        attempts: number;
        telegram_message_id: number | null;
        leased: boolean;
      }[]
    >`
      select payload->>'text' as text, status, attempts, telegram_message_id, locked_until is not null as leased
      from outgoing_messages order by id`;
    assert.deepEqual(
      rows.map((r) => [r.text, r.status, r.attempts, r.telegram_message_id !== null, r.leased]),
      [
        ['lapsed', 'sent', 2, true, false],
        ['first', 'sent', 1, true, false],
        ['second', 'sent', 1, true, false],
        ['tomorrow', 'pending', 0, false, false],
      ],
    );
    const duplicates = logged.filter((m) => m.startsWith('possible duplicate'));
    assert.equal(duplicates.length, 1, 'only the lapsed lease is flagged as a possible duplicate');
  });

  it('a sender restarted on this host takes its dead predecessor’s messages back at once; live leases stay', async () => {
    const { sql } = db;
    const bea = sb.user({ first_name: 'Bea' });
    await bea.send('/start');
    const chatId = (await bea.info()).id;
    const deadOwner = `${hostname()}:${await deadPid()}:0dead`;
    // kill -9 between Telegram's reply and the mark: the row still holds a lease 20 s into the future.
    const queue = (text: string, owner: string | null, lease: string | null) => sql`
      insert into outgoing_messages (chat_id, method, payload, attempts, locked_by, locked_until)
      values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text })}, ${owner ? 1 : 0}, ${owner},
              ${lease ? sql`now() + ${lease}::interval` : null})
      returning id`;
    await queue('in flight', deadOwner, '20 seconds');
    await queue('queued behind', null, null);
    // A standby bot-poller's sender on this host (alive) and a sender on another host: hands off.
    const [standby] = await queue('standby’s', `${hostname()}:${process.ppid}:live`, '1 hour');
    const [remote] = await queue('remote’s', 'other-host:1:abcd', '1 hour');
    const flaggedBefore = logged.filter((m) => m.startsWith('possible duplicate')).length;

    const sender = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    await sender.start();
    try {
      // Far less than the 20 s lease: the restart itself freed the message.
      await bea.waitForMessage((m) => m.text === 'queued behind', { timeoutMs: 5_000 });
    } finally {
      await sender.stop();
    }
    assert.deepEqual(
      (await bea.botMessages()).map((m) => m.text),
      ['in flight', 'queued behind'],
    );
    const flagged = logged.filter((m) => m.startsWith('possible duplicate')).length - flaggedBefore;
    assert.equal(flagged, 1, 'the re-send is still flagged as a possible duplicate');
    const held = await sql<{ id: number; leased: boolean }[]>`
      select id, locked_until > now() as leased from outgoing_messages where id in (${standby!.id}, ${remote!.id})`;
    assert.deepEqual(
      held.map((r) => r.leased),
      [true, true],
    );
    await sql`delete from outgoing_messages where id in (${standby!.id}, ${remote!.id})`;
  });

  it('an edit of a message that is gone is done, not failed; a bad send still fails', async () => {
    const { sql } = db;
    const cy = sb.user({ first_name: 'Cy' });
    await cy.send('/start');
    const chatId = (await cy.info()).id;
    const [edit] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload)
      values (${chatId}, 'editMessageReplyMarkup', ${sql.json({ chat_id: chatId, message_id: 987_654, reply_markup: { inline_keyboard: [] } })})
      returning id`;
    const [bad] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload)
      values (${chatId + 1_000_000}, 'sendMessage', ${sql.json({ chat_id: chatId + 1_000_000, text: 'nobody' })})
      returning id`;
    const sender = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    await sender.start();
    try {
      await waitFor(async () => {
        const rows = await sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages where id in (${edit!.id}, ${bad!.id}) and status <> 'pending'`;
        return rows[0]?.n === 2;
      }, 'both settled');
    } finally {
      await sender.stop();
    }
    const rows = await sql<{ id: number; status: string; last_error: string | null }[]>`
      select id, status, last_error from outgoing_messages where id in (${edit!.id}, ${bad!.id}) order by id`;
    assert.equal(rows[0]?.status, 'sent');
    assert.match(rows[0]?.last_error ?? '', /message to edit not found/);
    assert.equal(rows[1]?.status, 'failed', 'a send to a chat that does not exist is a real failure');
  });

  it('an edit named by its outbox row finds the Telegram id at send time; one whose message never arrived is dropped', async () => {
    const { sql } = db;
    const dee = sb.user({ first_name: 'Dee' });
    await dee.send('/start');
    const chatId = (await dee.info()).id;
    const keyboard = { inline_keyboard: [[{ text: 'Yes', callback_data: 'x' }]] };
    // The question and the edit that retires its buttons are queued together: the question's
    // Telegram id is unknown when the edit is written.
    const [question] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload)
      values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text: 'Ready?', reply_markup: keyboard })})
      returning id`;
    const [edit] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload)
      values (${chatId}, 'editMessageReplyMarkup',
              ${sql.json({ chat_id: chatId, [OUTGOING_REF_KEY]: question!.id, reply_markup: { inline_keyboard: [] } })})
      returning id`;
    // A message that failed for good, and an edit that points at it.
    const [lost] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload, status)
      values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text: 'never' })}, 'failed')
      returning id`;
    const [orphan] = await sql<{ id: number }[]>`
      insert into outgoing_messages (chat_id, method, payload)
      values (${chatId}, 'editMessageReplyMarkup',
              ${sql.json({ chat_id: chatId, [OUTGOING_REF_KEY]: lost!.id, reply_markup: { inline_keyboard: [] } })})
      returning id`;
    const sender = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    await sender.start();
    try {
      await waitFor(async () => {
        const rows = await sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages
          where id in (${question!.id}, ${edit!.id}, ${orphan!.id}) and status = 'sent'`;
        return rows[0]?.n === 3;
      }, 'the question, its edit and the orphan edit settled');
    } finally {
      await sender.stop();
    }
    const [shown] = await dee.botMessages();
    assert.equal(shown?.text, 'Ready?');
    assert.equal(shown?.message.edit_date !== undefined, true, 'the question was edited');
    assert.deepEqual(shown?.message.reply_markup?.inline_keyboard.flat() ?? [], [], 'its buttons are gone');
    assert.equal((await dee.botMessages()).length, 1, 'nothing else reached the chat');
  });
});
