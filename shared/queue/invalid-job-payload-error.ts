/**
 * A payload that does not match the queue's zod schema. `Queue.add` throws it before inserting; a worker
 * that claims such a job (e.g. enqueued by an older version) sends it dead at once with this error, and
 * then `job.data` in `onDead` is the raw, unvalidated payload.
 *
 * @example
 * try { await queue.add({ chatId: 'x' }); } catch (err) { if (err instanceof InvalidJobPayloadError) … }
 */
export class InvalidJobPayloadError extends Error {
  override readonly name = 'InvalidJobPayloadError';
  constructor(
    readonly queue: string,
    readonly jobId: number | undefined,
    readonly issues: string,
  ) {
    super(`invalid payload for queue ${queue}${jobId === undefined ? '' : ` (job ${jobId})`}: ${issues}`);
  }
}
