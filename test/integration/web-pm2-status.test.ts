import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { freePort } from '../harness/net.js';
import { pm2Kill } from '../harness/pm2.js';
import { waitUntil } from '../harness/system.js';
import { artifactsDir, launchChromium } from '../harness/web-helpers.js';

const run = promisify(execFile);

describe('status page with the apps under PM2', () => {
  const root = mkdtempSync(join(tmpdir(), 'web-pm2-'));
  chmodSync(root, 0o755);
  const pm2Home = join(root, 'pm2');
  let db: TestDatabase | undefined;
  after(async () => {
    await pm2Kill(pm2Home);
    await db?.drop();
    rmSync(root, { recursive: true, force: true });
    await stopEmbeddedAdminCluster();
  });

  it('all apps green; after `pm2 stop vision` vision shows down and /healthz still follows the poller', async () => {
    db = await createTestDatabase();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      PM2_HOME: pm2Home,
      DATA_DIR: join(root, 'data'),
      LOG_DIR: join(root, 'logs'),
      DATABASE_URL: db.url,
      PORT: String(port),
      SANDBOX_PORT: String(await freePort()),
      TELEGRAM_BOT_TOKEN: '',
    };
    const pm2 = (...args: string[]) => run(process.execPath, ['node_modules/pm2/bin/pm2', ...args], { env });
    await pm2('start', 'ecosystem.config.cjs');
    await waitUntil(
      async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
      60_000,
      '/healthz 200',
    );
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const appRow = (name: string) => page.locator('tr', { hasText: name }).first();
      await waitUntil(
        async () => {
          await page.goto(base);
          const rows = await Promise.all(
            ['bot-poller', 'reminder', 'vision', 'web'].map((a) => appRow(a).innerText()),
          );
          return rows.every((r) => /online/i.test(r));
        },
        30_000,
        'every app online on the page',
      );
      await page.screenshot({ path: join(artifactsDir(), 'status-page-pm2.png'), fullPage: true });

      await pm2('stop', 'vision');
      await waitUntil(
        async () => {
          await page.goto(base);
          return /stopped/i.test(await appRow('vision').innerText());
        },
        30_000,
        'vision shown stopped',
      );
      const visionRowClass = await appRow('vision').evaluate((el) => el.outerHTML);
      assert.match(visionRowClass, /bad|red|down|error/i, 'the stopped app is marked as a problem');
      await page.screenshot({ path: join(artifactsDir(), 'status-page-vision-stopped.png'), fullPage: true });
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 200, '/healthz follows the poller and the database, not vision');
    } finally {
      await browser.close();
    }
  });
});
