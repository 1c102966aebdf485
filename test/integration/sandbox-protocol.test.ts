import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';
import { expectTelegramError, rawCall } from '../harness/sandbox-assert.js';

describe('sandbox: wire protocol, flood limits, faults, counters', () => {
  let sb: TestSandbox;
  const CHAT = 5001;
  let base: string;
  before(async () => {
    sb = await startSandbox({ flood: { chatRate: 0, globalRate: 0 } });
    base = `${sb.apiRoot}/bot${sb.token}`;
    await sb.user({ id: CHAT, first_name: 'Wire' }).send('hi');
  });
  after(() => sb.close());

  it('accepts GET query, urlencoded, JSON and multipart; JSON-encoded reply_markup strings are parsed', async () => {
    const markup = JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] });
    const q = new URLSearchParams({ chat_id: String(CHAT), text: 'via GET', reply_markup: markup });
    const viaGet = await rawCall(`${base}/sendMessage?${q}`);
    assert.equal(viaGet.status, 200);
    assert.deepEqual((viaGet.body.result as { reply_markup: unknown }).reply_markup, JSON.parse(markup));
    const form = await rawCall(`${base}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        chat_id: String(CHAT),
        text: '<b>form</b>',
        parse_mode: 'HTML',
        reply_markup: markup,
      }).toString(),
    });
    assert.equal((form.body.result as { text: string }).text, 'form');
    const json = await rawCall(`${base}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: String(CHAT), text: 'json', reply_markup: markup }),
    });
    assert.equal(json.body.ok, true);
    const fd = new FormData();
    fd.append('chat_id', String(CHAT));
    fd.append('text', 'multipart');
    fd.append('reply_markup', markup);
    const multi = await rawCall(`${base}/sendMessage`, { method: 'POST', body: fd });
    assert.deepEqual((multi.body.result as { reply_markup: unknown }).reply_markup, JSON.parse(markup));
    const bad = await rawCall(`${base}/sendMessage?chat_id=${CHAT}&text=x&reply_markup=%7Bnope`);
    assert.deepEqual(bad.body, {
      ok: false,
      error_code: 400,
      description: "Bad Request: can't parse reply keyboard markup JSON object",
    });
    assert.equal(bad.status, 400);
  });

  it('method names are case-insensitive; unknown method 404; bad token 401; file 404', async () => {
    const me = await rawCall(`${base}/GETME`);
    assert.equal(me.body.ok, true);
    assert.deepEqual(await rawCall(`${base}/getMeNow`), {
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found' },
    });
    const wrong = await rawCall(`${sb.apiRoot}/bot123456:${'B'.repeat(35)}/getMe`);
    assert.deepEqual(wrong, {
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    await expectTelegramError(sb.telegram(`42:${'x'.repeat(35)}`).getMe(), 401, 'Unauthorized');
    const missing = await rawCall(`${sb.apiRoot}/file/bot${sb.token}/photos/nothing.jpg`);
    assert.equal(missing.status, 404);
  });

  it('flood control: 429 Too Many Requests with retry_after, per chat and per bot', async () => {
    const tg = sb.telegram();
    await sb.client.setFlood({ chatRate: 0.001, chatBurst: 3, globalRate: 0 });
    for (let i = 0; i < 3; i++) await tg.sendMessage(CHAT, `burst ${i}`);
    await expectTelegramError(
      tg.sendMessage(CHAT, 'one too many'),
      429,
      'Too Many Requests: retry after 1000',
      {
        retry_after: 1000,
      },
    );
    await sb.client.setFlood({ chatRate: 0, globalRate: 0.01, globalBurst: 2 });
    const other = sb.user({ id: 5002, first_name: 'Other' });
    await other.send('hi');
    await tg.sendMessage(CHAT, 'g1');
    await tg.sendMessage(5002, 'g2');
    await expectTelegramError(tg.sendMessage(5002, 'g3'), 429, 'Too Many Requests: retry after 100', {
      retry_after: 100,
    });
    await sb.client.setFlood({ chatRate: 0, globalRate: 0 });
  });

  it('fault injection: scripted errors, dropped responses after execution, then normal service', async () => {
    const tg = sb.telegram();
    await sb.client.injectFault({ method: 'sendmessage', times: 2, error_code: 429, retry_after: 7 });
    await expectTelegramError(tg.sendMessage(CHAT, 'f1'), 429, 'Too Many Requests: retry after 7', {
      retry_after: 7,
    });
    await expectTelegramError(tg.sendMessage(CHAT, 'f2'), 429, 'Too Many Requests: retry after 7');
    await tg.sendMessage(CHAT, 'f3 passes');
    await sb.client.injectFault({ method: 'getMe', error_code: 502, description: 'Bad Gateway' });
    await expectTelegramError(tg.getMe(), 502, /Bad Gateway/);
    await sb.client.injectFault({ method: 'sendMessage', mode: 'drop-after' });
    await assert.rejects(
      tg.sendMessage(CHAT, 'delivered but unacknowledged'),
      /FetchError|socket hang up|ECONNRESET/i,
    );
    const last = (await sb.user({ id: CHAT }).chat()).messages.at(-1);
    assert.equal(
      last?.text,
      'delivered but unacknowledged',
      'the message was sent even though the bot saw an error',
    );
    await sb.client.injectFault({ method: '*', times: 5, error_code: 500 });
    await sb.client.clearFaults();
    assert.deepEqual(await sb.client.request('GET', '/faults'), []);
    await tg.getMe();
  });

  it('counts calls per method per token', async () => {
    const fresh = await startSandbox();
    try {
      const tg = fresh.telegram();
      await tg.getMe();
      await tg.getMe();
      await tg.getUpdates(0, 1, 0, undefined);
      await fresh
        .telegram(`7:${'C'.repeat(35)}`)
        .getMe()
        .catch(() => {});
      const stats = await fresh.client.stats();
      assert.deepEqual(stats.bots[0]?.calls, { getMe: 2, getUpdates: 1 });
      assert.equal(stats.bots[0]?.get_updates.requests, 1);
      assert.equal(stats.unauthorized_calls, 1);
    } finally {
      await fresh.close();
    }
  });
});
