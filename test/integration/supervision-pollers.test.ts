import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { Telegram } from 'telegraf';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';

async function getUpdatesCalls(sys: TestSystem): Promise<{ requests: number; conflicts: number }> {
  const stats = await sys.client.stats();
  const bot = stats.bots.find((b) => b.token === sys.sandbox.token);
  return { requests: bot?.get_updates.requests ?? 0, conflicts: bot?.get_updates.conflicts ?? 0 };
}

function logMessages(sys: TestSystem, app: string, pid: number | undefined): string[] {
  return sys
    .logLines(app)
    .filter((line) => pid === undefined || line.pid === undefined || line.pid === pid)
    .map((line) => String(line.message));
}

describe('bot-poller supervision', () => {
  let sys: TestSystem;
  beforeEach(async () => {
    // Short long-poll so the tests do not wait on Telegram-sized timeouts.
    sys = await startTestSystem({ env: { POLL_TIMEOUT_SEC: '2', POLLER_LOCK_STALE_MS: '6000' } });
  });
  afterEach(async () => {
    await sys.close();
  });
  after(() => stopEmbeddedAdminCluster());

  it('two pollers started together: only one ever polls, the standby takes over after kill -9', async () => {
    const first = sys.start('bot-poller');
    const second = sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    const leaderPid = (await import('../../shared/health/index.js')).readHeartbeat(
      sys.dataDir,
      'bot-poller',
    )?.pid;
    const leader = leaderPid === first.child.pid ? first : second;
    const standby = leader === first ? second : first;
    await sys.waitForHeartbeat(`bot-poller.standby-${standby.child.pid}`, 'standby');

    const user = sys.client.user({ first_name: 'Bo' });
    await user.send('/help');
    await user.waitForMessage((m) => m.text.includes('/deleteme'), { timeoutMs: 15_000 });
    // Two processes long-polling one token would terminate each other (409) all the time.
    assert.equal((await getUpdatesCalls(sys)).conflicts, 0, 'no 409 while one leader polls');

    leader.child.kill('SIGKILL');
    await leader.exited;
    await user.send('still there?');
    await user.waitForMessage((m) => m.text.includes('still there?'), { timeoutMs: 30_000 });
    await sys.waitForHeartbeat('bot-poller');
    assert.ok(
      sys
        .logLines('bot-poller')
        .some(
          (l) =>
            l.message === 'poller lock acquired: this instance polls Telegram' && l.pid === standby.child.pid,
        ),
      'the standby took the lock',
    );
    // The old leader's long poll may still be open at Telegram for a moment after kill -9 (a 409 the new
    // leader recovers from); beyond that, nothing may conflict.
    assert.ok((await getUpdatesCalls(sys)).conflicts <= 1);
  });

  it('a foreign poller on the same token causes 409s: detected, logged, recovered', async () => {
    sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    const foreign = new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot });
    // The foreign instance polls repeatedly: each of its calls terminates our pending long poll (409).
    for (let i = 0; i < 4; i++)
      await foreign.callApi('getUpdates', { timeout: 1, offset: -1 }).catch(() => {});
    await waitUntil(
      () =>
        logMessages(sys, 'bot-poller', undefined).some((m) => m.startsWith('409 Conflict from getUpdates')),
      20_000,
      'the 409 to be logged',
    );
    assert.ok(
      logMessages(sys, 'bot-poller', undefined).includes('deleteWebhook called (pending updates kept)'),
    );
    const user = sys.client.user({ first_name: 'Cy' });
    await user.send('after the conflict');
    await user.waitForMessage((m) => m.text.includes('after the conflict'), { timeoutMs: 30_000 });
    await waitUntil(
      () => logMessages(sys, 'bot-poller', undefined).includes('polling recovered after 409 conflicts'),
      20_000,
      'recovery to be logged',
    );
  });

  it('SIGTERM: clean exit, lock released, heartbeat removed, no update lost', async () => {
    const poller = sys.start('bot-poller');
    await sys.waitForHeartbeat('bot-poller');
    const user = sys.client.user({ first_name: 'Di' });
    for (let i = 0; i < 5; i++) await user.send(`before-stop-${i}`);
    poller.child.kill('SIGTERM');
    for (let i = 0; i < 5; i++) await user.send(`during-stop-${i}`);
    const { code, signal } = await poller.exited;
    assert.equal(code, 0, `exit code (signal ${signal}); output:\n${poller.output()}`);
    assert.ok(!existsSync(join(sys.dataDir, 'run', 'bot-poller.lock')), 'lock released');
    assert.ok(!existsSync(join(sys.dataDir, 'run', 'bot-poller.health')), 'heartbeat removed');
    assert.ok(logMessages(sys, 'bot-poller', undefined).includes('stopped'));

    sys.start('bot-poller');
    await waitUntil(async () => (await user.botMessages()).length >= 10, 30_000, 'all ten messages answered');
    const texts = (await user.botMessages()).map((m) => m.text);
    for (let i = 0; i < 5; i++) {
      assert.equal(texts.filter((t) => t.includes(`“before-stop-${i}”`)).length, 1);
      assert.equal(texts.filter((t) => t.includes(`“during-stop-${i}”`)).length, 1);
    }
  });
});
