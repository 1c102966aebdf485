import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { Telegram } from 'telegraf';
import { readHeartbeat } from '../../shared/health/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { freePort } from '../harness/net.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

/** The status page's "Telegram updates" section, and the poller's verdict cell in it. */
async function pollerSection(base: string): Promise<string> {
  const page = await (await fetch(base)).text();
  const start = page.indexOf('<section id="poller">');
  return page.slice(start, page.indexOf('</section>', start));
}

describe('bot-poller alarms reach the operator', () => {
  let sys: TestSystem;
  let base: string;
  beforeEach(async () => {
    sys = await startTestSystem({ env: { POLL_TIMEOUT_SEC: '2' } });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    sys.start('web', { PORT: String(port) });
  });
  afterEach(async () => {
    await sys.close();
  });
  after(() => stopEmbeddedAdminCluster());

  it('409s from a foreign poller: stand back, alarm, degraded heartbeat, red on the page; cleared after', async () => {
    const poller = sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    await waitUntil(
      async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
      30_000,
      'web up',
    );
    const foreign = new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot });
    let foreignPolling = true;
    const polling = (async () => {
      while (foreignPolling) await foreign.callApi('getUpdates', { timeout: 1 }).catch(() => {});
    })();
    try {
      await sys.waitForHeartbeat('bot-poller', 'degraded', 60_000);
      const beat = readHeartbeat(sys.dataDir, 'bot-poller');
      assert.match(String(beat?.detail.alarm), /another bot instance keeps polling/);
      // The log file is written asynchronously: the heartbeat may say it first.
      await waitUntil(
        () =>
          sys.logLines('bot-poller').some((l) => String(l.message).startsWith('ALARM: another bot instance')),
        10_000,
        'the alarm is logged as such',
      );
      const section = await pollerSection(base);
      assert.match(section, /<tr class="bad"><th>verdict<\/th><td><span class="badge bad">/);
      assert.match(section, /<tr class="bad"><th>alarm<\/th><td>another bot instance keeps polling/);
      const page = await (await fetch(base)).text();
      assert.match(
        page,
        /<section class="wide" id="strays">[\s\S]*telegram-409/,
        'listed as a stray, pid unknown',
      );
    } finally {
      foreignPolling = false;
      await polling;
    }
    // Once the foreign instance is gone, the poller comes back by itself and the alarm clears.
    await sys.waitForHeartbeat('bot-poller', 'ready', 60_000);
    await waitUntil(
      async () => /<tr><th>alarm<\/th><td>none<\/td>/.test(await pollerSection(base)),
      30_000,
      'the alarm cleared on the page',
    );
    assert.equal(poller.child.exitCode, null, 'bot-poller never exited');
  });

  it('a revoked token (401): one clear alarm, red on the page, the process stays up without a retry storm', async () => {
    const poller = sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    // logOut is how a token stops working at the sandbox: every later call answers 401 Unauthorized.
    await new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot }).callApi('logOut', {});
    await sys.waitForHeartbeat('bot-poller', 'degraded', 60_000);
    assert.equal(readHeartbeat(sys.dataDir, 'bot-poller')?.detail.alarm, 'bot token rejected (401)');
    assert.ok(
      sys
        .logLines('bot-poller')
        .some((l) => l.level === 'error' && String(l.message).includes('rejected the bot token (401)')),
      'an error line that names the cause',
    );
    await waitUntil(
      async () =>
        /<tr class="bad"><th>alarm<\/th><td>bot token rejected \(401\)/.test(await pollerSection(base)),
      30_000,
      'the 401 alarm on the page',
    );
    // No crash loop: the same process, still running, and it did not hammer Telegram (one retry per 30 s).
    assert.equal(poller.child.exitCode, null);
    assert.equal(readHeartbeat(sys.dataDir, 'bot-poller')?.pid, poller.child.pid);
    const stats = await sys.client.stats();
    assert.ok(stats.unauthorized_calls <= 3, `${stats.unauthorized_calls} calls with the revoked token`);
  });
});
