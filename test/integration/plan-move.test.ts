import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import type { ChatMessage } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { buttonTexts, killBot, repliesContaining, seedRunnerWithPlan } from './plan-hands-helpers.js';

describe('Move', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('offers vetted days of the week, says why others fail, moves once through a kill -9', async () => {
    sys = await startTestSystem();
    const s = sys;
    const user = s.client.user({ first_name: 'Mover' });
    const { id } = await user.info();
    await seedRunnerWithPlan(s, id);
    s.start('bot-poller');
    const sql = s.db.sql;

    await user.send('/week');
    const week1 = await user.waitForMessage((m) => m.text.includes('Week 1 of'), { timeoutMs: 30_000 });
    await user.waitForAnswer(await user.press(week1, 'Week 2 ▶'));
    const week2 = await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === week1.message_id && m.text.includes('Week 2 of')),
      { timeoutMs: 20_000, what: 'week 2' },
    );
    // Try each workout of week 2 until one can move.
    let offer: ChatMessage | undefined;
    let sawRefusal = false;
    let seen = week1.message_id;
    for (const label of buttonTexts(week2).filter((b) => b.startsWith('🔎'))) {
      await user.waitForAnswer(await user.press(week2, label));
      const detail = await user.waitForMessage((m) => buttonTexts(m).includes('↔️ Move'), {
        after: seen,
        timeoutMs: 20_000,
      });
      await user.waitForAnswer(await user.press(detail, '↔️ Move'));
      const reply = await user.waitForMessage((m) => m.text.startsWith('🔀'), {
        after: detail.message_id,
        timeoutMs: 20_000,
      });
      seen = reply.message_id;
      if (/✖️ .+: /.test(reply.text)) sawRefusal = true;
      if (buttonTexts(reply).some((b) => b.startsWith('→'))) {
        offer ??= reply;
        if (sawRefusal) break;
      }
    }
    assert.ok(offer, 'some workout of week 2 can move');
    assert.ok(sawRefusal, 'some day is refused with a reason');
    const target = buttonTexts(offer).find((b) => b.startsWith('→'))!;
    const rm = offer.reply_markup as {
      markup: { inline_keyboard: { text: string; callback_data: string }[][] };
    };
    const data = rm.markup.inline_keyboard.flat().find((b) => b.text === target)!.callback_data;
    const [, , workoutId, ymd] = data.split(':') as [string, string, string, string];
    const toDate = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
    const [moving] = await sql<{ title: string; date: string }[]>`
      select title, workout_date::text as date from planned_workouts where id = ${Number(workoutId)}`;

    // bot-poller dies; the runner taps the day twice meanwhile; a fresh one handles both taps.
    await killBot(s);
    const press = await user.press(offer, target);
    const again = await user.press(offer, target);
    s.start('bot-poller');
    await user.waitForAnswer(press, { timeoutMs: 60_000 });
    const second = await user.waitForAnswer(again, { timeoutMs: 30_000 });
    assert.match(second.text ?? '', /not in your current plan/);
    await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === offer!.message_id && m.text.startsWith('🔀 Moved')),
      { timeoutMs: 30_000, what: 'the move confirmed in place' },
    );
    const active = await sql<{ title: string; date: string }[]>`
      select pw.title, pw.workout_date::text as date from planned_workouts pw
      join training_plans tp on tp.id = pw.plan_id and tp.status = 'active' where pw.user_id = ${id}`;
    assert.ok(
      active.some((w) => w.date === toDate && w.title === moving!.title),
      'on the new day',
    );
    assert.ok(!active.some((w) => w.date === moving!.date), 'gone from the old day');
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from training_plans where user_id = ${id}`;
    assert.equal(n, 2, 'one new plan version');
    assert.equal(await repliesContaining(s, id, '🔀 Moved'), 1);
  });
});
