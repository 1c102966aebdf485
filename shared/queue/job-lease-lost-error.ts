/**
 * The worker no longer holds a job's lease: a renewal found the job taken by another worker (its lease had
 * expired, e.g. the event loop stalled or the database was unreachable for longer than `leaseMs`). Used as
 * the `job.signal` abort reason; the handler's outcome is discarded, the new holder's counts.
 *
 * @example
 * job.signal.addEventListener('abort', () => {
 *   if (job.signal.reason instanceof JobLeaseLostError) controller.abort();
 * });
 */
export class JobLeaseLostError extends Error {
  override readonly name = 'JobLeaseLostError';
  constructor(
    readonly jobId: number,
    readonly queue: string,
    readonly workerId: string,
    readonly detail: string,
  ) {
    super(`lease of job ${jobId} (queue ${queue}) lost by worker ${workerId}: ${detail}`);
  }
}
