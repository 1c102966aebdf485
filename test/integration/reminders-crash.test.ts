import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DeliveryStore } from '../../shared/reminders/index.js';
import { startTestSystem, type TestSystem, waitUntil } from '../harness/system.js';
import { clockAt, seedRunners } from './reminders-seed.js';

const NOW = '2026-03-29T17:00:30Z'; // 19:00:30 in Berlin: reminders for Monday 30 March are due

describe('reminder claims: concurrent senders and dead ones', () => {
  let sys: TestSystem;
  before(async () => {
    sys = await startTestSystem();
  });
  after(async () => {
    await sys?.close();
  });

  /** Pending rows due now, one per user (ids from `first`). */
  async function pendingRows(first: number, count: number): Promise<void> {
    const ids = Array.from({ length: count }, (_, i) => first + i);
    await seedRunners(
      sys.db.sql,
      ids.map((id) => ({ id, zone: 'Europe/Berlin', workouts: [] })),
    );
    await sys.db.sql`
      insert into reminder_deliveries (user_id, chat_id, kind, for_date, due_at, expires_at, payload)
      select id, id, 'rest_day', '2026-03-30', '2026-03-29T17:00:00Z', '2026-03-29T22:00:00Z', '{}'
      from unnest(${ids}::bigint[]) as id`;
  }

  it('two senders claiming at once get disjoint rows that together cover everything', async () => {
    await pendingRows(5001, 300);
    const a = new DeliveryStore(sys.db.sql, 'a', 30_000);
    const b = new DeliveryStore(sys.db.sql, 'b', 30_000);
    const now = new Date(NOW);
    const seen: number[] = [];
    for (;;) {
      const [x, y] = await Promise.all([a.claim(now, 25), b.claim(now, 25)]);
      if (x.length + y.length === 0) break;
      seen.push(...x.map((d) => d.userId), ...y.map((d) => d.userId));
    }
    assert.equal(seen.length, 300);
    assert.equal(new Set(seen).size, 300);
  });

  it('a dead sender’s claims are taken over after the lease; only in-flight ones are flagged', async () => {
    await pendingRows(6001, 3);
    const dead = new DeliveryStore(sys.db.sql, 'dead', 1000);
    const heir = new DeliveryStore(sys.db.sql, 'heir', 1000);
    const now = new Date(NOW);
    const claimed = await dead.claim(now, 10);
    assert.equal(claimed.length, 3);
    assert.equal(await dead.startSending(claimed[0]!.id, now), 'sending'); // died during this call
    assert.deepEqual(await heir.claim(now, 10), [], 'nothing to take while the lease runs');
    // The heir gets them as soon as the dead sender's lease (1 s) runs out: wait for that, not a fixed time.
    let taken: Awaited<ReturnType<typeof heir.claim>> = [];
    await waitUntil(
      async () => {
        taken = await heir.claim(now, 10);
        return taken.length > 0;
      },
      15_000,
      "the heir taking the dead sender's claims",
    );
    assert.deepEqual(
      taken.map((d) => [d.id, d.possibleDuplicate]).sort(),
      claimed.map((d, i) => [d.id, i === 0]).sort(),
    );
    // The old owner waking up can no longer record anything over the heir.
    assert.equal(await dead.startSending(claimed[1]!.id, now), 'lost');
    await dead.markSent(claimed[0]!.id, 1);
    const [row] = await sys.db.sql<{ status: string; locked_by: string }[]>`
      select status, locked_by from reminder_deliveries where id = ${claimed[0]!.id}`;
    assert.deepEqual({ ...row }, { status: 'claimed', locked_by: 'heir' });
    // Past the workout day's start nothing is sent: the claim turns stale.
    assert.equal(await heir.startSending(claimed[2]!.id, new Date('2026-03-29T22:00:00Z')), 'stale');
  });

  it('two reminder processes, the leader killed -9 mid fan-out: all delivered, repeats only where flagged', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => 7001 + i);
    await seedRunners(
      sys.db.sql,
      ids.map((id) => ({ id, zone: 'Europe/Berlin', workouts: ['2026-03-30'] })),
    );
    await Promise.all(ids.map((id) => sys.client.user({ id }).send('hi')));
    const env = {
      REMINDER_NOW_OFFSET_MS: clockAt(NOW),
      REMINDER_TICK_CRON: '* * * * * *',
      REMINDER_LEASE_MS: '2000',
      REMINDER_RATE: '60',
    };
    const first = sys.start('reminder', env);
    const second = sys.start('reminder', env);
    const sent = async () =>
      (
        await sys.db.sql<{ n: number }[]>`
          select count(*)::int as n from reminder_deliveries where user_id >= 7001 and status = 'sent'`
      )[0]!.n;
    await waitUntil(async () => (await sent()) >= 60, 20_000, '60 reminders sent');
    const [leader] = await sys.db.sql<{ locked_by: string }[]>`
      select locked_by from reminder_deliveries where user_id >= 7001 and status = 'sent' limit 1`;
    const leaderPid = Number(leader!.locked_by.split(':')[2]);
    const victim = [first, second].find((p) => p.child.pid === leaderPid)!;
    const survivor = victim === first ? second : first;
    victim.child.kill('SIGKILL');
    await victim.exited;
    const sentAtKill = await sent();
    assert.ok(sentAtKill < ids.length, 'killed in the middle of the fan-out');

    // Read the sandbox's chats in process: 300 users polled over HTTP would dominate the test's time.
    const chats = sys.sandbox.state.defaultBot.chats;
    const counts = async () =>
      new Map(
        ids.map((id) => [
          id,
          [...(chats.get(id)?.messages.values() ?? [])].filter((m) => m.from === 'bot').length,
        ]),
      );
    await waitUntil(
      async () => [...(await counts()).values()].every((n) => n >= 1),
      30_000,
      () => `every user reminded (survivor output: ${survivor.output().slice(-1500)})`,
    );
    // A restarted process (as PM2 would) finds nothing left to send.
    const restarted = sys.start('reminder', env);
    await waitUntil(async () => (await sent()) === ids.length, 15_000, 'every row recorded as sent');
    const ticks = () => sys.logLines('reminder').filter((l) => l.message === 'reminder tick done').length;
    const ticksNow = ticks();
    await waitUntil(() => ticks() >= ticksNow + 4, 15_000, 'a few more passes of both processes');
    const final = await counts();
    const repeated = ids.filter((id) => final.get(id)! > 1);
    const flagged = new Set(
      (
        await sys.db.sql<{ user_id: number }[]>`
          select user_id from reminder_deliveries where user_id >= 7001 and possible_duplicate`
      ).map((r) => r.user_id),
    );
    console.log(
      `kill -9 after ${sentAtKill}/${ids.length} sent: ${repeated.length} repeated, ${flagged.size} flagged`,
    );
    assert.ok(
      ids.every((id) => final.get(id)! >= 1),
      'none lost',
    );
    assert.ok(
      ids.every((id) => final.get(id)! <= 2),
      'at most one repeat',
    );
    for (const id of repeated) assert.ok(flagged.has(id), `repeat to ${id} was detected and flagged`);
    assert.ok(flagged.size <= 6, 'only the calls in flight at the kill can be repeated (concurrency 6)');
    assert.ok(
      sys
        .logLines('reminder')
        .some((l) => l.message === 'reminder leader: this process sends reminders' && l.pid !== leaderPid) ||
        survivor.output().includes('reminder leader'),
      'the standby took over',
    );
    restarted.child.kill('SIGTERM');
    await restarted.exited;
  });
});
