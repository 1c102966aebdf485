import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { parseIcs } from '../harness/ics-parse.js';
import { startTestSystem, type TestSystem } from '../harness/system.js';
import { freePort } from '../harness/web-helpers.js';
import { RUNNER, seedRunnerWithPlan } from './plan-hands-helpers.js';

const LINK = /webcal:\/\/[^\s<]+\/calendar\/([A-Za-z0-9_-]{32})\.ics/;

describe('/calendar', () => {
  let sys: TestSystem | undefined;
  afterEach(async () => sys?.close());
  after(() => stopEmbeddedAdminCluster());

  it('sends the remaining plan as .ics (all-day, then at the runner hour in their zone) and serves the live feed', async () => {
    sys = await startTestSystem();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const user = sys.client.user({ first_name: 'Calla' });
    const { id } = await user.info();
    await seedRunnerWithPlan(sys, id);
    sys.start('bot-poller', { PUBLIC_URL: base });
    sys.start('web', { PORT: String(port) });
    const sql = sys.db.sql;
    const today = DateTime.now().setZone(RUNNER.timeZone).toISODate()!;
    const remaining = await sql<{ id: number; date: string; type: string }[]>`
      select id::int as id, workout_date::text as date, type from planned_workouts
      where user_id = ${id} and workout_date >= ${today}::date order by workout_date`;

    const download = async (fileId: string) => {
      const res = await fetch(`${sys!.client.url}/sandbox/files/${encodeURIComponent(fileId)}`);
      assert.equal(res.status, 200);
      return parseIcs(await res.text());
    };

    await user.send('/calendar');
    const doc = await user.waitForMessage((m) => Boolean(m.message.document), { timeoutMs: 30_000 });
    assert.equal(doc.message.document?.file_name, 'training-plan.ics');
    const link = await user.waitForMessage((m) => LINK.test(m.text), { timeoutMs: 20_000 });
    const allDay = await download(doc.message.document!.file_id);
    assert.equal(allDay.events.length, remaining.length);
    for (const [i, w] of remaining.entries()) {
      const e = allDay.events[i]!;
      assert.equal(e.allDay, true);
      assert.equal(e.day, w.date);
      assert.equal(e.uid, `workout-${w.id}@run-coach`);
      assert.ok(e.description.length > 5, 'every event has a description');
      if (w.type === 'tempo') assert.match(e.description, /\d:\d\d(–\d:\d\d)? min\/km/);
    }

    // At 07:00 the runner's time (Europe/Berlin), whatever the UTC offset of that day.
    await user.send('/calendar 7');
    const timed = await user.waitForMessage((m) => Boolean(m.message.document), { timeoutMs: 20_000 });
    const at7 = await download(timed.message.document!.file_id);
    assert.equal(at7.events.length, remaining.length);
    for (const [i, w] of remaining.entries()) {
      const { start, end, allDay } = at7.events[i]!;
      assert.equal(allDay, false);
      const local = DateTime.fromJSDate(start).setZone(RUNNER.timeZone);
      assert.equal(local.toISODate(), w.date);
      assert.equal(local.hour, 7);
      assert.ok(end && end > start);
    }

    // The subscription over HTTP: right secret 200 with the whole plan, nothing personal; wrong 404.
    const secret = LINK.exec(link.text)![1]!;
    const feedUrl = `${base}/calendar/${secret}.ics`;
    await sys.waitForHeartbeat('web');
    let res = await fetch(feedUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/calendar/);
    const feedText = await res.text();
    const feed = parseIcs(feedText);
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from planned_workouts where user_id = ${id}`;
    assert.equal(feed.events.length, n);
    assert.ok(feed.events.every((e) => /^workout-\d+@run-coach$/.test(e.uid)));
    assert.ok(!feedText.includes('Calla'), 'no name in the feed');
    assert.doesNotMatch(feedText, /ATTENDEE|ORGANIZER|kg\b|years/);
    assert.equal((await fetch(`${base}/calendar/${'x'.repeat(32)}.ics`)).status, 404);
    assert.equal((await fetch(`${base}/calendar/${secret}.txt`)).status, 404);

    // The feed follows plan changes: a workout moved in the plan moves in the feed.
    const moved = remaining[0]!;
    await sql`update planned_workouts set workout_date = workout_date + 1 where id = ${moved.id}`;
    res = await fetch(feedUrl);
    const after = parseIcs(await res.text()).events.find((e) => e.uid === `workout-${moved.id}@run-coach`)!;
    const expected = DateTime.fromISO(moved.date).plus({ days: 1 }).toISODate()!;
    const local = DateTime.fromJSDate(after.start).setZone(RUNNER.timeZone);
    assert.equal(local.toISODate(), expected);

    // /calendar reset rotates: the old link 404s, the new one serves the plan.
    await user.send('/calendar reset');
    const reset = await user.waitForMessage((m) => LINK.test(m.text), { timeoutMs: 20_000 });
    const fresh = LINK.exec(reset.text)![1]!;
    assert.notEqual(fresh, secret);
    assert.equal((await fetch(feedUrl)).status, 404);
    assert.equal((await fetch(`${base}/calendar/${fresh}.ics`)).status, 200);
  });
});
