import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readHeartbeat } from '../../shared/health/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { pm2List } from '../harness/pm2.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

const PRODUCT_APPS = ['bot-poller', 'reminder', 'vision', 'web'];

describe('npm start', () => {
  let stack: Pm2Stack | undefined;
  after(async () => {
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('brings all four apps online in PM2 with heartbeats, then stops cleanly on SIGINT', async () => {
    stack = await Pm2Stack.create();
    const { env, dataDir, pm2Home } = stack;
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitUntil(
        async () => {
          const apps = await pm2List(pm2Home);
          return [...PRODUCT_APPS, 'sandbox'].every((name) =>
            apps.some((a) => a.name === name && a.status === 'online'),
          );
        },
        60_000,
        () => `all apps online in PM2; output so far:\n${output}`,
      );
      await waitUntil(
        () => PRODUCT_APPS.every((app) => readHeartbeat(dataDir, app)?.state === 'ready'),
        60_000,
        () =>
          `ready heartbeats: ${PRODUCT_APPS.map((a) => `${a}=${readHeartbeat(dataDir, a)?.state}`).join(' ')}\n${output}`,
      );
      assert.match(output, /Chat page: http:\/\/localhost:\d+\/chat/);
      assert.equal((await pm2List(pm2Home)).filter((a) => a.restarts > 0).length, 0, 'no app restarted');
    } finally {
      child.kill('SIGINT');
    }
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref()),
    ]);
    assert.equal(code, 0, `npm start exit code; output:\n${output}`);
    const leftovers = existsSync(join(dataDir, 'run'))
      ? readdirSync(join(dataDir, 'run')).filter((f) => f.endsWith('.health') || f.endsWith('.lock'))
      : [];
    assert.deepEqual(leftovers, [], 'every app removed its heartbeat and released its locks');
    for (const app of PRODUCT_APPS) assert.match(output, new RegExp(`\\[${app}\\] stopped`));
  });
});
