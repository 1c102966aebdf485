import type postgres from 'postgres';
import { z } from 'zod';
import { lapseDeadLocalLeases, type Sql } from '../db/index.js';
import { LeaseLoop } from '../sync/index.js';
import { backoffDelay } from './backoff.js';
import { formatError } from './format-error.js';
import { InvalidJobPayloadError } from './invalid-job-payload-error.js';
import { Job } from './job.js';
import { JobLeaseExpiredError } from './job-lease-expired-error.js';
import {
  buryJob,
  type ClaimedRow,
  claimJobs,
  completeJob,
  JOBS_READY_CHANNEL,
  nextDueInMs,
  releaseJob,
  retryJob,
} from './job-store.js';
import { type HeldJob, LeaseKeeper } from './lease-keeper.js';
import { consoleQueueLogger, type QueueLogger } from './queue-logger.js';
import { UnrecoverableJobError } from './unrecoverable-job-error.js';
import { WorkerClosingError } from './worker-closing-error.js';
import type { CloseOptions, JobHandler, WorkerOptions } from './worker-options.js';

const MIN_WAKE_MS = 50;
const WRITE_RETRY_DELAYS_MS = [250, 1_000];

/**
 * Runs the jobs of one queue, BullMQ-style, on PostgreSQL alone.
 *
 * **Delivery is at-least-once.** A job is claimed with a lease (`locked_by` = this worker, `locked_until` =
 * now + `leaseMs`) that is renewed every `leaseMs/3` while the handler runs. If the process dies (kill -9,
 * OOM, power loss) the lease stops being renewed and, once it expires, any worker reclaims the job and runs
 * it again; that counts as an attempt, and a job whose last attempt died this way goes dead with
 * `JobLeaseExpiredError`. A worker that stalls past its lease (or loses the database for that long) may
 * find its job taken: `job.signal` aborts with `JobLeaseLostError` and its outcome is discarded, since every
 * outcome write checks that this worker still holds that attempt's lease. So a handler may run more than
 * once for one job, and may even overlap with a second run: **handlers must be idempotent** — key their
 * writes by `job.id` or a dedupe key (`insert … on conflict do nothing`), and make external calls safe to
 * repeat.
 *
 * Outcomes: a return value completes the job (`result` = its JSON). A throw puts it back to pending with
 * `run_at = now() + backoff(attempt)` and `last_error`, or, after `maxAttempts` attempts (or on
 * `UnrecoverableJobError` / an invalid payload), marks it dead and calls `onDead` once, inside the same
 * transaction. Wake-ups: LISTEN on `jobs_ready` (sent on commit of every new or re-queued job), a timer set
 * to the next due `run_at`/lease expiry, and a poll every `pollIntervalMs` as a fallback; never a busy loop.
 *
 * Defaults: concurrency 1, leaseMs 30 000, pollIntervalMs 5 000, backoff 1 000 ms × 2 up to 300 000 ms with
 * ±20 % jitter, maxAttempts 5 (set per job in `Queue.add`).
 *
 * @example
 * const worker = new Worker(sql, 'vision', async (job) => analyse(job.data, job.signal), {
 *   schema: visionPayload,
 *   concurrency: 2,
 *   onDead: async (job, error, tx) => {
 *     await tx`insert into outgoing_messages … values (${job.data.chatId}, …)`; // "could not read it"
 *   },
 *   log,
 * });
 * await worker.waitUntilReady();
 * // on SIGTERM:
 * await worker.close({ timeoutMs: 10_000 });
 */
export class Worker<T = unknown, R = unknown> {
  /** `host:pid:random`, stored in `locked_by`. */
  readonly id: string;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly log: QueueLogger;
  private readonly running: LeaseKeeper;
  /** Wait for NOTIFY, a finished job or the next due time → claim into the free slots → start them. */
  private readonly loop: LeaseLoop;
  private state: 'idle' | 'running' | 'closing' | 'closed' = 'idle';
  private firstPassDone: () => void = () => {};
  private consecutiveErrors = 0;
  private listener: postgres.ListenMeta | undefined;
  private listening: Promise<void> | undefined;
  private ready: Promise<void> | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    private readonly sql: Sql,
    readonly queue: string,
    private readonly handler: JobHandler<T, R>,
    private readonly options: WorkerOptions<T> = {},
  ) {
    this.concurrency = options.concurrency ?? 1;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${this.concurrency}`);
    }
    if (!(this.leaseMs >= 30)) throw new RangeError(`leaseMs must be ≥ 30, got ${this.leaseMs}`);
    if (!(this.pollIntervalMs > 0)) throw new RangeError(`pollIntervalMs must be > 0`);
    this.log = options.log ?? consoleQueueLogger;
    this.loop = new LeaseLoop({
      pollMs: this.pollIntervalMs,
      takeOver: () => this.takeOverDeadLocalLeases(),
      pass: () => this.pass(),
      onError: () => {}, // pass() reports its own failures and picks its retry delay
    });
    this.id = this.loop.owner;
    this.running = new LeaseKeeper(sql, queue, this.id, this.leaseMs, this.log);
    if (options.autorun !== false) void this.run();
  }

  /** Jobs whose handlers are running now. */
  get inFlight(): number {
    return this.running.size;
  }

  /**
   * Starts listening and claiming (done by the constructor unless `autorun: false`). Resolves like
   * `waitUntilReady()`.
   *
   * @example
   * const worker = new Worker(sql, 'vision', handler, { autorun: false });
   * await worker.run();
   */
  run(): Promise<void> {
    if (this.state !== 'idle') return this.ready ?? Promise.resolve();
    this.state = 'running';
    this.ready = (async () => {
      const firstPass = new Promise<void>((resolve) => {
        this.firstPassDone = resolve;
      });
      await this.listen();
      if (this.state !== 'running') return; // closed meanwhile
      await this.loop.start(); // takes over dead local leases, then passes
      await firstPass;
    })();
    return this.ready;
  }

  /** A restarted worker takes over at once what its killed predecessor on this host held. */
  private async takeOverDeadLocalLeases(): Promise<void> {
    try {
      await lapseDeadLocalLeases(this.sql, 'jobs', this.sql`status = 'running' and queue = ${this.queue}`, {
        log: this.log,
      });
    } catch (err) {
      this.log.warn('could not check for leases of dead workers; they run out on their own', {
        err: formatError(err),
      });
    }
  }

  /**
   * Resolves once the worker listens for NOTIFY and has made its first claim: a job added after this is
   * picked up without waiting for a poll.
   *
   * @example
   * await worker.waitUntilReady();
   */
  waitUntilReady(): Promise<void> {
    return this.ready ?? this.run();
  }

  /**
   * Claims what is due now (up to the free concurrency), runs it, waits for the outcomes to be written and
   * returns how many jobs were claimed. For tests and scripts; works with `autorun: false`.
   *
   * @example
   * const handled = await worker.runOnce();
   */
  async runOnce(): Promise<number> {
    if (this.state === 'closing' || this.state === 'closed') return 0;
    const free = this.concurrency - this.running.size;
    if (free <= 0) return 0;
    const claimedAt = Date.now();
    const rows = await claimJobs(this.sql, this.queue, this.id, free, this.leaseMs);
    await Promise.all(rows.map((row) => this.start(row, claimedAt).done));
    return rows.length;
  }

  /**
   * Repeats `runOnce()` until nothing is due; returns the number of jobs claimed.
   *
   * @example
   * await queue.add({ n: 1 });
   * await worker.drain(); // 1
   */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.runOnce(); n > 0; n = await this.runOnce()) total += n;
    return total;
  }

  /**
   * Stops claiming, aborts `job.signal` of in-flight jobs (reason `WorkerClosingError`), waits up to
   * `timeoutMs` for their handlers and outcome writes, then unlistens. A handler that finishes is recorded
   * normally; one that throws after the abort has its job released (pending, attempt not counted); one still
   * running at the timeout keeps its job until the lease expires. Idempotent.
   *
   * @example
   * process.once('SIGTERM', () => void worker.close().then(() => sql.end()));
   */
  close(options: CloseOptions = {}): Promise<void> {
    this.closed ??= this.shutdown(options.timeoutMs ?? 10_000);
    return this.closed;
  }

  private async shutdown(timeoutMs: number): Promise<void> {
    this.state = 'closing';
    this.firstPassDone();
    for (const job of this.running.held()) {
      job.controller.abort(new WorkerClosingError(this.id, this.queue));
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    });
    const settled = (async () => {
      await this.loop.stop();
      await Promise.all([...this.running.held()].map((job) => job.done));
      return false;
    })();
    if (await Promise.race([settled, timedOut])) {
      this.log.warn('worker closed with jobs still running; their leases will expire', {
        queue: this.queue,
        workerId: this.id,
        jobs: [...this.running.held()].map((job) => job.lease.id),
      });
    }
    clearTimeout(timer);
    this.running.stop();
    await this.listening?.catch(() => {});
    await this.listener?.unlisten().catch((err: unknown) => {
      this.log.warn('unlisten failed', { queue: this.queue, error: String(err) });
    });
    this.listener = undefined;
    this.state = 'closed';
  }

  private listen(): Promise<void> {
    this.listening ??= this.sql
      .listen(
        JOBS_READY_CHANNEL,
        (queue) => {
          if (queue === this.queue) this.wake();
        },
        // Called on every (re)connection: notifications sent while disconnected are lost, so claim now.
        () => this.wake(),
      )
      .then((meta) => {
        this.listener = meta; // close() unlistens
      })
      .catch((err: unknown) => {
        this.log.warn('LISTEN failed; relying on polling', { queue: this.queue, error: String(err) });
        this.listening = undefined; // retried on the next poll
      });
    return this.listening;
  }

  /** Asks for a claim round now; one in progress is followed by another at once. */
  private wake(): void {
    this.loop.wake();
  }

  /**
   * One claim round of the loop: fills the free slots with due jobs (their handlers run on), then says
   * when to look again: at once when every free slot got a job (more may be due), else when the next job
   * falls due or a lease runs out (at most `pollIntervalMs`); while every slot is busy, a finishing job's
   * wake-up comes first. After a failure, an exponential backoff up to 30 s.
   */
  private async pass(): Promise<boolean | number> {
    try {
      if (this.state !== 'running') return false;
      if (!this.listening) void this.listen(); // a LISTEN that failed is tried again
      const free = this.concurrency - this.running.size;
      if (free <= 0) return Number.POSITIVE_INFINITY;
      const claimedAt = Date.now();
      const rows = await claimJobs(this.sql, this.queue, this.id, free, this.leaseMs);
      for (const row of rows) this.start(row, claimedAt);
      this.consecutiveErrors = 0;
      if (rows.length === free) return true;
      const due = await nextDueInMs(this.sql, this.queue, this.id);
      return Math.max(MIN_WAKE_MS, due ?? Number.POSITIVE_INFINITY);
    } catch (err) {
      this.consecutiveErrors++;
      const delay = Math.min(this.pollIntervalMs, 30_000, 500 * 2 ** Math.min(this.consecutiveErrors, 6));
      this.log.error('claiming jobs failed', {
        queue: this.queue,
        error: formatError(err),
        retryInMs: delay,
      });
      return delay;
    } finally {
      this.firstPassDone();
    }
  }

  private start(row: ClaimedRow, claimedAt: number): HeldJob {
    const job: HeldJob = {
      lease: { id: row.id, attempt: row.attempts, workerId: this.id },
      controller: new AbortController(),
      leaseUntil: claimedAt + this.leaseMs,
      settled: false,
      done: Promise.resolve(),
    };
    this.running.add(job);
    job.done = this.execute(row, job)
      .catch((err: unknown) => {
        this.log.error('job bookkeeping failed', {
          queue: this.queue,
          jobId: row.id,
          error: formatError(err),
        });
      })
      .finally(() => {
        this.running.delete(job.lease);
        this.wake();
      });
    return job;
  }

  private async execute(row: ClaimedRow, running: HeldJob): Promise<void> {
    const { lease, controller } = running;
    const meta = { queue: this.queue, jobId: row.id, attempt: row.attempts, workerId: this.id };
    if (this.state !== 'running' && this.state !== 'idle') {
      // Claimed while close() began: hand it straight back.
      await this.persist('release', meta, () => releaseJob(this.sql, lease));
      return;
    }
    const reclaimed = row.previous_status === 'running';
    if (reclaimed)
      this.log.warn('reclaimed a job whose lease expired', { ...meta, from: row.previous_locked_by });
    const parsed = this.options.schema ? this.options.schema.safeParse(row.payload) : undefined;
    const job = new Job<T>({
      id: row.id,
      queue: row.queue,
      data: (parsed?.success ? parsed.data : row.payload) as T,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      signal: controller.signal,
      workerId: this.id,
      createdAt: row.created_at,
      dedupeKey: row.dedupe_key,
    });
    if (reclaimed && row.previous_attempts >= row.max_attempts) {
      const error = new JobLeaseExpiredError(row.id, row.queue, row.previous_locked_by, row.attempts);
      return this.bury(job, running, error, meta);
    }
    if (parsed && !parsed.success) {
      const error = new InvalidJobPayloadError(this.queue, row.id, z.prettifyError(parsed.error));
      return this.bury(job, running, error, meta);
    }
    let stored: postgres.JSONValue;
    try {
      const result = await this.handler(job);
      // Normalised as it will be read back (toJSON, undefined dropped); a non-JSON result is a failure.
      const json = result === undefined ? undefined : JSON.stringify(result);
      stored = json === undefined ? null : (JSON.parse(json) as postgres.JSONValue);
    } catch (error) {
      running.settled = true;
      return this.fail(job, running, error, meta);
    }
    running.settled = true;
    const held = await this.persist('complete', meta, () => completeJob(this.sql, lease, stored));
    if (held) this.log.debug('job completed', meta);
  }

  private async fail(job: Job<T>, running: HeldJob, error: unknown, meta: Record<string, unknown>) {
    const reason: unknown = running.controller.signal.reason;
    if (running.controller.signal.aborted && reason instanceof WorkerClosingError) {
      const released = await this.persist('release', meta, () => releaseJob(this.sql, running.lease));
      if (released) this.log.info('job released: worker closing', meta);
      return;
    }
    if (error instanceof UnrecoverableJobError || job.attempt >= job.maxAttempts) {
      return this.bury(job, running, error, meta);
    }
    const delayMs = backoffDelay(job.attempt, this.options.backoff);
    const text = formatError(error);
    this.log.warn('job failed; will retry', { ...meta, error: text, retryInMs: delayMs });
    await this.persist('retry', meta, () => retryJob(this.sql, running.lease, text, delayMs));
  }

  /** Marks the job dead and calls onDead in the same transaction; onDead's own failure is logged. */
  private async bury(job: Job<T>, running: HeldJob, error: unknown, meta: Record<string, unknown>) {
    const text = formatError(error);
    const onDead = this.options.onDead;
    let onDeadError: unknown;
    const held = await this.persist('dead', meta, async () => {
      if (onDeadError !== undefined) return buryJob(this.sql, running.lease, text);
      try {
        return await this.sql.begin(async (tx) => {
          if (!(await buryJob(tx, running.lease, text))) return false;
          try {
            await onDead?.(job, error, tx);
          } catch (err) {
            onDeadError = err;
            throw err;
          }
          return true;
        });
      } catch (err) {
        if (onDeadError === undefined) throw err; // database trouble: persist() retries the whole thing
        this.log.error('onDead failed; the job is marked dead without its writes', {
          ...meta,
          error: formatError(onDeadError),
        });
        return buryJob(this.sql, running.lease, text);
      }
    });
    if (held) this.log.warn('job is dead', { ...meta, error: text });
  }

  /**
   * Writes an outcome, retrying briefly on database errors. Returns false when the lease was lost (the
   * outcome is discarded, logged) and undefined when the database stayed unreachable (the lease will
   * expire and the job will be retried).
   */
  private async persist(
    what: string,
    meta: Record<string, unknown>,
    write: () => Promise<boolean>,
  ): Promise<boolean | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        const held = await write();
        if (!held) this.log.warn(`lease lost; ${what} discarded (another worker owns the job)`, meta);
        return held;
      } catch (err) {
        const wait = WRITE_RETRY_DELAYS_MS[attempt];
        if (wait === undefined) {
          this.log.error(`could not record ${what}; the job will run again after its lease`, {
            ...meta,
            error: formatError(err),
          });
          return undefined;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
