// Workers in separate processes (test/harness/queue-worker-child.ts): two processes share 50 jobs, and a
// worker killed with SIGKILL mid-job loses nothing — its job is reclaimed after the lease (or at once by a
// worker restarted on the same host) and completed once.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { Queue, Worker } from '../../shared/queue/index.js';
import { createTestDatabase, stopEmbeddedAdminCluster, type TestDatabase } from '../harness/db.js';
import { createEffectsTable, memoryLogger, waitFor } from '../harness/queue-helpers.js';

let db: TestDatabase;
const children: ChildProcess[] = [];
before(async () => {
  db = await createTestDatabase({ migrate: true });
  await createEffectsTable(db.sql);
});
after(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.drop();
  await stopEmbeddedAdminCluster();
});

/** A worker process; `lines` collects its stdout lines (`ready <id>`, `started <jobId>`). */
interface ChildWorker {
  readonly process: ChildProcess;
  readonly lines: string[];
  readonly id: string;
}

async function startChild(queue: string, leaseMs: number, concurrency: number): Promise<ChildWorker> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/harness/queue-worker-child.ts', queue, String(leaseMs), String(concurrency)],
    { env: { ...process.env, DATABASE_URL: db.url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  const ready = await waitFor(`child worker of ${queue} ready`, () => {
    if (child.exitCode !== null) throw new Error(`child exited early with ${child.exitCode}`);
    return lines.find((line) => line.startsWith('ready '));
  });
  return { process: child, lines, id: ready.slice('ready '.length) };
}

async function stopChild(child: ChildWorker): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.kill('SIGTERM');
  await exited;
}

describe('queue workers in separate processes', () => {
  it('two processes share 50 jobs: each handled exactly once, none lost', async (t) => {
    const workers = await Promise.all([startChild('pair', 10_000, 2), startChild('pair', 10_000, 2)]);
    const queue = new Queue(db.sql, 'pair');
    try {
      const ids = await db.sql.begin(async (tx) => {
        const added: number[] = [];
        for (let n = 0; n < 50; n++) added.push((await queue.add({ n, sleepMs: 10 }, { tx })).id);
        return added;
      });
      await waitFor('50 jobs completed', async () => (await queue.counts()).completed === 50, 20_000);
      const runs = await db.sql<{ job_id: number; worker_id: string }[]>`
        select job_id, worker_id from queue_test_effects where job_id = any(${db.sql.array(ids)}::bigint[])`;
      assert.equal(runs.length, 50, 'one handler run per job');
      assert.equal(new Set(runs.map((r) => r.job_id)).size, 50);
      const workerIds = new Set(workers.map((w) => w.id));
      assert.ok(runs.every((r) => workerIds.has(r.worker_id)));
      t.diagnostic(
        `jobs per process: ${workers.map((w) => runs.filter((r) => r.worker_id === w.id).length).join(' / ')}`,
      );
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, completed: 50, dead: 0 });
    } finally {
      await Promise.all(workers.map(stopChild));
    }
    assert.ok(
      workers.every((w) => w.process.exitCode === 0),
      'children close gracefully on SIGTERM',
    );
  });

  it('kill -9 mid-job: the job is reclaimed after its lease and completed exactly once by the survivor', async () => {
    const queue = new Queue(db.sql, 'crash');
    const doomed = await startChild('crash', 600, 1);
    const { id } = await queue.add({ hang: true });
    await waitFor('the child started the job', () => doomed.lines.includes(`started ${id}`));

    const survivorRuns: number[] = [];
    const log = memoryLogger();
    const survivor = new Worker<{ hang?: boolean }>(
      db.sql,
      'crash',
      async (job) => {
        survivorRuns.push(job.id);
        await db.sql`
          insert into queue_test_effects (job_id, worker_id, attempt, phase)
          values (${job.id}, ${job.workerId}, ${job.attempt}, 'start')`;
        return { by: job.workerId };
      },
      { leaseMs: 600, log },
    );
    try {
      await survivor.waitUntilReady();
      const exited = once(doomed.process, 'exit');
      doomed.process.kill('SIGKILL');
      await exited;

      const done = await waitFor('job completed by the survivor', async () => {
        const job = await queue.getJob(id);
        return job?.status === 'completed' ? job : undefined;
      });
      assert.deepEqual(done.result, { by: survivor.id });
      assert.equal(done.attempts, 2, 'the killed run counts as an attempt');
      assert.deepEqual(survivorRuns, [id], 'the survivor ran it once');
      const runs = await db.sql<{ worker_id: string; attempt: number }[]>`
        select worker_id, attempt from queue_test_effects where job_id = ${id} order by id`;
      assert.deepEqual(
        runs.map((r) => [r.worker_id, r.attempt]),
        [
          [doomed.id, 1],
          [survivor.id, 2],
        ],
      );
      assert.ok(log.entries.some((e) => e.message.includes('reclaimed') && e.meta?.from === doomed.id));
    } finally {
      await survivor.close();
    }
  });

  it('a worker restarted after a kill -9 takes the dead process’s job over at once; live leases stay', async () => {
    const queue = new Queue(db.sql, 'restart');
    const hourMs = 3_600_000;
    const doomed = await startChild('restart', hourMs, 1);
    const doomedJob = await queue.add({ hang: true });
    await waitFor('the doomed child started its job', () => doomed.lines.includes(`started ${doomedJob.id}`));
    const alive = await startChild('restart', hourMs, 1);
    const aliveJob = await queue.add({ hang: true });
    await waitFor('the live child started its job', () => alive.lines.includes(`started ${aliveJob.id}`));
    // Another host's worker: its pid means nothing here, so its lease is never touched.
    const [remote] = await db.sql<{ id: number }[]>`
      insert into jobs (queue, payload, status, attempts, locked_by, locked_until)
      values ('restart', '{}', 'running', 1, 'some-other-host:1:abc', now() + interval '1 hour')
      returning id`;
    const exited = once(doomed.process, 'exit');
    doomed.process.kill('SIGKILL');
    await exited;

    const log = memoryLogger();
    const restarted = new Worker(db.sql, 'restart', (job) => ({ by: job.workerId }), {
      leaseMs: hourMs,
      log,
    });
    try {
      await restarted.waitUntilReady();
      // Far less than the hour-long lease: the restart itself is what frees the job.
      const done = await waitFor(
        'the dead child’s job completed by the restarted worker',
        async () => {
          const job = await queue.getJob(doomedJob.id);
          return job?.status === 'completed' ? job : undefined;
        },
        5_000,
      );
      assert.deepEqual(done.result, { by: restarted.id });
      assert.equal(done.attempts, 2, 'the killed run counts as an attempt');
      assert.ok(
        log.entries.some((e) => e.message.includes('dead process on this host') && e.meta?.lapsed === 1),
      );
      const others = await db.sql<{ id: number; status: string; locked_by: string }[]>`
        select id, status, locked_by from jobs where id in (${aliveJob.id}, ${remote!.id}) order by id`;
      assert.deepEqual(
        others.map((r) => [r.id, r.status, r.locked_by]),
        [
          [aliveJob.id, 'running', alive.id],
          [remote!.id, 'running', 'some-other-host:1:abc'],
        ],
      );
    } finally {
      await restarted.close();
      alive.process.kill('SIGKILL');
    }
  });
});
