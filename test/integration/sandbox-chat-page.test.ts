import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { Markup } from 'telegraf';
import { startSandbox, type TestSandbox } from '../harness/sandbox.js';
import { makePng } from '../harness/sandbox-images.js';
import { launchChromium } from '../harness/web-helpers.js';

describe('sandbox chat page in Chromium', () => {
  let sb: TestSandbox;
  let browser: Browser;
  let stopBot: () => Promise<void>;

  before(async () => {
    // This tiny demo bot does not retry on 429, so allow a larger burst than Telegram's default here.
    sb = await startSandbox({ flood: { chatBurst: 20 } });
    const bot = sb.telegraf();
    bot.start((ctx) =>
      ctx.reply(`<b>Welcome</b>, ${ctx.from.first_name}! Pick your <i>goal</i>:`, {
        parse_mode: 'HTML',
        ...Markup.inlineKeyboard([
          [Markup.button.callback('Marathon', 'goal:42'), Markup.button.callback('Half', 'goal:21')],
        ]),
      }),
    );
    bot.action(/^goal:(\d+)$/, async (ctx) => {
      await ctx.answerCbQuery(`Goal saved: ${ctx.match[1]} km`);
      await ctx.reply(`Goal: ${ctx.match[1]} km. Send a screenshot of your last run.`);
    });
    bot.on('photo', async (ctx) => {
      const largest = ctx.message.photo.at(-1)!;
      await ctx.replyWithPhoto(largest.file_id, { caption: `Got it: ${largest.width}×${largest.height}` });
    });
    bot.command('raw', (ctx) => ctx.reply('<script>alert(1)</script> <b>not bold</b>'));
    stopBot = (await sb.launch(bot)).stop;
    await sb.user({ id: 1001, first_name: 'Ann' }).info();
    await sb.user({ id: 1002, first_name: 'Bob' }).info();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await stopBot?.();
    await sb?.close();
  });

  it('sends /start, shows formatted reply, presses a button, uploads a photo', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 860 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(sb.chatUrl);
    await page.waitForSelector('#user-select option[value="1001"]', { state: 'attached' });
    assert.equal(await page.inputValue('#user-select'), '1001');

    await page.fill('#text', '/start');
    await page.click('#send-btn');
    const welcome = page.locator('.msg.bot', { hasText: 'Welcome, Ann!' });
    await welcome.waitFor();
    assert.equal(await welcome.locator('b').first().textContent(), 'Welcome');
    assert.equal(await welcome.locator('i').first().textContent(), 'goal');
    await page.locator('.msg.user', { hasText: '/start' }).waitFor();

    await page.locator('.inline-btn', { hasText: 'Marathon' }).click();
    await page.locator('#toast.shown', { hasText: 'Goal saved: 42 km' }).waitFor();
    await page.locator('.msg.bot', { hasText: 'Goal: 42 km' }).waitFor();

    await page.setInputFiles('#file-input', {
      name: 'run.png',
      mimeType: 'image/png',
      buffer: makePng(320, 200, '#e8842a', 'RUN'),
    });
    await page.locator('.msg.user img').waitFor();
    const echo = page.locator('.msg.bot', { hasText: 'Got it: 320×200' });
    await echo.waitFor();
    await page.waitForFunction(
      `[...document.querySelectorAll('.msg img')].every((i) => i.complete && i.naturalWidth > 0)`,
    );

    await page.fill('#text', '/raw');
    await page.click('#send-btn');
    const raw = page.locator('.msg.bot', { hasText: '<script>alert(1)</script>' });
    await raw.waitFor();
    assert.equal(await raw.locator('b').count(), 0, 'plain bot text is never interpreted as HTML');

    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/chat-page.png' });
    assert.deepEqual(errors, []);

    await page.selectOption('#user-select', '1002');
    await page.locator('.empty', { hasText: 'Send /start to begin.' }).waitFor();
    await page.close();
  });
});
