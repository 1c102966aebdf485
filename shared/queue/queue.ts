import { z } from 'zod';
import type { Sql, TransactionSql } from '../db/index.js';
import { DedupeKeyConflictError } from './dedupe-key-conflict-error.js';
import { InvalidJobPayloadError } from './invalid-job-payload-error.js';
import { JOB_STATUSES, type JobRecord, type JobRow, type JobStatus, toJobRecord } from './job-record.js';
import type { Queryable } from './job-store.js';

/**
 * Default `maxAttempts` of a job.
 *
 * @example
 * job.maxAttempts === DEFAULT_MAX_ATTEMPTS; // 5 unless given to add()
 */
export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Options of a `Queue`.
 *
 * @example
 * new Queue(sql, 'vision', { schema: z.object({ chatId: z.number() }) });
 */
export interface QueueOptions<T> {
  /** Validates every payload in `add` (the JSON that is stored, before any transform). */
  readonly schema?: z.ZodType<T>;
}

/**
 * Options of `Queue.add`.
 *
 * @example
 * await queue.add(payload, { dedupeKey: `plan:user:${userId}:v${version}`, delayMs: 0, maxAttempts: 3, tx });
 */
export interface AddOptions {
  /**
   * At most one job exists per key (across all queues, finished jobs included, until {@link Queue.prune}
   * deletes them): a second `add` is a no-op that returns the existing job. Prefix keys with their
   * purpose, e.g. `vision:update:123`.
   */
  readonly dedupeKey?: string;
  /** Not claimed before this many milliseconds from now (default 0). */
  readonly delayMs?: number;
  /** Attempts before the job goes dead (default 5). */
  readonly maxAttempts?: number;
  /**
   * Enqueue inside the caller's transaction: the job exists if and only if the transaction commits, and
   * workers are woken (NOTIFY) only on commit.
   */
  readonly tx?: TransactionSql;
}

/**
 * What `add` returns: the job, and whether this call created it (false: an existing job of the dedupe key).
 *
 * @example
 * const { id, created } = await queue.add(payload, { dedupeKey });
 */
export interface EnqueuedJob extends JobRecord {
  readonly created: boolean;
}

/**
 * Jobs of a queue per status, for the status page.
 *
 * @example
 * const { pending, dead } = await queue.counts();
 */
export type JobCounts = Record<JobStatus, number>;

/**
 * The producer side of one named queue in the `jobs` table. Cheap to create; holds no connection of its
 * own. Delivery is at-least-once: see `Worker` for the full semantics.
 *
 * @example
 * const vision = new Queue(sql, 'vision', { schema: z.object({ chatId: z.number(), fileId: z.string() }) });
 * await sql.begin(async (tx) => {
 *   await tx`update telegram_updates set status = 'processed' where update_id = ${id}`;
 *   await vision.add({ chatId, fileId }, { tx, dedupeKey: `vision:update:${id}` });
 * });
 */
export class Queue<T = unknown> {
  private readonly schema: z.ZodType<T> | undefined;

  constructor(
    /** The pool, or the caller's transaction (then every call runs inside it). */
    private readonly sql: Sql | TransactionSql,
    readonly name: string,
    options: QueueOptions<T> = {},
  ) {
    if (name.length === 0) throw new RangeError('queue name must not be empty');
    this.schema = options.schema;
  }

  /**
   * Enqueues a job (validated by the schema, if any) and returns it. With `dedupeKey`, a job that already
   * has the key is returned instead (`created: false`) — unless it belongs to another queue
   * (`DedupeKeyConflictError`).
   *
   * @example
   * const job = await queue.add({ chatId: 1, fileId: 'abc' }, { dedupeKey: 'vision:update:9', delayMs: 0 });
   * job.created; // true the first time, false after
   */
  async add(payload: T, options: AddOptions = {}): Promise<EnqueuedJob> {
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const delayMs = options.delayMs ?? 0;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
      throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    }
    if (!Number.isFinite(delayMs) || delayMs < 0) {
      throw new RangeError(`delayMs must be a finite number ≥ 0, got ${delayMs}`);
    }
    if (this.schema) {
      const parsed = this.schema.safeParse(payload);
      if (!parsed.success)
        throw new InvalidJobPayloadError(this.name, undefined, z.prettifyError(parsed.error));
    }
    const json = JSON.stringify(payload);
    if (json === undefined) throw new InvalidJobPayloadError(this.name, undefined, 'payload is not JSON');
    const db: Queryable = options.tx ?? this.sql;
    const key = options.dedupeKey ?? null;
    const [inserted] = await db<JobRow[]>`
      insert into jobs (queue, payload, max_attempts, run_at, dedupe_key)
      values (
        ${this.name}, ${db.json(JSON.parse(json))}, ${maxAttempts},
        now() + ${delayMs}::float8 * interval '1 millisecond', ${key}
      )
      on conflict (dedupe_key) do nothing
      returning *`;
    if (inserted) return { ...toJobRecord(inserted), created: true };
    const [existing] = await db<JobRow[]>`select * from jobs where dedupe_key = ${key}`;
    if (!existing) {
      // Only possible when the caller's transaction runs at repeatable read or stricter and the
      // conflicting job was committed after its snapshot.
      throw new Error(`job with dedupe key ${key} exists but is not visible to this transaction`);
    }
    if (existing.queue !== this.name) {
      throw new DedupeKeyConflictError(key ?? '', this.name, existing.queue, existing.id);
    }
    return { ...toJobRecord(existing), created: false };
  }

  /**
   * One job of this queue by id, or undefined.
   *
   * @example
   * const job = await queue.getJob(42); // job?.status, job?.result, job?.lastError
   */
  async getJob(id: number): Promise<JobRecord | undefined> {
    const [row] = await this.sql<JobRow[]>`select * from jobs where id = ${id} and queue = ${this.name}`;
    return row ? toJobRecord(row) : undefined;
  }

  /**
   * Deletes this queue's finished jobs (completed or dead) that finished more than `olderThanMs` ago, and
   * returns how many. Their dedupe keys go with them: prune only queues whose keys cannot come back
   * (keys derived from update ids) or whose handlers check their own state (an offer already accepted).
   *
   * @example
   * await new Queue(sql, 'plan').prune(30 * 86_400_000); // e.g. 412
   */
  async prune(olderThanMs: number): Promise<number> {
    const rows = await this.sql`
      delete from jobs
      where queue = ${this.name} and status in ('completed', 'dead')
        and finished_at < now() - ${olderThanMs}::float8 * interval '1 millisecond'`;
    return rows.count;
  }

  /**
   * Number of jobs per status (every status present, zero when none).
   *
   * @example
   * await queue.counts(); // { pending: 3, running: 1, completed: 120, dead: 0 }
   */
  async counts(): Promise<JobCounts> {
    const rows = await this.sql<{ status: JobStatus; n: number }[]>`
      select status, count(*)::int as n from jobs where queue = ${this.name} group by status`;
    const counts = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as JobCounts;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }
}
