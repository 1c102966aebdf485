/**
 * Dedupe keys are unique across all queues; adding to one queue with a key already used by a job of another
 * queue is a bug in the caller's key scheme (prefix keys with their purpose, e.g. `vision:update:123`).
 *
 * @example
 * await queue.add(payload, { dedupeKey: `vision:update:${updateId}` });
 */
export class DedupeKeyConflictError extends Error {
  override readonly name = 'DedupeKeyConflictError';
  constructor(
    readonly dedupeKey: string,
    readonly queue: string,
    readonly existingQueue: string,
    readonly existingJobId: number,
  ) {
    super(
      `dedupe key ${dedupeKey} (queue ${queue}) is already used by job ${existingJobId} of queue ${existingQueue}`,
    );
  }
}
