import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { localDate } from '../../shared/reminders/index.js';
import type { ChatMessage } from '../../shared/telegram-sandbox/index.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { seedRunners } from './reminders-seed.js';

const USER = 8001;

describe('/reminders', () => {
  let sys: TestSystem;
  const settings = () =>
    sys.db.sql<{ enabled: boolean; hour: number; rest: boolean; profile_hour: string }[]>`
      select reminders_enabled as enabled, reminder_hour as hour, rest_day_reminders as rest,
             profile ->> 'reminderHour' as profile_hour
      from runner_profiles where user_id = ${USER}`.then((rows) => ({ ...rows[0]! }));

  before(async () => {
    sys = await startTestSystem();
    // Tomorrow in Berlin by the real clock (bot-poller's preview uses it).
    const tomorrow = localDate(new Date(), 'Europe/Berlin', 1);
    await seedRunners(sys.db.sql, [{ id: USER, zone: 'Europe/Berlin', workouts: [tomorrow] }]);
    sys.start('bot-poller', { POLL_TIMEOUT_SEC: '1' });
  });
  after(async () => {
    await sys?.close();
  });

  it('shows the settings, turns reminders off and on, changes the hour and the rest-day note', async () => {
    const ann = sys.client.user({ id: USER, first_name: 'Ann' });
    await ann.send('/reminders');
    const shown = await ann.waitForMessage((m) => m.text.includes('Reminders are on'), { timeoutMs: 20_000 });
    assert.match(shown.text, /at 19:00 \(Europe\/Berlin\)/);
    assert.match(shown.text, /Before a rest day you get nothing/);

    await ann.press(shown, '🔕 Turn off');
    await waitForEdit(ann, shown.message_id, /Reminders are off/);
    assert.equal((await settings()).enabled, false);

    await ann.send('/reminders 8pm');
    const saved = await ann.waitForMessage((m) => m.text.startsWith('Saved'));
    assert.match(saved.text, /Reminders are on: at 20:00 \(Europe\/Berlin\)/);
    assert.deepEqual(await settings(), { enabled: true, hour: 20, rest: false, profile_hour: '20' });

    await ann.press(saved, '🕐 Change hour');
    await waitForEdit(ann, saved.message_id, /At what hour/);
    await ann.press(saved, '06');
    await waitForEdit(ann, saved.message_id, /at 06:00/);
    await ann.press(saved, '🛌 Rest-day note: off');
    await waitForEdit(ann, saved.message_id, /a short note/);
    assert.deepEqual(await settings(), { enabled: true, hour: 6, rest: true, profile_hour: '6' });
  });

  it('previews tomorrow’s reminder as it will be sent, with the workout buttons', async () => {
    const ann = sys.client.user({ id: USER });
    await ann.send('/reminders preview');
    const preview = await ann.waitForMessage((m) => m.text.includes('Preview'));
    assert.match(preview.text, /Tomorrow/);
    assert.match(preview.text, /Easy run/);
    assert.match(preview.text, /Pace: 5:30–6:00 min\/km/);
    assert.deepEqual(
      preview.message.reply_markup?.inline_keyboard.flat().map((b) => b.text),
      ['✅ Done', '⏭ Skip', '📅 See week'],
    );
  });

  it('explains bad input and asks for a profile first', async () => {
    const ann = sys.client.user({ id: USER });
    await ann.send('/reminders 25');
    const bad = await ann.waitForMessage((m) => m.text.includes('/reminders on'));
    assert.match(bad.text, /0–23/);
    assert.equal((await settings()).hour, 6);

    const newcomer = sys.client.user({ id: 8002, first_name: 'New' });
    await newcomer.send('/reminders');
    await newcomer.waitForMessage((m) => m.text.includes('/start'));
  });
});

async function waitForEdit(
  user: ReturnType<TestSystem['client']['user']>,
  messageId: number,
  pattern: RegExp,
): Promise<ChatMessage> {
  return user.waitFor(
    (view) => view.messages.find((m) => m.message_id === messageId && pattern.test(m.text)),
    { timeoutMs: 10_000, what: `message ${messageId} to match ${pattern}` },
  );
}
