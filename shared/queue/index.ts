/**
 * Durable job queue on PostgreSQL (`jobs` table): `Queue` enqueues (optionally inside the caller's
 * transaction, with a dedupe key), `Worker` claims with leases and runs handlers, `Job` is what a handler
 * gets. Delivery is at-least-once and handlers must be idempotent; see `Worker` and README.md for what
 * happens when a process dies mid-job, and for the retry and lease options with their defaults.
 *
 * @example
 * import { Queue, Worker } from '../queue/index.js';
 * const queue = new Queue(sql, 'vision');
 * await queue.add({ chatId: 1, fileId: 'abc' }, { dedupeKey: 'vision:update:9' });
 * const worker = new Worker(sql, 'vision', async (job) => ({ ok: job.data }));
 */
export { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
export { DedupeKeyConflictError } from './dedupe-key-conflict-error.js';
export { InvalidJobPayloadError } from './invalid-job-payload-error.js';
export { Job, type JobInit } from './job.js';
export { JobLeaseExpiredError } from './job-lease-expired-error.js';
export { JobLeaseLostError } from './job-lease-lost-error.js';
export { JOB_STATUSES, type JobRecord, type JobStatus } from './job-record.js';
export {
  countUnfinishedJobsOfUser,
  JOBS_READY_CHANNEL,
  jobsUserData,
  markJobAnsweredOnce,
} from './job-store.js';
export {
  type AddOptions,
  DEFAULT_MAX_ATTEMPTS,
  type EnqueuedJob,
  type JobCounts,
  Queue,
  type QueueOptions,
} from './queue.js';
export { consoleQueueLogger, type QueueLogger } from './queue-logger.js';
export { UnrecoverableJobError } from './unrecoverable-job-error.js';
export { Worker } from './worker.js';
export { WorkerClosingError } from './worker-closing-error.js';
export type { CloseOptions, JobHandler, OnDead, WorkerOptions } from './worker-options.js';
