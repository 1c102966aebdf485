// The database figures of the status page, /healthz and /metrics on a real PostgreSQL: exact counts,
// the backlog queries reading partial indexes (not the history), and the reader's caching of the totals.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { readLiveFigures } from '../../shared/status/db-snapshot.js';
import { DbSnapshotReader, readDbSnapshot } from '../../shared/status/index.js';
import { useTestDatabase } from '../harness/db.js';

describe('status database snapshot', () => {
  const db = useTestDatabase({ migrate: true });
  before(async () => {
    const { sql } = db();
    // 20,000 rows of history (processed / sent), plus a small backlog in every other state.
    await sql`
      insert into telegram_updates (update_id, payload, source, chat_id, status, processed_at)
      select g, '{}', 'polling', g % 100, 'processed', now() - make_interval(secs => 20000 - g)
      from generate_series(1, 20000) g`;
    await sql`
      insert into telegram_updates (update_id, payload, source, chat_id, status, processed_at)
      values (20001, '{}', 'polling', 1, 'pending', null), (20002, '{}', 'polling', 2, 'pending', null),
             (20003, '{}', 'polling', 3, 'failed', null)`;
    await sql`
      insert into outgoing_messages (chat_id, method, payload, status, sent_at)
      select g % 100, 'sendMessage', '{}', 'sent', now() from generate_series(1, 20000) g`;
    await sql`
      insert into outgoing_messages (chat_id, method, payload, status, locked_until)
      values (1, 'sendMessage', '{}', 'pending', null),
             (2, 'sendMessage', '{}', 'pending', now() - interval '1 minute'),
             (3, 'sendMessage', '{}', 'pending', now() + interval '1 minute'),
             (4, 'sendMessage', '{}', 'sending', null),
             (5, 'sendMessage', '{}', 'failed', null)`;
    await sql`
      insert into jobs (queue, payload, status, locked_by, locked_until, attempts, finished_at)
      values ('plan', '{}', 'pending', null, null, 0, null), ('plan', '{}', 'completed', null, null, 1, now()),
             ('vision', '{}', 'running', 'w', now() + interval '1 minute', 1, null),
             ('vision', '{}', 'dead', null, null, 5, now())`;
    await sql`insert into users (id, chat_id, first_name) values (1, 1, 'Ann'), (2, 2, 'Bob')`;
    await sql`analyze`;
  });
  it('counts every state exactly', async () => {
    const snap = await readDbSnapshot(db().sql);
    assert.equal(snap.reachable, true, snap.error);
    assert.deepEqual(snap.inbox, { pending: 2, failed: 1, processed: 20000 });
    assert.deepEqual(snap.outbox, { pending: 2, sending: 2, failed: 1, sent: 20000 });
    assert.deepEqual(
      snap.jobs.map((j) => [j.queue, j.status, j.count]),
      [
        ['plan', 'completed', 1],
        ['plan', 'pending', 1],
        ['vision', 'dead', 1],
        ['vision', 'running', 1],
      ],
    );
    assert.equal(snap.users, 2);
    // The newest processed update (20000) was processed "now"; 19,999 others earlier.
    assert.ok(snap.lastProcessedAt && Date.now() - snap.lastProcessedAt.getTime() < 60_000);
    assert.ok(snap.totalsAt instanceof Date);
  });

  it('the live figures read partial indexes or the primary key, never the whole history', async () => {
    const { sql } = db();
    const plans = await sql.begin(async (tx) => {
      // Only the plan shape matters: forbid what would scan the history if an index were missing.
      await tx`set local enable_seqscan = off`;
      const texts: string[] = [];
      for (const query of [
        tx`select count(*) from telegram_updates where status = 'pending'`,
        tx`select count(*) from telegram_updates where status = 'failed'`,
        tx`select processed_at from telegram_updates where status = 'processed' order by update_id desc limit 1`,
        tx`select count(*) from outgoing_messages where status in ('pending', 'sending')`,
        tx`select count(*) from outgoing_messages where status = 'failed'`,
      ]) {
        const rows = await tx<{ 'QUERY PLAN': string }[]>`explain ${query}`;
        texts.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      return texts;
    });
    const [pending, failed, last, outPending, outFailed] = plans;
    assert.match(pending!, /telegram_updates_chat_pending/, pending);
    assert.match(failed!, /telegram_updates_failed/, failed);
    assert.match(last!, /Index Scan Backward using telegram_updates_pkey/, last);
    assert.match(outPending!, /outgoing_messages_chat_pending/, outPending);
    assert.match(outFailed!, /outgoing_messages_failed/, outFailed);
    for (const plan of plans) assert.doesNotMatch(plan, /Seq Scan/, plan);
    const live = await readLiveFigures(sql);
    assert.ok(!('error' in live));
  });

  it('the reader shares one read among concurrent requests and counts totals at most once per max age', async () => {
    const { sql } = db();
    const cached = new DbSnapshotReader(sql, { liveMaxAgeMs: 0, totalsMaxAgeMs: 60_000 });
    const [a, b] = [cached.read(), cached.read()];
    assert.equal(a, b, 'requests at the same moment share the read in flight');
    const first = await a;
    await sql`
      insert into telegram_updates (update_id, payload, source, chat_id, status)
      values (30001, '{}', 'polling', 9, 'pending')`;
    await sql`insert into users (id, chat_id, first_name) values (3, 3, 'Cy')`;
    const second = await cached.read();
    assert.equal(second.inbox.pending, first.inbox.pending + 1, 'the backlog is always fresh');
    assert.equal(second.users, first.users, 'the totals come from the cache');
    assert.equal(second.totalsAt?.getTime(), first.totalsAt?.getTime());

    const uncached = new DbSnapshotReader(sql, { liveMaxAgeMs: 0, totalsMaxAgeMs: 0 });
    const fresh = await uncached.read();
    assert.equal(fresh.users, first.users + 1);
    await sql`delete from telegram_updates where update_id = 30001`;
    await sql`delete from users where id = 3`;
  });

  it('an unreachable database is reported, not thrown', async () => {
    const { createSql } = await import('../../shared/db/index.js');
    const dead = createSql('postgres://nobody@127.0.0.1:1/none', { max: 1 });
    try {
      const snap = await new DbSnapshotReader(dead, { timeoutMs: 2_000 }).read();
      assert.equal(snap.reachable, false);
      assert.ok(snap.error && snap.error.length > 0);
      assert.equal(snap.totalsAt, undefined);
    } finally {
      await dead.end({ timeout: 1 });
    }
  });
});
