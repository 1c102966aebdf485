// The SQL of the queue, in one place. Every statement that ends an attempt is fenced by
// `locked_by = <worker> and attempts = <attempt> and status = 'running'`: a worker that lost its lease (the
// job was reclaimed, which bumps `attempts`) changes nothing.
import type postgres from 'postgres';
import type { UserDataOwner } from '../account/user-data-owner.js';
import type { Sql } from '../db/index.js';
import type { JobRow } from './job-record.js';

/**
 * Anything that runs a tagged-template query: the pool or a transaction.
 *
 * @example
 * const db: Queryable = tx ?? sql;
 */
export type Queryable = postgres.ISql;

/**
 * Channel of the `jobs_ready` NOTIFY (sql/002_jobs_queue.sql); the payload is the queue name.
 *
 * @example
 * await sql.listen(JOBS_READY_CHANNEL, (queue) => console.log('ready in', queue));
 */
export const JOBS_READY_CHANNEL = 'jobs_ready';

/**
 * Which attempt of which job a worker holds: the fencing token of every outcome write.
 *
 * @example
 * await completeJob(sql, { id: 7, attempt: 2, workerId }, { ok: true });
 */
export interface Lease {
  readonly id: number;
  readonly attempt: number;
  readonly workerId: string;
}

/**
 * A claimed row, with what it was before the claim.
 *
 * @example
 * if (row.previous_status === 'running') log.warn('reclaimed', { from: row.previous_locked_by });
 */
export interface ClaimedRow extends JobRow {
  /** 'running' when the claim took over an expired lease (its worker died or stalled). */
  previous_status: 'pending' | 'running';
  previous_locked_by: string | null;
  previous_attempts: number;
}

/**
 * Claims up to `limit` jobs of a queue in one statement: first running jobs whose lease expired (oldest
 * first), then pending jobs that are due (`run_at` order), each through its partial index
 * (`jobs_running`, `jobs_ready`) with `for update skip locked`, so concurrent workers never wait on or take
 * the same row. The claim counts as an attempt, except for an expired job already at `max_attempts`, which
 * the caller sends dead instead of running it.
 *
 * @example
 * const rows = await claimJobs(sql, 'vision', workerId, 2, 30_000);
 */
export function claimJobs(
  sql: Sql,
  queue: string,
  workerId: string,
  limit: number,
  leaseMs: number,
): postgres.PendingQuery<ClaimedRow[]> {
  return sql<ClaimedRow[]>`
    with expired as (
      select id, status, locked_by, attempts from jobs
      where status = 'running' and locked_until < now() and queue = ${queue}
      order by locked_until
      limit ${limit}
      for update skip locked
    ), ready as (
      select id, status, locked_by, attempts from jobs
      where queue = ${queue} and status = 'pending' and run_at <= now()
      order by run_at
      limit ${limit}
      for update skip locked
    ), claimed as (
      select id, status as previous_status, locked_by as previous_locked_by, attempts as previous_attempts
      from (select * from expired union all select * from ready) candidates
      limit ${limit}
    )
    update jobs set
      status = 'running',
      attempts = case
        when jobs.status = 'running' and jobs.attempts >= jobs.max_attempts then jobs.attempts
        else jobs.attempts + 1
      end,
      locked_by = ${workerId},
      locked_until = now() + ${leaseMs}::float8 * interval '1 millisecond',
      updated_at = now()
    from claimed
    where jobs.id = claimed.id
    returning jobs.*, claimed.previous_status, claimed.previous_locked_by, claimed.previous_attempts`;
}

/**
 * Extends the leases this worker still holds; returns the `(id, attempts)` pairs renewed.
 *
 * @example
 * const renewed = await renewLeases(sql, [7, 8], workerId, 30_000);
 */
export function renewLeases(
  sql: Sql,
  ids: readonly number[],
  workerId: string,
  leaseMs: number,
): Promise<{ id: number; attempts: number }[]> {
  return sql<{ id: number; attempts: number }[]>`
    update jobs set locked_until = now() + ${leaseMs}::float8 * interval '1 millisecond'
    where id = any(${sql.array([...ids])}::bigint[]) and status = 'running' and locked_by = ${workerId}
    returning id, attempts`;
}

/**
 * Records success; false when the lease was lost (the result is then discarded).
 *
 * @example
 * const held = await completeJob(sql, lease, { workoutId: 3 });
 */
export async function completeJob(sql: Sql, lease: Lease, result: postgres.JSONValue): Promise<boolean> {
  const rows = await sql`
    update jobs set
      status = 'completed', result = ${result === null ? null : sql.json(result)}, locked_by = null, locked_until = null,
      finished_at = now(), updated_at = now()
    where id = ${lease.id} and status = 'running' and locked_by = ${lease.workerId}
      and attempts = ${lease.attempt}
    returning id`;
  return rows.length === 1;
}

/**
 * Marks, inside the caller's transaction, that job `jobId` has produced its one user-visible outcome
 * (a message queued in the same transaction); true the first time, false on every later attempt of the
 * same job. For handlers whose outcome has no row of its own to deduplicate on (e.g. "no plan for this
 * goal"): a retry after a crash between that commit and the job's completion then sends nothing again.
 * The mark lives in the job's `result` until the worker records the final result over it.
 *
 * @example
 * await sql.begin(async (tx) => { if (await markJobAnsweredOnce(tx, job.id)) out.send(…); });
 */
export async function markJobAnsweredOnce(tx: Queryable, jobId: number): Promise<boolean> {
  const rows = await tx`
    update jobs set result = ${tx.json({ answered: true })}, updated_at = now()
    where id = ${jobId} and result is null
    returning id`;
  return rows.length === 1;
}

/**
 * Puts a failed attempt back to pending after `delayMs`; false when the lease was lost.
 *
 * @example
 * await retryJob(sql, lease, formatError(err), backoffDelay(lease.attempt));
 */
export async function retryJob(sql: Sql, lease: Lease, error: string, delayMs: number): Promise<boolean> {
  const rows = await sql`
    update jobs set
      status = 'pending', run_at = now() + ${delayMs}::float8 * interval '1 millisecond',
      last_error = ${error}, locked_by = null, locked_until = null, updated_at = now()
    where id = ${lease.id} and status = 'running' and locked_by = ${lease.workerId}
      and attempts = ${lease.attempt}
    returning id`;
  return rows.length === 1;
}

/**
 * Gives up on a job (inside the caller's transaction, with `onDead`); false when the lease was lost.
 *
 * @example
 * await sql.begin(async (tx) => (await buryJob(tx, lease, text)) && onDead(job, err, tx));
 */
export async function buryJob(tx: Queryable, lease: Lease, error: string): Promise<boolean> {
  const rows = await tx`
    update jobs set
      status = 'dead', last_error = ${error}, locked_by = null, locked_until = null,
      finished_at = now(), updated_at = now()
    where id = ${lease.id} and status = 'running' and locked_by = ${lease.workerId}
      and attempts = ${lease.attempt}
    returning id`;
  return rows.length === 1;
}

/**
 * Hands a job back untouched (worker closing): pending now, the attempt not counted.
 *
 * @example
 * await releaseJob(sql, lease);
 */
export async function releaseJob(sql: Sql, lease: Lease): Promise<boolean> {
  const rows = await sql`
    update jobs set
      status = 'pending', run_at = now(), attempts = attempts - 1, locked_by = null, locked_until = null,
      updated_at = now()
    where id = ${lease.id} and status = 'running' and locked_by = ${lease.workerId}
      and attempts = ${lease.attempt}
    returning id`;
  return rows.length === 1;
}

/**
 * Milliseconds until the next job of the queue could become claimable — the earliest `run_at` of a pending
 * job or `locked_until` of another worker's running job (negative when overdue) — or null when there is
 * none. Lets an idle worker sleep exactly until then instead of polling.
 *
 * @example
 * const ms = await nextDueInMs(sql, 'vision', workerId); // e.g. 850, or null
 */
export async function nextDueInMs(sql: Sql, queue: string, workerId: string): Promise<number | null> {
  const [row] = await sql<{ ms: number | null }[]>`
    select (extract(epoch from least(
      (select min(run_at) from jobs where queue = ${queue} and status = 'pending'),
      (select min(locked_until) from jobs
        where status = 'running' and queue = ${queue} and locked_by <> ${workerId})
    ) - now()) * 1000)::float8 as ms`;
  return row?.ms ?? null;
}

/**
 * How many jobs of `queue` about `userId` (payload field `userId`) are still waiting or running: a
 * per-user cap on slow work (screenshots) reads it before enqueueing more.
 *
 * @example
 * const n = await countUnfinishedJobsOfUser(ctx.tx, 'vision', ctx.user.id); // 2
 */
export async function countUnfinishedJobsOfUser(
  db: Queryable,
  queue: string,
  userId: number,
): Promise<number> {
  const [row] = await db<{ n: number }[]>`
    select count(*)::int as n from jobs
    where queue = ${queue} and status in ('pending', 'running') and (payload->>'userId')::bigint = ${userId}`;
  return row?.n ?? 0;
}

/**
 * The runner's queued background work (e.g. a screenshot to analyse), by the payload's `userId` or
 * `chatId`, for /deleteme. Running jobs are left to their worker (it holds a lease); what they write for a
 * deleted user fails its foreign keys. Jobs are transport, not exported: their results are exported by
 * the owners of what they produced (plans, vision extractions).
 *
 * @example
 * await jobsUserData.deleteForUser(tx, { userId: 42, chatIds: [42], currentUpdateId: 7 });
 */
export const jobsUserData: UserDataOwner = {
  domain: 'queue',
  tables: ['jobs'],
  transportOnly: ['jobs'],
  async deleteForUser(tx, who) {
    await tx`
      delete from jobs
      where status <> 'running'
        and (payload->>'userId' = ${String(who.userId)} or payload->>'chatId' in ${tx(who.chatIds.map(String))})`;
  },
};
