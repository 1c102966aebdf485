import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../shared/log/index.js';
import { OutboxSender } from '../../shared/outbox/index.js';
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

  it('a sender started after a crash re-sends the dead sender’s leased message at once, not after the lease', async () => {
    const { sql } = db;
    const bea = sb.user({ first_name: 'Bea' });
    await bea.send('/start');
    const chatId = (await bea.info()).id;
    // kill -9 between Telegram's reply and the mark: the row still holds a lease 20 s into the future.
    await sql`
      insert into outgoing_messages (chat_id, method, payload, attempts, locked_until)
      values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text: 'in flight' })}, 1, now() + interval '20 seconds'),
             (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text: 'queued behind' })}, 0, null)`;
    const flaggedBefore = logged.filter((m) => m.startsWith('possible duplicate')).length;

    const first = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    await first.start();
    // A second sender (another host) must not take the first one's live leases away.
    const second = new OutboxSender({ sql, telegram: sb.telegram(), log, pollMs: 100 });
    try {
      await bea.waitForMessage((m) => m.text === 'queued behind', { timeoutMs: 5_000 });
      await sql`
        insert into outgoing_messages (chat_id, method, payload, locked_until)
        values (${chatId}, 'sendMessage', ${sql.json({ chat_id: chatId, text: 'live lease' })}, now() + interval '1 hour')`;
      await second.start();
      const [row] = await sql<{ leased: boolean }[]>`
        select locked_until > now() as leased from outgoing_messages where payload->>'text' = 'live lease'`;
      assert.equal(row?.leased, true, 'the lease of a sender that may be alive is left alone');
    } finally {
      await second.stop();
      await first.stop();
    }
    assert.deepEqual(
      (await bea.botMessages()).map((m) => m.text),
      ['in flight', 'queued behind'],
    );
    const flagged = logged.filter((m) => m.startsWith('possible duplicate')).length - flaggedBefore;
    assert.equal(flagged, 1, 'the re-send is still flagged as a possible duplicate');
    assert.ok(logged.includes('another outbox sender is running; leases still held are left to run out'));
  });
});
