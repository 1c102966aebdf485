import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';
import { artifactsDir, launchChromium } from '../harness/web-helpers.js';

// The fresh-machine path end to end: the real ecosystem under PM2 in local mode (sandbox app, no bot
// token), the web app's /chat page in Chromium, and our bot answering through it.
describe('local mode: chatting with the real bot on http://localhost:PORT/chat', () => {
  let stack: Pm2Stack | undefined;
  after(async () => {
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('a new user sends /start and answers the first questions with a button and by text', async () => {
    stack = await Pm2Stack.create();
    await stack.pm2('start', 'ecosystem.config.cjs');
    const base = stack.webUrl;
    await waitUntil(
      async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
      60_000,
      '/healthz 200',
    );
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (dialog) => void dialog.accept('Paula'));
      await page.goto(`${base}/chat`);
      await page.click('#new-user');
      await page.waitForSelector('#user-select option', { state: 'attached' });
      await page.fill('#text', '/start');
      await page.click('#send-btn');
      await page.locator('.msg.bot', { hasText: 'kilometres or miles' }).waitFor({ timeout: 30_000 });
      await page.locator('.inline-btn', { hasText: 'Kilometres' }).click();
      await page.locator('.msg.bot', { hasText: 'Where do you run?' }).waitFor({ timeout: 30_000 });
      await page.fill('#text', 'Berlin');
      await page.click('#send-btn');
      await page.locator('.msg.bot', { hasText: 'What are you training for?' }).waitFor({ timeout: 30_000 });
      await page.locator('.inline-btn', { hasText: 'Marathon' }).first().waitFor();
      await page.screenshot({ path: join(artifactsDir(), 'local-mode-chat.png'), fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
