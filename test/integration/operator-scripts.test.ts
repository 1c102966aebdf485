import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { pm2List } from '../harness/pm2.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

const run = promisify(execFile);

describe('operator scripts', () => {
  let stack: Pm2Stack | undefined;
  after(async () => {
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('--help, clean-start.sh twice, reset-session.sh twice: no error, apps online, stale files gone', async () => {
    stack = await Pm2Stack.create();
    const { env, dataDir, pm2Home } = stack;
    for (const script of ['clean-start.sh', 'reset-session.sh']) {
      const { stdout } = await run('bash', [`scripts/${script}`, '--help'], { env });
      assert.match(stdout, /^Usage: scripts\//);
    }
    // A lock and a heartbeat left by a dead process.
    mkdirSync(join(dataDir, 'run', 'bot-poller.lock'), { recursive: true });
    writeFileSync(join(dataDir, 'run', 'vision.health'), '{}');

    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('bash', ['scripts/clean-start.sh'], { env, timeout: 180_000 });
      assert.match(stdout, /done: npx pm2 monit/);
      if (i === 0) assert.match(stdout, /removed stale bot-poller\.lock/);
    }
    await waitUntil(
      async () => {
        const apps = await pm2List(pm2Home);
        return ['bot-poller', 'reminder', 'vision', 'web', 'sandbox'].every((n) =>
          apps.some((a) => a.name === n && a.status === 'online'),
        );
      },
      60_000,
      'apps online after clean-start',
    );
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('bash', ['scripts/reset-session.sh'], { env, timeout: 60_000 });
      assert.match(stdout, /deleteWebhook: \{"ok":true/);
      assert.match(stdout, /pending long poll ended/);
      assert.match(stdout, /bot-poller restarted/);
      assert.doesNotMatch(stdout, /\d{3,}:[A-Za-z0-9_-]{30,}/, 'the token is never printed');
    }
  });
});
