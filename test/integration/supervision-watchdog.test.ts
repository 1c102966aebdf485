import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { readHeartbeat } from '../../shared/health/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { pm2List } from '../harness/pm2.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

const _run = promisify(execFile);

describe('watchdog (web app) under PM2', () => {
  let stack: Pm2Stack | undefined;
  let frozen: number | undefined;
  after(async () => {
    if (frozen) {
      try {
        process.kill(frozen, 'SIGCONT');
      } catch {}
    }
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('bot-poller frozen with SIGSTOP is restarted by the watchdog', async () => {
    stack = await Pm2Stack.create({
      // Faster than production (45 s / 5 s) so the test does not idle; the mechanism is the same.
      POLL_TIMEOUT_SEC: '2',
      WATCHDOG_STALE_MS: '10000',
      WATCHDOG_INTERVAL_MS: '1000',
    });
    const { dataDir, logDir, pm2Home } = stack;
    await stack.pm2('start', 'ecosystem.config.cjs');
    await waitUntil(
      () =>
        readHeartbeat(dataDir, 'bot-poller')?.state === 'ready' &&
        readHeartbeat(dataDir, 'web')?.state === 'ready',
      60_000,
      'bot-poller and web ready',
    );
    const before = (await pm2List(pm2Home)).find((a) => a.name === 'bot-poller');
    assert.ok(before?.pid, 'bot-poller runs under PM2');
    frozen = before.pid;
    process.kill(before.pid, 'SIGSTOP');
    await waitUntil(
      async () => {
        const now = (await pm2List(pm2Home)).find((a) => a.name === 'bot-poller');
        return Boolean(now && now.status === 'online' && now.pid !== before.pid);
      },
      60_000,
      'PM2 to run a new bot-poller process',
    );
    frozen = undefined;
    const webLog = existsSync(join(logDir, 'web.log')) ? readFileSync(join(logDir, 'web.log'), 'utf8') : '';
    assert.match(
      webLog,
      /watchdog: restarting bot-poller: bot-poller \(pid \d+\): heartbeat progressAt \d+ s old/,
    );
    await waitUntil(
      () => readHeartbeat(dataDir, 'bot-poller')?.state === 'ready',
      60_000,
      'new bot-poller ready',
    );
  });
});
