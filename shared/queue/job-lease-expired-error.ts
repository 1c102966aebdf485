/**
 * A job was found with an expired lease after its last allowed attempt: the worker running it stopped
 * renewing (it most likely died, e.g. kill -9) and no attempts are left, so the job goes dead with this as
 * its error (and `onDead` receives it).
 *
 * @example
 * onDead: (job, error) => {
 *   if (error instanceof JobLeaseExpiredError) log.warn('worker died on the last attempt', { by: error.previousWorkerId });
 * }
 */
export class JobLeaseExpiredError extends Error {
  override readonly name = 'JobLeaseExpiredError';
  constructor(
    readonly jobId: number,
    readonly queue: string,
    readonly previousWorkerId: string | null,
    readonly attempts: number,
  ) {
    super(
      `job ${jobId} (queue ${queue}): the lease of attempt ${attempts} held by ${previousWorkerId ?? 'unknown'} ` +
        'expired (the worker probably died) and no attempts are left',
    );
  }
}
