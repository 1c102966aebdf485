import type { z } from 'zod';
import type { TransactionSql } from '../db/index.js';
import type { BackoffOptions } from './backoff.js';
import type { Job } from './job.js';
import type { QueueLogger } from './queue-logger.js';

/**
 * Handles one job; its return value (JSON) is stored as the job's `result`. Must be idempotent.
 *
 * @example
 * const handler: JobHandler<{ fileId: string }, { workoutId: number }> = async (job) => ({ workoutId: 1 });
 */
export type JobHandler<T, R> = (job: Job<T>) => Promise<R> | R;

/**
 * Called once when a job goes dead, inside the transaction that marks it dead: writes made through `tx`
 * (e.g. an outgoing message telling the user) commit together with the dead status, exactly once. If the
 * process dies before that commit, the job is reclaimed after its lease and `onDead` runs again (its
 * earlier writes were rolled back); if `onDead` throws, its writes are rolled back, the error is logged and
 * the job is marked dead without them.
 *
 * @example
 * const onDead: OnDead<{ chatId: number }> = async (job, _error, tx) => {
 *   await tx`insert into outgoing_messages (chat_id, method, payload) values (${job.data.chatId}, …)`;
 * };
 */
export type OnDead<T> = (job: Job<T>, error: unknown, tx: TransactionSql) => Promise<void> | void;

/**
 * Options of a `Worker`; every one has a default.
 *
 * @example
 * { concurrency: 2, leaseMs: 60_000, pollIntervalMs: 5_000, backoff: { baseMs: 2_000 }, schema, onDead, log }
 */
export interface WorkerOptions<T> {
  /** Jobs run at once by this worker (default 1). */
  readonly concurrency?: number;
  /** Lease length; renewed every leaseMs/3 while the handler runs (default 30 000 ms). */
  readonly leaseMs?: number;
  /** Fallback claim interval when no NOTIFY arrives (default 5 000 ms). */
  readonly pollIntervalMs?: number;
  /** Retry delays (default 1 s × 2 per failure, max 5 min, ±20 % jitter). */
  readonly backoff?: BackoffOptions;
  /** Validates `job.data`; a job that fails it goes dead at once with `InvalidJobPayloadError`. */
  readonly schema?: z.ZodType<T>;
  readonly onDead?: OnDead<T>;
  /** Default: warnings and errors to stderr. */
  readonly log?: QueueLogger;
  /** Start claiming in the constructor (default true); false for tests that call `runOnce()`/`drain()`. */
  readonly autorun?: boolean;
}

/**
 * Options of `Worker.close`.
 *
 * @example
 * await worker.close({ timeoutMs: 5_000 });
 */
export interface CloseOptions {
  /** How long to wait for in-flight handlers (default 10 000 ms); their leases then simply expire. */
  readonly timeoutMs?: number;
}
