/**
 * What a worker knows about a claimed job (the `Job` constructor's argument).
 *
 * @example
 * new Job({ id: 1, queue: 'q', data: {}, attempt: 1, maxAttempts: 5, signal, workerId, createdAt, dedupeKey: null });
 */
export interface JobInit<T> {
  readonly id: number;
  readonly queue: string;
  readonly data: T;
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly signal: AbortSignal;
  readonly workerId: string;
  readonly createdAt: Date;
  readonly dedupeKey: string | null;
}

/**
 * One attempt at a job, as a handler receives it. `data` is the payload validated by the worker's schema;
 * `attempt` counts from 1 (a reclaim after a crash counts too). `signal` aborts when this worker loses the
 * lease (reason `JobLeaseLostError`: someone else now runs the job, this outcome will be discarded) or is
 * closing (reason `WorkerClosingError`: stop early and the job is released without counting the attempt).
 * Pass it on to slow calls (`fetch`, the OpenAI client) so they stop too.
 *
 * @example
 * new Worker(sql, 'vision', async (job) => {
 *   const reply = await openai.responses.create({ … }, { signal: job.signal });
 *   await sql`insert into … on conflict (job_id) do nothing`; // idempotent: keyed by job.id
 *   return { workoutId: 7 };
 * });
 */
export class Job<T = unknown> {
  readonly id: number;
  readonly queue: string;
  readonly data: T;
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly signal: AbortSignal;
  readonly workerId: string;
  readonly createdAt: Date;
  readonly dedupeKey: string | null;

  constructor(init: JobInit<T>) {
    this.id = init.id;
    this.queue = init.queue;
    this.data = init.data;
    this.attempt = init.attempt;
    this.maxAttempts = init.maxAttempts;
    this.signal = init.signal;
    this.workerId = init.workerId;
    this.createdAt = init.createdAt;
    this.dedupeKey = init.dedupeKey;
  }

  /**
   * True on the last allowed attempt: a failure now makes the job dead.
   *
   * @example
   * if (job.isFinalAttempt) useCheaperFallback();
   */
  get isFinalAttempt(): boolean {
    return this.attempt >= this.maxAttempts;
  }
}
