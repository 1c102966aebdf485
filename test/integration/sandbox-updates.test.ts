import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Update } from 'telegraf/types';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';
import { expectTelegramError } from '../harness/sandbox-assert.js';

const TERMINATED =
  'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const WEBHOOK_ACTIVE =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

/** A local webhook receiver whose answers the test scripts. */
async function hookServer(
  answer: (req: IncomingMessage, body: string, n: number) => { status: number; json?: unknown },
) {
  const hits: { headers: IncomingMessage['headers']; body: Update }[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      hits.push({ headers: req.headers, body: JSON.parse(body) as Update });
      const a = answer(req, body, hits.length);
      res.writeHead(a.status, a.json ? { 'content-type': 'application/json' } : {});
      res.end(a.json ? JSON.stringify(a.json) : '');
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hits,
    async waitForHits(n: number) {
      while (hits.length < n) await new Promise<void>((r) => waiters.push(r));
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('sandbox: updates, long polling, webhooks', () => {
  let sb: TestSandbox;
  before(async () => {
    sb = await startSandbox({
      flood: { chatRate: 0, globalRate: 0 },
      webhookRetryDelayMs: 5,
      closeCooldownSeconds: 0,
    });
  });
  after(() => sb.close());

  it('a real Telegraf bot long-polls, receives /start and replies', async () => {
    const bot = sb.telegraf();
    bot.start((ctx) => ctx.reply(`Welcome, ${ctx.from.first_name}!`));
    const running = await sb.launch(bot);
    const ann = sb.user({ id: 3001, first_name: 'Ann' });
    await ann.send('/start');
    const reply = await ann.waitForMessage((m) => m.text.includes('Welcome'));
    assert.equal(reply.text, 'Welcome, Ann!');
    await running.stop();
    const stats = await sb.client.stats();
    assert.equal(stats.bots[0]?.get_updates.conflicts, 0);
    assert.ok((stats.bots[0]?.calls.getUpdates ?? 0) >= 2);
    assert.equal((await sb.client.updates()).pending.length, 0, 'telegraf confirmed the update on stop');
  });

  it('a second poller terminates the older pending getUpdates with 409 (Telegraf launch rejects)', async () => {
    const first = sb.telegraf();
    const firstRun = await sb.launch(first);
    const failed = firstRun.done.then(
      () => assert.fail('first bot should have failed'),
      (e: { response?: { error_code: number; description: string } }) => e.response,
    );
    const second = sb.telegraf();
    const secondRun = await sb.launch(second);
    const err = await failed;
    assert.equal(err?.error_code, 409);
    assert.equal(err?.description, TERMINATED);
    await secondRun.stop();
    const stats = await sb.client.stats();
    assert.equal(stats.bots[0]?.get_updates.conflicts, 1);
  });

  it('offset confirms, negative offset keeps the tail, limit, timeout, allowed_updates persist', async () => {
    const tg = sb.telegram();
    const u = sb.user({ id: 3002, first_name: 'Poll' });
    for (const t of ['one', 'two', 'three', 'four']) await u.send(t);
    const all = await tg.getUpdates(0, 100, 0, undefined);
    assert.equal(all.length, 4);
    const ids = all.map((x) => x.update_id);
    assert.deepEqual(ids, [ids[0]!, ids[0]! + 1, ids[0]! + 2, ids[0]! + 3], 'monotonic ids');
    assert.equal((await tg.getUpdates(0, 2, 0, undefined)).length, 2, 'limit');
    const rest = await tg.getUpdates(0, 100, ids[1]! + 1, undefined);
    assert.deepEqual(
      rest.map((x) => x.update_id),
      ids.slice(2),
      'offset confirms earlier updates',
    );
    const tail = await tg.getUpdates(0, 100, -1, undefined);
    assert.deepEqual(
      tail.map((x) => x.update_id),
      [ids[3]],
    );
    assert.deepEqual(
      (await tg.getUpdates(0, 100, 0, undefined)).map((x) => x.update_id),
      [ids[3]],
      'negative offset forgot the rest',
    );
    await tg.getUpdates(0, 100, ids[3]! + 1, ['callback_query']);
    await u.send('ignored: not allowed');
    assert.deepEqual(
      await tg.getUpdates(0, 100, 0, undefined),
      [],
      'allowed_updates persisted (undefined keeps it)',
    );
    await tg.getUpdates(0, 100, 0, []);
    // long polling: the request waits until an update arrives
    const waiting = tg.getUpdates(30, 100, 0, undefined);
    await sb.state.defaultBot.queue.whenPolling();
    await u.send('wake up');
    const woke = await waiting;
    assert.equal(woke.length, 1);
    assert.equal(
      woke[0] && 'message' in woke[0] && 'text' in woke[0].message ? woke[0].message.text : '',
      'wake up',
    );
    await tg.getUpdates(0, 100, woke[0]!.update_id + 1, undefined);
  });

  it('webhook: 409 for getUpdates, secret header, retry on non-2xx, reply-with-method, getWebhookInfo', async () => {
    const tg = sb.telegram();
    const u = sb.user({ id: 3003, first_name: 'Hook' });
    const hook = await hookServer((_req, body, n) => {
      if (n === 1) return { status: 500 };
      const update = JSON.parse(body) as { message: { chat: { id: number } } };
      return {
        status: 200,
        json: { method: 'sendMessage', chat_id: update.message.chat.id, text: 'via webhook' },
      };
    });
    assert.equal(await tg.setWebhook(hook.url, { secret_token: 'S3cret_token' }), true);
    await expectTelegramError(tg.getUpdates(0, 100, 0, undefined), 409, WEBHOOK_ACTIVE);
    await u.send('hello hook');
    const reply = await u.waitForMessage((m) => m.text === 'via webhook');
    assert.equal(reply.from, 'bot');
    assert.equal(hook.hits.length, 2, 'first delivery failed with 500 and was retried');
    assert.equal(hook.hits[0]?.headers['x-telegram-bot-api-secret-token'], 'S3cret_token');
    assert.deepEqual(hook.hits[1]?.body, hook.hits[0]?.body, 'same update retried');
    const info = await tg.getWebhookInfo();
    assert.equal(info.url, hook.url);
    assert.equal(info.pending_update_count, 0);
    assert.equal(info.last_error_message, 'Wrong response from the webhook: 500 Internal Server Error');
    assert.equal(await tg.deleteWebhook(), true);
    assert.equal((await tg.getWebhookInfo()).url, '');
    await hook.close();
    await expectTelegramError(
      tg.setWebhook('http://example.com/hook'),
      400,
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    );
  });

  it('deleteWebhook with and without drop_pending_updates', async () => {
    const tg = sb.telegram();
    const u = sb.user({ id: 3004, first_name: 'Drop' });
    const hook = await hookServer(() => ({ status: 502 }));
    await tg.setWebhook(hook.url);
    await u.send('kept');
    await hook.waitForHits(1);
    assert.equal((await tg.getWebhookInfo()).pending_update_count, 1);
    await tg.deleteWebhook();
    const kept = await tg.getUpdates(0, 100, 0, undefined);
    assert.equal(kept.length, 1, 'without drop the update is still pending');
    await tg.setWebhook(hook.url);
    await hook.waitForHits(hook.hits.length + 1);
    await tg.deleteWebhook({ drop_pending_updates: true });
    assert.deepEqual(await tg.getUpdates(0, 100, 0, undefined), [], 'dropped');
    await hook.close();
  });

  it('block sends my_chat_member like Telegram', async () => {
    const tg = sb.telegram();
    const u = sb.user({ id: 3005, first_name: 'Blocker' });
    await u.send('hi');
    const first = await tg.getUpdates(0, 100, 0, undefined);
    await u.block();
    const [upd] = await tg.getUpdates(0, 100, first.at(-1)!.update_id + 1, undefined);
    assert.ok(upd && 'my_chat_member' in upd);
    assert.equal(upd.my_chat_member.old_chat_member.status, 'member');
    assert.equal(upd.my_chat_member.new_chat_member.status, 'kicked');
    assert.equal(upd.my_chat_member.chat.id, 3005);
    await tg.getUpdates(0, 100, upd.update_id + 1, undefined);
  });

  it('close terminates polling; logOut locks the token with 401', async () => {
    const extra = sb.state.addBot({ token: `${Date.now() % 1_000_000_000}:${'A'.repeat(35)}` });
    const tg = sb.telegram(extra.token);
    const waiting = tg.getUpdates(30, 100, 0, undefined);
    await extra.queue.whenPolling();
    assert.equal(await tg.close(), true);
    assert.deepEqual(await waiting, []);
    assert.equal(await tg.logOut(), true);
    await expectTelegramError(tg.getMe(), 401, 'Unauthorized');
  });

  it('close answers 429 during the first 10 minutes like Telegram (default cooldown)', async () => {
    const fresh = await startSandbox();
    try {
      await expectTelegramError(fresh.telegram().close(), 429, /^Too Many Requests: retry after \d+$/);
    } finally {
      await fresh.close();
    }
  });
});
