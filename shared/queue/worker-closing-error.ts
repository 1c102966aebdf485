/**
 * The abort reason of `job.signal` when `Worker.close()` is called. A handler that stops because of it (throws
 * after the abort) has its job released: pending again at once, the attempt not counted.
 *
 * @example
 * if (job.signal.reason instanceof WorkerClosingError) throw job.signal.reason; // released, not failed
 */
export class WorkerClosingError extends Error {
  override readonly name = 'WorkerClosingError';
  constructor(
    readonly workerId: string,
    readonly queue: string,
  ) {
    super(`worker ${workerId} of queue ${queue} is closing`);
  }
}
