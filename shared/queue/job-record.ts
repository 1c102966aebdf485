/**
 * Lifecycle of a job: pending → running → completed, or back to pending (retry), or dead (gave up).
 *
 * @example
 * const done: JobStatus[] = ['completed', 'dead'];
 */
export type JobStatus = 'pending' | 'running' | 'completed' | 'dead';

/**
 * Every status, in lifecycle order.
 *
 * @example
 * for (const status of JOB_STATUSES) metrics.set({ status }, counts[status]);
 */
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'running', 'completed', 'dead'];

/**
 * A snapshot of one row of `jobs`, as the status page and `Queue.add`/`getJob` see it. `payload` and
 * `result` are the stored JSON, not validated.
 *
 * @example
 * const job = await queue.getJob(42);
 * if (job?.status === 'dead') console.log(job.lastError);
 */
export interface JobRecord {
  readonly id: number;
  readonly queue: string;
  readonly payload: unknown;
  readonly status: JobStatus;
  /** Attempts started so far (a claim, including a reclaim after an expired lease, counts as one). */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** Not claimed before this time (delay, or retry backoff). */
  readonly runAt: Date;
  readonly lockedBy: string | null;
  readonly lockedUntil: Date | null;
  /** The last failure (kept after a later success, as history). */
  readonly lastError: string | null;
  /** The handler's return value once completed. */
  readonly result: unknown;
  readonly dedupeKey: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

/**
 * A `jobs` row as the database returns it.
 *
 * @example
 * const rows = await sql<JobRow[]>`select * from jobs where queue = ${name}`;
 */
export interface JobRow {
  id: number;
  queue: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_by: string | null;
  locked_until: Date | null;
  last_error: string | null;
  result: unknown;
  dedupe_key: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

/**
 * Maps a `jobs` row to its camel-cased record.
 *
 * @example
 * const [row] = await sql<JobRow[]>`select * from jobs where id = ${id}`;
 * const record = toJobRecord(row);
 */
export function toJobRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    queue: row.queue,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    result: row.result,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}
