import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/browser.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { seedRunnerWithPlan } from './plan-hands-helpers.js';

/** The text of every inline button of a message, flattened. */
const buttons = (m: { reply_markup?: unknown }) => {
  const rm = m.reply_markup as
    | { kind?: string; markup?: { inline_keyboard?: { text: string }[][] } }
    | undefined;
  return (rm?.kind === 'inline' ? (rm.markup?.inline_keyboard ?? []) : []).flat().map((b) => b.text);
};

describe('browsing the plan', () => {
  let sys: TestSystem | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
    await sys?.close();
  });
  after(() => stopEmbeddedAdminCluster());

  it('/plan shows this week; ▶ ◀ edit it in place; Full plan pages fit Telegram; a tap shows the detail; /today /week', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Browse' });
    const { id } = await user.info();
    await seedRunnerWithPlan(sys, id);
    sys.start('bot-poller');

    await user.send('/plan');
    const plan = await user.waitForMessage((m) => /Week 1 of \d+/.test(m.text), { timeoutMs: 30_000 });
    assert.doesNotMatch(plan.text, / \/(km|mi)\b/, 'no pace unit Telegram would take for a command');
    assert.match(plan.text, /min\/km/);
    assert.ok(buttons(plan).includes('Week 2 ▶'));
    assert.ok(!buttons(plan).some((b) => b.startsWith('◀')), 'no week before the first');

    await user.waitForAnswer(await user.press(plan, 'Week 2 ▶'));
    const week2 = await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === plan.message_id && m.text.includes('Week 2 of')),
      { timeoutMs: 20_000, what: 'the same message showing week 2' },
    );
    assert.ok(buttons(week2).includes('◀ Week 1'));
    assert.equal((await user.botMessages()).filter((m) => m.message_id > plan.message_id).length, 0);
    await user.waitForAnswer(await user.press(week2, '◀ Week 1'));
    await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === plan.message_id && m.text.includes('Week 1 of')),
      { timeoutMs: 20_000, what: 'back to week 1 in place' },
    );

    // Full plan: every page under Telegram's 4,096 characters, together holding every week.
    const current = (await user.botMessages()).find((m) => m.message_id === plan.message_id)!;
    await user.waitForAnswer(await user.press(current, '📋 Full plan'));
    const weeks = new Set<string>();
    let page = await user.waitFor(
      (v) =>
        v.messages.find((m) => m.message_id === plan.message_id && m.text.startsWith('Full plan · page 1')),
      { timeoutMs: 20_000, what: 'page 1 of the full plan' },
    );
    for (;;) {
      assert.ok(page.text.length < 4096, `page length ${page.text.length}`);
      for (const w of page.text.match(/Week \d+ of/g) ?? []) weeks.add(w);
      if (!buttons(page).includes('Later ▶')) break;
      const n = Number(/page (\d+)/.exec(page.text)?.[1]);
      await user.waitForAnswer(await user.press(page, 'Later ▶'));
      page = await user.waitFor(
        (v) =>
          v.messages.find((m) => m.message_id === plan.message_id && m.text.includes(`page ${n + 1} of`)),
        { timeoutMs: 20_000, what: `page ${n + 1}` },
      );
    }
    const [{ total }] = await sys.db.sql<{ total: number }[]>`
      select jsonb_array_length(plan->'weeks')::int as total from training_plans where user_id = ${id}`;
    assert.equal(weeks.size, total);

    // A workout's detail on tap: a new message, with its session and paces in min/km.
    await user.send('/week');
    const week = await user.waitForMessage((m) => m.text.includes('Week 1 of'), { timeoutMs: 20_000 });
    const detailButton = buttons(week).find((b) => b.startsWith('🔎'))!;
    await user.waitForAnswer(await user.press(week, detailButton));
    const detail = await user.waitForMessage((m) => m.message_id > week.message_id, { timeoutMs: 20_000 });
    assert.match(detail.text, /^\S+ \d+ \w+ — /);
    assert.doesNotMatch(detail.text, / \/(km|mi)\b/);

    await user.send('/today');
    await user.waitForMessage((m) => /Today|— /.test(m.text), { timeoutMs: 20_000 });
  });

  it('◀ ▶ in the browser chat page edit the week in place', async () => {
    sys = await startTestSystem();
    const user = sys.client.user({ first_name: 'Web' });
    const { id } = await user.info();
    await seedRunnerWithPlan(sys, id);
    sys.start('bot-poller');
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 480, height: 860 } });
    await page.goto(sys.sandbox.chatUrl);
    await page.waitForSelector(`#user-select option[value="${id}"]`, { state: 'attached' });
    await page.selectOption('#user-select', String(id));
    await page.fill('#text', '/week');
    await page.click('#send-btn');
    const msg = page.locator('.msg.bot', { hasText: 'Week 1 of' });
    await msg.waitFor({ timeout: 30_000 });
    const messageId = await msg.getAttribute('data-message-id');
    await page.locator('.inline-btn', { hasText: 'Week 2 ▶' }).click();
    const edited = page.locator(`.msg.bot[data-message-id="${messageId}"]`, { hasText: 'Week 2 of' });
    await edited.waitFor({ timeout: 20_000 });
    assert.match((await edited.textContent()) ?? '', /edited/);
    await page.locator('.inline-btn', { hasText: '◀ Week 1' }).click();
    await page
      .locator(`.msg.bot[data-message-id="${messageId}"]`, { hasText: 'Week 1 of' })
      .waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('.msg.bot').count(), 1, 'no new message: the week is edited in place');
  });
});
