import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { ChatMessage } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import {
  buttonTexts,
  killAndRestart,
  RUNNER,
  repliesContaining,
  seedRunnerWithPlan,
} from './plan-hands-helpers.js';

describe('undo, edit and /history', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('As planned records the distance and asks for the time; time, undo, skip-undo and /history edit/delete survive kill -9', async () => {
    sys = await startTestSystem();
    const s = sys;
    const user = s.client.user({ first_name: 'Undo' });
    const { id } = await user.info();
    await seedRunnerWithPlan(s, id);
    s.start('bot-poller');
    const sql = s.db.sql;
    const completions = () =>
      sql<{ id: number; distance_km: number | null; duration_sec: number | null }[]>`
        select id::int as id, distance_km::float8 as distance_km, duration_sec from workout_completions where user_id = ${id}`;
    const status = async (workoutId: number) =>
      (await sql<{ status: string }[]>`select status from planned_workouts where id = ${workoutId}`)[0]
        ?.status;

    // Two of the plan's workouts moved to today (the runner's zone), whatever weekday the test runs on.
    const today = DateTime.now().setZone(RUNNER.timeZone).toISODate()!;
    const ids = (
      await sql<{ id: number }[]>`
        select id::int as id from planned_workouts where user_id = ${id} and type <> 'race'
        order by workout_date, id limit 2`
    ).map((r) => r.id);
    await sql`update planned_workouts set workout_date = ${today}::date where id = any(${ids}::bigint[])`;

    /** /today: the detail message of workout `nth` (0 or 1), with its Done / Skip buttons. */
    const openDetail = async (nth: number): Promise<{ detail: ChatMessage; workoutId: number }> => {
      const workoutId = ids[nth]!;
      await user.send('/today');
      const detail = await user.waitForMessage(
        (m) => {
          const rm = m.reply_markup as
            | { markup?: { inline_keyboard?: { callback_data?: string }[][] } }
            | undefined;
          return (rm?.markup?.inline_keyboard ?? [])
            .flat()
            .some((b) => b.callback_data === `w1:done:${workoutId}`);
        },
        { timeoutMs: 30_000 },
      );
      return { detail, workoutId };
    };

    // Done → As planned: the distance without a time, then the optional time question.
    const first = await openDetail(0);
    await user.waitForAnswer(await user.press(first.detail, '✅ Done'));
    const how = await user.waitForMessage((m) => m.text.startsWith('How did it go?'), { timeoutMs: 20_000 });
    await user.waitForAnswer(
      await user.press(how, buttonTexts(how).find((b) => b.startsWith('✅ As planned'))!),
    );
    await user.waitForMessage((m) => m.text.includes('Did you time it?'), { timeoutMs: 20_000 });
    let [run] = await completions();
    assert.ok(run && run.distance_km! > 0);
    assert.equal(run.duration_sec, null, 'no time invented from the plan');

    // The time, with bot-poller killed right after it was sent.
    await user.send('47:30');
    await killAndRestart(s);
    await user.waitForMessage((m) => m.text.startsWith('⏱ Saved'), { timeoutMs: 60_000 });
    [run] = await completions();
    assert.equal(run?.duration_sec, 47 * 60 + 30);
    assert.equal(await repliesContaining(s, id, '⏱ Saved'), 1);

    // Undo on the recorded message, killed in the middle: once undone, the workout open again.
    const done = (await user.botMessages()).find((m) => m.text.startsWith('✅ Done as planned'))!;
    assert.deepEqual(buttonTexts(done).slice(-2), ['↩️ Undo', '✏️ Edit']);
    const undo = await user.press(done, '↩️ Undo');
    await killAndRestart(s);
    await user.waitForAnswer(undo, { timeoutMs: 60_000 });
    await user.waitForMessage((m) => m.text.startsWith('↩️ Undone'), { after: 0, timeoutMs: 30_000 });
    assert.equal((await completions()).length, 0);
    assert.equal(await status(first.workoutId), 'planned');
    assert.equal(await repliesContaining(s, id, '↩️ Undone'), 1);

    // Skip, then Undo of the skip.
    const second = await openDetail(1);
    await user.waitForAnswer(await user.press(second.detail, '✖️ Skip'));
    const why = await user.waitForMessage((m) => buttonTexts(m).includes('🌧 Weather'), { timeoutMs: 20_000 });
    await user.waitForAnswer(await user.press(why, '🌧 Weather'));
    const skipped = await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === why.message_id && m.text.startsWith('✖️ Skipped')),
      { timeoutMs: 20_000, what: 'the skip recorded' },
    );
    assert.equal(await status(second.workoutId), 'cancelled');
    // Edit the skip's reason.
    await user.waitForAnswer(await user.press(skipped, '✏️ Edit'));
    const reasons = await user.waitForMessage((m) => buttonTexts(m).includes('🤒 Sick'), {
      timeoutMs: 20_000,
    });
    await user.waitForAnswer(await user.press(reasons, '🤒 Sick'));
    await user.waitFor(
      (v) => v.messages.find((m) => m.message_id === reasons.message_id && m.text.includes('🤒 Sick')),
      { timeoutMs: 20_000, what: 'the new reason' },
    );
    const [{ reason }] = await sql<{ reason: string }[]>`
      select reason from workout_cancellations where planned_workout_id = ${second.workoutId}`;
    assert.equal(reason, 'sick');
    const unskip = await user.press(skipped, '↩️ Undo');
    await killAndRestart(s);
    await user.waitForAnswer(unskip, { timeoutMs: 60_000 });
    await user.waitForMessage((m) => m.text.includes('the workout is open again'), {
      after: 0,
      timeoutMs: 30_000,
    });
    assert.equal(await status(second.workoutId), 'planned');
    const [{ n: cancels }] = await sql<{ n: number }[]>`
      select count(*)::int as n from workout_cancellations where user_id = ${id}`;
    assert.equal(cancels, 0);

    // /history: record again without a time; Edit sets new numbers, Delete removes it.
    const third = await openDetail(0);
    await user.waitForAnswer(await user.press(third.detail, '✅ Done'));
    const how2 = await user.waitForMessage((m) => m.text.startsWith('How did it go?'), { timeoutMs: 20_000 });
    await user.waitForAnswer(
      await user.press(how2, buttonTexts(how2).find((b) => b.startsWith('✅ As planned'))!),
    );
    const asked = await user.waitForMessage((m) => buttonTexts(m).includes("⏭ I didn't time it"), {
      timeoutMs: 20_000,
    });
    await user.waitForAnswer(await user.press(asked, "⏭ I didn't time it"));
    await user.waitForMessage((m) => m.text.includes('recorded without a time'), { timeoutMs: 20_000 });
    await user.send('/history');
    const history = await user.waitForMessage((m) => m.text.startsWith('Your recent entries'), {
      timeoutMs: 20_000,
    });
    assert.match(history.text, /no time/);
    const edit = buttonTexts(history).find((b) => b.startsWith('✏️'))!;
    await user.waitForAnswer(await user.press(history, edit));
    await user.waitForMessage((m) => m.text.startsWith('Send the corrected distance'), { timeoutMs: 20_000 });
    await user.send('9 km 50:00');
    await killAndRestart(s);
    await user.waitForMessage((m) => m.text.startsWith('✏️ Updated'), { timeoutMs: 60_000 });
    [run] = await completions();
    assert.equal(run?.distance_km, 9);
    assert.equal(run?.duration_sec, 3000);
    assert.equal(await repliesContaining(s, id, '✏️ Updated: 9 km'), 1);
    await user.send('/history');
    const again = await user.waitForMessage((m) => m.text.startsWith('Your recent entries'), {
      timeoutMs: 20_000,
    });
    assert.match(again.text, /50:00/);
    await user.waitForAnswer(await user.press(again, buttonTexts(again).find((b) => b.startsWith('🗑'))!));
    await user.waitForMessage((m) => m.text.startsWith('↩️ Undone'), { timeoutMs: 20_000 });
    assert.equal((await completions()).length, 0);
    assert.equal(await status(third.workoutId), 'planned');
  });
});
