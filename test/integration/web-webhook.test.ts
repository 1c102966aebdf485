import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { freePort } from '../harness/web-helpers.js';

describe('web: Telegram webhook mode', () => {
  let sys: TestSystem;
  let endpoint: string;

  const post = (body: string, secret?: string) =>
    fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }),
      },
      body,
    });
  const stored = async () => {
    const [{ n }] = await sys.db.sql<{ n: number }[]>`select count(*)::int as n from telegram_updates`;
    return n;
  };

  before(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    endpoint = `${base}/telegram/webhook`;
    sys = await startTestSystem({
      env: { TELEGRAM_MODE: 'webhook', WEBHOOK_URL: base, STATUS_TOKEN: 'webhook-test-status-token' },
    });
    sys.start('web', { PORT: String(port) });
    await sys.waitForHeartbeat('web');
    await waitUntil(
      async () => JSON.stringify((await sys.client.updates()).webhook ?? null).includes(endpoint),
      15_000,
      'the web app to call setWebhook',
    );
  });
  after(async () => {
    await sys?.close();
    await stopEmbeddedAdminCluster();
  });

  const secretOf = async () => {
    const [row] = await sys.db.sql<{ value: string }[]>`
      select value from app_secrets where name = 'telegram-webhook'`;
    return row?.value ?? '';
  };

  it('keeps its secret in the database, shared by every host, never in DATA_DIR', async () => {
    assert.match(await secretOf(), /^[A-Za-z0-9_-]{32,}$/);
    assert.equal(existsSync(join(sys.dataDir, 'run', 'webhook-secret')), false);
  });

  it('rejects a missing or wrong secret with 401 and stores nothing', async () => {
    const update = JSON.stringify({
      update_id: 900_001,
      message: { message_id: 1, date: 1, chat: { id: 5 } },
    });
    assert.equal((await post(update)).status, 401);
    assert.equal((await post(update, 'wrong-secret')).status, 401);
    const secret = await secretOf();
    assert.equal((await post(update, `${secret}x`)).status, 401);
    assert.equal(await stored(), 0);
  });

  it('rejects bodies that are not updates or too large', async () => {
    const secret = await secretOf();
    assert.equal((await post('{"update_id":"x"}', secret)).status, 400);
    assert.equal((await post('not json', secret)).status, 400);
    assert.equal(
      (await post(JSON.stringify({ update_id: 1, pad: 'x'.repeat(1_100_000) }), secret)).status,
      413,
    );
    assert.equal(await stored(), 0);
  });

  it('a delivered update is stored once (source webhook) and processed exactly once by bot-poller', async () => {
    sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    const user = sys.client.user({ first_name: 'Webby' });
    await user.send('/help');
    const reply = await user.waitForMessage((m) => m.text.includes('/deleteme'), { timeoutMs: 20_000 });
    const rows = await sys.db.sql<{ update_id: string; source: string; status: string; payload: unknown }[]>`
      select update_id, source, status, payload from telegram_updates`;
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.source, 'webhook');
    assert.equal(rows[0]?.status, 'processed');

    // Telegram re-delivers (e.g. our 200 got lost): the inbox keeps one row and nothing is re-sent.
    const secret = await secretOf();
    const again = await post(JSON.stringify(rows[0]?.payload), secret);
    assert.equal(again.status, 200);
    assert.equal(await stored(), 1);
    // The sender records "sent" when Telegram's answer is back, which may be just after the user saw it.
    const sentRows = () => sys.db.sql<{ status: string; telegram_message_id: string }[]>`
      select status, telegram_message_id from outgoing_messages where update_id = ${rows[0]?.update_id ?? 0}`;
    await waitUntil(
      async () => (await sentRows()).every((r) => r.status === 'sent'),
      20_000,
      'the reply marked sent',
    );
    const sent = await sentRows();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.status, 'sent');
    assert.equal(Number(sent[0]?.telegram_message_id), reply.message_id);
    const replies = (await user.botMessages()).filter((m) => m.text.includes('/deleteme'));
    assert.equal(replies.length, 1);
    // bot-poller did not poll: in webhook mode getUpdates would conflict with the webhook.
    const stats = await sys.client.stats();
    assert.equal(stats.bots[0]?.get_updates.requests, 0);
    assert.ok((stats.bots[0]?.calls.setWebhook ?? 0) >= 1);
  });
});
