import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type AppProcess, startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { clockAt, type SeedRunner, seedRunners } from './reminders-seed.js';

// The reminder app's clock reads 19:00:30 in Berlin on the Sunday DST starts (CEST, UTC+2).
const NOW = '2026-03-29T17:00:30Z';

interface Delivery {
  user_id: number;
  kind: string;
  for_date: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

describe('reminder app: time zones, catch-up, blocked users, 429 storm, retries', () => {
  let sys: TestSystem;
  let app: AppProcess;

  const deliveries = (ids: number[]) =>
    sys.db.sql<Delivery[]>`
      select user_id, kind, for_date::text as for_date, status, attempts, last_error
      from reminder_deliveries where user_id = any(${ids}::bigint[]) order by user_id, for_date`;
  const botTexts = async (id: number) =>
    (await sys.client.user({ id }).botMessages()).map((m) => m.text ?? '');
  const ticks = () => sys.logLines('reminder').filter((l) => l.message === 'reminder tick done').length;
  /** Waits for `n` more completed reminder passes (the app ticks every second here). */
  const waitTicks = async (n: number) => {
    const start = ticks();
    await waitUntil(() => ticks() >= start + n, 20_000, `${n} more reminder ticks`);
  };
  /** Users must have written to the bot before it can message them (Telegram semantics). */
  const joinSandbox = async (ids: number[]) => {
    for (const id of ids) await sys.client.user({ id, first_name: `Runner ${id}` }).send('hi');
  };
  const sendCalls = async () =>
    (await sys.client.stats()).bots.find((b) => b.token === sys.sandbox.token)?.calls.sendMessage ?? 0;

  before(async () => {
    sys = await startTestSystem();
    const berlin = (id: number, extra: Partial<SeedRunner> = {}): SeedRunner => ({
      id,
      zone: 'Europe/Berlin',
      workouts: ['2026-03-30'],
      ...extra,
    });
    await seedRunners(sys.db.sql, [
      berlin(2001), // due 19:00 CEST = 17:00Z → sent
      berlin(2002, { hour: 20 }), // due 18:00Z → not yet
      berlin(2003, { workouts: ['2026-03-29'] }), // its evening was yesterday → stale
      { id: 2004, zone: 'Pacific/Tongatapu', hour: 5, workouts: ['2026-03-31'] }, // due 16:00Z: an hour late → sent
      { id: 2005, zone: 'Pacific/Tongatapu', hour: 19, workouts: ['2026-03-31'] }, // due 06:00Z tomorrow
      { id: 2006, zone: 'Pacific/Honolulu', hour: 7, workouts: ['2026-03-30'] }, // 07:00 HST = 17:00Z → sent
      { id: 2007, zone: 'Pacific/Honolulu', hour: 19, workouts: ['2026-03-30'] }, // 05:00Z tomorrow
      berlin(2008, { enabled: false }), // reminders off
      berlin(2009, { restDayNote: true, workouts: ['2026-03-29', '2026-03-31'] }), // rest note + a stale one
      berlin(2010, { workouts: ['2026-03-29', '2026-03-31'] }), // rest day, no note wanted; a stale one
    ]);
    await joinSandbox([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    app = sys.start('reminder', {
      REMINDER_NOW_OFFSET_MS: clockAt(NOW),
      REMINDER_TICK_CRON: '* * * * * *',
      REMINDER_LEASE_MS: '2000',
      REMINDER_MAX_ATTEMPTS: '3',
      REMINDER_BACKOFF_MS: '100',
    });
  });
  after(async () => {
    await sys?.close();
  });

  it('sends exactly the reminders due in each user’s own zone, late ones too, and counts stale ones', async () => {
    const due = [2001, 2004, 2006, 2009];
    await waitUntil(
      async () => (await Promise.all(due.map(botTexts))).every((t) => t.length > 0),
      20_000,
      () => `reminders for ${due.join(', ')} (output: ${app.output().slice(-2000)})`,
    );
    await waitTicks(3); // more passes must not send anything again
    for (const id of due) assert.equal((await botTexts(id)).length, 1, `user ${id} gets one reminder`);
    for (const id of [2002, 2003, 2005, 2007, 2008, 2010]) {
      assert.deepEqual(await botTexts(id), [], `user ${id} gets nothing now`);
    }
    const [berlinText] = await botTexts(2001);
    assert.match(berlinText!, /Tomorrow/);
    assert.match(berlinText!, /Mon 30 Mar · Easy run/);
    assert.match(berlinText!, /8 km · ~48 min/);
    assert.match(berlinText!, /Pace: 5:30–6:00 min\/km/);
    const [message] = await sys.client.user({ id: 2001 }).botMessages();
    const buttons = message!.message.reply_markup?.inline_keyboard.flat().map((b) => b.text);
    assert.deepEqual(buttons, ['✅ Done', '⏭ Skip', '📅 See week']);
    assert.match((await botTexts(2004))[0]!, /Tue 31 Mar/);
    assert.match((await botTexts(2009))[0]!, /Mon 30 Mar\) is a rest day/);

    const rows = await deliveries([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    assert.deepEqual(
      rows.map((r) => `${r.user_id} ${r.kind} ${r.for_date} ${r.status}`),
      [
        '2001 workout 2026-03-30 sent',
        '2003 workout 2026-03-29 stale',
        '2004 workout 2026-03-31 sent',
        '2006 workout 2026-03-30 sent',
        '2009 workout 2026-03-29 stale',
        '2009 rest_day 2026-03-30 sent',
        '2010 workout 2026-03-29 stale',
      ],
    );
    const [stats] = await sys.db.sql<{ sent_today: number; stale_today: number; failed_today: number }[]>`
      select sent_today, stale_today, failed_today from reminder_stats`;
    assert.deepEqual({ ...stats }, { sent_today: 4, stale_today: 3, failed_today: 0 });
  });

  it('a user who blocked the bot becomes inactive and their other reminders stop', async () => {
    await seedRunners(sys.db.sql, [{ id: 2101, zone: 'Europe/Berlin', workouts: ['2026-03-30'] }]);
    const blocker = sys.client.user({ id: 2101 });
    await blocker.send('hi');
    await blocker.block();
    // Another reminder of theirs, not yet due, must be cancelled rather than tried later.
    await sys.db.sql`
      insert into reminder_deliveries (user_id, chat_id, kind, for_date, due_at, expires_at, payload)
      values (2101, 2101, 'rest_day', '2026-04-02', '2026-04-01T17:00:00Z', '2026-04-01T22:00:00Z',
              ${sys.db.sql.json({ text: 'later', parse_mode: 'HTML' })})`;
    await waitUntil(
      async () => (await deliveries([2101])).some((r) => r.status === 'failed'),
      15_000,
      'the blocked reminder to fail',
    );
    const [user] = await sys.db.sql<{ is_active: boolean }[]>`select is_active from users where id = 2101`;
    assert.equal(user!.is_active, false);
    const rows = await deliveries([2101]);
    assert.deepEqual(
      rows.map((r) => [r.kind, r.status]),
      [
        ['workout', 'failed'],
        ['rest_day', 'cancelled'],
      ],
    );
    assert.match(rows[0]!.last_error!, /403.*blocked/);
  });

  it('a 429 storm delays but delivers every reminder exactly once', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => 2201 + i);
    await joinSandbox(ids);
    await sys.client.setFlood({ globalRate: 5, globalBurst: 1, chatRate: 0 });
    await sys.client.injectFault({ method: 'sendMessage', times: 3, error_code: 429, retry_after: 1 });
    const callsBefore = await sendCalls();
    await seedRunners(
      sys.db.sql,
      ids.map((id) => ({ id, zone: 'Europe/Berlin', workouts: ['2026-03-30'] })),
    );
    await waitUntil(
      async () => (await Promise.all(ids.map(botTexts))).every((t) => t.length > 0),
      30_000,
      'every reminder through the 429 storm',
    );
    await waitTicks(2);
    for (const id of ids) assert.equal((await botTexts(id)).length, 1, `user ${id} gets one reminder`);
    assert.ok((await sendCalls()) - callsBefore > ids.length, 'some calls were answered 429');
    const rows = await deliveries(ids);
    assert.deepEqual(
      rows.map((r) => r.status),
      ids.map(() => 'sent'),
    );
    await sys.client.setFlood({
      globalRate: 10_000,
      globalBurst: 10_000,
      chatRate: 10_000,
      chatBurst: 10_000,
    });
  });

  it('server errors are retried with backoff; exhausted retries and 400s end as failed', async () => {
    await joinSandbox([2301]);
    await sys.client.injectFault({ method: 'sendMessage', times: 2, error_code: 500 });
    await seedRunners(sys.db.sql, [{ id: 2301, zone: 'Europe/Berlin', workouts: ['2026-03-30'] }]);
    await waitUntil(async () => (await botTexts(2301)).length > 0, 15_000, 'the reminder after two 500s');
    // The runner may see the reminder just before the sender records it.
    await waitUntil(
      async () => (await deliveries([2301]))[0]?.status !== 'sending',
      15_000,
      'the send to be recorded',
    );
    const [retried] = await deliveries([2301]);
    assert.equal(retried!.status, 'sent');
    assert.equal(retried!.attempts, 3);

    await joinSandbox([2302]);
    await sys.client.injectFault({ method: 'sendMessage', times: 20, error_code: 502 });
    await seedRunners(sys.db.sql, [{ id: 2302, zone: 'Europe/Berlin', workouts: ['2026-03-30'] }]);
    await waitUntil(
      async () => (await deliveries([2302]))[0]?.status === 'failed',
      15_000,
      'retries to run out',
    );
    await sys.client.clearFaults();
    const [failed] = await deliveries([2302]);
    assert.equal(failed!.attempts, 3);
    assert.match(failed!.last_error!, /^502 /);
    assert.deepEqual(await botTexts(2302), []);

    // Never in the sandbox: Telegram answers 400 chat not found → failed at once, no retries.
    await seedRunners(sys.db.sql, [{ id: 2303, zone: 'Europe/Berlin', workouts: ['2026-03-30'] }]);
    await waitUntil(
      async () => (await deliveries([2303]))[0]?.status === 'failed',
      15_000,
      'the 400 to fail',
    );
    const [rejected] = await deliveries([2303]);
    assert.equal(rejected!.attempts, 1);
    assert.match(rejected!.last_error!, /^400 .*chat not found/);
    const [stats] = await sys.db.sql<{ failed_today: number }[]>`select failed_today from reminder_stats`;
    assert.equal(stats!.failed_today, 3); // blocked, retries exhausted, 400
  });
});
