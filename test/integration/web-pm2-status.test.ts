import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';
import { artifactsDir, launchChromium } from '../harness/web-helpers.js';

const _run = promisify(execFile);

describe('status page with the apps under PM2', () => {
  let stack: Pm2Stack | undefined;
  after(async () => {
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('all apps green; after `pm2 stop vision` vision shows down and /healthz still follows the poller', async () => {
    stack = await Pm2Stack.create();
    const base = stack.webUrl;
    const pm2 = (...args: string[]) => stack!.pm2(...args);
    await pm2('start', 'ecosystem.config.cjs');
    await waitUntil(
      async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
      60_000,
      '/healthz 200',
    );
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const appRow = (name: string) => page.locator(`tr.app[data-app="${name}"]`);
      // Green means each app's own verdict is ok (the row's data-verdict), not merely "online" in PM2's
      // column: an online app with a stale heartbeat or an alarm is red.
      const verdicts = async () =>
        Promise.all(
          ['bot-poller', 'reminder', 'vision', 'web'].map(
            async (a) => await appRow(a).getAttribute('data-verdict'),
          ),
        );
      await waitUntil(
        async () => {
          await page.goto(base);
          return (await verdicts()).every((v) => v === 'ok');
        },
        30_000,
        'every app green on the page',
      );
      assert.equal(await page.locator('#overall .badge').getAttribute('class'), 'badge ok');
      await page.screenshot({ path: join(artifactsDir(), 'status-page-pm2.png'), fullPage: true });

      await pm2('stop', 'vision');
      await waitUntil(
        async () => {
          await page.goto(base);
          return /stopped/i.test((await appRow('vision').textContent()) ?? '');
        },
        30_000,
        'vision shown stopped',
      );
      assert.equal(await appRow('vision').getAttribute('data-verdict'), 'bad', 'the stopped app is red');
      assert.equal(await appRow('vision').getAttribute('class'), 'app bad');
      assert.equal(await appRow('reminder').getAttribute('data-verdict'), 'ok', 'the others stay green');
      await page.screenshot({ path: join(artifactsDir(), 'status-page-vision-stopped.png'), fullPage: true });
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 200, '/healthz follows the poller and the database, not vision');
    } finally {
      await browser.close();
    }
  });
});
