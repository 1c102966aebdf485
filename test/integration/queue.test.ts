// The queue's producer side and claim SQL on a real PostgreSQL: enqueue → completed, dedupe, enqueue inside
// a caller's transaction, payload validation, counts, and the claim's use of the partial indexes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import {
  backoffDelay,
  DedupeKeyConflictError,
  InvalidJobPayloadError,
  markJobAnsweredOnce,
  Queue,
  Worker,
} from '../../shared/queue/index.js';
import { claimJobs, nextDueInMs } from '../../shared/queue/job-store.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { memoryLogger, waitFor } from '../harness/queue-helpers.js';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase({ migrate: true });
});
after(async () => {
  await db?.drop();
  await stopEmbeddedAdminCluster();
});

describe('queue', () => {
  it('enqueue → handled → completed with the result', async () => {
    const queue = new Queue<{ x: number }>(db.sql, 'basic');
    const log = memoryLogger();
    const worker = new Worker<{ x: number }, { doubled: number }>(
      db.sql,
      'basic',
      (job) => ({ doubled: job.data.x * 2 }),
      { log },
    );
    try {
      const added = await queue.add({ x: 21 });
      assert.equal(added.created, true);
      assert.equal(added.status, 'pending');
      assert.equal(added.attempts, 0);
      assert.equal(added.maxAttempts, 5);
      const done = await waitFor('job completed', async () => {
        const job = await queue.getJob(added.id);
        return job?.status === 'completed' ? job : undefined;
      });
      assert.deepEqual(done.result, { doubled: 42 });
      assert.equal(done.attempts, 1);
      assert.equal(done.lockedBy, null);
      assert.equal(done.lockedUntil, null);
      assert.ok(done.finishedAt instanceof Date);
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, completed: 1, dead: 0 });
      assert.deepEqual(
        log.entries.filter((e) => e.level === 'warn' || e.level === 'error'),
        [],
      );
    } finally {
      await worker.close();
    }
  });

  it('prune deletes only old finished jobs of its own queue, dedupe keys with them', async () => {
    const queue = new Queue(db.sql, 'prune-me');
    const rows = await db.sql<{ id: number }[]>`
      insert into jobs (queue, payload, status, finished_at, dedupe_key) values
        ('prune-me', '{}', 'completed', now() - interval '40 days', 'prune:old-completed'),
        ('prune-me', '{}', 'dead', now() - interval '40 days', null),
        ('prune-me', '{}', 'completed', now() - interval '1 day', null),
        ('prune-me', '{}', 'pending', null, null),
        ('keep-me', '{}', 'completed', now() - interval '40 days', null)
      returning id`;
    assert.equal(await queue.prune(30 * 86_400_000), 2);
    const left = await db.sql<
      { id: number }[]
    >`select id from jobs where id = any(${rows.map((r) => r.id)}::bigint[]) order by id`;
    assert.deepEqual(
      left.map((r) => r.id),
      rows.slice(2).map((r) => r.id),
    );
    const again = await queue.add({}, { dedupeKey: 'prune:old-completed' });
    assert.equal(again.created, true, 'the pruned job’s key is free again');
  });

  it('a dedupe key makes a second add a no-op that returns the existing job', async () => {
    const queue = new Queue(db.sql, 'dedupe');
    const first = await queue.add({ v: 1 }, { dedupeKey: 'dedupe:update:1' });
    const second = await queue.add({ v: 2 }, { dedupeKey: 'dedupe:update:1' });
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.id, first.id);
    assert.deepEqual(second.payload, { v: 1 });
    // Concurrent adds with one key (separate connections) still make one job.
    const racing = await Promise.all(
      Array.from({ length: 8 }, (_, i) => queue.add({ i }, { dedupeKey: 'dedupe:update:2' })),
    );
    assert.equal(new Set(racing.map((j) => j.id)).size, 1);
    assert.equal(racing.filter((j) => j.created).length, 1);
    const counts = await queue.counts();
    assert.equal(counts.pending, 2);
    await assert.rejects(
      new Queue(db.sql, 'other').add({}, { dedupeKey: 'dedupe:update:1' }),
      (err: unknown) => err instanceof DedupeKeyConflictError && err.existingQueue === 'dedupe',
    );
  });

  it('enqueue inside a rolled-back transaction leaves no job; a committed one does', async () => {
    const queue = new Queue(db.sql, 'tx');
    await db.sql`create table tx_probe (id int primary key)`;
    await assert.rejects(
      db.sql.begin(async (tx) => {
        await tx`insert into tx_probe values (1)`;
        await queue.add({ a: 1 }, { tx, dedupeKey: 'tx:1' });
        throw new Error('caller fails after enqueueing');
      }),
      /caller fails/,
    );
    assert.deepEqual(await queue.counts(), { pending: 0, running: 0, completed: 0, dead: 0 });
    const [{ n }] = await db.sql<{ n: number }[]>`select count(*)::int as n from tx_probe`;
    assert.equal(n, 0);

    const job = await db.sql.begin(async (tx) => {
      await tx`insert into tx_probe values (1)`;
      return queue.add({ a: 1 }, { tx, dedupeKey: 'tx:1' });
    });
    assert.equal(job.created, true);
    assert.equal((await queue.getJob(job.id))?.status, 'pending');
  });

  it('validates payloads with the queue schema and checks options', async () => {
    const queue = new Queue(db.sql, 'schema', { schema: z.object({ chatId: z.number().int() }) });
    await assert.rejects(
      queue.add({ chatId: 1.5 }),
      (err: unknown) => err instanceof InvalidJobPayloadError && err.queue === 'schema',
    );
    await assert.rejects(queue.add({ chatId: 1 }, { maxAttempts: 0 }), RangeError);
    await assert.rejects(queue.add({ chatId: 1 }, { delayMs: -1 }), RangeError);
    const job = await queue.add({ chatId: 1 }, { maxAttempts: 2, delayMs: 60_000 });
    assert.equal(job.maxAttempts, 2);
    assert.ok(job.runAt.getTime() - job.createdAt.getTime() >= 59_000);
    assert.equal(await queue.getJob(job.id + 1000), undefined);
    assert.equal(await new Queue(db.sql, 'not-schema').getJob(job.id), undefined);
  });

  it('claiming and the idle wake-up query use the partial indexes', async () => {
    // Enough finished rows that a sequential scan would be the planner's choice without the indexes.
    await db.sql`
      insert into jobs (queue, payload, status, finished_at)
      select 'bulk-' || (g % 5), '{}', 'completed', now() from generate_series(1, 20000) g`;
    await db.sql`
      insert into jobs (queue, payload, status, locked_by, locked_until, attempts)
      select 'bulk-' || (g % 5), '{}', 'running', 'w', now() + interval '1 minute', 1
      from generate_series(1, 20) g`;
    await db.sql`insert into jobs (queue, payload) select 'bulk-1', '{}' from generate_series(1, 50)`;
    await db.sql`analyze jobs`;
    const claimPlan = await db.sql<{ 'QUERY PLAN': string }[]>`
      explain ${claimJobs(db.sql, 'bulk-1', 'worker', 5, 30_000)}`;
    const text = claimPlan.map((r) => r['QUERY PLAN']).join('\n');
    assert.match(text, /jobs_ready/, text);
    assert.match(text, /jobs_running/, text);
    assert.doesNotMatch(text, /Seq Scan on jobs/, text);

    const duePlan = await db.sql<{ 'QUERY PLAN': string }[]>`
      explain select min(run_at) from jobs where queue = ${'bulk-1'} and status = 'pending'`;
    assert.match(duePlan.map((r) => r['QUERY PLAN']).join('\n'), /jobs_ready/);
    const due = await nextDueInMs(db.sql, 'bulk-1', 'worker');
    assert.ok(due !== null && due <= 0, `pending jobs are due now, got ${due}`);
    assert.equal(await nextDueInMs(db.sql, 'bulk-none', 'worker'), null);
  });
});

describe('markJobAnsweredOnce', () => {
  it('is true for the first attempt that answers, false for every retry; the final result replaces the mark', async () => {
    const queue = new Queue<{ x: number }>(db.sql, 'answer-once');
    const added = await queue.add({ x: 1 });
    const answered: boolean[] = [];
    let attempt = 0;
    const worker = new Worker<{ x: number }, { attempt: number }>(
      db.sql,
      'answer-once',
      async (job) => {
        attempt++;
        answered.push(await db.sql.begin((tx) => markJobAnsweredOnce(tx, job.id)));
        // The first attempt "crashes" after committing its answer: the retry must not answer again.
        if (attempt === 1) throw new Error('killed after the answer committed');
        return { attempt };
      },
      { log: memoryLogger(), backoff: { baseMs: 10, jitter: 0 } },
    );
    try {
      const done = await waitFor('job completed', async () => {
        const job = await queue.getJob(added.id);
        return job?.status === 'completed' ? job : undefined;
      });
      assert.deepEqual(answered, [true, false]);
      assert.deepEqual(done.result, { attempt: 2 });
    } finally {
      await worker.close();
    }
  });
});

describe('backoffDelay', () => {
  it('doubles from 1 s, caps at 5 min and stays within ±jitter', () => {
    assert.equal(backoffDelay(1, { jitter: 0 }), 1_000);
    assert.equal(backoffDelay(2, { jitter: 0 }), 2_000);
    assert.equal(backoffDelay(4, { jitter: 0 }), 8_000);
    assert.equal(backoffDelay(20, { jitter: 0 }), 300_000);
    assert.equal(backoffDelay(3, { baseMs: 100, factor: 3, jitter: 0 }), 900);
    for (const r of [0, 0.25, 0.5, 0.999]) {
      const d = backoffDelay(3, {}, () => r);
      assert.ok(d >= 3_200 && d <= 4_800, `attempt 3 with jitter: ${d}`);
      assert.ok(backoffDelay(40, {}, () => r) <= 300_000);
    }
    assert.equal(
      backoffDelay(3, {}, () => 0),
      3_200,
    );
  });
});
