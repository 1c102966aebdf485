import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Telegram } from 'telegraf';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { addWorkout, day, seedRunner } from './tracking-helpers.js';

type Msg = {
  message: { reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data?: string }>> } };
};
const buttons = (m: Msg) => m.message.reply_markup?.inline_keyboard.flat() ?? [];

describe('tracking buttons through the sandbox', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
    sys.start('bot-poller');
  });
  after(async () => {
    await sys.close();
    await stopEmbeddedAdminCluster();
  });

  it('Done → as planned records once (a second tap changes nothing); Done → numbers records the numbers', async () => {
    const user = sys.client.user({ first_name: 'Done' });
    const { id } = await user.info();
    const planId = await seedRunner(sys, id);
    const yesterday = await addWorkout(sys, {
      userId: id,
      planId,
      date: day(-1),
      km: 8,
      min: 48,
      title: 'Easy run',
    });
    const today = await addWorkout(sys, {
      userId: id,
      planId,
      date: day(0),
      type: 'tempo',
      km: 10,
      min: 50,
      title: 'Tempo run',
    });

    await user.send('/pending');
    const pending = await user.waitForMessage((m) => m.text.includes('Pending workouts'), {
      timeoutMs: 20_000,
    });
    assert.match(pending.text, /Overdue[\s\S]*Easy run[\s\S]*Today[\s\S]*Tempo run/);
    const doneData = `w1:done:${yesterday}`;
    // Two "Done" taps → two questions; "As planned" on both = a double tap on a stale button.
    await user.press(pending, { data: doneData });
    const ask1 = await user.waitForMessage((m) => m.text.includes('How did it go?'), {
      after: pending.message_id,
      timeoutMs: 20_000,
    });
    await user.press(pending, { data: doneData });
    const ask2 = await user.waitForMessage((m) => m.text.includes('How did it go?'), {
      after: ask1.message_id,
      timeoutMs: 20_000,
    });
    assert.ok(buttons(ask1).some((b) => b.text === '✅ As planned (8 km)'));
    const first = await user.press(ask1, '✅ As planned (8 km)');
    assert.equal((await user.waitForAnswer(first, { timeoutMs: 20_000 })).text, 'Recorded ✅');
    const second = await user.press(ask2, '✅ As planned (8 km)');
    assert.match((await user.waitForAnswer(second, { timeoutMs: 20_000 })).text ?? '', /Already recorded/);
    const rows = await sys.db.sql<
      { distance_km: string; duration_sec: number; source: string; completed_on: string }[]
    >`
      select distance_km, duration_sec, source, completed_on::text from workout_completions where planned_workout_id = ${yesterday}`;
    assert.deepEqual(
      rows.map((r) => [Number(r.distance_km), r.duration_sec, r.source, r.completed_on]),
      // "As planned" records the distance only: the planned duration is not a measured time.
      [[8, null, 'button', day(-1)]],
    );
    const [w] = await sys.db.sql<
      { status: string }[]
    >`select status from planned_workouts where id = ${yesterday}`;
    assert.equal(w?.status, 'done');

    // Numbers through the quick form.
    await user.press(pending, { data: `w1:done:${today}` });
    const ask3 = await user.waitForMessage((m) => m.text.includes('How did it go?'), {
      after: ask2.message_id,
      timeoutMs: 20_000,
    });
    await user.press(ask3, '✏️ Enter my numbers');
    await user.waitForMessage((m) => m.text.includes('Send your numbers'), {
      after: ask3.message_id,
      timeoutMs: 20_000,
    });
    await user.send('10k 99:99');
    await user.waitForMessage((m) => m.text.includes('is not a time'), { timeoutMs: 20_000 });
    await user.send('10.2 km 50:00 hr 152 rpe 7');
    await user.waitForMessage((m) => m.text.includes('Recorded 10.2 km in 50:00'), { timeoutMs: 20_000 });
    const [c] = await sys.db.sql<
      { distance_km: string; duration_sec: number; avg_hr: number; rpe: number }[]
    >`
      select distance_km, duration_sec, avg_hr, rpe from workout_completions where planned_workout_id = ${today}`;
    assert.deepEqual([Number(c?.distance_km), c?.duration_sec, c?.avg_hr, c?.rpe], [10.2, 3000, 152, 7]);
  });

  it('cancel with each reason (other + free text); a second Skip changes nothing', async () => {
    const user = sys.client.user({ first_name: 'Skip' });
    const { id } = await user.info();
    const planId = await seedRunner(sys, id);
    const reasons = ['sick', 'injured', 'no_time', 'weather', 'other'] as const;
    const labels = ['🤒 Sick', '🩹 Injured', '⏰ No time', '🌧 Weather', '✏️ Other'];
    const ids: number[] = [];
    for (let i = 0; i < reasons.length; i++)
      ids.push(await addWorkout(sys, { userId: id, planId, date: day(-5 + i) }));
    await user.send('/pending');
    const pending = await user.waitForMessage((m) => m.text.includes('Pending workouts'), {
      timeoutMs: 20_000,
    });
    let last = pending.message_id;
    for (let i = 0; i < reasons.length; i++) {
      await user.press(pending, { data: `w1:skip:${ids[i]}` });
      const ask = await user.waitForMessage((m) => m.text.includes('Why are you skipping'), {
        after: last,
        timeoutMs: 20_000,
      });
      const answer = await user.press(ask, labels[i]!);
      assert.equal((await user.waitForAnswer(answer, { timeoutMs: 20_000 })).text, 'Skipped');
      last = ask.message_id;
    }
    await user.waitForMessage((m) => m.text.includes('What got in the way?'), {
      after: 0,
      timeoutMs: 20_000,
    });
    await user.send('work trip');
    await user.waitForMessage((m) => m.text.includes('Noted'), { timeoutMs: 20_000 });
    const rows = await sys.db.sql<{ id: number; reason: string; note: string | null; status: string }[]>`
      select w.id::int as id, c.reason, c.note, w.status from planned_workouts w
      join workout_cancellations c on c.planned_workout_id = w.id where w.user_id = ${id} order by w.workout_date`;
    assert.deepEqual(
      rows.map((r) => [r.id, r.reason, r.note, r.status]),
      reasons.map((r, i) => [ids[i], r, r === 'other' ? 'work trip' : null, 'cancelled']),
    );
    // Skip again on the old /pending message: answered, nothing changes.
    const again = await user.press(pending, { data: `w1:skip:${ids[0]}` });
    assert.match((await user.waitForAnswer(again, { timeoutMs: 20_000 })).text ?? '', /Already skipped/);
    const [{ n }] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from workout_cancellations where user_id = ${id}`;
    assert.equal(n, 5);
    // Sick/injured offered an adaptive re-plan.
    await user.waitForMessage((m) => m.text.includes('adjust your plan'), { after: 0, timeoutMs: 20_000 });
  });

  it('/pending pages five at a time with ‹ / › buttons', async () => {
    const user = sys.client.user({ first_name: 'Pages' });
    const { id } = await user.info();
    const planId = await seedRunner(sys, id);
    for (let d = -6; d <= 1; d++)
      await addWorkout(sys, { userId: id, planId, date: day(d), title: `Run ${d + 7}` });
    await user.send('/pending');
    const page1 = await user.waitForMessage((m) => m.text.includes('page 1 of 2'), { timeoutMs: 20_000 });
    assert.deepEqual(
      [...page1.text.matchAll(/Run (\d)/g)].map((m) => m[1]),
      ['1', '2', '3', '4', '5'],
    );
    assert.equal(buttons(page1).filter((b) => b.text.startsWith('✅ Done')).length, 5);
    await user.press(page1, 'Next ›');
    const page2 = await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === page1.message_id && m.text.includes('page 2 of 2')),
      { timeoutMs: 20_000 },
    );
    assert.deepEqual(
      [...page2.text.matchAll(/Run (\d)/g)].map((m) => m[1]),
      ['6', '7', '8'],
    );
    assert.match(page2.text, /Today[\s\S]*Tomorrow/);
    assert.ok(buttons(page2).some((b) => b.text === '‹ Previous'));
  });

  it("a forged callback for another user's workout is answered and changes nothing", async () => {
    const owner = sys.client.user({ first_name: 'Owner' });
    const ownerId = (await owner.info()).id;
    const planId = await seedRunner(sys, ownerId);
    const target = await addWorkout(sys, { userId: ownerId, planId, date: day(-1) });
    const mallory = sys.client.user({ first_name: 'Mallory' });
    const malloryId = (await mallory.info()).id;
    await seedRunner(sys, malloryId);
    // A message in Mallory's chat carrying buttons with the owner's workout id (as a modified client would send).
    const telegram = new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot });
    const forged = [
      ...['w1:done', 'w1:skip', 'w1:week', 't1:as', 't1:form', 't1:why:injured'].map((p) => `${p}:${target}`),
      'w1:done:abc',
      't1:why:bored:1',
    ];
    await mallory.send('/help');
    const msg = await telegram.sendMessage(malloryId, 'forged', {
      reply_markup: { inline_keyboard: forged.map((data) => [{ text: data, callback_data: data }]) },
    });
    for (const data of forged) {
      const press = await mallory.press(msg.message_id, { data });
      const answer = await mallory.waitForAnswer(press, { timeoutMs: 20_000 });
      assert.match(answer.text ?? '', /nothing changed|no longer active/, data);
    }
    const [w] = await sys.db.sql<
      { status: string }[]
    >`select status from planned_workouts where id = ${target}`;
    assert.equal(w?.status, 'planned');
    const [{ c, x }] = await sys.db.sql<{ c: number; x: number }[]>`
      select (select count(*)::int from workout_completions where planned_workout_id = ${target}) as c,
             (select count(*)::int from workout_cancellations where planned_workout_id = ${target}) as x`;
    assert.deepEqual([c, x], [0, 0]);
    const [{ n }] = await sys.db.sql<
      { n: number }[]
    >`select count(*)::int as n from conversation_state where user_id = ${malloryId}`;
    assert.equal(n, 0);
  });
});
