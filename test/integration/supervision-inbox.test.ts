import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

describe('bot-poller: durable inbox, exactly-once effects', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
  });

  it('answers /help through the inbox and the outbox, once', async () => {
    sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    const user = sys.client.user({ first_name: 'Ann' });
    await user.send('/help');
    const reply = await user.waitForMessage((m) => m.text.includes('/deleteme'), { timeoutMs: 15_000 });
    assert.match(reply.text, /running coach/);
    const [row] = await sys.db.sql<
      { status: string; source: string }[]
    >`select status, source from telegram_updates`;
    assert.deepEqual({ ...row }, { status: 'processed', source: 'polling' });
    // The user can see the reply a moment before the sender records it.
    await waitUntil(
      async () => (await sys.db.sql`select 1 from outgoing_messages where status = 'sent'`).length === 1,
      10_000,
      'the reply recorded as sent',
    );
    const [out] = await sys.db.sql<
      { telegram_message_id: number }[]
    >`select telegram_message_id from outgoing_messages`;
    assert.equal(out?.telegram_message_id, reply.message_id);
  });

  it('kill -9 during a batch, repeated: every update answered exactly once', async () => {
    const users = [1, 2, 3, 4].map((i) => sys.client.user({ first_name: `Runner${i}` }));
    const perUser = 12;
    let poller = sys.processes.find((p) => p.name === 'bot-poller');
    const sending = (async () => {
      for (let i = 0; i < perUser; i++) {
        await Promise.all(users.map((u, j) => u.send(`note-${j}-${i}`)));
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    // Kill the poller three times while the messages stream in, restarting it each time.
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      poller?.child.kill('SIGKILL');
      await poller?.exited;
      poller = sys.start('bot-poller');
    }
    await sending;
    const total = users.length * perUser;
    await waitUntil(
      async () => {
        const [{ n }] = await sys.db.sql<{ n: number }[]>`
          select count(*)::int as n from outgoing_messages where status = 'sent'`;
        return n >= total + 1;
      },
      60_000,
      'every update answered',
    );
    // Effects exactly once: one processed update and one queued reply per note.
    const [{ replies, updates }] = await sys.db.sql<{ replies: number; updates: number }[]>`
      select (select count(*)::int from outgoing_messages) as replies,
             (select count(*)::int from telegram_updates where status = 'processed') as updates`;
    assert.equal(updates, total + 1);
    assert.equal(replies, total + 1);
    // Sends: a kill between Telegram's answer and the "sent" mark re-sends that one message once after
    // its lease, and says so in the log. Every duplicate the user sees must be such a detected one.
    const detected = sys
      .logLines('bot-poller')
      .filter((l) => String(l.message).startsWith('possible duplicate')).length;
    let duplicates = 0;
    for (const [j, user] of users.entries()) {
      const texts = (await user.botMessages()).map((m) => m.text);
      for (let i = 0; i < perUser; i++) {
        const answers = texts.filter((t) => t.includes(`“note-${j}-${i}”`)).length;
        assert.ok(answers === 1 || answers === 2, `note-${j}-${i} answered ${answers} times`);
        duplicates += answers - 1;
      }
      // Per-chat order is kept: first answers arrive in the order the notes were sent (a detected re-send
      // may repeat an answer later).
      const order = [
        ...new Set(
          texts.filter((t) => t.includes('note-')).map((t) => Number(/note-\d+-(\d+)/.exec(t)?.[1])),
        ),
      ];
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
    }
    assert.ok(duplicates <= detected, `${duplicates} duplicate sends but ${detected} detected in the log`);
    const [{ pending }] = await sys.db.sql<{ pending: number }[]>`
      select count(*)::int as pending from telegram_updates where status <> 'processed'`;
    assert.equal(pending, 0);
  });
});
