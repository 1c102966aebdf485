// Worker semantics on a real PostgreSQL: retries with backoff, dead jobs and onDead, leases (renewal, loss,
// reclaim of an exhausted job), NOTIFY and timer wake-ups, close(), and two workers sharing a queue.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { createSql, type Sql } from '../../shared/db/index.js';
import {
  InvalidJobPayloadError,
  type Job,
  JobLeaseExpiredError,
  JobLeaseLostError,
  Queue,
  UnrecoverableJobError,
  Worker,
  WorkerClosingError,
} from '../../shared/queue/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { createEffectsTable, memoryLogger, sleep, waitFor } from '../harness/queue-helpers.js';

let db: TestDatabase;
const extraClients: Sql[] = [];
before(async () => {
  db = await createTestDatabase({ migrate: true });
  await createEffectsTable(db.sql);
});
after(async () => {
  for (const client of extraClients) await client.end({ timeout: 1 });
  await db?.drop();
  await stopEmbeddedAdminCluster();
});

async function jobRow(id: number) {
  const [row] = await db.sql<
    {
      status: string;
      attempts: number;
      last_error: string | null;
      result: unknown;
      locked_by: string | null;
      retry_in_ms: number;
    }[]
  >`
    select status, attempts, last_error, result, locked_by,
      (extract(epoch from run_at - updated_at) * 1000)::float8 as retry_in_ms
    from jobs where id = ${id}`;
  assert.ok(row, `job ${id} exists`);
  return row;
}

const untilStatus = (id: number, status: string) =>
  waitFor(`job ${id} ${status}`, async () => ((await jobRow(id)).status === status ? jobRow(id) : undefined));

describe('worker', () => {
  it('a failure is retried after an exponential backoff, then succeeds', async () => {
    const queue = new Queue(db.sql, 'retry');
    const log = memoryLogger();
    let calls = 0;
    const worker = new Worker(
      db.sql,
      'retry',
      (job) => {
        calls++;
        if (job.attempt < 3) throw new Error(`fail ${job.attempt}`);
        return { ok: job.attempt };
      },
      { autorun: false, backoff: { baseMs: 60_000, jitter: 0 }, log },
    );
    const { id } = await queue.add({});
    assert.equal(await worker.runOnce(), 1);
    let row = await jobRow(id);
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.match(row.last_error ?? '', /fail 1/);
    assert.equal(row.retry_in_ms, 60_000);
    assert.equal(await worker.runOnce(), 0, 'not due before its backoff');

    await db.sql`update jobs set run_at = now() where id = ${id}`; // let the backoff pass
    assert.equal(await worker.runOnce(), 1);
    row = await jobRow(id);
    assert.equal(row.attempts, 2);
    assert.equal(row.retry_in_ms, 120_000, 'the delay doubles');

    await db.sql`update jobs set run_at = now() where id = ${id}`;
    assert.equal(await worker.drain(), 1);
    row = await jobRow(id);
    assert.equal(row.status, 'completed');
    assert.equal(row.attempts, 3);
    assert.deepEqual(row.result, { ok: 3 });
    assert.equal(calls, 3);
    assert.equal(log.entries.filter((e) => e.message.includes('will retry')).length, 2);
    await worker.close();
  });

  it('retries wake the running worker on their own (no poll needed)', async () => {
    const queue = new Queue(db.sql, 'retry-live');
    const worker = new Worker(
      db.sql,
      'retry-live',
      (job) => {
        if (job.attempt < 3) throw new Error('transient');
        return 'fine';
      },
      { pollIntervalMs: 3_600_000, backoff: { baseMs: 30 }, log: memoryLogger() },
    );
    try {
      await worker.waitUntilReady();
      const { id } = await queue.add({});
      const row = await untilStatus(id, 'completed');
      assert.equal(row.attempts, 3);
      assert.equal(row.result, 'fine');
    } finally {
      await worker.close();
    }
  });

  it('an always failing job is dead after maxAttempts; onDead runs exactly once, in the same transaction', async () => {
    const queue = new Queue(db.sql, 'doomed');
    const deadCalls: { id: number; attempt: number; error: unknown }[] = [];
    const worker = new Worker<{ chatId: number }>(
      db.sql,
      'doomed',
      (job) => {
        throw new Error(`boom ${job.attempt}`);
      },
      {
        backoff: { baseMs: 5 },
        log: memoryLogger(),
        onDead: async (job, error, tx) => {
          deadCalls.push({ id: job.id, attempt: job.attempt, error });
          await tx`
            insert into queue_test_effects (job_id, worker_id, attempt, phase)
            values (${job.id}, ${job.workerId}, ${job.attempt}, ${`tell ${job.data.chatId}`})`;
        },
      },
    );
    try {
      const { id } = await queue.add({ chatId: 77 }, { maxAttempts: 3 });
      const row = await untilStatus(id, 'dead');
      assert.equal(row.attempts, 3);
      assert.match(row.last_error ?? '', /boom 3/);
      assert.equal(row.locked_by, null);
      await worker.drain(); // nothing left to claim: a dead job is never picked up again
      assert.equal(deadCalls.length, 1);
      assert.equal(deadCalls[0]?.attempt, 3);
      assert.match(String(deadCalls[0]?.error), /boom 3/);
      const effects = await db.sql`select phase from queue_test_effects where job_id = ${id}`;
      assert.deepEqual(
        effects.map((e) => e.phase),
        ['tell 77'],
      );
    } finally {
      await worker.close();
    }
    assert.equal(deadCalls.length, 1);
  });

  it('UnrecoverableJobError, an invalid payload and a throwing onDead all end dead at once', async () => {
    const queue = new Queue(db.sql, 'unrecoverable'); // no schema: lets a bad payload in
    const errors: unknown[] = [];
    const log = memoryLogger();
    const worker = new Worker(
      db.sql,
      'unrecoverable',
      (job) => {
        if (job.data.kind === 'give-up') throw new UnrecoverableJobError('cannot work with this');
        return 'ok';
      },
      {
        autorun: false,
        log,
        schema: z.object({ kind: z.enum(['give-up', 'fine']) }),
        onDead: async (_job, error, tx) => {
          errors.push(error);
          await tx`insert into queue_test_effects (job_id, worker_id, attempt, phase) values (0, 'x', 0, 'lost')`;
          if (error instanceof InvalidJobPayloadError) throw new Error('onDead itself fails');
        },
      },
    );
    const giveUp = await queue.add({ kind: 'give-up' });
    const invalid = await queue.add({ kind: 'unknown' });
    await worker.drain();
    assert.equal((await jobRow(giveUp.id)).status, 'dead');
    assert.equal((await jobRow(giveUp.id)).attempts, 1);
    assert.equal((await jobRow(invalid.id)).status, 'dead');
    assert.match((await jobRow(invalid.id)).last_error ?? '', /InvalidJobPayloadError/);
    assert.equal(errors.length, 2);
    assert.ok(errors.some((e) => e instanceof UnrecoverableJobError));
    assert.ok(errors.some((e) => e instanceof InvalidJobPayloadError));
    // The failing onDead's write was rolled back; the job is dead anyway and the failure logged.
    const lost = await db.sql`select 1 from queue_test_effects where phase = 'lost'`;
    assert.equal(lost.length, 1, 'only the successful onDead committed its write');
    assert.ok(log.entries.some((e) => e.level === 'error' && e.message.includes('onDead failed')));
    await worker.close();
  });

  it('a job whose worker died on its last attempt is buried on reclaim, not run again', async () => {
    const [ghost] = await db.sql<{ id: number }[]>`
      insert into jobs (queue, payload, status, attempts, max_attempts, locked_by, locked_until)
      values ('ghost', '{}', 'running', 2, 2, 'dead-host:1:abc', now() - interval '1 second')
      returning id`;
    const deadErrors: unknown[] = [];
    let handled = 0;
    const worker = new Worker(db.sql, 'ghost', () => handled++, {
      autorun: false,
      log: memoryLogger(),
      onDead: (_job, error) => {
        deadErrors.push(error);
      },
    });
    assert.equal(await worker.drain(), 1);
    assert.equal(handled, 0);
    const row = await jobRow(ghost!.id);
    assert.equal(row.status, 'dead');
    assert.equal(row.attempts, 2);
    assert.equal(deadErrors.length, 1);
    assert.ok(deadErrors[0] instanceof JobLeaseExpiredError);
    assert.equal((deadErrors[0] as JobLeaseExpiredError).previousWorkerId, 'dead-host:1:abc');
    await worker.close();
  });

  it('lease renewal keeps a long job from being stolen by another worker', async () => {
    const queue = new Queue(db.sql, 'long');
    const runs: string[] = [];
    const slow = async (job: Job) => {
      runs.push(job.workerId);
      await sleep(1_200); // four leases long
      return 'done';
    };
    const first = new Worker(db.sql, 'long', slow, { leaseMs: 300, log: memoryLogger() });
    let second: Worker | undefined;
    try {
      await first.waitUntilReady();
      const { id } = await queue.add({});
      await waitFor('first worker runs the job', () => runs.length === 1);
      second = new Worker(db.sql, 'long', slow, { leaseMs: 300, pollIntervalMs: 50, log: memoryLogger() });
      const row = await untilStatus(id, 'completed');
      assert.equal(row.attempts, 1, 'never reclaimed');
      assert.deepEqual(runs, [first.id]);
    } finally {
      await Promise.all([first.close(), second?.close()]);
    }
  });

  it('a lost lease aborts job.signal and discards the outcome', async () => {
    const queue = new Queue(db.sql, 'stolen');
    const log = memoryLogger();
    let reason: unknown;
    let started = false;
    const worker = new Worker(
      db.sql,
      'stolen',
      async (job) => {
        started = true;
        await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
        reason = job.signal.reason;
        return 'too late';
      },
      { leaseMs: 300, log },
    );
    try {
      const { id } = await queue.add({});
      await waitFor('handler started', () => started);
      // Another worker took the job over (as after an expired lease): new holder, next attempt.
      await db.sql`update jobs set locked_by = 'thief', attempts = attempts + 1 where id = ${id}`;
      await waitFor('lease loss noticed', () => reason !== undefined);
      assert.ok(reason instanceof JobLeaseLostError);
      await waitFor('outcome discarded', () =>
        log.entries.some((e) => e.message.includes('complete discarded')),
      );
      const row = await jobRow(id);
      assert.equal(row.status, 'running');
      assert.equal(row.locked_by, 'thief');
      assert.equal(row.result, null);
    } finally {
      await worker.close();
    }
  });

  it('NOTIFY wakes an idle worker (polling effectively off)', async () => {
    const queue = new Queue(db.sql, 'notify');
    const worker = new Worker(db.sql, 'notify', (job) => job.id, {
      pollIntervalMs: 3_600_000,
      log: memoryLogger(),
    });
    try {
      await worker.waitUntilReady();
      const direct = await queue.add({});
      await untilStatus(direct.id, 'completed');
      // Enqueued in a transaction: the notification is delivered on commit.
      const inTx = await db.sql.begin((tx) => queue.add({}, { tx }));
      await untilStatus(inTx.id, 'completed');
      // A delayed job: the insert's NOTIFY makes the worker set a timer for its run_at.
      const delayed = await queue.add({}, { delayMs: 300 });
      await untilStatus(delayed.id, 'completed');
      const [{ waited }] = await db.sql<{ waited: number }[]>`
        select (extract(epoch from finished_at - created_at) * 1000)::float8 as waited
        from jobs where id = ${delayed.id}`;
      assert.ok(waited >= 300, `not run before its delay (${waited} ms)`);
    } finally {
      await worker.close();
    }
  });

  it('close() waits for the in-flight job, whose result is recorded', async () => {
    const queue = new Queue(db.sql, 'closing');
    let started = false;
    let finished = false;
    let abortReason: unknown;
    const worker = new Worker(
      db.sql,
      'closing',
      async (job) => {
        started = true;
        await sleep(400); // ignores the signal on purpose
        abortReason = job.signal.reason;
        finished = true;
        return 'finished during close';
      },
      { log: memoryLogger() },
    );
    const { id } = await queue.add({});
    await waitFor('handler started', () => started);
    await worker.close();
    assert.equal(finished, true);
    assert.ok(abortReason instanceof WorkerClosingError);
    const row = await jobRow(id);
    assert.equal(row.status, 'completed');
    assert.equal(row.result, 'finished during close');
  });

  it('close() releases a job whose handler stops on the abort, without counting the attempt', async () => {
    const queue = new Queue(db.sql, 'released');
    let started = false;
    const worker = new Worker(
      db.sql,
      'released',
      async (job) => {
        started = true;
        await new Promise((_, reject) =>
          job.signal.addEventListener('abort', () => reject(job.signal.reason)),
        );
      },
      { log: memoryLogger() },
    );
    const { id } = await queue.add({});
    await waitFor('handler started', () => started);
    await worker.close();
    const row = await jobRow(id);
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 0);
    assert.equal(row.locked_by, null);
    assert.ok(row.retry_in_ms <= 0, 'claimable at once');
  });

  it('two workers share 50 jobs: each handled exactly once, none lost', async () => {
    const queue = new Queue(db.sql, 'shared');
    const clients = [createSql(db.url, { max: 4 }), createSql(db.url, { max: 4 })];
    extraClients.push(...clients);
    const workers = clients.map(
      (sql) =>
        new Worker(
          sql,
          'shared',
          async (job) => {
            await sql`
              insert into queue_test_effects (job_id, worker_id, attempt, phase)
              values (${job.id}, ${job.workerId}, ${job.attempt}, 'shared')`;
            await sleep(5);
            return job.workerId;
          },
          { concurrency: 3, log: memoryLogger() },
        ),
    );
    try {
      await Promise.all(workers.map((w) => w.waitUntilReady()));
      const ids = await db.sql.begin(async (tx) => {
        const added: number[] = [];
        for (let n = 0; n < 50; n++) added.push((await queue.add({ n }, { tx })).id);
        return added;
      });
      await waitFor('all 50 completed', async () => (await queue.counts()).completed === 50);
      const handled = await db.sql<{ job_id: number; runs: number }[]>`
        select job_id, count(*)::int as runs from queue_test_effects where phase = 'shared' group by job_id`;
      assert.equal(handled.length, 50);
      assert.ok(handled.every((h) => h.runs === 1));
      assert.deepEqual(
        handled.map((h) => h.job_id).sort((a, b) => a - b),
        ids,
      );
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, completed: 50, dead: 0 });
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  });
});
