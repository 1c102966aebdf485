// Child process for the queue's multi-process and kill -9 tests. Runs one Worker on DATABASE_URL:
//   node --import tsx test/harness/queue-worker-child.ts <queue> <leaseMs> <concurrency>
// Prints `ready <workerId>` once listening, and `started <jobId>` when a handler starts. Each handler run
// records a 'start' row in queue_test_effects; payload { sleepMs } makes it take that long, { hang: true }
// makes it never finish (until the process is killed). Closes gracefully on SIGTERM.
import { createSql } from '../../shared/db/index.js';
import { Worker } from '../../shared/queue/index.js';
import { sleep } from './queue-helpers.js';

const [queue = 'test', leaseMs = '30000', concurrency = '1'] = process.argv.slice(2);
const sql = createSql(process.env.DATABASE_URL ?? '', { max: 4, applicationName: 'queue-child' });

const worker = new Worker<{ n?: number; sleepMs?: number; hang?: boolean }>(
  sql,
  queue,
  async (job) => {
    await sql`
      insert into queue_test_effects (job_id, worker_id, attempt, phase)
      values (${job.id}, ${job.workerId}, ${job.attempt}, 'start')`;
    process.stdout.write(`started ${job.id}\n`);
    if (job.data.hang) await new Promise(() => {});
    if (job.data.sleepMs) await sleep(job.data.sleepMs);
    return { by: job.workerId };
  },
  { leaseMs: Number(leaseMs), concurrency: Number(concurrency), pollIntervalMs: 1_000 },
);

process.once('SIGTERM', () => {
  void worker
    .close({ timeoutMs: 5_000 })
    .then(() => sql.end({ timeout: 2 }))
    .then(() => process.exit(0));
});

await worker.waitUntilReady();
process.stdout.write(`ready ${worker.id}\n`);
